//! Occupation programs, category lists, draws, timeline helpers.
mod common;
use common::*;
use ee_rules::occupation::{is_fst_trade, teer_of};
use ee_rules::*;
use serde_json::json;

#[test]
fn teer_is_the_second_digit() {
    assert_eq!(teer_of("21231"), Some(1));
    assert_eq!(teer_of("00012"), Some(0));
    assert_eq!(teer_of("44100"), Some(4));
    assert_eq!(teer_of("2123"), None);
    assert_eq!(teer_of("2a231"), None);
    assert_eq!(teer_of("19999"), None, "TEER digit above 5 is not NOC 2021");
}

#[test]
fn fst_trade_groups_match_the_spec() {
    for code in [
        "72010", "72100", "72410", "72999", "73100", "73300", "82010", "83100", "92100", "63200",
        "63201", "63202", "62200",
    ] {
        assert!(is_fst_trade(code), "{code} is a trade");
    }
    for code in [
        "72600", "72604", "62201", "63100", "21231", "31102", "74100", "84100", "93100", "00012",
    ] {
        assert!(!is_fst_trade(code), "{code} is not an FST trade");
    }
}

#[test]
fn occupation_programs_reasons() {
    let dev = occupation_programs("21231");
    assert_eq!(
        (
            dev.teer,
            dev.fsw.eligible,
            dev.cec.eligible,
            dev.fst.eligible
        ),
        (Some(1), true, true, false)
    );
    assert_eq!(dev.cec.language_minimum, Some(7));
    assert_eq!(dev.fsw.reason, "teer_0_to_3");
    assert_eq!(dev.fst.reason, "fst_not_listed_trade");

    let electrician = occupation_programs("72200");
    assert_eq!(
        (electrician.fst.eligible, electrician.fst.reason.key()),
        (true, "fst_major_group_72")
    );
    assert_eq!(electrician.cec.language_minimum, Some(5));
    assert!(electrician
        .categories
        .iter()
        .any(|c| c.category == "trades" && c.current && c.list_date == "2026-02-18"));

    let pilot = occupation_programs("72600");
    assert_eq!(
        (pilot.fst.eligible, pilot.fst.reason.key()),
        (false, "fst_excluded_726")
    );
    assert!(pilot
        .categories
        .iter()
        .any(|c| c.category == "transport" && c.current));

    let chef = occupation_programs("62200");
    assert_eq!(
        (chef.fst.eligible, chef.fst.reason.key()),
        (true, "fst_unit_group_62200")
    );
    let cook = occupation_programs("63200");
    assert_eq!(cook.fst.reason, "fst_minor_group_6320");
    // Cooks were on the 2025 trades list only.
    assert!(cook
        .categories
        .iter()
        .any(|c| c.category == "trades" && !c.current && c.list_date == "2025-02-27"));
    assert!(!cook.categories.iter().any(|c| c.current));

    let cashier = occupation_programs("65100");
    assert_eq!(
        (
            cashier.fsw.eligible,
            cashier.cec.eligible,
            cashier.fsw.reason.key()
        ),
        (false, false, "teer_4_or_5_not_skilled")
    );
    assert_eq!(cashier.cec.language_minimum, None);

    let bad = occupation_programs("abc");
    assert!(!bad.valid_code);
    assert_eq!(bad.fsw.reason, "invalid_noc_code");
}

#[test]
fn categories_with_dates() {
    let gp = categories_for("31102", None);
    let cur: Vec<_> = gp
        .iter()
        .filter(|c| c.current)
        .map(|c| c.category)
        .collect();
    assert_eq!(
        cur,
        vec![
            "healthcare_social_services",
            "physicians_canadian_experience"
        ]
    );
    assert!(gp
        .iter()
        .any(|c| c.category == "healthcare_social_services" && c.list_date == "2025-02-27"));
    let butcher = current_categories_for("63201", None);
    assert_eq!(
        butcher.iter().map(|c| c.category).collect::<Vec<_>>(),
        vec!["trades"]
    );
    assert!(categories_for("63201", None)
        .iter()
        .any(|c| c.category == "agriculture_agri_food" && !c.current));
    assert!(
        current_categories_for("00011", None).is_empty(),
        "00011 is not on the senior-manager list"
    );
    // French category: NCLC 7 in all four.
    let f7 = Abilities::all(7u8);
    let mut f6 = f7;
    f6.writing = 6;
    assert!(current_categories_for("65100", Some(&f7))
        .iter()
        .any(|c| c.category == "french_language"));
    assert!(current_categories_for("65100", Some(&f6)).is_empty());
    // Every list code is a well-formed NOC 2021 code.
    for list in CATEGORY_LISTS {
        for code in list.codes {
            assert!(teer_of(code).is_some(), "{code}");
        }
    }
}

