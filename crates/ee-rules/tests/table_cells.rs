//! Every table cell of express-entry-rules.md, typed here independently and checked through the
//! public scoring functions (not by reading the engine's own tables back).
mod common;
use common::*;
use ee_rules::{assess, Education};
use serde_json::json;

const EDU_KEYS: [&str; 8] = [
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors_or_three_year",
    "two_or_more",
    "masters_or_professional",
    "doctoral",
];

fn married(changes: serde_json::Value) -> serde_json::Value {
    merge(
        json!({"spouse": spouse(true, false, "less_than_secondary", serde_json::Value::Null, 0), "family_size": 2}),
        changes,
    )
}

#[test]
fn a1_age_every_row() {
    // (age, with spouse, single) from spec A1.
    let rows: [(u8, u16, u16); 31] = [
        (16, 0, 0),
        (17, 0, 0),
        (18, 90, 99),
        (19, 95, 105),
        (20, 100, 110),
        (21, 100, 110),
        (22, 100, 110),
        (23, 100, 110),
        (24, 100, 110),
        (25, 100, 110),
        (26, 100, 110),
        (27, 100, 110),
        (28, 100, 110),
        (29, 100, 110),
        (30, 95, 105),
        (31, 90, 99),
        (32, 85, 94),
        (33, 80, 88),
        (34, 75, 83),
        (35, 70, 77),
        (36, 65, 72),
        (37, 60, 66),
        (38, 55, 61),
        (39, 50, 55),
        (40, 45, 50),
        (41, 35, 39),
        (42, 25, 28),
        (43, 15, 17),
        (44, 5, 6),
        (45, 0, 0),
        (46, 0, 0),
    ];
    for (age, ws, single) in rows {
        assert_eq!(
            line(&assess(&make(json!({"age": age}))).crs, "age"),
            single,
            "single age {age}"
        );
        assert_eq!(
            line(&assess(&make(married(json!({"age": age})))).crs, "age"),
            ws,
            "with spouse age {age}"
        );
    }
    assert_eq!(line(&assess(&make(json!({"age": 100}))).crs, "age"), 0);
    let by_age = ee_rules::age_points_by_age(false);
    assert_eq!(by_age.iter().find(|a| a.age == 29).unwrap().points, 110);
    assert_eq!(by_age.iter().find(|a| a.age == 30).unwrap().points, 105);
}

#[test]
fn a2_b1_education_every_row() {
    let single = [0, 30, 90, 98, 120, 128, 135, 150];
    let with_spouse = [0, 28, 84, 91, 112, 119, 126, 140];
    let spouse_pts = [0, 2, 6, 7, 8, 9, 10, 10];
    for (i, key) in EDU_KEYS.iter().enumerate() {
        assert_eq!(
            line(&assess(&make(json!({"education": key}))).crs, "education"),
            single[i],
            "{key}"
        );
        assert_eq!(
            line(
                &assess(&make(married(json!({"education": key})))).crs,
                "education"
            ),
            with_spouse[i],
            "{key}"
        );
        let sp = make(married(
            json!({"spouse": spouse(true, false, key, serde_json::Value::Null, 0)}),
        ));
        assert_eq!(
            line(&assess(&sp).crs, "spouse_education"),
            spouse_pts[i],
            "spouse {key}"
        );
    }
    assert_eq!(Education::ALL.len(), 8);
}

