//! The golden profiles: a fixed-seed generator (spouses, every language test, job offers in trades
//! and category occupations, mismatched TEERs, one in eight invalid in 16 different ways). Its key
//! lists come from the engine's enums, so a new education level or test is drawn as well (and
//! changes `profiles.jsonl`, on purpose).
use ee_rules::{CanadianEducation, Education, LanguageTest, OfficialLanguage};
use serde_json::{json, Value};

/// How many profiles the generator writes (about one in eight is deliberately invalid).
pub const PROFILES: usize = 320;

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

/// The keys of an enum's `ALL` table, in its order (the generator picks from them).
fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| key(v)).collect()
}

/// The language tests of one official language, in `LanguageTest::ALL`'s order.
fn tests_of(language: OfficialLanguage) -> Vec<&'static str> {
    LanguageTest::ALL
        .iter()
        .filter(|t| t.language() == language)
        .map(|t| t.key())
        .collect()
}

/// The key lists the profiles are drawn from.
struct Keys {
    education: Vec<&'static str>,
    canadian_education: Vec<&'static str>,
    english_tests: Vec<&'static str>,
    french_tests: Vec<&'static str>,
}

impl Keys {
    fn new() -> Keys {
        Keys {
            education: keys(&Education::ALL, Education::key),
            canadian_education: keys(&CanadianEducation::ALL, CanadianEducation::key),
            english_tests: tests_of(OfficialLanguage::English),
            french_tests: tests_of(OfficialLanguage::French),
        }
    }
}
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

fn valid_profile(g: &mut Gen, k: &Keys) -> Value {
    // Half the candidates are strong enough for FSW, CEC or FST; the others miss something.
    let strong = g.chance(50);
    let french_first = g.chance(20);
    let (first_tests, second_tests): (&[&str], &[&str]) = if french_first {
        (&k.french_tests, &k.english_tests)
    } else {
        (&k.english_tests, &k.french_tests)
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
                &k.english_tests
            } else {
                &k.french_tests
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
            "education": *g.pick(&k.education),
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
        "education": *g.pick(&k.education),
        "canadian_education": *g.pick(&k.canadian_education),
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
fn profile_line(g: &mut Gen, k: &Keys, i: usize) -> String {
    let mut p = valid_profile(g, k);
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
    let k = Keys::new();
    (0..PROFILES).map(|i| profile_line(&mut g, &k, i)).collect()
}
