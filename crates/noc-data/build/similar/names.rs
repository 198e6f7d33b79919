//! The descriptors cards show (skills, knowledge, work activities and the chosen work-context items),
//! their ids, and their English and French names from the names file (PROVENANCE §8).

use super::ratings::{key_of, Block, CONTEXT_SHOWN};
use super::units::Table;
use super::{Similar, DIR};
use crate::model::{DescriptorName, UnitText};
use crate::table::SourceDir;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A shown descriptor: its key, category and scale maximum.
pub type Descriptor = (String, u8, u8);
/// The id of each shown (block, column).
pub type Ids = BTreeMap<(Block, usize), u8>;

/// The shown descriptors by id, in table order, and the id of each shown (block, column).
pub fn ids(tables: &[Table]) -> (Vec<Descriptor>, Ids) {
    let mut descriptors: Vec<(String, u8, u8)> = Vec::new();
    let mut id_of: BTreeMap<(Block, usize), u8> = BTreeMap::new();
    for t in tables {
        for (i, c) in t.columns.iter().enumerate() {
            let shown = t.block.explains()
                || (t.block == Block::WorkContext && CONTEXT_SHOWN.contains(&c.as_str()));
            if !shown {
                continue;
            }
            let key = key_of(c);
            if descriptors.iter().any(|(k, _, _)| *k == key) {
                panic!("{DIR}: two descriptors have the key {key}");
            }
            id_of.insert((t.block, i), descriptors.len() as u8);
            descriptors.push((key, t.block.category(), t.block.max() as u8));
        }
    }
    let context = tables
        .iter()
        .find(|t| t.block == Block::WorkContext)
        .expect("loaded");
    for c in CONTEXT_SHOWN {
        if !context.columns.iter().any(|x| x == c) {
            panic!("{DIR}/{}: no column {c:?}", Block::WorkContext.file());
        }
    }
    (descriptors, id_of)
}

const NAMES_FILE: &str = "derived/oasis_2023_descriptor_names_en_fr.csv";

/// A row of the descriptor names file (PROVENANCE §8): English as OaSIS names it in the rating
/// headers, as the card writes it, and in French (this project's translation).
#[derive(Deserialize)]
struct NameRow {
    key: String,
    category: String,
    oasis_name: String,
    name_en: String,
    name_fr: String,
}

/// The names of every shown descriptor, by id; the file must name each one once, under the OaSIS
/// name the rating file's header has.
pub fn names(
    src: &mut SourceDir,
    tables: &[Table],
    descriptors: &[(String, u8, u8)],
    id_of: &BTreeMap<(Block, usize), u8>,
) -> Vec<(String, String)> {
    let mut oasis_names: Vec<&str> = vec![""; descriptors.len()];
    for (&(block, i), &id) in id_of {
        let t = tables.iter().find(|t| t.block == block).expect("loaded");
        oasis_names[id as usize] = t.columns[i].as_str();
    }
    let t = src.table::<NameRow>(
        NAMES_FILE,
        &["key", "category", "oasis_name", "name_en", "name_fr"],
    );
    t.expect_rows(descriptors.len());
    let categories = ["skill", "knowledge", "work_activity", "work_context"];
    let mut out = vec![None; descriptors.len()];
    for r in &t.rows {
        let Some(id) = descriptors.iter().position(|d| d.0 == r.key) else {
            t.fail(
                r,
                format!(
                    "column \"key\": {:?} is not a descriptor the cards show",
                    r.key
                ),
            );
        };
        if categories.get(descriptors[id].1 as usize) != Some(&r.category.as_str()) {
            t.fail(
                r,
                format!(
                    "column \"category\": {:?} is not the category of {}",
                    r.category, r.key
                ),
            );
        }
        if r.oasis_name != oasis_names[id] {
            t.fail(
                r,
                format!(
                    "column \"oasis_name\": {:?}, the rating header says {:?}",
                    r.oasis_name, oasis_names[id]
                ),
            );
        }
        if r.name_en.trim().is_empty() || r.name_fr.trim().is_empty() {
            t.fail(r, "a name is empty");
        }
        if out[id]
            .replace((r.name_en.clone(), r.name_fr.clone()))
            .is_some()
        {
            t.fail(r, format!("column \"key\": {} named twice", r.key));
        }
    }
    out.into_iter()
        .map(|n| n.expect("every row checked"))
        .collect()
}

/// The card text of a unit group with the names of the descriptors its facts cite, in `lang`.
pub fn with_names(unit: &UnitText, similar: &Similar, lang: &str) -> UnitText {
    let mut ids: Vec<u8> = Vec::new();
    if let Some(f) = similar.facts.get(&unit.code) {
        ids.extend(f.top_skills.iter().chain(&f.context).map(|x| x.0));
        for n in &f.neighbours {
            ids.extend(n.to_build.iter().chain(&n.shared).map(|x| x.0));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    let mut out = unit.clone();
    out.descriptors = ids
        .into_iter()
        .map(|id| {
            let (en, fr) = &similar.names[id as usize];
            DescriptorName {
                id,
                key: similar.descriptors[id as usize].0.clone(),
                name: if lang == "fr" { fr.clone() } else { en.clone() },
            }
        })
        .collect();
    out
}
