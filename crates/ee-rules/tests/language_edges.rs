//! Every CLB/NCLC edge of every test (spec section 2), typed independently as the spec's ranges.
use ee_rules::{to_clb, Ability, LanguageTest};

const S: Ability = Ability::Speaking;
const L: Ability = Ability::Listening;
const R: Ability = Ability::Reading;
const W: Ability = Ability::Writing;

/// (level, lowest score, highest score) of each row, per ability; checks both ends of every row,
/// one step below the lowest row, and the scale ends.
fn check_rows(test: LanguageTest, ability: Ability, rows: &[(u8, f64, f64)], step: f64, below: u8) {
    for &(level, lo, hi) in rows {
        assert_eq!(
            to_clb(test, ability, lo).unwrap(),
            level,
            "{test:?} {ability:?} {lo}"
        );
        assert_eq!(
            to_clb(test, ability, hi).unwrap(),
            level,
            "{test:?} {ability:?} {hi}"
        );
    }
    let lowest = rows.iter().map(|r| r.1).fold(f64::MAX, f64::min);
    if lowest - step >= 0.0 {
        assert_eq!(
            to_clb(test, ability, lowest - step).unwrap(),
            below,
            "{test:?} {ability:?} below chart"
        );
    }
}

#[test]
fn ielts_general() {
    let t = LanguageTest::IeltsGeneral;
    check_rows(
        t,
        R,
        &[
            (10, 8.0, 9.0),
            (9, 7.0, 7.5),
            (8, 6.5, 6.5),
            (7, 6.0, 6.0),
            (6, 5.0, 5.5),
            (5, 4.0, 4.5),
            (4, 3.5, 3.5),
        ],
        0.5,
        0,
    );
    check_rows(
        t,
        W,
        &[
            (10, 7.5, 9.0),
            (9, 7.0, 7.0),
            (8, 6.5, 6.5),
            (7, 6.0, 6.0),
            (6, 5.5, 5.5),
            (5, 5.0, 5.0),
            (4, 4.0, 4.5),
        ],
        0.5,
        0,
    );
    check_rows(
        t,
        L,
        &[
            (10, 8.5, 9.0),
            (9, 8.0, 8.0),
            (8, 7.5, 7.5),
            (7, 6.0, 7.0),
            (6, 5.5, 5.5),
            (5, 5.0, 5.0),
            (4, 4.5, 4.5),
        ],
        0.5,
        0,
    );
    check_rows(
        t,
        S,
        &[
            (10, 7.5, 9.0),
            (9, 7.0, 7.0),
            (8, 6.5, 6.5),
            (7, 6.0, 6.0),
            (6, 5.5, 5.5),
            (5, 5.0, 5.0),
            (4, 4.0, 4.5),
        ],
        0.5,
        0,
    );
    assert_eq!(to_clb(t, L, 6.5).unwrap(), 7);
    assert_eq!(to_clb(t, R, 0.0).unwrap(), 0);
}

#[test]
fn celpip_general() {
    let t = LanguageTest::CelpipGeneral;
    for a in [S, L, R, W] {
        check_rows(
            t,
            a,
            &[
                (10, 10.0, 12.0),
                (9, 9.0, 9.0),
                (8, 8.0, 8.0),
                (7, 7.0, 7.0),
                (6, 6.0, 6.0),
                (5, 5.0, 5.0),
                (4, 4.0, 4.0),
                (3, 3.0, 3.0),
            ],
            1.0,
            2,
        );
        assert_eq!(to_clb(t, a, 0.0).unwrap(), 0);
    }
}

