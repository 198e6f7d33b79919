//! Fuzz target for the profile parser and everything downstream of it (assess, suggest).
//! Under cargo-fuzz (`--features libfuzzer`) libFuzzer drives `check`; on stable the `main` below
//! runs a time-boxed loop of random bytes and mutated valid profiles through the same `check`.
#![cfg_attr(feature = "libfuzzer", no_main)]

use ee_rules::{assess, profile_from, suggest};

/// Must never panic; on valid input the result must be internally consistent.
fn check(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let profile = match profile_from(&mut de) {
        Ok(p) => p,
        Err(e) => {
            // Errors are data: they must serialize to the contract envelope.
            let v = serde_json::to_value(e.envelope()).expect("error serializes");
            assert!(v["error"]["message"].is_string());
            return false;
        }
    };
    let a = assess(&profile);
    let c = &a.crs;
    assert_eq!(
        c.total,
        c.core + c.spouse + c.transferability + c.additional
    );
    assert_eq!(c.lines.iter().map(|l| l.points).sum::<u16>(), c.total);
    assert!(c.lines.iter().all(|l| l.points <= l.max) && c.total <= 1200);
    let again = serde_json::to_string(&profile).expect("profile serializes");
    let mut de = serde_json::Deserializer::from_str(&again);
    assert_eq!(profile_from(&mut de).as_ref(), Ok(&profile), "round trip");
    for s in suggest(&profile) {
        assert_eq!(assess(&s.profile).crs.total, c.total + s.points);
    }
    true
}

#[cfg(feature = "libfuzzer")]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check(data);
});

#[cfg(not(feature = "libfuzzer"))]
fn main() {
    use proptest::prelude::*;
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(60);
    let inputs = prop_oneof![
        1 => stable::bytes(200),
        9 => stable::mutated(stable::seeds("profile"), ALPHABET, TOKENS, 4, false),
    ];
    let run = stable::run(0x5EED, seconds, 256, inputs, check);
    println!("profile: {} inputs in {seconds} s ({} valid profiles), no panic", run.inputs, run.passed);
}

#[cfg(not(feature = "libfuzzer"))]
#[path = "../src/stable.rs"]
mod stable;

/// Bytes an edit may write.
#[cfg(not(feature = "libfuzzer"))]
const ALPHABET: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "-", "e", "\"", "{", "}", "[", "]", ",", ":", "t", "f", "n", " ",
];

/// JSON pieces an edit may insert or put after a ':'.
#[cfg(not(feature = "libfuzzer"))]
const TOKENS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "6.3",
    "9.5",
    "29.0",
    "1e400",
    "65.0",
    "\"\"",
    "\"clb\"",
    "\"nclc\"",
    "\"tef_canada\"",
    "\"ielts_general\"",
    "\"doctoral\"",
    "{}",
    "[]",
    "12",
    "700",
    "20",
    "50",
    "51",
    "\"00012\"",
    "\"72200\"",
    "\"x\"",
    ",",
    ":",
    "\"age\"",
    "\"spouse\"",
    "18446744073709551616",
    "\u{e9}",
    ];
