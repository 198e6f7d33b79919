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
    let seconds: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let corpus_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/profile");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&corpus_dir)
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if seeds.is_empty() {
        seeds.push(b"{}".to_vec());
    }
    let mut rng = stable::Rng(0x5EED ^ seconds);
    let start = std::time::Instant::now();
    let (mut runs, mut valid) = (0u64, 0u64);
    while start.elapsed().as_secs() < seconds {
        for _ in 0..256 {
            let input = if rng.below(10) == 0 {
                (0..rng.below(200)).map(|_| rng.below(256) as u8).collect()
            } else {
                let seed = &seeds[rng.below(seeds.len() as u64) as usize];
                stable::mutate(seed, &mut rng)
            };
            if check(&input) {
                valid += 1;
                // Keep interesting valid inputs so mutations go deeper.
                if seeds.len() < 5000 && rng.below(8) == 0 {
                    seeds.push(input);
                }
            }
            runs += 1;
        }
    }
    println!("profile: {runs} inputs in {seconds} s ({valid} valid profiles), no panic");
}

#[cfg(not(feature = "libfuzzer"))]
#[path = "../src/rng.rs"]
mod rng;

#[cfg(not(feature = "libfuzzer"))]
mod stable {
    pub use crate::rng::Rng;

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

    /// One to four byte-level or token-level edits.
    pub fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
        let mut v = seed.to_vec();
        for _ in 0..=rng.below(4) {
            let len = v.len().max(1) as u64;
            let at = rng.below(len) as usize;
            match rng.below(5) {
                0 if !v.is_empty() => {
                    let i = at.min(v.len() - 1);
                    v[i] = b"0123456789.-e\"{}[],:tfn "[rng.below(24) as usize];
                }
                1 if !v.is_empty() => {
                    let end = (at + 1 + rng.below(12) as usize).min(v.len());
                    v.drain(at.min(end)..end);
                }
                2 => {
                    // Replace the value after a colon with a token.
                    if let Some(colon) = v[at.min(v.len())..]
                        .iter()
                        .position(|&c| c == b':')
                        .map(|p| p + at)
                    {
                        let end = v[colon + 1..]
                            .iter()
                            .position(|&c| c == b',' || c == b'}')
                            .map(|p| p + colon + 1)
                            .unwrap_or(v.len());
                        let tok = TOKENS[rng.below(TOKENS.len() as u64) as usize].as_bytes();
                        v.splice(colon + 1..end, tok.iter().copied());
                    }
                }
                3 => {
                    let tok = TOKENS[rng.below(TOKENS.len() as u64) as usize].as_bytes();
                    let at = at.min(v.len());
                    v.splice(at..at, tok.iter().copied());
                }
                _ if !v.is_empty() => {
                    let end = (at + 1 + rng.below(16) as usize).min(v.len());
                    let chunk: Vec<u8> = v[at.min(end)..end].to_vec();
                    let to = rng.below(v.len() as u64) as usize;
                    v.splice(to..to, chunk);
                }
                _ => {}
            }
        }
        v
    }
}
