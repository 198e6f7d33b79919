//! NOC 2021 elements (derived EN and FR files): the text of each unit-group card.

use crate::duty_groups;
use crate::model::{ExampleRef, Exclusion, UnitText};
use crate::structure::Structure;
use crate::table::SourceDir;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    En,
    Fr,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Illustrative,
    AllExamples,
    Inclusion,
    Exclusion,
    MainDuties,
    Requirements,
    Additional,
}

fn kind_of(label: &str, lang: Lang) -> Option<Kind> {
    Some(match (lang, label) {
        (Lang::En, "Illustrative example(s)") | (Lang::Fr, "Exemple(s) illustratif(s)") => {
            Kind::Illustrative
        }
        (Lang::En, "All examples") | (Lang::Fr, "Tous les exemples") => Kind::AllExamples,
        (Lang::En, "Inclusion(s)") | (Lang::Fr, "Inclusion(s)") => Kind::Inclusion,
        (Lang::En, "Exclusion(s)") | (Lang::Fr, "Exclusion(s)") => Kind::Exclusion,
        (Lang::En, "Main duties") | (Lang::Fr, "Fonctions principales") => Kind::MainDuties,
        (Lang::En, "Employment requirements")
        | (Lang::Fr, "Conditions d'accès à la profession") => Kind::Requirements,
        (Lang::En, "Additional information") | (Lang::Fr, "Renseignements supplémentaires") => {
            Kind::Additional
        }
        _ => return None,
    })
}

/// Splits "Web designers  (See 21233 Web designers)" into the code and the excluded title.
pub fn parse_exclusion(text: &str, lang: Lang) -> Exclusion {
    let marker = if lang == Lang::En { "(See " } else { "(Voir " };
    if let Some(pos) = text.rfind(marker) {
        let after = &text[pos + marker.len()..];
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() == 4 || digits.len() == 5 {
            return Exclusion {
                code: Some(digits),
                title: text[..pos].trim().to_string(),
                text: text.to_string(),
            };
        }
    }
    Exclusion {
        code: None,
        title: text.trim().to_string(),
        text: text.to_string(),
    }
}

pub struct Elements {
    pub units: BTreeMap<String, UnitText>,
    /// Unit groups whose main duties got a different number of sub-headings than in the other
    /// language (reported, since the two lists come from separate heuristics).
    pub heading_counts: BTreeMap<String, usize>,
}

/// A row of the elements file; the French file names the same five columns in French.
#[derive(Deserialize)]
struct ElementRow {
    #[serde(rename = "Level", alias = "Niveau")]
    level: String,
    #[serde(rename = "Code - NOC 2021 V1.0", alias = "Code - CNP 2021 V1.0")]
    code: String,
    #[serde(rename = "Class title", alias = "Titre de la classe")]
    title: String,
    #[serde(rename = "Element Type Label English", alias = "Type d'élément")]
    kind: String,
    #[serde(
        rename = "Element Description English",
        alias = "Description de l'élément"
    )]
    text: String,
}

#[derive(Deserialize)]
struct LabelRow {
    #[serde(rename = "OaSIS profile code")]
    code: String,
    #[serde(rename = "Label")]
    label: String,
}