#[test]
fn a3_a4_b2_language_every_level() {
    // level: (first with spouse, first single, second, spouse) per ability.
    let rows: [(u8, u16, u16, u16, u16); 13] = [
        (0, 0, 0, 0, 0),
        (1, 0, 0, 0, 0),
        (2, 0, 0, 0, 0),
        (3, 0, 0, 0, 0),
        (4, 6, 6, 0, 0),
        (5, 6, 6, 1, 1),
        (6, 8, 9, 1, 1),
        (7, 16, 17, 3, 3),
        (8, 22, 23, 3, 3),
        (9, 29, 31, 6, 5),
        (10, 32, 34, 6, 5),
        (11, 32, 34, 6, 5),
        (12, 32, 34, 6, 5),
    ];
    for (lv, first_ws, first_s, second, sp) in rows {
        // Vary one ability, keep the others at 0 points, so the line equals that ability's points.
        let one =
            json!({"test": "clb", "speaking": lv, "listening": 0, "reading": 0, "writing": 0});
        let one_fr =
            json!({"test": "nclc", "speaking": lv, "listening": 0, "reading": 0, "writing": 0});
        assert_eq!(
            line(
                &assess(&make(json!({"first_language": one}))).crs,
                "first_official_language"
            ),
            first_s,
            "CLB {lv}"
        );
        assert_eq!(
            line(
                &assess(&make(married(json!({"first_language": one})))).crs,
                "first_official_language"
            ),
            first_ws,
            "CLB {lv}"
        );
        assert_eq!(
            line(
                &assess(&make(json!({"second_language": one_fr}))).crs,
                "second_official_language"
            ),
            second,
            "NCLC {lv}"
        );
        let p = make(married(
            json!({"spouse": spouse(true, false, "secondary", one, 0)}),
        ));
        assert_eq!(
            line(&assess(&p).crs, "spouse_first_official_language"),
            sp,
            "spouse CLB {lv}"
        );
    }
    // Caps: 24 single (4 x 6), 22 with spouse.
    assert_eq!(
        line(
            &assess(&make(json!({"second_language": nclc(9)}))).crs,
            "second_official_language"
        ),
        24
    );
    assert_eq!(
        line(
            &assess(&make(married(json!({"second_language": nclc(9)})))).crs,
            "second_official_language"
        ),
        22
    );
}

#[test]
fn a5_b3_canadian_work_every_row() {
    let rows: [(u8, u16, u16, u16); 8] = [
        (0, 0, 0, 0),
        (1, 35, 40, 5),
        (2, 46, 53, 7),
        (3, 56, 64, 8),
        (4, 63, 72, 9),
        (5, 70, 80, 10),
        (6, 70, 80, 10),
        (50, 70, 80, 10),
    ];
    for (y, ws, s, sp) in rows {
        assert_eq!(
            line(
                &assess(&make(json!({"canadian_work_years": y}))).crs,
                "canadian_work_experience"
            ),
            s
        );
        assert_eq!(
            line(
                &assess(&make(married(json!({"canadian_work_years": y})))).crs,
                "canadian_work_experience"
            ),
            ws
        );
        let p = make(married(
            json!({"spouse": spouse(true, false, "secondary", serde_json::Value::Null, y)}),
        ));
        assert_eq!(line(&assess(&p).crs, "spouse_canadian_work_experience"), sp);
    }
}

#[test]
fn c_transferability_every_cell() {
    // Education x language: E0/E1/E2 x (below 7, LANG_7, LANG_9).
    let edu_bucket = [0usize, 0, 1, 1, 1, 2, 2, 2];
    let lang_table = [[0, 0, 0], [0, 13, 25], [0, 25, 50]];
    for (i, key) in EDU_KEYS.iter().enumerate() {
        for (t, lvl) in [6u8, 7, 9].iter().enumerate() {
            let a = assess(&make(
                json!({"education": key, "first_language": clb(*lvl)}),
            ));
            assert_eq!(
                a.crs.transferability_parts.education_language, lang_table[edu_bucket[i]][t],
                "{key} CLB {lvl}"
            );
        }
        // Education x Canadian work: C0/C1/C2 (0, 1, 2+ years).
        for (t, y) in [0u8, 1, 2, 5].iter().enumerate() {
            let a = assess(&make(
                json!({"education": key, "canadian_work_years": y, "first_language": clb(4)}),
            ));
            let expect = [[0, 0, 0, 0], [0, 13, 25, 25], [0, 25, 50, 50]][edu_bucket[i]][t];
            assert_eq!(
                a.crs.transferability_parts.education_canadian_work, expect,
                "{key} {y} years"
            );
        }
    }
    // Foreign work x language and x Canadian work.
    for (fy, bucket) in [(0u8, 0usize), (1, 1), (2, 1), (3, 2), (10, 2)] {
        for (t, lvl) in [6u8, 7, 9].iter().enumerate() {
            let a = assess(&make(
                json!({"foreign_work_years": fy, "first_language": clb(*lvl)}),
            ));
            assert_eq!(
                a.crs.transferability_parts.foreign_work_language,
                lang_table[bucket][t]
            );
        }
        for (t, y) in [0u8, 1, 2].iter().enumerate() {
            let a = assess(&make(
                json!({"foreign_work_years": fy, "canadian_work_years": y, "first_language": clb(4)}),
            ));
            assert_eq!(
                a.crs.transferability_parts.foreign_work_canadian_work,
                [[0, 0, 0], [0, 13, 25], [0, 25, 50]][bucket][t]
            );
        }
    }
    // Certificate x language: 25 for CLB 5+ with one below 7, 50 for 7+ all four.
    for (lv, pts) in [(4u8, 0u16), (5, 25), (6, 25), (7, 50), (10, 50)] {
        let a = assess(&make(
            json!({"trade_certificate": true, "first_language": clb(lv), "education": "secondary"}),
        ));
        assert_eq!(line(&a.crs, "transferability_certificate"), pts, "CLB {lv}");
    }
    let mixed = json!({"test": "clb", "speaking": 9, "listening": 9, "reading": 9, "writing": 6});
    assert_eq!(
        line(
            &assess(&make(
                json!({"trade_certificate": true, "first_language": mixed})
            ))
            .crs,
            "transferability_certificate"
        ),
        25
    );
    // Group caps of 50 and the overall cap of 100.
    let all = assess(&make(
        json!({"education": "doctoral", "first_language": clb(9), "canadian_work_years": 2, "foreign_work_years": 3, "trade_certificate": true}),
    ));
    assert_eq!(
        (
            line(&all.crs, "transferability_education"),
            line(&all.crs, "transferability_foreign_work"),
            line(&all.crs, "transferability_certificate")
        ),
        (50, 50, 0)
    );
    assert_eq!(all.crs.transferability, 100);
    assert_eq!(all.crs.transferability_parts.certificate_language, 50);
}

