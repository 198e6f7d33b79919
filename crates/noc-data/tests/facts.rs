//! Wages, outlooks, COPS and census figures on the card, on the real data.

mod common;
use common::store;
use noc_data::{CensusFlag, Geo, LabourMarket, Lang, OutlookRating, WageUnit};

#[test]
fn wages_22220_and_22221() {
    let c = store().card("22220", Lang::En).unwrap();
    let nat = c.wages.national.as_ref().unwrap();
    assert_eq!(
        (nat.low, nat.median, nat.high),
        (Some(21.00), Some(36.00), Some(55.00))
    );
    assert_eq!(nat.unit, WageUnit::Hourly);
    assert_eq!(nat.period, "2023-2024");
    let on = c
        .wages
        .provinces
        .iter()
        .find(|w| w.province == Geo::ON)
        .unwrap();
    assert_eq!(
        (on.low, on.median, on.high),
        (Some(19.00), Some(35.71), Some(57.69))
    );
    let qc = c
        .wages
        .provinces
        .iter()
        .find(|w| w.province == Geo::QC)
        .unwrap();
    assert_eq!(
        (qc.low, qc.median, qc.high, qc.period.as_str()),
        (Some(25.71), Some(37.02), Some(56.57), "2024")
    );

    let c = store().card("22221", Lang::En).unwrap();
    let nat = c.wages.national.as_ref().unwrap();
    assert_eq!(
        (nat.low, nat.median, nat.high),
        (Some(20.50), Some(31.47), Some(49.00))
    );
    let on = c
        .wages
        .provinces
        .iter()
        .find(|w| w.province == Geo::ON)
        .unwrap();
    assert_eq!(
        (on.low, on.median, on.high),
        (Some(20.00), Some(33.00), Some(51.28))
    );
}

#[test]
fn annual_wages_and_missing_values() {
    let c = store().card("00010", Lang::En).unwrap();
    let nat = c.wages.national.as_ref().unwrap();
    assert_eq!(
        (nat.low, nat.median, nat.high, nat.unit),
        (
            Some(32867.0),
            Some(84000.0),
            Some(184000.0),
            WageUnit::Annual
        )
    );
    assert_eq!(nat.period, "2021");
    // NL publishes only a median for 00010: low and high are missing, never 0.
    let nl = c
        .wages
        .provinces
        .iter()
        .find(|w| w.province == Geo::NL)
        .unwrap();
    assert_eq!((nl.low, nl.median, nl.high), (None, Some(99000.0), None));
    // 00013 has no published wage anywhere.
    let c = store().card("00013", Lang::En).unwrap();
    assert!(c.wages.national.is_none() && c.wages.provinces.is_empty());
    // No wage figure anywhere is zero.
    for u in store().unit_groups(Lang::En) {
        let c = store().card(&u.code, Lang::En).unwrap();
        for w in c.wages.national.iter().chain(&c.wages.provinces) {
            for v in [w.low, w.median, w.high].into_iter().flatten() {
                assert!(v > 0.0, "{} {:?}", u.code, w);
            }
        }
    }
}

#[test]
fn outlooks_22220_and_22221() {
    let c = store().card("22220", Lang::En).unwrap();
    assert_eq!(c.outlook.period, "2022–2024");
    assert_eq!(c.outlook.provinces.len(), 13);
    let get = |c: &noc_data::Card, g: Geo| {
        c.outlook
            .provinces
            .iter()
            .find(|p| p.province == g)
            .unwrap()
            .outlook
    };
    for g in [
        Geo::NL,
        Geo::PE,
        Geo::NS,
        Geo::NB,
        Geo::QC,
        Geo::ON,
        Geo::MB,
        Geo::SK,
        Geo::AB,
    ] {
        assert_eq!(get(&c, g), OutlookRating::Good, "{g:?}");
    }
    assert_eq!(get(&c, Geo::BC), OutlookRating::Moderate);
    assert_eq!(get(&c, Geo::NT), OutlookRating::Moderate);
    assert_eq!(get(&c, Geo::YT), OutlookRating::Undetermined);
    assert_eq!(get(&c, Geo::NU), OutlookRating::Undetermined);
    let on = c
        .outlook
        .provinces
        .iter()
        .find(|p| p.province == Geo::ON)
        .unwrap();
    assert!(
        on.release_date.starts_with("2022-11-"),
        "{}",
        on.release_date
    );

    let c = store().card("22221", Lang::Fr).unwrap();
    for g in [Geo::NL, Geo::NB, Geo::ON] {
        assert_eq!(get(&c, g), OutlookRating::Moderate);
    }
    for g in [Geo::YT, Geo::NT, Geo::NU] {
        assert_eq!(get(&c, g), OutlookRating::Undetermined);
    }
}

#[test]
fn cops_and_census() {
    let en = store().card("22220", Lang::En).unwrap();
    let fr = store().card("22220", Lang::Fr).unwrap();
    assert_eq!(en.cops.future_conditions.key, LabourMarket::Balance);
    assert_eq!(en.cops.future_conditions.label, "Balance");
    assert_eq!(fr.cops.future_conditions.label, "À équilibre");
    assert!(en.cops.figures.as_ref().unwrap().employment_2023 > 0);
    assert_eq!(en.census_income.median, Some(65010));
    assert_eq!(
        store()
            .card("22221", Lang::En)
            .unwrap()
            .census_income
            .median,
        Some(49524)
    );
    assert_eq!(
        store()
            .card("00010", Lang::En)
            .unwrap()
            .census_income
            .median,
        Some(89162)
    );
    for code in ["00011", "00012", "00013", "00014", "00015"] {
        let c = store().card(code, Lang::En).unwrap();
        assert_eq!(
            (c.census_income.median, c.census_income.flag),
            (Some(87241), Some(CensusFlag::SeniorManagersAggregate))
        );
    }
    for code in ["72501", "83120", "85104"] {
        let c = store().card(code, Lang::En).unwrap();
        assert_eq!(
            (c.census_income.median, c.census_income.flag),
            (None, Some(CensusFlag::SuppressedZero))
        );
    }
    // COPS publishes N/A figures for some unit groups; those have no figures, not zeros.
    let na = store()
        .unit_groups(Lang::En)
        .iter()
        .filter(|u| {
            store()
                .card(&u.code, Lang::En)
                .unwrap()
                .cops
                .figures
                .is_none()
        })
        .count();
    assert_eq!(na, 31);
}

#[test]
fn card_json_has_the_documented_fields() {
    let c = store().card("22220", Lang::Fr).unwrap();
    let v: serde_json::Value = serde_json::to_value(&c).unwrap();
    assert_eq!(v["lang"], "fr");
    assert_eq!(v["teer"]["level"], 2);
    assert_eq!(v["wages"]["national"]["province"], "NAT");
    assert_eq!(v["wages"]["national"]["median"], 36.0);
    assert_eq!(v["wages"]["national"]["unit"], "hourly");
    assert_eq!(v["outlook"]["provinces"][0]["outlook"], "good");
    assert_eq!(v["ai_exposure"]["human_beta"], 0.5701);
    assert!(v["ai_exposure_missing"].is_null());
    assert!(v["sources"].as_array().unwrap().len() >= 6);
    assert!(v["data_version"]
        .as_str()
        .unwrap()
        .starts_with("NOC 2021 V1.0"));
}