#[test]
fn timeline_helpers() {
    let p = make(json!({"age": 29}));
    let outlook = timeline::age_outlook(&p);
    assert_eq!(outlook.first().unwrap().age, 29);
    assert_eq!(
        outlook[1].crs_total + 5,
        outlook[0].crs_total,
        "29 -> 30 loses 5 single points"
    );
    assert_eq!(outlook.last().unwrap().age, 45);
    assert_eq!((LANGUAGE_TEST_VALIDITY_YEARS, ECA_VALIDITY_YEARS), (2, 5));
    let d = Date::parse("2024-02-29").unwrap();
    assert_eq!(timeline::expires_on(d, 2).to_string(), "2026-02-28");
    assert_eq!(
        Date::parse("1990-11-24")
            .unwrap()
            .whole_years_until(Date::new(2026, 11, 23)),
        Some(35)
    );
    assert_eq!(Date::parse("2026-02-30"), None);
}

#[test]
fn rule_sets_are_dated() {
    assert_eq!(ruleset::current().id, "v2025-03-25");
    assert_eq!(ruleset::current().rules_as_of(), "2025-07-07");
    assert_eq!(
        ruleset::rule_set_for(Date::new(2026, 11, 23)).id,
        "v2025-03-25"
    );
    assert_eq!(
        ruleset::rule_set_for(Date::new(2020, 10, 26)).id,
        "v2016-11-19"
    );
    let flagged = ruleset::unreflected_changes(Date::new(2026, 11, 23), ruleset::current());
    assert_eq!(flagged.len(), 1);
    assert!(ruleset::unreflected_changes(Date::new(2026, 11, 2), ruleset::current()).is_empty());
    for rs in RULE_SETS {
        assert!(Date::parse(rs.in_force_from).is_some());
        assert!(!rs.crs_core.meta.url.is_empty() && !rs.funds.meta.source.is_empty());
    }
}

#[test]
fn programs_unmet_names() {
    let a = assess(&make(
        json!({"first_language": clb(6), "work_teer": 4, "education": "less_than_secondary", "settlement_funds_cad": 0}),
    ));
    assert_eq!(
        a.fsw.unmet,
        vec![
            "work_experience",
            "work_teer",
            "first_language",
            "education",
            "points",
            "settlement_funds"
        ]
    );
    assert_eq!(a.cec.unmet, vec!["canadian_work_years", "work_teer"]);
    // CEC: CLB 7 for TEER 0/1, CLB 5 for TEER 2/3.
    assert_eq!(
        assess(&make(
            json!({"canadian_work_years": 1, "first_language": clb(6), "work_teer": 1})
        ))
        .cec
        .unmet,
        vec!["first_language"]
    );
    assert!(
        assess(&make(
            json!({"canadian_work_years": 1, "first_language": clb(5), "work_teer": 2})
        ))
        .cec
        .eligible
    );
    assert_eq!(
        assess(&make(
            json!({"canadian_work_years": 1, "first_language": clb(4), "work_teer": 3})
        ))
        .cec
        .unmet,
        vec!["first_language"]
    );
    // FST: 5/5/4/4, two years, offer in a trade or certificate.
    let fst_lang =
        json!({"test": "clb", "speaking": 5, "listening": 5, "reading": 4, "writing": 4});
    assert!(
        assess(&make(
            json!({"first_language": fst_lang, "trade_work_years": 2, "trade_certificate": true})
        ))
        .fst
        .eligible
    );
    let low = json!({"test": "clb", "speaking": 4, "listening": 5, "reading": 4, "writing": 4});
    assert_eq!(
        assess(&make(
            json!({"first_language": low, "trade_work_years": 2, "trade_certificate": true})
        ))
        .fst
        .unmet,
        vec!["first_language"]
    );
    assert!(assess(&make(json!({"trade_work_years": 2, "job_offer": {"teer": 2, "noc": "72200"}, "settlement_funds_cad": 0}))).fst.eligible);
    assert_eq!(
        assess(&make(
            json!({"trade_work_years": 2, "job_offer": {"teer": 1, "noc": "21231"}})
        ))
        .fst
        .unmet,
        vec!["job_offer_or_certificate"]
    );
    // Funds: exempt with CEC or a valid offer, required otherwise.
    let f = assess(&make(
        json!({"family_size": 3, "settlement_funds_cad": 23_359, "foreign_work_years": 3}),
    ))
    .funds;
    assert_eq!(
        (f.required_cad, f.sufficient, f.exempt),
        (23_360, false, false)
    );
    let f = assess(&make(
        json!({"job_offer": {"teer": 2, "noc": "72200"}, "settlement_funds_cad": 0}),
    ))
    .funds;
    assert_eq!(
        (
            f.exempt,
            f.exempt_reasons.iter().map(|r| r.key()).collect::<Vec<_>>()
        ),
        (true, vec!["valid_job_offer"])
    );
    let m = assess(&make(json!({"job_offer": {"teer": 3, "noc": "72200"}})));
    assert!(m.notices.iter().any(|n| n.key == "job_offer_teer_mismatch"));
}

