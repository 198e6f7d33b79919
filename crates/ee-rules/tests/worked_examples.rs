//! Every worked example of express-entry-rules.md section 9 and the contract example (462).
mod common;
use common::*;
use ee_rules::{assess, assess_with, ruleset};
use serde_json::json;

/// (core, spouse, transferability, additional, total)
fn check(changes: serde_json::Value, expect: (u16, u16, u16, u16, u16)) {
    let a = assess(&make(changes.clone()));
    let got = (
        a.crs.core,
        a.crs.spouse,
        a.crs.transferability,
        a.crs.additional,
        a.crs.total,
    );
    assert_eq!(got, expect, "profile {changes}");
    let sum: u16 = a.crs.lines.iter().map(|l| l.points).sum();
    assert_eq!(sum, a.crs.total, "lines add up");
}

#[test]
fn example_01_single_masters_clb9_three_years_foreign() {
    check(
        json!({"age": 29, "education": "masters_or_professional", "first_language": clb(9), "foreign_work_years": 3}),
        (369, 0, 100, 0, 469),
    );
}

#[test]
fn example_02_single_bachelors_clb10_one_year_canada() {
    check(
        json!({"age": 27, "first_language": clb(10), "canadian_work_years": 1}),
        (406, 0, 38, 0, 444),
    );
}

#[test]
fn example_03_accompanying_spouse() {
    check(
        json!({"age": 32, "education": "two_or_more", "first_language": clb(8), "canadian_work_years": 3, "foreign_work_years": 3,
               "spouse": spouse(true, false, "bachelors_or_three_year", clb(7), 1), "family_size": 2}),
        (348, 25, 100, 0, 473),
    );
}

#[test]
fn example_04_french_second_language() {
    check(
        json!({"age": 30, "education": "masters_or_professional", "first_language": clb(9), "second_language": nclc(7), "foreign_work_years": 2}),
        (376, 0, 75, 50, 501),
    );
}

#[test]
fn example_05_provincial_nomination() {
    check(
        json!({"age": 35, "first_language": clb(7), "canadian_work_years": 2, "provincial_nomination": true}),
        (318, 0, 38, 600, 956),
    );
}

#[test]
fn example_06_citizen_spouse_scored_single() {
    check(
        json!({"age": 40, "education": "doctoral", "canadian_education": "three_year_or_more", "first_language": clb(9),
               "canadian_work_years": 5, "sibling_in_canada": true, "spouse": spouse(true, true, "secondary", clb(9), 3), "family_size": 2}),
        (404, 0, 50, 45, 499),
    );
}

#[test]
fn example_07_trades_certificate() {
    check(
        json!({"age": 26, "education": "one_year", "first_language": clb(5), "trade_certificate": true, "foreign_work_years": 2, "trade_work_years": 2}),
        (224, 0, 25, 0, 249),
    );
}

#[test]
fn example_08_ielts_mixed_bands_with_spouse() {
    check(
        json!({"age": 28, "first_language": lang("ielts_general", 7.0, 8.0, 7.0, 6.5), "canadian_work_years": 1, "foreign_work_years": 1,
               "spouse": spouse(true, false, "secondary", clb(5), 0), "family_size": 2}),
        (356, 6, 52, 0, 414),
    );
}

#[test]
fn example_09_spouse_not_accompanying_age_46() {
    check(
        json!({"age": 46, "education": "masters_or_professional", "first_language": clb(10), "second_language": nclc(9), "foreign_work_years": 6,
               "spouse": spouse(false, false, "doctoral", clb(10), 5), "family_size": 2}),
        (295, 0, 100, 50, 445),
    );
}

#[test]
fn example_10_second_language_cap_with_spouse() {
    let changes = json!({"age": 25, "education": "doctoral", "first_language": clb(10), "second_language": nclc(10),
                         "spouse": spouse(true, false, "masters_or_professional", clb(9), 0), "family_size": 2});
    check(changes.clone(), (390, 30, 50, 50, 520));
    let a = assess(&make(changes));
    assert_eq!(line(&a.crs, "second_official_language"), 22);
}

#[test]
fn example_11_typical_cec() {
    check(
        json!({"age": 24, "education": "two_year", "canadian_education": "one_or_two_year", "first_language": clb(7), "canadian_work_years": 1}),
        (316, 0, 26, 15, 357),
    );
}

#[test]
fn example_12_french_first_no_english() {
    check(
        json!({"age": 33, "education": "masters_or_professional",
               "first_language": {"test": "nclc", "speaking": 7, "listening": 8, "reading": 7, "writing": 7}}),
        (297, 0, 25, 25, 347),
    );
}

