//! Fuzz target for the search query path: any string typed into `<noc-search>` or passed to
//! `NocWidget.search` goes through `Index::search`, `Index::did_you_mean` and `DutyIndex::search`.
//! Under cargo-fuzz (`--features libfuzzer`) libFuzzer drives `check`; on stable the `main` below
//! runs a time-boxed loop of random and mutated queries through the same `check`.
#![cfg_attr(feature = "libfuzzer", no_main)]

use std::sync::OnceLock;

use noc_data::{Lang, Store, TitleKind};
use noc_search::{Doc, DocKind, DutyIndex, Index, Successor};

struct Indexes {
    titles: Index,
    duties: DutyIndex,
}

/// The real indexes (both languages), built once from the data the widget ships.
fn indexes() -> &'static Indexes {
    static CELL: OnceLock<Indexes> = OnceLock::new();
    CELL.get_or_init(|| {
        let store = Store::bundled();
        let docs: Vec<Doc> = Lang::ALL
            .iter()
            .flat_map(|&lang| store.titles(lang))
            .map(|t| Doc {
                code: t.code,
                title: t.title,
                kind: match t.kind {
                    TitleKind::UnitGroup => DocKind::UnitGroup,
                    TitleKind::Illustrative => DocKind::Illustrative,
                    TitleKind::Example => DocKind::Example,
                    TitleKind::Inclusion => DocKind::Inclusion,
                },
            })
            .collect();
        let successors = store
            .concordance()
            .into_iter()
            .map(|r| Successor { code2016: r.code2016, title2016: r.title2016, change: r.change, code2021: r.code2021 })
            .collect();
        let mut duties = store.duties(Lang::En);
        duties.extend(store.duties(Lang::Fr));
        Indexes { titles: Index::build(docs, successors), duties: DutyIndex::build(duties) }
    })
}

fn is_code(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Must never panic; results must respect the limit, be unit-group codes, one per unit group, ranked.
fn check(data: &[u8]) -> bool {
    let Ok(query) = std::str::from_utf8(data) else { return false };
    let ix = indexes();
    let limit = 1 + data.first().map_or(0, |b| (*b % 20) as usize);
    let hits = ix.titles.search(query, limit);
    assert!(hits.len() <= limit, "{} hits for limit {limit}", hits.len());
    let mut seen = std::collections::HashSet::new();
    for h in &hits {
        assert!(is_code(&h.code), "bad code {:?} for {query:?}", h.code);
        assert!(seen.insert(h.code.clone()), "unit group {} twice for {query:?}", h.code);
        assert!(h.score.is_finite(), "score {} for {query:?}", h.score);
    }
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score), "not ranked for {query:?}");
    if hits.is_empty() {
        let near = ix.titles.did_you_mean(query);
        assert!(near.len() <= 5 && near.iter().all(|h| is_code(&h.code)));
    }
    let duty_hits = ix.duties.search(query, limit);
    assert!(duty_hits.len() <= limit);
    !hits.is_empty()
}

#[cfg(feature = "libfuzzer")]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check(data);
});

#[cfg(not(feature = "libfuzzer"))]
fn main() {
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(60);
    let mut seeds = stable::seeds("search_query");
    seeds.extend(
        include_str!("../../crates/noc-search/tests/quality.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1))
            .map(|q| q.as_bytes().to_vec()),
    );
    let t0 = std::time::Instant::now();
    indexes();
    let build = t0.elapsed();
    let inputs = {
        use proptest::prelude::*;
        prop_oneof![
            1 => stable::bytes(40),
            9 => stable::mutated(seeds, ALPHABET, TOKENS, 4, true),
        ]
    };
    let run = stable::run(0x5EA2C4, seconds, 64, inputs, check);
    let (runs, found) = (run.inputs, run.passed);
    println!("search_query: {runs} queries in {seconds} s ({found} with hits; index built in {build:?}), no panic");
}

#[cfg(not(feature = "libfuzzer"))]
#[path = "../src/stable.rs"]
mod stable;

/// Characters an edit may write: letters with and without accents, digits, separators.
#[cfg(not(feature = "libfuzzer"))]
const ALPHABET: &[&str] = &["a", "z", "é", "É", "ç", "ß", "œ", "İ", "\u{301}", " ", "-", "'", "/", "0", "2", "9", "ʼ", "ё"];

#[cfg(not(feature = "libfuzzer"))]
// Pieces that stress normalisation, code detection and typo tolerance.
const TOKENS: &[&str] = &[
    " ", "  ", "-", "'", "’", "/", "(", ")", "é", "É", "œ", "ß", "İ", "\u{301}", "\u{200b}", "\u{feff}", "0", "00",
    "22220", "2281", "7", "NOC ", "CNP ", "*", "%", "\"", "\t", "\n", "ﬁ", "Ⅻ", "日本", "🙂", "a", "zzzz",
];
