//! `noc rounds` and `noc rounds import` on the repository's copy of IRCC's feed.
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const FEED: &str = include_str!("../../../data/ircc/ee_rounds_123_en.json");
const SUPPLEMENT: &str = include_str!("../../../data/ircc/ee_rounds_supplement.json");

fn noc(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_noc"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A fresh data directory holding `feed` and the repository's supplement.
fn data_dir(name: &str, feed: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("noc-rounds-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ee_rounds_123_en.json"), feed).unwrap();
    std::fs::write(dir.join("ee_rounds_supplement.json"), SUPPLEMENT).unwrap();
    std::fs::write(dir.join("PROVENANCE.md"), "# test\n").unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// "October 11, 2025 at 14:55:49 UTC" → "2025-10-11T14:55:49Z", written independently of the
/// library for the regular form only (the irregular ones are checked one by one below).
fn regular_tie_break(text: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let w: Vec<&str> = text.split(' ').collect();
    let [month, day, year, "at", time, "UTC"] = w.as_slice() else {
        return None;
    };
    let m = MONTHS.iter().position(|x| x == month)? + 1;
    let day: u8 = day.strip_suffix(',')?.parse().ok()?;
    (time.len() == 8 && year.len() == 4).then(|| format!("{year}-{m:02}-{day:02}T{time}Z"))
}

fn num(text: &str) -> u64 {
    text.replace(',', "").parse().unwrap()
}

#[test]
fn the_feed_copy_round_trips_through_import_and_json() {
    let dir = data_dir("roundtrip", "{\"classes\": \"wb-tables\", \"rounds\": []}");
    let feed_file = write(&dir, "incoming.json", FEED);
    let (code, out, err) = noc(&[
        "rounds",
        "import",
        &feed_file,
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "435 new rounds: #1 (2015-01-31, No Program Specified, 779 invited, cut-off 886)"
        ),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ee_rounds_123_en.json")).unwrap(),
        FEED,
        "kept as IRCC publishes it"
    );

    let (code, out, err) = noc(&["rounds", "--json", "--data", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let listed: Vec<Value> = serde_json::from_str(&out).unwrap();
    let feed: Value = serde_json::from_str(FEED).unwrap();
    let feed = feed["rounds"].as_array().unwrap();
    assert_eq!(listed.len(), 448, "435 + the 13 of the supplement");
    let irregular = [
        ("432", "2026-07-03T21:35:13Z"),
        ("395", "2025-09-05T00:59:13Z"),
        ("383", "2025-03-05T05:10:48Z"),
        ("322", "2024-03-02T01:58:34Z"),
        ("270", "2023-09-30T04:22:17Z"),
        ("244", "2022-05-19T06:48:41Z"),
        ("215", "2021-02-18T05:05:15Z"),
        ("210", "2021-06-22T20:19:59Z"),
        ("208", "2021-10-07T16:38:21Z"),
        ("82", "2018-01-17T12:33:00Z"),
    ];
    let mut checked_ties = 0;
    for rec in feed {
        let label = rec["drawNumber"].as_str().unwrap();
        let r = listed
            .iter()
            .find(|r| r["label"] == label)
            .unwrap_or_else(|| panic!("#{label} listed"));
        assert_eq!(
            r["number"].as_u64().unwrap(),
            num(label.trim_end_matches(['a', 'b'])),
            "#{label}"
        );
        assert_eq!(r["date"], rec["drawDate"], "#{label}");
        assert_eq!(
            r["invitations"].as_u64().unwrap(),
            num(rec["drawSize"].as_str().unwrap()),
            "#{label}"
        );
        assert_eq!(
            r["lowest_crs"].as_u64().unwrap(),
            num(rec["drawCRS"].as_str().unwrap()),
            "#{label}"
        );
        assert_eq!(r["name"], rec["drawName"], "#{label}");
        let cut = rec["drawCutOff"].as_str().unwrap();
        let want = if cut.is_empty() {
            None
        } else if let Some((_, w)) = irregular.iter().find(|(l, _)| *l == label) {
            Some(w.to_string())
        } else {
            regular_tie_break(cut)
        };
        if cut.is_empty() || want.is_some() {
            assert_eq!(
                r["tie_break"].as_str().map(str::to_owned),
                want,
                "#{label} {cut:?}"
            );
            checked_ties += 1;
        }
    }
    // Every tie-break is checked except the few single-digit-hour or no-"at" forms not listed.
    assert!(checked_ties >= 395, "{checked_ties} of 435");
    // The bundled rounds equal those of the repository's data directory.
    let (_, bundled, _) = noc(&["rounds", "--json"]);
    let bundled: Vec<Value> = serde_json::from_str(&bundled).unwrap();
    assert_eq!(bundled.len(), 448);
    assert_eq!(bundled[0]["label"], "447");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_reports_new_rounds_and_drops_covered_supplement_rounds() {
    let dir = data_dir("new", FEED);
    // A made-up newer feed: the copy plus #435 (as in the supplement) and two invented rounds.
    let mut feed: Value = serde_json::from_str(FEED).unwrap();
    let template = feed["rounds"][0].clone();
    let mut add = |n: &str, date: &str, name: &str, size: &str, crs: &str| {
        let mut r = template.clone();
        r["drawNumber"] = n.into();
        r["drawDate"] = date.into();
        r["drawName"] = name.into();
        r["drawSize"] = size.into();
        r["drawCRS"] = crs.into();
        r["drawCutOff"] = "October 2, 2026 at 10:00:00 UTC".into();
        feed["rounds"].as_array_mut().unwrap().insert(0, r);
    };
    add(
        "435",
        "2026-08-17",
        "Provincial Nominee Program",
        "442",
        "760",
    );
    add(
        "448",
        "2026-10-14",
        "Canadian Experience Class",
        "2,000",
        "520",
    );
    add(
        "449",
        "2026-10-15",
        "French-Language proficiency 2026-Version 2",
        "5,000",
        "401",
    );
    let file = write(&dir, "newer.json", &serde_json::to_string(&feed).unwrap());
    let (code, out, err) = noc(&["rounds", "import", &file, "--data", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("2 new rounds: #448 (2026-10-14, Canadian Experience Class, 2,000 invited, cut-off 520), #449 "), "{out}");
    assert!(
        out.contains("1 round(s) changed: #435"),
        "tie-break differs from the supplement's: {out}"
    );
    assert!(
        out.contains(
            "of ee_rounds_supplement.json are in the feed now and were dropped from it: #435"
        ),
        "{out}"
    );
    let supplement: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("ee_rounds_supplement.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(supplement["rounds"].as_array().unwrap().len(), 12);
    assert!(std::fs::read_to_string(dir.join("PROVENANCE.md"))
        .unwrap()
        .contains("438 rounds, newest #449 of 2026-10-15"));
    let (_, list, _) = noc(&[
        "rounds",
        "--data",
        dir.to_str().unwrap(),
        "--category",
        "cec",
        "--since",
        "2026-10-01",
    ]);
    assert!(
        list.starts_with("1 of 450 rounds; newest #449 of 2026-10-15\n#448 "),
        "{list}"
    );
    // Importing the same file again: nothing new.
    let (_, again, _) = noc(&["rounds", "import", &file, "--data", dir.to_str().unwrap()]);
    assert!(
        again.starts_with("No new rounds; newest is #449 of 2026-10-15."),
        "{again}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_feed_names_round_and_field_and_changes_nothing() {
    let dir = data_dir("bad", FEED);
    let before: Vec<Vec<u8>> = [
        "ee_rounds_123_en.json",
        "ee_rounds_supplement.json",
        "PROVENANCE.md",
    ]
    .iter()
    .map(|f| std::fs::read(dir.join(f)).unwrap())
    .collect();
    let cases: [(&str, &str, &str); 4] = [
        ("\"drawCRS\": \"470\"", "\"drawCRS\": \"4 70\"", "round #434, field drawCRS: '4 70' is not a CRS score"),
        ("\"drawSize\": \"300\",", "", "round #434, field drawSize: missing"),
        ("\"drawCutOff\": \"October 11, 2025 at 14:55:49 UTC\"", "\"drawCutOff\": \"Octobre 11, 2025 at 14:55:49 UTC\"", "round #434, field drawCutOff: 'Octobre 11, 2025 at 14:55:49 UTC': 'octobre' is not a month name"),
        ("\"drawName\": \"Transport Occupations, 2026-Version 2\"", "\"drawName\": \"Transport Occupations, 2027-Version 3\"", "round #434, field drawName: 'Transport Occupations, 2027-Version 3' is not a known round name"),
    ];
    for (from, to, message) in cases {
        assert!(FEED.contains(from), "{from}");
        let bad = FEED.replacen(from, to, 1);
        let file = write(&dir, "bad.json", &bad);
        let (code, _, err) = noc(&["rounds", "import", &file, "--data", dir.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(err.contains(message), "{err}");
    }
    // A truncated copy (fewer rounds than ours) is refused too.
    let mut short: Value = serde_json::from_str(FEED).unwrap();
    short["rounds"].as_array_mut().unwrap().truncate(100);
    let file = write(&dir, "short.json", &short.to_string());
    let (code, _, err) = noc(&["rounds", "import", &file, "--data", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("lacks 335 round(s) of the current copy"),
        "{err}"
    );
    let after: Vec<Vec<u8>> = [
        "ee_rounds_123_en.json",
        "ee_rounds_supplement.json",
        "PROVENANCE.md",
    ]
    .iter()
    .map(|f| std::fs::read(dir.join(f)).unwrap())
    .collect();
    assert!(before == after, "existing data untouched");
    assert!(!dir.join("ee_rounds_123_en.json.new").exists());
    let (code, _, err) = noc(&["rounds", "--category", "bogus"]);
    assert_eq!(code, 2);
    assert!(err.contains("'bogus' is not a round type"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
