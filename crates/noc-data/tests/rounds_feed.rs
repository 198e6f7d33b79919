//! IRCC's rounds feed read as the build reads it (`noc_data::feed`), compared with profiles, and
//! `rounds.bin`'s encoding (`noc_data::rounds_bin`). Needs the `feed` feature (on in the workspace,
//! which builds `noc`; alone: `cargo test -p noc-data --features feed`).
use ee_rules::date::days_from_date;
use ee_rules::rounds::latest_distribution;
use ee_rules::{
    assess, compare_to_draws, draw_eligibility, profile_from, Profile, Round, RoundClass,
};
use noc_data::{feed, rounds_bin};
use serde_json::{json, Value};

fn clb(level: u8) -> Value {
    json!({"test": "clb", "speaking": level, "listening": level, "reading": level, "writing": level})
}

/// A single candidate with nothing special, changed by `changes`.
fn make(changes: Value) -> Profile {
    let mut v = json!({
        "age": 29, "education": "bachelors_or_three_year", "canadian_education": "none",
        "first_language": clb(9), "second_language": null,
        "canadian_work_years": 0, "foreign_work_years": 0, "work_teer": 1,
        "trade_certificate": false, "trade_work_years": 0, "job_offer": null,
        "sibling_in_canada": false, "relative_in_canada": false, "provincial_nomination": false,
        "spouse": null, "family_size": 1, "settlement_funds_cad": 50000
    });
    for (k, val) in changes.as_object().unwrap() {
        v[k] = val.clone();
    }
    profile_from(v).unwrap()
}

/// The repository's copy of IRCC's feed and its supplement, read the way the build reads them.
fn feed_rounds() -> Vec<Round> {
    let read = |file: &str, text: &str| feed::parse_feed(file, text, "test").unwrap();
    let all = read(
        feed::FEED,
        include_str!("../../../data/ircc/ee_rounds_123_en.json"),
    );
    let supplement = read(
        feed::SUPPLEMENT,
        include_str!("../../../data/ircc/ee_rounds_supplement.json"),
    );
    feed::merge(all, supplement).unwrap()
}

#[test]
fn draws_from_the_feed_and_comparison() {
    let draws = feed_rounds();
    assert_eq!(
        draws.len(),
        448,
        "435 in the feed copy + 13 in the supplement"
    );
    assert!(
        draws.windows(2).all(|w| w[0].date >= w[1].date),
        "newest first"
    );
    assert_eq!(draws[0].date.to_string(), "2026-10-01");
    assert_eq!(draws.last().unwrap().date.to_string(), "2015-01-31");
    let cec = draws.iter().find(|d| d.number == Some(446)).unwrap();
    assert_eq!(
        (cec.group(), cec.invitations, cec.lowest_crs),
        ("canadian_experience_class", 2000, 518)
    );
    assert_eq!(cec.tie_break.unwrap().to_string(), "2026-02-13T20:48:08Z");
    // #91a and #91b are two rounds of one day.
    assert_eq!(draws.iter().filter(|d| d.number == Some(91)).count(), 2);

    let p = make(
        json!({"canadian_work_years": 3, "first_language": clb(10), "education": "masters_or_professional", "foreign_work_years": 3}),
    );
    let a = assess(&p);
    let elig = draw_eligibility(&p, &a, Some("31102"));
    assert!(
        elig.cec
            && elig
                .categories
                .contains(&RoundClass::PhysiciansCanadianExperience)
    );
    let cmp = compare_to_draws(&draws, a.crs.total, &elig);
    let r446 = cmp.iter().find(|c| c.draw.number == Some(446)).unwrap();
    assert!(r446.eligible);
    assert_eq!(r446.margin, a.crs.total as i32 - 518);
    let pnp = cmp
        .iter()
        .find(|c| c.draw.class == RoundClass::ProvincialNomineeProgram)
        .unwrap();
    assert!(!pnp.eligible && !pnp.would_have_been_invited);
    // Not in the pool at all: no round is open.
    let weak = make(json!({"first_language": clb(3)}));
    let wa = assess(&weak);
    assert!(
        compare_to_draws(&draws, wa.crs.total, &draw_eligibility(&weak, &wa, None))
            .iter()
            .all(|c| !c.eligible)
    );
    // The comparison keeps its old fields (number, date, kind, group, invitations, lowest_crs, source).
    let v = serde_json::to_value(r446).unwrap();
    for key in [
        "number",
        "date",
        "kind",
        "group",
        "invitations",
        "lowest_crs",
        "source",
    ] {
        assert!(v["draw"].get(key).is_some(), "{key}");
    }
    assert_eq!(v["draw"]["date"], "2026-09-29");
    assert_eq!(v["draw"]["kind"], "program");
}

