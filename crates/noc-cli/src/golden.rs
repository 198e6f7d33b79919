//! Golden before/after test: the JSON that `noc assess`, `noc show --json` (and, through
//! `tests/e2e/golden.test.mjs`, the widget's API and events) give today, pinned in `tests/golden/`.
//!
//! A refactor must not change a byte of it. When a change of output is intended (for example new
//! draws in `draws.sha256`, or a new field), regenerate and commit the fixtures, and say why in the
//! commit message:
//!
//! ```text
//! GOLDEN_UPDATE=1 cargo test -p noc-cli golden
//! ```
//!
//! (`tests/golden/README.md` lists every file and the widget's own regeneration command.)
use noc_data::{Lang, Store};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// How many profiles the generator writes (about one in eight is deliberately invalid).
pub const PROFILES: usize = 320;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

fn updating() -> bool {
    std::env::var_os("GOLDEN_UPDATE").is_some_and(|v| !v.is_empty() && v != "0")
}

fn sha(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// splitmix64: a fixed, dependency-free sequence, so the profiles never change by accident.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const EDUCATION: [&str; 8] = [
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors_or_three_year",
    "two_or_more",
    "masters_or_professional",
    "doctoral",
];
const CANADIAN_EDUCATION: [&str; 3] = ["none", "one_or_two_year", "three_year_or_more"];
const ENGLISH_TESTS: [&str; 4] = ["ielts_general", "celpip_general", "pte_core", "clb"];
const FRENCH_TESTS: [&str; 3] = ["tef_canada", "tcf_canada", "nclc"];
/// Job-offer and main-occupation codes: trades (FST groups and not), every category list, TEER 0-5.
pub const NOCS: [&str; 24] = [
    "21231", "22220", "21300", "31102", "33102", "42202", "72010", "72600", "73300", "82020",
    "83100", "92100", "63200", "63201", "62200", "72999", "00012", "41200", "40042", "11100",
    "65200", "75101", "95100", "22303",
];

/// Four scores on the test's own scale, mostly realistic, sometimes at the scale's edges.
/// A `strong` candidate scores at least about CLB 7 (the FSW minimum).
fn scores(g: &mut Gen, test: &str, strong: bool) -> Value {
    let mut one = |ability: &str| -> Value {
        let s = strong as u64;
        match test {
            "ielts_general" => json!(g.range(6 + 6 * s, 18) as f64 / 2.0),
            "celpip_general" | "clb" | "nclc" => json!(g.range(3 + 4 * s, 12)),
            "pte_core" if g.chance(10) => json!(g.range(10, 90) as f64),
            "pte_core" => json!(g.range(30 + 30 * s, 90)),
            "tcf_canada" if ability == "speaking" || ability == "writing" => {
                json!(g.range(2 + 8 * s, 20))
            }
            _ => json!(g.range(150 + 250 * s, 699)),
        }
    };
    json!({
        "speaking": one("speaking"),
        "listening": one("listening"),
        "reading": one("reading"),
        "writing": one("writing"),
    })
}

fn language(g: &mut Gen, test: &str, strong: bool) -> Value {
    let mut v = json!({ "test": test });
    for (k, s) in scores(g, test, strong)
        .as_object()
        .cloned()
        .unwrap_or_default()
    {
        v[k] = s;
    }
    v
}