#[test]
fn timeline_with_dates() {
    let p = make(json!({"age": 29, "canadian_work_years": 1}));
    let dates = TimelineDates {
        today: Date::parse("2026-11-23"),
        birth_date: Date::parse("1997-03-10"),
        language_test_date: Date::parse("2024-11-23"),
        eca_date: Date::parse("2022-01-15"),
    };
    let t = timeline(&p, &dates);
    assert_eq!((t.age_today, t.age_mismatch), (Some(29), false));
    let first = t.age_drops[0];
    assert_eq!(
        (first.date.to_string(), first.age, first.points_lost),
        ("2027-03-10".to_string(), 30, 5)
    );
    assert_eq!(t.age_drops.last().unwrap().age, 45);
    assert!(t.age_drops.windows(2).all(|w| w[0].date < w[1].date));
    assert_eq!(t.language_test_expires.unwrap().to_string(), "2026-11-23");
    assert!(t.language_test_expired, "expires on the 2-year anniversary");
    assert_eq!(
        (t.eca_expires.unwrap().to_string(), t.eca_expired),
        ("2027-01-15".to_string(), false)
    );
    let none = timeline(&p, &TimelineDates::default());
    assert!(none.age_drops.is_empty() && none.age_today.is_none() && !none.language_test_expired);
    let notice = assess(&make(
        json!({"spouse": spouse(true, false, "secondary", serde_json::Value::Null, 0), "family_size": 1}),
    ));
    assert!(notice
        .notices
        .iter()
        .any(|n| n.key == "family_size_excludes_spouse"));
}

#[test]
fn draw_categories_need_the_experience_they_name() {
    let noc = Some("21300"); // civil engineers: STEM list
    let none =
        make(json!({"first_language": clb(9), "canadian_work_years": 0, "foreign_work_years": 0}));
    assert!(draw_eligibility(&none, &assess(&none), noc)
        .categories
        .is_empty());
    let foreign = make(json!({"first_language": clb(9), "foreign_work_years": 2}));
    assert_eq!(
        draw_eligibility(&foreign, &assess(&foreign), noc).categories,
        vec!["stem"]
    );
    // Physicians category needs Canadian work; foreign years alone give only healthcare.
    let doc = make(json!({"foreign_work_years": 3}));
    assert_eq!(
        draw_eligibility(&doc, &assess(&doc), Some("31102")).categories,
        vec!["healthcare_social_services"]
    );
    // Military recruits: only with an offer in a CAF occupation.
    let soldier = make(json!({"foreign_work_years": 3}));
    assert!(draw_eligibility(&soldier, &assess(&soldier), Some("43204"))
        .categories
        .is_empty());
    let recruit = make(json!({"foreign_work_years": 3, "job_offer": {"teer": 3, "noc": "43204"}}));
    assert_eq!(
        draw_eligibility(&recruit, &assess(&recruit), Some("43204")).categories,
        vec!["skilled_military_recruits"]
    );
    // French: NCLC 7 in all four, whatever the occupation.
    let fr = make(json!({"first_language": nclc(7), "foreign_work_years": 1}));
    assert_eq!(
        draw_eligibility(&fr, &assess(&fr), None).categories,
        vec!["french_language"]
    );
}

#[test]
fn the_2026_healthcare_stem_and_education_lists_are_official() {
    for key in ["healthcare_social_services", "stem", "education"] {
        let list = CATEGORY_LISTS
            .iter()
            .find(|l| l.category == key && l.until.is_none())
            .unwrap();
        assert_eq!(list.confidence, meta::Confidence::Official, "{key}");
        assert!(
            list.source.contains("canada.ca") && list.source.contains("2026-07-03"),
            "{key}"
        );
    }
}

#[test]
fn trade_reasons_come_from_the_dated_trade_table() {
    use ee_rules::trades::{current, NocLevel};
    use ee_rules::ProgramReason;
    let table = current();
    assert_eq!(table.meta.effective, "2022-11-16");
    assert!(table.meta.url.starts_with("https://www.canada.ca/"));
    // Every listed group is found by a unit group of its own, and its key names its level and code.
    for g in table.trades {
        let level = match g.level {
            NocLevel::MajorGroup => "major_group",
            NocLevel::SubMajorGroup => "sub_major_group",
            NocLevel::MinorGroup => "minor_group",
            NocLevel::UnitGroup => "unit_group",
        };
        assert_eq!(g.key, format!("fst_{level}_{}", g.code));
        let code = format!("{:0<5}", g.code);
        match occupation_programs(&code).fst.reason {
            ProgramReason::ListedTrade(found) if found.code == g.code => {}
            ProgramReason::NotListedTrade if !matches!(code.as_bytes()[1], b'2' | b'3') => {}
            other => panic!("{code}: {other:?}"),
        }
    }
    assert!(matches!(
        occupation_programs("72600").fst.reason,
        ProgramReason::ExcludedTrade(g) if g.code == "726"
    ));
}
