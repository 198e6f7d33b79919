//! Search inputs: titles per language (deduplicated within a unit group, keeping the strongest
//! kind) and main-duty items.

use crate::model::{ClassEntry, TitleKind, UnitText};
use std::collections::{BTreeMap, HashSet};

pub fn titles(
    classes: &[ClassEntry],
    units: &BTreeMap<String, UnitText>,
) -> Vec<(String, Vec<(TitleKind, String)>)> {
    let mut out = Vec::new();
    for c in classes.iter().filter(|c| c.code.len() == 5) {
        let u = &units[&c.code];
        let mut seen: HashSet<String> = HashSet::new();
        let mut entries = Vec::new();
        let mut add = |title: &str, kind: TitleKind| {
            if seen.insert(title.to_lowercase()) {
                entries.push((kind, title.to_string()));
            }
        };
        add(&c.title, TitleKind::UnitGroup);
        u.illustrative_examples
            .iter()
            .filter_map(|e| e.resolve(&u.all_examples))
            .for_each(|t| add(t, TitleKind::Illustrative));
        u.inclusions
            .iter()
            .for_each(|t| add(t, TitleKind::Inclusion));
        u.all_examples
            .iter()
            .for_each(|t| add(t, TitleKind::Example));
        out.push((c.code.clone(), entries));
    }
    out
}

pub fn duties(units: &BTreeMap<String, UnitText>) -> Vec<(String, Vec<String>)> {
    units
        .iter()
        .map(|(code, u)| {
            (
                code.clone(),
                u.main_duties
                    .sections
                    .iter()
                    .flat_map(|s| s.items.iter().cloned())
                    .collect(),
            )
        })
        .collect()
}
