//! Profile builders for the tests: JSON values go through the real parser.
#![allow(dead_code)]
use ee_rules::{profile_from, Profile};
use serde_json::{json, Value};

pub fn lang(test: &str, s: f64, l: f64, r: f64, w: f64) -> Value {
    json!({"test": test, "speaking": s, "listening": l, "reading": r, "writing": w})
}

/// Levels entered directly: `clb(9)` = CLB 9 in all four abilities.
pub fn clb(level: u8) -> Value {
    json!({"test": "clb", "speaking": level, "listening": level, "reading": level, "writing": level})
}

pub fn nclc(level: u8) -> Value {
    json!({"test": "nclc", "speaking": level, "listening": level, "reading": level, "writing": level})
}

pub fn spouse(
    accompanying: bool,
    citizen: bool,
    education: &str,
    language: Value,
    cdn_years: u8,
) -> Value {
    json!({"accompanying": accompanying, "canadian_citizen_or_pr": citizen, "education": education,
           "first_language": language, "canadian_work_years": cdn_years, "canadian_study": false})
}

/// A single candidate with nothing special; tests overwrite what they need.
pub fn base() -> Value {
    json!({
        "age": 29, "education": "bachelors_or_three_year", "canadian_education": "none",
        "first_language": clb(9), "second_language": null,
        "canadian_work_years": 0, "foreign_work_years": 0, "work_teer": 1,
        "trade_certificate": false, "trade_work_years": 0, "job_offer": null,
        "sibling_in_canada": false, "relative_in_canada": false, "provincial_nomination": false,
        "spouse": null, "family_size": 1, "settlement_funds_cad": 50000
    })
}

pub fn with(mut v: Value, changes: Value) -> Value {
    for (k, val) in changes.as_object().expect("changes object") {
        assert!(v.get(k).is_some(), "test sets unknown field {k}");
        v[k] = val.clone();
    }
    v
}

pub fn profile(v: Value) -> Profile {
    match profile_from(v) {
        Ok(p) => p,
        Err(e) => panic!("test profile rejected: {e}"),
    }
}

pub fn make(changes: Value) -> Profile {
    profile(with(base(), changes))
}

pub fn line(a: &ee_rules::CrsResult, factor: &str) -> u16 {
    a.lines
        .iter()
        .find(|l| l.factor == factor)
        .unwrap_or_else(|| panic!("no line {factor}"))
        .points
}

/// Merges two partial change sets (b wins).
pub fn merge(mut a: Value, b: Value) -> Value {
    for (k, v) in b.as_object().expect("object") {
        a[k] = v.clone();
    }
    a
}
