//! Loads the real NOC 2021 files from `data/noc2021` into the search crate's input types.
//! (Test-only: the widget gets the same lists from `noc-data`.)
#![allow(dead_code)]

use std::path::PathBuf;

use noc_search::{Doc, DocKind, Successor};

pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/noc2021")
}

/// Minimal RFC 4180 reader: quoted fields, doubled quotes, new lines inside quotes.
pub fn read_csv(name: &str) -> Vec<Vec<String>> {
    let path = data_dir().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.trim_start_matches('\u{feff}');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.remove(0); // header
    rows
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    En,
    Fr,
}

/// Unit-group titles and all example/inclusion titles of one language.
pub fn docs(lang: Lang) -> Vec<Doc> {
    let (structure, elements) = match lang {
        Lang::En => ("noc_2021_version_1.0_-_classification_structure.csv", "derived/noc_2021_v1.0_elements_en_derived.csv"),
        Lang::Fr => ("derived/cnp_2021_v1.0_structure_fr_derived.csv", "derived/cnp_2021_v1.0_elements_fr_derived.csv"),
    };
    let title_col = match lang {
        Lang::En => 3,
        Lang::Fr => 2,
    };
    let mut out: Vec<Doc> = read_csv(structure)
        .into_iter()
        .filter(|r| r[0] == "5")
        .map(|r| {
            let code_col = match lang {
                Lang::En => 2,
                Lang::Fr => 1,
            };
            Doc { code: r[code_col].clone(), title: r[title_col].clone(), kind: DocKind::UnitGroup }
        })
        .collect();
    for r in read_csv(elements) {
        let kind = match r[3].as_str() {
            "Illustrative example(s)" | "Exemple(s) illustratif(s)" => DocKind::Illustrative,
            "All examples" | "Tous les exemples" => DocKind::Example,
            "Inclusion(s)" => DocKind::Inclusion,
            _ => continue,
        };
        out.push(Doc { code: r[1].clone(), title: r[4].clone(), kind });
    }
    out
}

/// Both languages.
pub fn all_docs() -> Vec<Doc> {
    let mut d = docs(Lang::En);
    d.extend(docs(Lang::Fr));
    d
}

pub fn successors() -> Vec<Successor> {
    read_csv("noc2016v1_3-noc2021v1_0-eng.csv")
        .into_iter()
        .map(|r| Successor { code2016: r[0].clone(), title2016: r[1].clone(), change: r[2].trim().to_string(), code2021: r[3].clone() })
        .collect()
}

/// (code, duty) pairs of one language.
pub fn duties(lang: Lang) -> Vec<(String, String)> {
    let file = match lang {
        Lang::En => "derived/noc_2021_v1.0_elements_en_derived.csv",
        Lang::Fr => "derived/cnp_2021_v1.0_elements_fr_derived.csv",
    };
    read_csv(file)
        .into_iter()
        .filter(|r| r[3] == "Main duties" || r[3] == "Fonctions principales")
        .map(|r| (r[1].clone(), r[4].clone()))
        .collect()
}

/// Unit-group titles by code, for readable failure messages.
pub fn unit_titles(lang: Lang) -> std::collections::HashMap<String, String> {
    docs(lang).into_iter().filter(|d| d.kind == DocKind::UnitGroup).map(|d| (d.code, d.title)).collect()
}
