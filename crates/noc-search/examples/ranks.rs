//! The native side of the parity test (tests/e2e/search-parity.test.mjs): reads `lang \t query` lines
//! on stdin and prints, per line, the codes the shipped search ranks (the page language's index with
//! its fitted ranker, the other language as the fallback: what `noc search` does), comma-separated.
//! `cargo run -q -p noc-search --example ranks < queries.tsv`
#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, Write};

fn main() {
    let en = common::shipped_index(common::Lang::En);
    let fr = common::shipped_index(common::Lang::Fr);
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let (lang, query) = line.split_once('\t').unwrap_or(("en", &line));
        let (own, other) = if lang == "fr" { (&fr, &en) } else { (&en, &fr) };
        let codes: Vec<String> = noc_search::search_with_fallback(own, Some(other), query, 10)
            .into_iter()
            .map(|h| h.code)
            .collect();
        writeln!(out, "{}", codes.join(",")).unwrap();
    }
}
