//! Bad input becomes `{"error": {"field", "message", "code"}}`, never a panic or a wrong number.
mod common;
use common::*;
use ee_rules::{profile_from, ErrorCode, ProfileError};
use serde_json::{json, Value};

fn err(v: Value) -> ProfileError {
    profile_from(v).expect_err("should be rejected")
}

fn err_text(text: &str) -> ProfileError {
    let mut de = serde_json::Deserializer::from_str(text);
    profile_from(&mut de).expect_err("should be rejected")
}

fn expect(v: Value, field: &str, code: ErrorCode) {
    let e = err(v.clone());
    assert_eq!(
        (e.field.as_str(), e.code),
        (field, code),
        "{v} -> {}",
        e.message
    );
    assert!(!e.message.is_empty());
}

#[test]
fn contract_error_example() {
    let e = err(with(
        base(),
        json!({"first_language": lang("ielts_general", 7.0, 8.0, 7.0, 6.3)}),
    ));
    assert_eq!(e.field, "first_language.writing");
    assert_eq!(e.code, ErrorCode::NotHalfBand);
    assert_eq!(
        e.message,
        "IELTS General Training scores go in half bands: 6.3 is not one"
    );
    let v = serde_json::to_value(e.envelope()).unwrap();
    assert_eq!(v["error"]["field"], "first_language.writing");
    assert_eq!(v["error"]["code"], "not_half_band");
    assert!(v["error"]["message"].is_string());
}

#[test]
fn every_field_is_required() {
    for key in base().as_object().unwrap().keys() {
        let mut v = base();
        v.as_object_mut().unwrap().remove(key);
        expect(v, key, ErrorCode::MissingField);
    }
    let mut v = with(
        base(),
        json!({"spouse": spouse(true, false, "secondary", Value::Null, 0)}),
    );
    v["spouse"]
        .as_object_mut()
        .unwrap()
        .remove("canadian_study");
    expect(v, "spouse.canadian_study", ErrorCode::MissingField);
    let mut v = base();
    v["first_language"]
        .as_object_mut()
        .unwrap()
        .remove("reading");
    expect(v, "first_language.reading", ErrorCode::MissingField);
}

#[test]
fn unknown_and_duplicate_fields() {
    let mut v = base();
    v["agee"] = json!(3);
    expect(v, "agee", ErrorCode::UnknownField);
    let mut v = base();
    v["first_language"]["score"] = json!(3);
    expect(v, "first_language.score", ErrorCode::UnknownField);
    let mut v = with(base(), json!({"job_offer": {"teer": 1, "noc": "21231"}}));
    v["job_offer"]["lmia"] = json!(true);
    expect(v, "job_offer.lmia", ErrorCode::UnknownField);
    let text = serde_json::to_string(&base())
        .unwrap()
        .replacen("{", "{\"age\":30,", 1);
    let e = err_text(&text);
    assert_eq!(
        (e.field.as_str(), e.code),
        ("age", ErrorCode::DuplicateField)
    );
}

#[test]
fn integers_reject_floats_booleans_text() {
    expect(
        with(base(), json!({"age": 29.0})),
        "age",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"age": true})),
        "age",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"age": "29"})),
        "age",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"family_size": 1.5})),
        "family_size",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"settlement_funds_cad": -1})),
        "settlement_funds_cad",
        ErrorCode::OutOfRange,
    );
    expect(
        with(base(), json!({"settlement_funds_cad": 100.5})),
        "settlement_funds_cad",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"trade_certificate": 1})),
        "trade_certificate",
        ErrorCode::WrongType,
    );
    expect(
        with(
            base(),
            json!({"first_language": lang("pte_core", 65.5, 60.0, 60.0, 60.0)}),
        ),
        "first_language.speaking",
        ErrorCode::NotWholeScore,
    );
    expect(
        with(
            base(),
            json!({"first_language": {"test": "clb", "speaking": true, "listening": 9, "reading": 9, "writing": 9}}),
        ),
        "first_language.speaking",
        ErrorCode::WrongType,
    );
    // 65.0 is accepted as 65 for whole-number tests.
    assert!(profile_from(with(
        base(),
        json!({"first_language": lang("pte_core", 65.0, 60.0, 60.0, 60.0)})
    ))
    .is_ok());
}

#[test]
fn ranges() {
    for (field, bad) in [
        ("age", 15),
        ("age", 101),
        ("canadian_work_years", 51),
        ("foreign_work_years", 51),
        ("work_teer", 6),
        ("trade_work_years", 51),
        ("family_size", 0),
        ("family_size", 21),
    ] {
        expect(
            with(base(), json!({field: bad})),
            field,
            ErrorCode::OutOfRange,
        );
    }
    for (field, ok) in [
        ("age", 16),
        ("age", 100),
        ("family_size", 20),
        ("work_teer", 5),
        ("canadian_work_years", 50),
    ] {
        assert!(
            profile_from(with(base(), json!({field: ok}))).is_ok(),
            "{field} {ok}"
        );
    }
    expect(
        with(
            base(),
            json!({"first_language": lang("celpip_general", 13.0, 9.0, 9.0, 9.0)}),
        ),
        "first_language.speaking",
        ErrorCode::OutOfRange,
    );
    expect(
        with(
            base(),
            json!({"first_language": lang("tef_canada", 500.0, 500.0, 500.0, 700.0)}),
        ),
        "first_language.writing",
        ErrorCode::OutOfRange,
    );
    expect(
        with(
            base(),
            json!({"first_language": lang("tcf_canada", 21.0, 500.0, 500.0, 10.0)}),
        ),
        "first_language.speaking",
        ErrorCode::OutOfRange,
    );
}