#[test]
fn contract_example_462() {
    let p = make(
        json!({"first_language": lang("ielts_general", 7.0, 8.0, 7.0, 6.5), "canadian_work_years": 1, "foreign_work_years": 3, "settlement_funds_cad": 16000}),
    );
    let a = assess(&p);
    assert_eq!(
        (
            a.crs.total,
            a.crs.core,
            a.crs.spouse,
            a.crs.transferability,
            a.crs.additional
        ),
        (462, 386, 0, 76, 0)
    );
    for (f, pts, max) in [
        ("age", 110, 110),
        ("education", 120, 150),
        ("first_official_language", 116, 136),
        ("canadian_work_experience", 40, 80),
        ("transferability_education", 26, 50),
        ("transferability_foreign_work", 50, 50),
    ] {
        let l = a.crs.lines.iter().find(|l| l.factor == f).unwrap();
        assert_eq!((l.points, l.max), (pts, max), "{f}");
    }
    assert!(a.fsw.eligible);
    assert_eq!((a.fsw.points, a.fsw.pass_mark), (79, 67));
    // The grid's rows with the maxima of the published FSW selection factors (28, 25, 15, 12, 10, 10).
    let rows: Vec<(&str, u16, u16)> = a
        .fsw
        .lines
        .iter()
        .map(|l| (l.factor.key(), l.points, l.max))
        .collect();
    let maxima: Vec<(&str, u16)> = rows.iter().map(|(k, _, m)| (*k, *m)).collect();
    assert_eq!(
        maxima,
        [
            ("language", 28),
            ("education", 25),
            ("experience", 15),
            ("age", 12),
            ("arranged_employment", 10),
            ("adaptability", 10)
        ]
    );
    assert_eq!(rows.iter().map(|r| r.1).sum::<u16>(), a.fsw.points);
    assert_eq!(a.fsw.max_points, 100);
    assert!(a.cec.eligible && a.cec.unmet.is_empty());
    assert_eq!(
        a.fst.unmet,
        vec!["trade_work_years", "job_offer_or_certificate"]
    );
    assert_eq!(a.clb.first.values(), [9, 9, 9, 8]);
    assert_eq!(a.clb.second, None);
    assert_eq!(a.rules_as_of, "2025-07-07");
    let v = serde_json::to_value(&a).unwrap();
    for key in ["crs", "fsw", "cec", "fst", "clb", "rules_as_of"] {
        assert!(v.get(key).is_some(), "result has {key}");
    }
    assert_eq!(
        v["clb"]["first"],
        json!({"speaking": 9, "listening": 9, "reading": 9, "writing": 8})
    );
}

#[test]
fn fsw_examples() {
    let f1 = assess(&make(
        json!({"education": "masters_or_professional", "foreign_work_years": 3}),
    ));
    assert_eq!((f1.fsw.points, f1.fsw.eligible), (70, true));
    assert_eq!(
        (
            f1.fsw.grid.language,
            f1.fsw.grid.education,
            f1.fsw.grid.experience,
            f1.fsw.grid.age,
            f1.fsw.grid.adaptability
        ),
        (24, 23, 11, 12, 0)
    );

    let f2 = assess(&make(
        json!({"age": 38, "first_language": clb(7), "foreign_work_years": 1,
                                 "spouse": spouse(true, false, "secondary", clb(4), 0), "family_size": 2}),
    ));
    assert_eq!((f2.fsw.points, f2.fsw.eligible), (60, false));
    assert_eq!(f2.fsw.unmet, vec!["points"]);
    assert_eq!(f2.fsw.grid.adaptability, 5);

    let f3 = assess(&make(
        json!({"age": 33, "education": "two_year", "first_language": clb(8), "second_language": nclc(5),
                                 "canadian_work_years": 1, "foreign_work_years": 3, "sibling_in_canada": true}),
    ));
    assert_eq!(
        (
            f3.fsw.grid.language,
            f3.fsw.grid.education,
            f3.fsw.grid.experience,
            f3.fsw.grid.age,
            f3.fsw.grid.adaptability
        ),
        (24, 19, 13, 12, 10)
    );
    assert_eq!((f3.fsw.points, f3.fsw.eligible), (78, true));
}

