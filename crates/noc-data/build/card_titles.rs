//! The titles a card file carries (`CardsBlob::titles`): every class the card names, so a page of
//! cards never fetches the whole directory. The library's `Store::card` reads titles only through
//! these codes; `tests/decoder.rs` checks that a card built from its own files equals the bundled one.

use crate::ai_ranking::AiRanking;
use crate::model::{ClassEntry, UnitText};
use crate::similar::Similar;

/// Code and title of the card's five levels, its exclusions' targets, its AI comparisons (class and
/// occupations) and its similar occupations, in code order, each once.
pub fn titles(
    unit: &UnitText,
    classes: &[ClassEntry],
    similar: &Similar,
    ai: &AiRanking,
) -> Vec<ClassEntry> {
    let code = unit.code.as_str();
    let mut codes: Vec<String> = (1..=code.len()).map(|n| code[..n].to_string()).collect();
    codes.extend(unit.exclusions.iter().filter_map(|e| e.code.clone()));
    if let Some((group, peers)) = ai.comparisons(code) {
        codes.push(group);
        codes.extend(peers);
    }
    if let Some(f) = similar.facts.get(code) {
        codes.extend(f.neighbours.iter().map(|n| n.code.clone()));
    }
    codes.sort();
    codes.dedup();
    codes
        .iter()
        .filter_map(|c| classes.iter().find(|e| &e.code == c).cloned())
        .collect()
}