pub fn load(
    src: &mut SourceDir,
    lang: Lang,
    structure: &Structure,
    oasis_labels: &HashMap<String, Vec<String>>,
) -> Elements {
    let (file, header, rows_expected): (&str, [&str; 5], usize) = match lang {
        Lang::En => (
            "derived/noc_2021_v1.0_elements_en_derived.csv",
            [
                "Level",
                "Code - NOC 2021 V1.0",
                "Class title",
                "Element Type Label English",
                "Element Description English",
            ],
            45_787,
        ),
        Lang::Fr => (
            "derived/cnp_2021_v1.0_elements_fr_derived.csv",
            [
                "Niveau",
                "Code - CNP 2021 V1.0",
                "Titre de la classe",
                "Type d'élément",
                "Description de l'élément",
            ],
            45_882,
        ),
    };
    let t = src.table::<ElementRow>(file, &header);
    t.expect_rows(rows_expected);
    let titles: HashMap<&str, &str> = match lang {
        Lang::En => structure
            .en
            .iter()
            .map(|c| (c.code.as_str(), c.title.as_str()))
            .collect(),
        Lang::Fr => structure
            .fr
            .iter()
            .map(|c| (c.code.as_str(), c.title.as_str()))
            .collect(),
    };
    let mut raw: BTreeMap<String, Vec<(Kind, String)>> = BTreeMap::new();
    for r in &t.rows {
        if r.level != "5" {
            t.fail(r, format!("level {:?}, expected 5", r.level));
        }
        let code = r.code.trim();
        if !structure.is_unit(code) {
            t.fail(r, format!("code {code:?} is not a NOC 2021 unit group"));
        }
        if titles.get(code).copied() != Some(r.title.trim()) {
            t.fail(
                r,
                format!(
                    "class title {:?} differs from the structure file's",
                    r.title
                ),
            );
        }
        let kind = kind_of(r.kind.trim(), lang)
            .unwrap_or_else(|| t.fail(r, format!("unknown element type {:?}", r.kind)));
        let text = r.text.trim();
        if text.is_empty() {
            t.fail(r, "empty element description");
        }
        raw.entry(code.to_string())
            .or_default()
            .push((kind, text.to_string()));
    }
    if raw.len() != 516 {
        let missing: Vec<&String> = structure
            .units
            .iter()
            .filter(|u| !raw.contains_key(*u))
            .collect();
        panic!(
            "{file}: {} unit groups, expected 516; missing {missing:?}",
            raw.len()
        );
    }

    let duty_lists: BTreeMap<&String, Vec<String>> = raw
        .iter()
        .map(|(code, items)| {
            (
                code,
                items
                    .iter()
                    .filter(|(k, _)| *k == Kind::MainDuties)
                    .map(|(_, s)| s.clone())
                    .collect(),
            )
        })
        .collect();
    let all_lists: Vec<&[String]> = duty_lists.values().map(|v| v.as_slice()).collect();
    let verbs = duty_groups::item_start_words(&all_lists, lang == Lang::Fr);

    let no_labels = Vec::new();
    let mut units = BTreeMap::new();
    let mut heading_counts = BTreeMap::new();
    for (code, items) in &raw {
        let pick = |k: Kind| -> Vec<String> {
            items
                .iter()
                .filter(|(kk, _)| *kk == k)
                .map(|(_, s)| s.clone())
                .collect()
        };
        let labels = if lang == Lang::En {
            oasis_labels.get(code).unwrap_or(&no_labels)
        } else {
            &no_labels
        };
        let main_duties = duty_groups::group(&duty_lists[code], labels, &verbs, lang == Lang::Fr);
        if main_duties.sections.iter().all(|s| s.items.is_empty()) {
            panic!("{file}: unit group {code} has no main-duty items");
        }
        heading_counts.insert(
            code.clone(),
            main_duties
                .sections
                .iter()
                .filter(|s| s.heading.is_some())
                .count(),
        );
        let definition = match lang {
            Lang::En => &structure.definition_en[code],
            Lang::Fr => &structure.definition_fr[code],
        };
        let unit = UnitText {
            descriptors: Vec::new(), // filled by build/similar.rs
            code: code.clone(),
            definition: definition.clone(),
            illustrative_examples: {
                let all = pick(Kind::AllExamples);
                pick(Kind::Illustrative)
                    .into_iter()
                    .map(|t| match all.iter().position(|a| *a == t) {
                        Some(i) => ExampleRef::InAllExamples(i as u16),
                        None => ExampleRef::Text(t),
                    })
                    .collect()
            },
            all_examples: pick(Kind::AllExamples),
            inclusions: pick(Kind::Inclusion),
            exclusions: pick(Kind::Exclusion)
                .iter()
                .map(|s| parse_exclusion(s, lang))
                .collect(),
            main_duties,
            employment_requirements: pick(Kind::Requirements),
            additional_information: pick(Kind::Additional),
        };
        if unit.all_examples.is_empty() {
            panic!("{file}: unit group {code} has no examples");
        }
        units.insert(code.clone(), unit);
    }
    Elements {
        units,
        heading_counts,
    }
}

/// OaSIS profile labels per unit group (used only to recognise duty sub-headings).
pub fn oasis_labels(src: &mut SourceDir) -> HashMap<String, Vec<String>> {
    let t = src.table::<LabelRow>(
        "oasis_2023_v1.0/labels_oasis_2023_v1.0.csv",
        &["OaSIS profile code", "Label"],
    );
    t.expect_rows(900);
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for r in &t.rows {
        let code = r.code.trim();
        if code.len() != 8 || !code[..5].bytes().all(|b| b.is_ascii_digit()) {
            t.fail(r, format!("bad OaSIS profile code {code:?}"));
        }
        out.entry(code[..5].to_string())
            .or_default()
            .push(r.label.trim().to_string());
    }
    out
}
