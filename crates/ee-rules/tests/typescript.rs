//! The string unions of the npm package's types (`scripts/npm/keys.generated.d.ts`), written from the
//! key enums' own tables (`ALL`, `key()`), so the JavaScript types name every key the engine can
//! return, including those no sample produces. The committed file must match; `GOLDEN_UPDATE=1 cargo
//! test -p ee-rules --test typescript` rewrites it (the variable of tests/golden/README.md).
//! `scripts/npm/build.mjs` puts it before `api.d.ts`, which keeps only the shapes.
use std::path::Path;

use ee_rules::advisor::{EducationField, SuggestionKind, YearsField};
use ee_rules::{
    Ability, CanadianEducation, CrsFactor, CrsSection, Education, ErrorCode, FswFactor,
    FundsExemption, LanguageTest, NoticeKey, RoundClass, Unmet,
};

/// One union: its TypeScript name, what it is, its keys, and whether readers must accept keys added
/// later (`| (string & {})`: notices are added without a new major version).
struct Union {
    name: &'static str,
    doc: &'static str,
    keys: Vec<&'static str>,
    open: bool,
}

fn union<const N: usize, T: Copy>(
    name: &'static str,
    doc: &'static str,
    all: [T; N],
    key: fn(T) -> &'static str,
) -> Union {
    Union {
        name,
        doc,
        keys: all.into_iter().map(key).collect(),
        open: false,
    }
}

fn unions() -> Vec<Union> {
    vec![
        union(
            "Education",
            "Highest education (`education`, `spouse.education`).",
            Education::ALL,
            Education::key,
        ),
        union(
            "CanadianEducation",
            "Education completed in Canada (`canadian_education`).",
            CanadianEducation::ALL,
            CanadianEducation::key,
        ),
        union(
            "LanguageTest",
            "An official-language test, or levels entered directly (`clb`, `nclc`).",
            LanguageTest::ALL,
            LanguageTest::key,
        ),
        union(
            "Ability",
            "One of the four language abilities.",
            Ability::ALL,
            Ability::key,
        ),
        union(
            "CrsFactor",
            "A line of the CRS breakdown (`crs.lines[].factor`).",
            CrsFactor::ALL,
            CrsFactor::key,
        ),
        union(
            "CrsSection",
            "A section of the CRS (core, spouse, transferability, additional).",
            CrsSection::ALL,
            CrsSection::key,
        ),
        union(
            "FswFactor",
            "A factor of the FSW grid (`fsw.grid`'s keys).",
            FswFactor::ALL,
            FswFactor::key,
        ),
        union(
            "UnmetRequirement",
            "Names of unmet minimum requirements (docs/profile.md, \"unmet names\").",
            Unmet::ALL,
            Unmet::key,
        ),
        union(
            "FundsExemption",
            "Why no proof of funds is needed (`funds.exempt_reasons`).",
            FundsExemption::ALL,
            FundsExemption::key,
        ),
        Union {
            open: true,
            ..union(
                "NoticeKey",
                "What a notice tells the reader (`notices[].key`); new notices may be added.",
                NoticeKey::ALL,
                NoticeKey::key,
            )
        },
        union(
            "ErrorCode",
            "Why a profile field was rejected (`errors[].code`).",
            ErrorCode::ALL,
            ErrorCode::key,
        ),
        union(
            "SuggestionKind",
            "What a suggestion changes (`detail.kind`).",
            SuggestionKind::ALL,
            SuggestionKind::key,
        ),
        union(
            "YearsField",
            "The years a `more_years` suggestion raises.",
            YearsField::ALL,
            YearsField::key,
        ),
        union(
            "EducationField",
            "The education an `education` suggestion raises.",
            EducationField::ALL,
            EducationField::key,
        ),
        union(
            "RoundClass",
            "What a round of invitations was for: a program or a category.",
            RoundClass::ALL,
            RoundClass::key,
        ),
    ]
}

/// The file: one `export type` per union, wrapped at 110 columns.
fn generated() -> String {
    let mut out = String::from(
        "// ---------------------------------------------------------------- keys (generated)\n\
         // Written by crates/ee-rules/tests/typescript.rs from the engine's key enums; do not edit\n\
         // (GOLDEN_UPDATE=1 cargo test -p ee-rules --test typescript).\n",
    );
    for u in unions() {
        let mut items: Vec<String> = u.keys.iter().map(|k| format!("'{k}'")).collect();
        if u.open {
            items.push("(string & {})".to_owned());
        }
        out.push_str(&format!("\n/** {} */\n", u.doc));
        let one_line = format!("export type {} = {};", u.name, items.join(" | "));
        if one_line.len() <= 110 {
            out.push_str(&one_line);
            out.push('\n');
            continue;
        }
        out.push_str(&format!("export type {} =\n", u.name));
        let mut line = String::from("  |");
        for item in items {
            if line.len() + item.len() + 3 > 110 {
                out.push_str(&line);
                out.push('\n');
                line = String::from("  |");
            } else if line != "  |" {
                line.push_str(" |");
            }
            line.push(' ');
            line.push_str(&item);
        }
        out.push_str(&line);
        out.push_str(";\n");
    }
    out
}

#[test]
fn the_npm_types_name_every_key() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/npm/keys.generated.d.ts");
    let want = generated();
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is not what the key enums give: rerun with GOLDEN_UPDATE=1 and review the diff",
        path.display()
    );
}

#[test]
fn every_union_is_a_set_of_plain_keys() {
    for u in unions() {
        assert!(!u.keys.is_empty(), "{}", u.name);
        let mut seen = std::collections::BTreeSet::new();
        for k in &u.keys {
            assert!(seen.insert(*k), "{}: {k} twice", u.name);
            assert!(
                k.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.".contains(c)),
                "{}: {k:?} is not a plain key (it would need escaping in TypeScript)",
                u.name
            );
        }
    }
}
