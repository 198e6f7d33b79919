//! NOC 2021 structure (English publisher file, French derived file): the five levels.

use crate::model::ClassEntry;
use crate::table::{is_digits, SourceDir};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct EnRow {
    #[serde(rename = "Level")]
    level: String,
    #[serde(rename = "Hierarchical structure")]
    level_name: String,
    #[serde(rename = "Code - NOC 2021 V1.0")]
    code: String,
    #[serde(rename = "Class title")]
    title: String,
    #[serde(rename = "Class definition")]
    definition: String,
}

#[derive(Deserialize)]
struct FrRow {
    #[serde(rename = "Code - CNP 2021 V1.0")]
    code: String,
    #[serde(rename = "Titre de la classe")]
    title: String,
    #[serde(rename = "Définition de la classe")]
    definition: String,
}

pub struct Structure {
    pub en: Vec<ClassEntry>,
    pub fr: Vec<ClassEntry>,
    pub definition_en: HashMap<String, String>,
    pub definition_fr: HashMap<String, String>,
    pub units: Vec<String>,
}

impl Structure {
    pub fn title_en(&self, code: &str) -> Option<&str> {
        self.en
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.title.as_str())
    }
    pub fn is_unit(&self, code: &str) -> bool {
        self.units
            .binary_search_by(|c| c.as_str().cmp(code))
            .is_ok()
    }
}

const LEVEL_NAMES: [&str; 5] = [
    "Broad Category",
    "Major Group",
    "Sub-major Group",
    "Minor Group",
    "Unit Group",
];
const LEVEL_COUNTS: [usize; 5] = [10, 45, 89, 162, 516];

pub fn load(src: &mut SourceDir) -> Structure {
    let en = src.table::<EnRow>(
        "noc_2021_version_1.0_-_classification_structure.csv",
        &[
            "Level",
            "Hierarchical structure",
            "Code - NOC 2021 V1.0",
            "Class title",
            "Class definition",
        ],
    );
    en.expect_rows(822);
    let mut counts = [0usize; 5];
    let mut classes = Vec::new();
    let mut definition_en = HashMap::new();
    for r in &en.rows {
        let level: usize = r
            .level
            .trim()
            .parse()
            .unwrap_or_else(|_| en.fail(r, format!("bad level {:?}", r.level)));
        if !(1..=5).contains(&level) {
            en.fail(r, format!("level {level} out of range"));
        }
        let code = r.code.trim();
        if !is_digits(code) || code.len() != level {
            en.fail(
                r,
                format!("code {code:?} does not have {level} digits for level {level}"),
            );
        }
        if r.level_name.trim() != LEVEL_NAMES[level - 1] {
            en.fail(
                r,
                format!(
                    "level {level} named {:?}, expected {:?}",
                    r.level_name,
                    LEVEL_NAMES[level - 1]
                ),
            );
        }
        if r.title.trim().is_empty() || r.definition.trim().is_empty() {
            en.fail(r, format!("class {code} has an empty title or definition"));
        }
        counts[level - 1] += 1;
        classes.push(ClassEntry {
            code: code.to_string(),
            title: r.title.trim().to_string(),
        });
        if definition_en
            .insert(code.to_string(), r.definition.trim().to_string())
            .is_some()
        {
            en.fail(r, format!("duplicate code {code}"));
        }
    }
    if counts != LEVEL_COUNTS {
        panic!(
            "{}: level counts {counts:?}, expected {LEVEL_COUNTS:?}",
            en.file
        );
    }
    // Every class below the top has its parent (broad category of a major group = first digit).
    for c in &classes {
        if c.code.len() > 1 && !definition_en.contains_key(&c.code[..c.code.len() - 1]) {
            panic!("{}: class {} has no parent class", en.file, c.code);
        }
    }

    let fr = src.table::<FrRow>(
        "derived/cnp_2021_v1.0_structure_fr_derived.csv",
        &[
            "Level",
            "Code - CNP 2021 V1.0",
            "Titre de la classe",
            "Définition de la classe",
        ],
    );
    fr.expect_rows(822);
    let mut classes_fr = Vec::new();
    let mut definition_fr = HashMap::new();
    for (r, e) in fr.rows.iter().zip(&classes) {
        if r.code.trim() != e.code {
            fr.fail(
                r,
                format!(
                    "code {:?} where the English structure has {}",
                    r.code, e.code
                ),
            );
        }
        if r.title.trim().is_empty() || r.definition.trim().is_empty() {
            fr.fail(
                r,
                format!("class {} has an empty French title or definition", e.code),
            );
        }
        classes_fr.push(ClassEntry {
            code: e.code.clone(),
            title: r.title.trim().to_string(),
        });
        definition_fr.insert(e.code.clone(), r.definition.trim().to_string());
    }
    let mut units: Vec<String> = classes
        .iter()
        .filter(|c| c.code.len() == 5)
        .map(|c| c.code.clone())
        .collect();
    units.sort();
    Structure {
        en: classes,
        fr: classes_fr,
        definition_en,
        definition_fr,
        units,
    }
}