#[test]
fn pte_core() {
    let t = LanguageTest::PteCore;
    check_rows(
        t,
        R,
        &[
            (10, 88.0, 90.0),
            (9, 78.0, 87.0),
            (8, 69.0, 77.0),
            (7, 60.0, 68.0),
            (6, 51.0, 59.0),
            (5, 42.0, 50.0),
            (4, 33.0, 41.0),
            (3, 24.0, 32.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        W,
        &[
            (10, 90.0, 90.0),
            (9, 88.0, 89.0),
            (8, 79.0, 87.0),
            (7, 69.0, 78.0),
            (6, 60.0, 68.0),
            (5, 51.0, 59.0),
            (4, 41.0, 50.0),
            (3, 32.0, 40.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        L,
        &[
            (10, 89.0, 90.0),
            (9, 82.0, 88.0),
            (8, 71.0, 81.0),
            (7, 60.0, 70.0),
            (6, 50.0, 59.0),
            (5, 39.0, 49.0),
            (4, 28.0, 38.0),
            (3, 18.0, 27.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        S,
        &[
            (10, 89.0, 90.0),
            (9, 84.0, 88.0),
            (8, 76.0, 83.0),
            (7, 68.0, 75.0),
            (6, 59.0, 67.0),
            (5, 51.0, 58.0),
            (4, 42.0, 50.0),
            (3, 34.0, 41.0),
        ],
        1.0,
        0,
    );
    assert!(to_clb(t, R, 9.0).is_err(), "PTE starts at 10");
}

#[test]
fn tef_canada_current_scale() {
    let t = LanguageTest::TefCanada;
    check_rows(
        t,
        R,
        &[
            (10, 546.0, 699.0),
            (9, 503.0, 545.0),
            (8, 462.0, 502.0),
            (7, 434.0, 461.0),
            (6, 393.0, 433.0),
            (5, 352.0, 392.0),
            (4, 306.0, 351.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        W,
        &[
            (10, 558.0, 699.0),
            (9, 512.0, 557.0),
            (8, 472.0, 511.0),
            (7, 428.0, 471.0),
            (6, 379.0, 427.0),
            (5, 330.0, 378.0),
            (4, 268.0, 329.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        L,
        &[
            (10, 546.0, 699.0),
            (9, 503.0, 545.0),
            (8, 462.0, 502.0),
            (7, 434.0, 461.0),
            (6, 393.0, 433.0),
            (5, 352.0, 392.0),
            (4, 306.0, 351.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        S,
        &[
            (10, 556.0, 699.0),
            (9, 518.0, 555.0),
            (8, 494.0, 517.0),
            (7, 456.0, 493.0),
            (6, 422.0, 455.0),
            (5, 387.0, 421.0),
            (4, 328.0, 386.0),
        ],
        1.0,
        0,
    );
}

#[test]
fn tcf_canada() {
    let t = LanguageTest::TcfCanada;
    check_rows(
        t,
        R,
        &[
            (10, 549.0, 699.0),
            (9, 524.0, 548.0),
            (8, 499.0, 523.0),
            (7, 453.0, 498.0),
            (6, 406.0, 452.0),
            (5, 375.0, 405.0),
            (4, 342.0, 374.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        W,
        &[
            (10, 16.0, 20.0),
            (9, 14.0, 15.0),
            (8, 12.0, 13.0),
            (7, 10.0, 11.0),
            (6, 7.0, 9.0),
            (5, 6.0, 6.0),
            (4, 4.0, 5.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        L,
        &[
            (10, 549.0, 699.0),
            (9, 523.0, 548.0),
            (8, 503.0, 522.0),
            (7, 458.0, 502.0),
            (6, 398.0, 457.0),
            (5, 369.0, 397.0),
            (4, 331.0, 368.0),
        ],
        1.0,
        0,
    );
    check_rows(
        t,
        S,
        &[
            (10, 16.0, 20.0),
            (9, 14.0, 15.0),
            (8, 12.0, 13.0),
            (7, 10.0, 11.0),
            (6, 7.0, 9.0),
            (5, 6.0, 6.0),
            (4, 4.0, 5.0),
        ],
        1.0,
        0,
    );
    assert!(to_clb(t, W, 21.0).is_err());
}

#[test]
fn direct_levels() {
    for lv in 0..=12u8 {
        assert_eq!(to_clb(LanguageTest::Clb, S, lv as f64).unwrap(), lv);
        assert_eq!(to_clb(LanguageTest::Nclc, W, lv as f64).unwrap(), lv);
    }
    assert!(to_clb(LanguageTest::Clb, S, 13.0).is_err());
}

#[test]
fn scales_and_steps_are_enforced() {
    use ee_rules::ErrorCode::*;
    let code = |t, a, s: f64| to_clb(t, a, s).unwrap_err().code;
    assert_eq!(code(LanguageTest::IeltsGeneral, W, 6.3), NotHalfBand);
    assert_eq!(code(LanguageTest::IeltsGeneral, W, 9.5), OutOfRange);
    assert_eq!(code(LanguageTest::IeltsGeneral, W, -0.5), OutOfRange);
    assert_eq!(code(LanguageTest::PteCore, W, 65.5), NotWholeScore);
    assert_eq!(code(LanguageTest::CelpipGeneral, W, 7.5), NotWholeScore);
    assert_eq!(code(LanguageTest::TefCanada, W, 700.0), OutOfRange);
    assert_eq!(code(LanguageTest::TcfCanada, S, 19.5), NotWholeScore);
    assert_eq!(code(LanguageTest::Clb, S, f64::NAN), WrongType);
    assert_eq!(to_clb(LanguageTest::PteCore, W, 65.0).unwrap(), 6);
}
