//! Snapshots in `tests/golden/` (repository root): SHA-256 lines per output, and a few outputs in
//! full so a diff is readable. `GOLDEN_UPDATE=1` rewrites them instead of comparing.
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub fn dir() -> PathBuf {
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

/// Checks `actual` (key -> text) against `NAME` (lines `key sha256`), or rewrites it when updating.
pub fn check_hashes(name: &str, actual: &[(String, String)]) {
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
pub fn check_full(name: &str, actual: &str) {
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