fn valid_profile(g: &mut Gen) -> Value {
    // Half the candidates are strong enough for FSW, CEC or FST; the others miss something.
    let strong = g.chance(50);
    let french_first = g.chance(20);
    let (first_tests, second_tests): (&[&str], &[&str]) = if french_first {
        (&FRENCH_TESTS, &ENGLISH_TESTS)
    } else {
        (&ENGLISH_TESTS, &FRENCH_TESTS)
    };
    let first = *g.pick(first_tests);
    let first_language = language(g, first, strong);
    let second_language = if g.chance(30) {
        let t = *g.pick(second_tests);
        {
            let strong = g.chance(50);
            language(g, t, strong)
        }
    } else {
        Value::Null
    };
    let job_offer = if g.chance(30) {
        let noc = *g.pick(&NOCS);
        let teer = if g.chance(15) {
            g.range(0, 5)
        } else {
            (noc.as_bytes()[1] - b'0') as u64
        };
        json!({ "teer": teer, "noc": noc })
    } else {
        Value::Null
    };
    let spouse = if g.chance(40) {
        let spouse_language = if g.chance(70) {
            let tests: &[&str] = if g.chance(80) {
                &ENGLISH_TESTS
            } else {
                &FRENCH_TESTS
            };
            let t = *g.pick(tests);
            {
                let strong = g.chance(50);
                language(g, t, strong)
            }
        } else {
            Value::Null
        };
        json!({
            "accompanying": g.chance(85),
            "canadian_citizen_or_pr": g.chance(15),
            "education": *g.pick(&EDUCATION),
            "first_language": spouse_language,
            "canadian_work_years": if g.chance(60) { 0 } else { g.range(1, 6) },
            "canadian_study": g.chance(20),
        })
    } else {
        Value::Null
    };
    let family_size = if spouse.is_null() {
        g.range(1, 4)
    } else {
        g.range(1, 6)
    };
    let trade_work_years = if g.chance(30) { g.range(1, 6) } else { 0 };
    let funds = *g.pick(&[0u64, 5_000, 15_263, 16_000, 19_000, 30_000, 60_000]) + g.below(3);
    let age = if g.chance(10) {
        g.range(16, 100)
    } else {
        g.range(18, 50)
    };
    json!({
        "age": age,
        "education": *g.pick(&EDUCATION),
        "canadian_education": *g.pick(&CANADIAN_EDUCATION),
        "first_language": first_language,
        "second_language": second_language,
        "canadian_work_years": if g.chance(45 - 20 * strong as u64) { 0 } else { g.range(1, 8) },
        "foreign_work_years": if g.chance(25) { 0 } else { g.range(1, 12) },
        "work_teer": if strong { g.range(0, 3) } else { g.range(0, 5) },
        "trade_certificate": g.chance(25),
        "trade_work_years": trade_work_years,
        "job_offer": job_offer,
        "sibling_in_canada": g.chance(15),
        "relative_in_canada": g.chance(15),
        "provincial_nomination": g.chance(10),
        "spouse": spouse,
        "family_size": family_size,
        "settlement_funds_cad": funds,
    })
}

/// One profile line; every eighth one is broken on purpose, in one of several ways.
fn profile_line(g: &mut Gen, i: usize) -> String {
    let mut p = valid_profile(g);
    if i % 8 != 7 {
        return p.to_string();
    }
    match (i / 8) % 16 {
        0 => {
            p["first_language"] = json!({"test": "ielts_general", "speaking": 7.0, "listening": 8.0, "reading": 7.0, "writing": 6.3})
        }
        1 => p["age"] = json!(29.0),
        2 => p["agee"] = json!(29),
        3 => {
            p.as_object_mut().map(|o| o.remove("settlement_funds_cad"));
        }
        4 => p["second_language"] = p["first_language"].clone(),
        5 => p["job_offer"] = json!({"teer": 1, "noc": "1234"}),
        6 => p["age"] = json!(15),
        7 => p["education"] = json!("phd"),
        8 => return "not json".into(),
        9 => return "[1,2]".into(),
        10 => {
            let text = p.to_string();
            return text.replacen("{\"age\"", "{\"age\":30,\"age\"", 1);
        }
        11 => p["first_language"] = Value::Null,
        12 => {
            p["first_language"] = json!({"test": "pte_core", "speaking": 5, "listening": 60, "reading": 60, "writing": 60})
        }
        13 => {
            p["first_language"] = json!({"test": "celpip_general", "speaking": 7.5, "listening": 8, "reading": 8, "writing": 8})
        }
        14 => {
            // Several errors at once: the first one is reported.
            p["age"] = json!(200);
            p["education"] = json!("none");
            p["family_size"] = json!(true);
        }
        _ => p["spouse"] = json!({"accompanying": "yes"}),
    }
    p.to_string()
}

/// The generated profiles, one JSON text per line (the content of `tests/golden/profiles.jsonl`).
pub fn profiles() -> Vec<String> {
    let mut g = Gen(20_251_202);
    (0..PROFILES).map(|i| profile_line(&mut g, i)).collect()
}

fn parse(line: &str) -> Option<ee_rules::Profile> {
    let raw: ee_rules::raw::Raw = serde_json::from_str(line).ok()?;
    ee_rules::profile_from_raw(&raw).ok()
}