#[test]
fn d_additional_every_row() {
    assert_eq!(
        assess(&make(json!({"provincial_nomination": true})))
            .crs
            .additional,
        600
    );
    assert_eq!(
        assess(&make(json!({"sibling_in_canada": true})))
            .crs
            .additional,
        15
    );
    assert_eq!(
        assess(&make(json!({"canadian_education": "one_or_two_year"})))
            .crs
            .additional,
        15
    );
    assert_eq!(
        assess(&make(json!({"canadian_education": "three_year_or_more"})))
            .crs
            .additional,
        30
    );
    assert_eq!(
        assess(&make(json!({"first_language": nclc(7)})))
            .crs
            .additional,
        25
    );
    assert_eq!(
        assess(&make(json!({"first_language": nclc(6)})))
            .crs
            .additional,
        0
    );
    assert_eq!(
        assess(&make(
            json!({"first_language": clb(5), "second_language": nclc(7)})
        ))
        .crs
        .additional,
        50
    );
    assert_eq!(
        assess(&make(
            json!({"first_language": clb(4), "second_language": nclc(7)})
        ))
        .crs
        .additional,
        25
    );
    // Cap at 600: PNP + everything else.
    let all = assess(&make(
        json!({"provincial_nomination": true, "sibling_in_canada": true, "canadian_education": "three_year_or_more", "second_language": nclc(9)}),
    ));
    assert_eq!(all.crs.additional, 600);
    assert_eq!(
        all.crs.lines.iter().map(|l| l.points).sum::<u16>(),
        all.crs.total
    );
    // Job offer: 0 since 2025-03-25 and no job_offer line in the current rule set.
    let j = assess(&make(json!({"job_offer": {"teer": 0, "noc": "00012"}})));
    assert_eq!(j.crs.additional, 0);
    assert!(j.crs.lines.iter().all(|l| l.factor != "job_offer"));
}

