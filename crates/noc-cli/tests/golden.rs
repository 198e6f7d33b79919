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
//!
//! The profiles go through the `noc` binary as a user pipes them (`noc assess`), and the pinned
//! cards are the ones `noc show CODE --json` prints. Spawning `noc` 1,032 times would take minutes
//! on a shared machine, so the hashes of all cards are computed in this process from the same
//! public view (`noc_data::Occupation`), and the test checks that it is byte for byte what the
//! binary prints for the cards kept in full.
mod golden {
    pub mod profiles;
    pub mod snapshot;
}

use golden::profiles::{profiles, NOCS, PROFILES};
use golden::snapshot::{check_full, check_hashes};
use noc_data::{Card, Lang, Store};
use serde_json::json;
use std::io::Write;
use std::process::{Command, Stdio};

/// Full copies of these cards are kept (EN and FR) next to the hashes of all 516.
const FULL_CARDS: [&str; 3] = ["22220", "72010", "00010"];
/// Full copies of the first answers of `noc assess`.
const FULL_ASSESS: usize = 12;

/// Runs `noc ARGS` with `input` on stdin; its stdout (it must exit 0).
fn noc(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_noc"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run noc");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_owned();
    // Written from a thread: `noc assess` answers while it reads, so its stdout must be drained.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("noc output");
    writer.join().expect("writer").expect("write stdin");
    assert!(
        out.status.success(),
        "noc {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn parse(line: &str) -> Option<ee_rules::Profile> {
    let raw: ee_rules::raw::Raw = serde_json::from_str(line).ok()?;
    ee_rules::profile_from_raw(&raw).ok()
}

/// The occupation view as `noc show --json` writes it (checked against the binary below).
fn view_json(card: &Card) -> String {
    let v = serde_json::to_value(noc_data::Occupation::of(card.clone())).unwrap();
    serde_json::to_string_pretty(&v).unwrap() + "\n"
}

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
    let out = noc(&["assess"], &input);
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
            let text = view_json(&card);
            if FULL_CARDS.contains(&ug.code.as_str()) {
                let printed = noc(&["show", &ug.code, "--json", "--lang", lang.code()], "");
                assert_eq!(printed, text, "noc show {} --json --lang {lang:?}", ug.code);
                check_full(&format!("cards/{}.{}.json", ug.code, lang.code()), &printed);
            }
            keyed.push((format!("{}.{}", ug.code, lang.code()), text));
        }
    }
    check_hashes("cards.sha256", &keyed);
}