/// Checks `actual` (key -> text) against `NAME` (lines `key sha256`), or rewrites it when updating.
fn check_hashes(name: &str, actual: &[(String, String)]) {
    let path = dir().join(name);
    let lines: Vec<String> = actual
        .iter()
        .map(|(k, t)| format!("{k} {}", sha(t)))
        .collect();
    if updating() {
        std::fs::write(&path, lines.join("\n") + "\n").expect("write fixture");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (GOLDEN_UPDATE=1 cargo test -p noc-cli golden writes it)",
            path.display()
        )
    });
    let expected: BTreeMap<&str, &str> =
        expected.lines().filter_map(|l| l.split_once(' ')).collect();
    let mut diffs = Vec::new();
    for (key, text) in actual {
        match expected.get(key.as_str()) {
            Some(h) if *h == sha(text) => {}
            Some(_) => diffs.push(format!("changed: {key}\n  now: {}", short(text))),
            None => diffs.push(format!("new: {key}\n  now: {}", short(text))),
        }
    }
    let keys: Vec<&str> = actual.iter().map(|(k, _)| k.as_str()).collect();
    for key in expected.keys() {
        if !keys.contains(key) {
            diffs.push(format!("gone: {key}"));
        }
    }
    assert!(
        diffs.is_empty(),
        "{} of {} entries of tests/golden/{name} differ from the output before the change:\n{}\n\
         If the change is intended: GOLDEN_UPDATE=1 cargo test -p noc-cli golden, and commit the fixtures.",
        diffs.len(),
        actual.len(),
        diffs.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

fn short(text: &str) -> String {
    let t: String = text.chars().take(600).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}

/// Checks a readable full copy of a few outputs (the hashes cover everything else).
fn check_full(name: &str, actual: &str) {
    let path = dir().join(name);
    if updating() {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create fixture dir");
        }
        std::fs::write(&path, actual).expect("write fixture");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (GOLDEN_UPDATE=1 cargo test -p noc-cli golden writes it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "tests/golden/{name} differs from the output before the change, from line {}:\n  was: {}\n  now: {}\n\
             If the change is intended: GOLDEN_UPDATE=1 cargo test -p noc-cli golden, and commit the fixtures.",
            line + 1,
            expected.lines().nth(line).unwrap_or("(end)"),
            actual.lines().nth(line).unwrap_or("(end)")
        );
    }
}

/// Full copies of these cards are kept (EN and FR) next to the hashes of all 516.
const FULL_CARDS: [&str; 3] = ["22220", "72010", "00010"];
/// Full copies of the first answers of `noc assess`.
const FULL_ASSESS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn golden_profiles_are_the_generated_ones() {
        let profiles = profiles();
        let invalid = profiles.iter().filter(|l| parse(l).is_none()).count();
        assert_eq!(
            invalid,
            PROFILES / 8,
            "one in eight profiles is invalid on purpose"
        );
        check_full("profiles.jsonl", &(profiles.join("\n") + "\n"));
    }

    #[test]
    fn golden_noc_assess() {
        let input = profiles().join("\n") + "\n";
        let mut out = Vec::new();
        crate::assess::run_io(false, &mut input.as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let answers: Vec<&str> = out.lines().collect();
        assert_eq!(answers.len(), PROFILES);
        let errors = answers
            .iter()
            .filter(|a| a.starts_with("{\"error\""))
            .count();
        assert_eq!(errors, PROFILES / 8);
        let keyed: Vec<(String, String)> = answers
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("profile-{i:03}"), a.to_string()))
            .collect();
        check_hashes("assess.sha256", &keyed);
        check_full(
            "assess-sample.jsonl",
            &(answers[..FULL_ASSESS].join("\n") + "\n"),
        );
    }

    #[test]
    fn golden_suggest_and_draws() {
        let mut suggestions = Vec::new();
        let mut draws = Vec::new();
        let mut store = Store::new();
        store
            .insert("rounds.bin", noc_data::bundled_bytes("rounds.bin").unwrap())
            .unwrap();
        let rounds = store.rounds();
        for (i, line) in profiles().iter().enumerate() {
            let Some(p) = parse(line) else { continue };
            suggestions.push((
                format!("profile-{i:03}"),
                serde_json::to_string(&ee_rules::suggest(&p)).unwrap(),
            ));
            let main_noc = NOCS[i % NOCS.len()];
            let a = ee_rules::assess(&p);
            let e = ee_rules::draw_eligibility(&p, &a, Some(main_noc));
            let comparison = ee_rules::compare_to_draws(rounds, a.crs.total, &e);
            let v = json!({
                "main_noc": main_noc,
                "eligibility": {
                    "fsw": e.fsw, "cec": e.cec, "fst": e.fst,
                    "provincial_nomination": e.provincial_nomination,
                    "categories": e.categories,
                },
                "comparison": comparison,
            });
            draws.push((format!("profile-{i:03}"), v.to_string()));
        }
        check_hashes("suggest.sha256", &suggestions);
        // Changes whenever draws are added (the rounds data): regenerate then.
        check_hashes("draws.sha256", &draws);
    }

    #[test]
    fn golden_noc_show_json_all_cards() {
        let store = Store::bundled();
        let mut keyed = Vec::new();
        for lang in [Lang::En, Lang::Fr] {
            let groups = store.unit_groups(lang);
            assert_eq!(groups.len(), 516);
            for ug in groups {
                let card = store.card(&ug.code, lang).unwrap();
                let text = crate::show::card_json(&card).unwrap();
                if FULL_CARDS.contains(&ug.code.as_str()) {
                    check_full(&format!("cards/{}.{}.json", ug.code, lang.code()), &text);
                }
                keyed.push((format!("{}.{}", ug.code, lang.code()), text));
            }
        }
        check_hashes("cards.sha256", &keyed);
    }
}