#[test]
fn historical_job_offer_points() {
    let ex2 = json!({"age": 27, "first_language": clb(10), "canadian_work_years": 1});
    let teer1 = make(merge(
        ex2.clone(),
        json!({"job_offer": {"teer": 1, "noc": "21231"}}),
    ));
    let senior = make(merge(
        ex2.clone(),
        json!({"job_offer": {"teer": 0, "noc": "00012"}}),
    ));
    let on = ee_rules::Date::new(2024, 6, 1);
    assert_eq!(ruleset::rule_set_for(on).id, "v2020-10-27");
    assert_eq!(
        assess_with(&teer1, &ruleset::V2020_10_27, on).crs.total,
        494
    );
    assert_eq!(
        assess_with(&senior, &ruleset::V2020_10_27, on).crs.total,
        644
    );
    let now = assess(&teer1);
    assert_eq!(now.crs.total, 444, "no job-offer points since 2025-03-25");
    assert!(now
        .notices
        .iter()
        .any(|n| n.key == "job_offer_no_crs_points"));
    assert!(now
        .notices
        .iter()
        .any(|n| n.key == "crs_changed_2026_11_03"));
    // Pre-2020-10-27 French bonus was 30 with English.
    let fr = make(json!({"first_language": clb(9), "second_language": nclc(7)}));
    let a2016 = assess_with(&fr, &ruleset::V2016_11_19, ee_rules::Date::new(2019, 1, 1));
    assert_eq!(line(&a2016.crs, "french_language"), 30);
    assert_eq!(line(&assess(&fr).crs, "french_language"), 50);
}

/// Section 12: where other calculators go wrong.
#[test]
fn pinned_cases_from_section_12() {
    // French first, no English: 25, never 50.
    assert_eq!(
        line(
            &assess(&make(json!({"first_language": nclc(9)}))).crs,
            "french_language"
        ),
        25
    );
    // French first, English CLB 4 in one ability: 25.
    let weak_en = json!({"test": "clb", "speaking": 4, "listening": 9, "reading": 9, "writing": 9});
    assert_eq!(
        line(
            &assess(&make(
                json!({"first_language": nclc(9), "second_language": weak_en})
            ))
            .crs,
            "french_language"
        ),
        25
    );
    // English first CLB 5+ and French NCLC 7+: 50, never 75.
    assert_eq!(
        line(
            &assess(&make(
                json!({"first_language": clb(5), "second_language": nclc(7)})
            ))
            .crs,
            "french_language"
        ),
        50
    );
    // French first with English CLB 5+: 50.
    assert_eq!(
        line(
            &assess(&make(
                json!({"first_language": nclc(7), "second_language": clb(5)})
            ))
            .crs,
            "french_language"
        ),
        50
    );
    // TCF Canada at NCLC 4: 6 points per ability, single and with spouse.
    let tcf4 = lang("tcf_canada", 4.0, 331.0, 342.0, 4.0);
    assert_eq!(
        line(
            &assess(&make(json!({"first_language": tcf4.clone()}))).crs,
            "first_official_language"
        ),
        24
    );
    let with_sp = make(
        json!({"first_language": tcf4, "spouse": spouse(true, false, "secondary", null_lang(), 0), "family_size": 2}),
    );
    assert_eq!(line(&assess(&with_sp).crs, "first_official_language"), 24);
    // PTE Core as second language when French is first scores normally (CLB 9 all = 4 x 6).
    let pte9 = lang("pte_core", 84.0, 82.0, 78.0, 88.0);
    assert_eq!(
        line(
            &assess(&make(
                json!({"first_language": nclc(9), "second_language": pte9})
            ))
            .crs,
            "second_official_language"
        ),
        24
    );
    // A two-year diploma alone is in the lower transferability tier (25 with CLB 9, not 50).
    let a = assess(&make(
        json!({"education": "two_year", "first_language": clb(9)}),
    ));
    assert_eq!(line(&a.crs, "transferability_education"), 25);
    let a = assess(&make(
        json!({"education": "bachelors_or_three_year", "first_language": clb(9)}),
    ));
    assert_eq!(line(&a.crs, "transferability_education"), 25);
    // Spouse at CLB 4 earns 0 language points.
    let a = assess(&make(
        json!({"spouse": spouse(true, false, "secondary", clb(4), 0), "family_size": 2}),
    ));
    assert_eq!(line(&a.crs, "spouse_first_official_language"), 0);
    // TEF Canada on the current scale: speaking 456 is NCLC 7 (it would be NCLC 10 on the old scale).
    assert_eq!(
        ee_rules::to_clb(
            ee_rules::LanguageTest::TefCanada,
            ee_rules::Ability::Speaking,
            456.0
        )
        .unwrap(),
        7
    );
}

fn null_lang() -> serde_json::Value {
    serde_json::Value::Null
}