#[test]
fn enums_and_nulls() {
    expect(
        with(base(), json!({"education": "phd"})),
        "education",
        ErrorCode::UnknownValue,
    );
    expect(
        with(base(), json!({"canadian_education": "yes"})),
        "canadian_education",
        ErrorCode::UnknownValue,
    );
    expect(
        with(
            base(),
            json!({"first_language": lang("toefl", 1.0, 1.0, 1.0, 1.0)}),
        ),
        "first_language.test",
        ErrorCode::UnknownValue,
    );
    expect(
        with(base(), json!({"first_language": null})),
        "first_language",
        ErrorCode::WrongType,
    );
    expect(
        with(base(), json!({"spouse": "none"})),
        "spouse",
        ErrorCode::WrongType,
    );
    expect(
        with(
            base(),
            json!({"spouse": spouse(true, false, "bsc", Value::Null, 0)}),
        ),
        "spouse.education",
        ErrorCode::UnknownValue,
    );
    expect(
        with(base(), json!({"job_offer": {"teer": 1, "noc": "2123"}})),
        "job_offer.noc",
        ErrorCode::InvalidNoc,
    );
    expect(
        with(base(), json!({"job_offer": {"teer": 1, "noc": "29999"}})),
        "job_offer.noc",
        ErrorCode::InvalidNoc,
    );
}

#[test]
fn second_language_must_be_the_other_one() {
    expect(
        with(base(), json!({"second_language": clb(7)})),
        "second_language.test",
        ErrorCode::SameOfficialLanguage,
    );
    expect(
        with(
            base(),
            json!({"first_language": nclc(7), "second_language": lang("tcf_canada", 10.0, 500.0, 500.0, 10.0)}),
        ),
        "second_language.test",
        ErrorCode::SameOfficialLanguage,
    );
    assert!(profile_from(with(base(), json!({"first_language": nclc(7), "second_language": lang("celpip_general", 9.0, 9.0, 9.0, 9.0)}))).is_ok());
}

#[test]
fn not_a_profile_at_all() {
    for text in [
        "",
        "null",
        "[]",
        "42",
        "\"x\"",
        "{",
        "{\"age\": }",
        "{\"age\": 1e999}",
    ] {
        let e = err_text(text);
        assert!(
            e.field.is_empty() || e.field == "age",
            "{text}: {}",
            e.field
        );
    }
}

#[test]
fn valid_profile_round_trips() {
    let p = profile(with(
        base(),
        json!({"first_language": lang("ielts_general", 7.0, 8.0, 7.0, 6.5), "second_language": lang("tef_canada", 456.0, 434.0, 434.0, 428.0),
                                        "spouse": spouse(true, false, "doctoral", lang("pte_core", 70.0, 70.0, 70.0, 70.0), 2), "family_size": 3,
                                        "job_offer": {"teer": 1, "noc": "21231"}}),
    ));
    let text = serde_json::to_string(&p).unwrap();
    let mut de = serde_json::Deserializer::from_str(&text);
    assert_eq!(profile_from(&mut de).unwrap(), p);
    // The plain serde entry point agrees.
    let q: ee_rules::Profile = serde_json::from_str(&text).unwrap();
    assert_eq!(q, p);
    let e = serde_json::from_str::<ee_rules::Profile>("{\"age\": 1}")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("age: must be from 16 to 100"), "{e}");
}

/// One call reports every bad field, in contract order, with the stop-at-first error first; a
/// fallback profile stands in for the bad fields.
#[test]
fn every_error_at_once_with_a_fallback_for_the_bad_fields() {
    let raw = |v: Value| serde_json::from_value::<ee_rules::raw::Raw>(v).unwrap();
    let mut bad = with(
        base(),
        json!({
            "age": 200,
            "first_language": lang("ielts_general", 7.0, 8.3, 7.0, 6.3),
            "job_offer": {"teer": 1, "noc": "123"},
            "family_size": "two"
        }),
    );
    bad["colour"] = json!("blue");
    let first = err(bad.clone());
    let v = ee_rules::validate(&raw(bad.clone()), None);
    let fields: Vec<(&str, ErrorCode)> = v
        .errors
        .iter()
        .map(|e| (e.field.as_str(), e.code))
        .collect();
    assert_eq!(
        fields,
        [
            ("colour", ErrorCode::UnknownField),
            ("age", ErrorCode::OutOfRange),
            ("first_language.listening", ErrorCode::NotHalfBand),
            ("first_language.writing", ErrorCode::NotHalfBand),
            ("job_offer.noc", ErrorCode::InvalidNoc),
            ("family_size", ErrorCode::WrongType),
        ]
    );
    assert_eq!(
        v.errors[0], first,
        "the first error is the one profile_from reports"
    );
    assert_eq!(v.profile, None, "no fallback, no profile");

    let fallback = profile_from(base()).unwrap();
    let v = ee_rules::validate(&raw(bad), Some(&fallback));
    let p = v.profile.expect("scored with the fallback's values");
    assert_eq!((p.age, p.family_size), (fallback.age, fallback.family_size));
    assert_eq!(
        p.first_language, fallback.first_language,
        "a language result falls back whole"
    );
    assert_eq!(p.job_offer, fallback.job_offer);
    assert_eq!(v.errors.len(), 6);

    let good = ee_rules::validate(&raw(base()), Some(&fallback));
    assert!(good.errors.is_empty());
    assert_eq!(good.profile, Some(fallback));
}
