//! Benchmark (not a test): index build time, heap estimate and query latency over the quality set.
//! `cargo run --release -p noc-search --example bench [-- ROUNDS]`
#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

/// CPU time this thread has run, in ns (Linux `schedstat`): unlike wall time, it does not grow
/// when other processes share the cores. `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn cpu_ms_since(start: Option<u64>, runs: usize) -> String {
    match (start, cpu_ns()) {
        (Some(a), Some(b)) => format!("{:.3} ms", (b - a) as f64 / 1e6 / runs as f64),
        _ => "n/a".into(),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let succ = common::successors();
    for (label, docs) in [
        ("EN only", common::docs(common::Lang::En)),
        ("FR only", common::docs(common::Lang::Fr)),
        ("EN + FR", common::all_docs()),
    ] {
        let mut times = Vec::new();
        let mut index = None;
        let mut cpu = 0u64;
        for _ in 0..rounds {
            let (d, s) = (docs.clone(), succ.clone());
            let c = cpu_ns();
            let t = Instant::now();
            index = Some(noc_search::Index::build(d, s));
            times.push(t.elapsed());
            cpu += cpu_ns().zip(c).map_or(0, |(b, a)| b - a);
        }
        times.sort();
        let index = index.unwrap();
        println!(
            "build {label}: {} input titles -> {} kept, {} words; wall median {:?} (min {:?}), CPU mean {:.1} ms; heap ~{} KiB",
            docs.len(),
            index.doc_count(),
            index.term_count(),
            times[times.len() / 2],
            times[0],
            cpu as f64 / 1e6 / rounds as f64,
            index.heap_bytes() / 1024
        );
    }

    // The shipped set-up (English titles with the fitted ranker, `Store::search_index`).
    let index = common::shipped_index(common::Lang::En);
    // The letters' similarity is built from the titles at the first search (nothing downloaded).
    let (t, c) = (Instant::now(), cpu_ns());
    let char_heap = index.prepare_char_grams();
    println!(
        "letter n-grams EN: built at first search in {:?} (CPU {}), heap ~{} KiB",
        t.elapsed(),
        cpu_ms_since(c, 1),
        char_heap / 1024
    );
    let fr_index = common::shipped_index(common::Lang::Fr);
    let (t, c) = (Instant::now(), cpu_ns());
    let char_heap = fr_index.prepare_char_grams();
    println!(
        "letter n-grams FR: built at first search in {:?} (CPU {}), heap ~{} KiB",
        t.elapsed(),
        cpu_ms_since(c, 1),
        char_heap / 1024
    );
    drop(fr_index);
    let queries: Vec<String> =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quality.tsv"))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').nth(1).map(str::to_string))
            .collect();
    let mut latencies = Vec::new();
    let mut slowest: Vec<(Duration, &str)> = Vec::new();
    let cpu_start = cpu_ns();
    for _ in 0..rounds {
        for q in &queries {
            let t = Instant::now();
            let hits = index.search(q, 10);
            let el = t.elapsed();
            latencies.push(el);
            slowest.push((el, q));
            std::hint::black_box(hits);
        }
    }
    let search_cpu = cpu_ms_since(cpu_start, rounds * queries.len().max(1));
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by_key(|s| s.1);
    println!("slowest: {:?}", &slowest[..slowest.len().min(6)]);
    latencies.sort();
    if !latencies.is_empty() {
        println!(
            "search over {} quality queries x {rounds}: wall p50 {:?}, p95 {:?}, max {:?}; CPU mean {search_cpu} per query",
            queries.len(),
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.95),
            latencies.last().unwrap()
        );
    }
    // Typing a query letter by letter, as the widget does on each keystroke.
    let mut keystrokes = Vec::new();
    let cpu_start = cpu_ns();
    for q in queries.iter().take(60) {
        for end in (1..=q.len()).filter(|e| q.is_char_boundary(*e)) {
            let t = Instant::now();
            std::hint::black_box(index.search(&q[..end], 10));
            keystrokes.push(t.elapsed());
        }
    }
    let keystroke_cpu = cpu_ms_since(cpu_start, keystrokes.len().max(1));
    keystrokes.sort();
    if !keystrokes.is_empty() {
        println!(
            "as-you-type over {} prefixes: wall p50 {:?}, p95 {:?}; CPU mean {keystroke_cpu}",
            keystrokes.len(),
            percentile(&keystrokes, 0.5),
            percentile(&keystrokes, 0.95)
        );
    }

    let duties = common::duties(common::Lang::En);
    let t = Instant::now();
    let duty_index = noc_search::DutyIndex::build(duties);
    println!(
        "duty index EN: {} duties, built in {:?}, heap ~{} KiB",
        duty_index.len(),
        t.elapsed(),
        duty_index.heap_bytes() / 1024
    );
    let duty_queries = [
        "install and maintain computer networks",
        "prepare and cook meals",
        "drive trucks to deliver goods",
        "teach children in elementary school",
    ];
    let (t, c) = (Instant::now(), cpu_ns());
    for _ in 0..25 {
        for q in duty_queries {
            std::hint::black_box(duty_index.search(q, 10));
        }
    }
    println!(
        "duty search: {:?} per query (mean of 100; CPU {})",
        t.elapsed() / 100,
        cpu_ms_since(c, 100)
    );
}