#[test]
fn fsw_grid_every_row() {
    // Age: (age, points)
    for (age, pts) in [
        (16u8, 0u16),
        (17, 0),
        (18, 12),
        (35, 12),
        (36, 11),
        (37, 10),
        (38, 9),
        (39, 8),
        (40, 7),
        (41, 6),
        (42, 5),
        (43, 4),
        (44, 3),
        (45, 2),
        (46, 1),
        (47, 0),
        (60, 0),
    ] {
        assert_eq!(
            assess(&make(json!({"age": age}))).fsw.grid.age,
            pts,
            "age {age}"
        );
    }
    let edu = [0, 5, 15, 19, 21, 22, 23, 25];
    for (i, key) in EDU_KEYS.iter().enumerate() {
        assert_eq!(
            assess(&make(json!({"education": key}))).fsw.grid.education,
            edu[i],
            "{key}"
        );
    }
    for (y, pts) in [
        (0u8, 0u16),
        (1, 9),
        (2, 11),
        (3, 11),
        (4, 13),
        (5, 13),
        (6, 15),
        (20, 15),
    ] {
        assert_eq!(
            assess(&make(json!({"foreign_work_years": y})))
                .fsw
                .grid
                .experience,
            pts,
            "{y} years"
        );
    }
    // Language per ability: 7 -> 4, 8 -> 5, 9+ -> 6; second language 4 at CLB 5 in all four.
    for (lv, pts) in [(6u8, 0u16), (7, 16), (8, 20), (9, 24), (10, 24)] {
        assert_eq!(
            assess(&make(json!({"first_language": clb(lv)})))
                .fsw
                .grid
                .language,
            pts,
            "CLB {lv}"
        );
    }
    assert_eq!(
        assess(&make(json!({"second_language": nclc(5)})))
            .fsw
            .grid
            .language,
        28
    );
    assert_eq!(
        assess(&make(json!({"second_language": nclc(4)})))
            .fsw
            .grid
            .language,
        24
    );
    // Arranged employment 10 (+5 adaptability) for TEER 0-3 only.
    let offer = assess(&make(json!({"job_offer": {"teer": 2, "noc": "72010"}})));
    assert_eq!(
        (
            offer.fsw.grid.arranged_employment,
            offer.fsw.grid.adaptability
        ),
        (10, 5)
    );
    let teer4 = assess(&make(json!({"job_offer": {"teer": 4, "noc": "44100"}})));
    assert_eq!(
        (
            teer4.fsw.grid.arranged_employment,
            teer4.fsw.grid.adaptability
        ),
        (0, 0)
    );
    // Adaptability items and the cap of 10.
    let sp = |study: bool, lang: serde_json::Value, years: u8| json!({"accompanying": true, "canadian_citizen_or_pr": false, "education": "secondary", "first_language": lang, "canadian_work_years": years, "canadian_study": study});
    let adapt = |c: serde_json::Value| assess(&make(c)).fsw.grid.adaptability;
    assert_eq!(
        adapt(json!({"spouse": sp(false, clb(4), 0), "family_size": 2})),
        5
    );
    assert_eq!(
        adapt(json!({"spouse": sp(false, clb(3), 0), "family_size": 2})),
        0
    );
    assert_eq!(
        adapt(json!({"spouse": sp(true, serde_json::Value::Null, 0), "family_size": 2})),
        5
    );
    assert_eq!(
        adapt(json!({"spouse": sp(false, serde_json::Value::Null, 1), "family_size": 2})),
        5
    );
    assert_eq!(
        adapt(json!({"spouse": sp(true, clb(9), 1), "family_size": 2})),
        10
    );
    // Citizen spouse items do not count.
    let citizen = json!({"accompanying": true, "canadian_citizen_or_pr": true, "education": "secondary", "first_language": clb(9), "canadian_work_years": 3, "canadian_study": true});
    assert_eq!(adapt(json!({"spouse": citizen, "family_size": 2})), 0);
    assert_eq!(
        adapt(json!({"canadian_education": "three_year_or_more"})),
        5
    );
    assert_eq!(adapt(json!({"canadian_education": "one_or_two_year"})), 0);
    assert_eq!(adapt(json!({"canadian_work_years": 1})), 10);
    assert_eq!(adapt(json!({"canadian_work_years": 1, "work_teer": 4})), 0);
    assert_eq!(adapt(json!({"relative_in_canada": true})), 5);
    assert_eq!(adapt(json!({"sibling_in_canada": true})), 5);
    assert_eq!(
        adapt(
            json!({"relative_in_canada": true, "canadian_education": "three_year_or_more", "canadian_work_years": 1})
        ),
        10
    );
}

#[test]
fn funds_every_row() {
    let rows = [
        (1u8, 15_263u64),
        (2, 19_001),
        (3, 23_360),
        (4, 28_362),
        (5, 32_168),
        (6, 36_280),
        (7, 40_392),
        (8, 44_504),
        (9, 48_616),
        (20, 93_848),
    ];
    for (n, cad) in rows {
        assert_eq!(ee_rules::required_funds(n), cad, "family of {n}");
        assert!(ee_rules::check_funds(n, cad));
        assert!(!ee_rules::check_funds(n, cad - 1));
    }
    assert_eq!(ee_rules::tables::FUNDS_2024_05_28.required(1), 14_690);
    assert_eq!(
        ee_rules::tables::FUNDS_2024_05_28.required(8),
        38_875 + 3_958
    );
}
