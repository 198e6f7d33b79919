//! The stable loop (no libFuzzer, no nightly) every target shares. `proptest` generates the inputs
//! from a fixed seed, batch after batch until the time is up, so a run repeats exactly; when `check`
//! panics, the failing input is shrunk to a minimal one (fewer edits, fewer bytes), printed, and
//! the run exits 1.
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};
use std::cell::Cell;
use std::sync::Mutex;
use std::time::Instant;

/// How a run went: inputs tried, and how many of them `check` answered `true` for.
pub struct Run {
    pub inputs: u64,
    pub passed: u64,
}

static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

/// Runs `check` on inputs drawn from `inputs` for `seconds`, in batches of `batch`.
pub fn run<S>(seed: u64, seconds: u64, batch: u32, inputs: S, check: impl Fn(&[u8]) -> bool) -> Run
where
    S: Strategy<Value = Vec<u8>>,
{
    // Shrinking re-runs the failing check many times: keep the last message, print it once.
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = info.to_string();
        }
    }));
    let (inputs_run, passed) = (Cell::new(0u64), Cell::new(0u64));
    let start = Instant::now();
    let mut round = 0u64;
    while start.elapsed().as_secs() < seconds {
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        key[8..16].copy_from_slice(&round.to_le_bytes());
        let config = Config {
            cases: batch,
            failure_persistence: None,
            max_shrink_iters: 20_000,
            ..Config::default()
        };
        let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &key));
        let result = runner.run(&inputs, |input| {
            inputs_run.set(inputs_run.get() + 1);
            passed.set(passed.get() + check(&input) as u64);
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(TestError::Fail(_, minimal)) => {
                let _ = std::panic::take_hook();
                let message = LAST_PANIC.lock().map(|m| m.clone()).unwrap_or_default();
                eprintln!("FAILED (round {round}, shrunk to {} bytes): {message}", minimal.len());
                eprintln!("input as text: {:?}", String::from_utf8_lossy(&minimal));
                eprintln!("input as bytes: {minimal:?}");
                std::process::exit(1);
            }
            Err(TestError::Abort(why)) => {
                eprintln!("aborted: {why}");
                std::process::exit(1);
            }
        }
        round += 1;
    }
    let _ = std::panic::take_hook();
    Run { inputs: inputs_run.get(), passed: passed.get() }
}

#[allow(dead_code)]
/// The committed seeds of a target (`fuzz/seeds/TARGET/*`), in file-name order.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(target);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// Random bytes, fewer than `max_len` of them.
#[allow(dead_code)]
pub fn bytes(max_len: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..max_len)
}

/// One edit of a seed, at positions taken relative to the current length.
#[derive(Clone, Debug)]
pub enum Edit {
    /// Overwrite one unit with one from the target's alphabet.
    Set(Index, Index),
    /// Delete up to n units.
    Delete(Index, usize),
    /// Insert a token.
    Insert(Index, Index),
    /// Replace the value after the next ':' with a token (JSON-shaped seeds).
    Value(Index, Index),
    /// Copy a slice of up to n units and insert it `times` times somewhere.
    Repeat(Index, usize, Index, usize),
    /// Swap two neighbours.
    Swap(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Set(a, b)),
        (any::<Index>(), 1..12usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, t)| Edit::Value(a, t)),
        (any::<Index>(), 1..16usize, any::<Index>(), 1..6usize).prop_map(|(a, n, to, k)| Edit::Repeat(a, n, to, k)),
        any::<Index>().prop_map(Edit::Swap),
    ]
}

/// A seed chosen among `seeds` with one to `max_edits` edits. The units are bytes, or chars when
/// `text` (the result then stays valid UTF-8). `alphabet` holds single units for `Set`.
#[allow(dead_code)]
pub fn mutated(
    seeds: Vec<Vec<u8>>,
    alphabet: &'static [&'static str],
    tokens: &'static [&'static str],
    max_edits: usize,
    text: bool,
) -> impl Strategy<Value = Vec<u8>> {
    let seeds = if seeds.is_empty() { vec![b"{}".to_vec()] } else { seeds };
    (prop::sample::select(seeds), prop::collection::vec(edit(), 1..=max_edits)).prop_map(move |(seed, edits)| {
        if text {
            let chars: Vec<char> = String::from_utf8_lossy(&seed).chars().collect();
            apply(chars, &edits, alphabet, tokens).into_iter().collect::<String>().into_bytes()
        } else {
            apply(seed, &edits, alphabet, tokens)
        }
    })
}

/// What edits work on: bytes or chars.
trait Unit: Copy + PartialEq {
    fn all(token: &str) -> Vec<Self>;
    fn one(token: &str) -> Self {
        Self::all(token)[0]
    }
}

impl Unit for u8 {
    fn all(token: &str) -> Vec<u8> {
        token.as_bytes().to_vec()
    }
}

impl Unit for char {
    fn all(token: &str) -> Vec<char> {
        token.chars().collect()
    }
}

fn apply<U: Unit>(mut v: Vec<U>, edits: &[Edit], alphabet: &[&str], tokens: &[&str]) -> Vec<U> {
    let (colon, comma, close) = (U::one(":"), U::one(","), U::one("}"));
    let split = U::all;
    for e in edits {
        let len = v.len();
        match e {
            Edit::Set(i, a) if len > 0 => v[i.index(len)] = U::one(alphabet[a.index(alphabet.len())]),
            Edit::Delete(i, n) if len > 0 => {
                let from = i.index(len);
                v.drain(from..(from + n).min(len));
            }
            Edit::Insert(i, t) => {
                let at = i.index(len + 1);
                v.splice(at..at, split(tokens[t.index(tokens.len())]));
            }
            Edit::Value(i, t) => {
                let from = i.index(len + 1);
                if let Some(c) = v[from..].iter().position(|u| *u == colon).map(|p| p + from) {
                    let end = v[c + 1..]
                        .iter()
                        .position(|u| *u == comma || *u == close)
                        .map_or(len, |p| p + c + 1);
                    v.splice(c + 1..end, split(tokens[t.index(tokens.len())]));
                }
            }
            Edit::Repeat(i, n, to, times) if len > 0 => {
                let from = i.index(len);
                let chunk: Vec<U> = v[from..(from + n).min(len)].to_vec();
                let to = to.index(len + 1);
                for _ in 0..*times {
                    v.splice(to..to, chunk.iter().copied());
                }
            }
            Edit::Swap(i) if len > 1 => {
                let i = i.index(len - 1);
                v.swap(i, i + 1);
            }
            _ => {}
        }
    }
    v
}