#[test]
fn every_feed_round_is_classified_and_encodes_losslessly() {
    let draws = feed_rounds();
    let by_class = |c: RoundClass| draws.iter().filter(|d| d.class == c).count();
    assert_eq!(by_class(RoundClass::AllPrograms), 167 + 11);
    assert_eq!(by_class(RoundClass::ProvincialNomineeProgram), 110 + 4);
    assert_eq!(by_class(RoundClass::FrenchLanguage), 26 + 9 + 1);
    assert_eq!(by_class(RoundClass::Trades), 4 + 1 + 1 + 1);
    // Tie-breaks: none for the 76 rounds of 2015–2017; never after the round's day in UTC (the
    // date is Ottawa's: #139 of 2020-03-18 was held at 02:04:06 UTC on the 19th, its tie-break time).
    let with_tie = draws.iter().filter(|d| d.tie_break.is_some()).count();
    assert_eq!(with_tie, 448 - 76);
    assert!(draws
        .iter()
        .filter_map(|d| d.tie_break.map(|t| (t, d)))
        .all(|(t, d)| days_from_date(t.date) <= days_from_date(d.date) + 1));
    let r208 = draws.iter().find(|d| d.label == "208").unwrap();
    assert_eq!(
        r208.tie_break.unwrap().to_string(),
        "2021-10-07T16:38:21Z",
        "year filled in"
    );
    // Distributions: from 2022 on; the latest is #447's (wide bands only).
    let latest = latest_distribution(&draws).unwrap();
    assert_eq!(
        (latest.as_of.to_string(), latest.total()),
        ("2026-09-27".to_owned(), Some(229_904))
    );
    let r434 = draws
        .iter()
        .find(|d| d.label == "434")
        .unwrap()
        .distribution
        .as_ref()
        .unwrap();
    assert_eq!(r434.counts[5], Some(16_368));
    let bytes = rounds_bin::encode(&draws);
    assert_eq!(rounds_bin::decode(&bytes).unwrap(), draws);
    assert!(bytes.len() < 20_000, "{}", bytes.len());
    // A damaged file is an error, not a panic.
    for cut in [0, 1, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(rounds_bin::decode(&bytes[..cut]).is_err());
    }
}

#[test]
fn feed_errors_name_the_round_and_the_field() {
    let good = json!({"drawNumber": "500", "drawDate": "2027-01-05", "drawName": "Canadian Experience Class",
        "drawSize": "1,000", "drawCRS": "510", "drawCutOff": "", "drawDistributionAsOn": ""});
    let read = |rec: &serde_json::Value| {
        let field = |name: &str| match rec.get(name) {
            None if name.starts_with("dd") && rec.get("drawDistributionAsOn").is_some() => {
                feed::Field::Text("")
            }
            None => feed::Field::Missing,
            Some(serde_json::Value::String(s)) => feed::Field::Text(s.as_str()),
            Some(_) => feed::Field::NotText,
        };
        feed::round_from_fields(7, &field, "test").map_err(|e| e.to_string())
    };
    assert_eq!(read(&good).unwrap().invitations, 1000);
    let with = |key: &str, value: serde_json::Value| {
        let mut r = good.clone();
        r[key] = value;
        read(&r).unwrap_err()
    };
    assert_eq!(
        with("drawCRS", json!("5x0")),
        "round #500, field drawCRS: '5x0' is not a CRS score (0–1200)"
    );
    assert_eq!(
        with("drawSize", json!(1000)),
        "round #500, field drawSize: not a text value"
    );
    assert!(
        with("drawName", json!("Researchers, 2027-Version 1")).starts_with(
            "round #500, field drawName: 'Researchers, 2027-Version 1' is not a known round name"
        )
    );
    assert!(with("drawDate", json!("05/01/2027")).starts_with("round #500, field drawDate"));
    assert!(with("drawCutOff", json!("Jan 3 2027")).starts_with("round #500, field drawCutOff"));
    assert_eq!(
        with("drawNumber", json!("x1")),
        "round at position 7, field drawNumber: 'x1' is not a round number"
    );
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("drawCRS");
    assert_eq!(
        read(&missing).unwrap_err(),
        "round #500, field drawCRS: missing"
    );
}
