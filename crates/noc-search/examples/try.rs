//! Ad-hoc query tool over the real data: `cargo run -p noc-search --example try -- QUERY...`
//! (`--duties` to search duties).
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--duties") {
        let index = noc_search::DutyIndex::build(common::duties(common::Lang::En));
        for q in &args[1..] {
            println!("== {q}");
            for h in index.search(q, 5) {
                println!(
                    "  {} {:.2} {:?}",
                    h.code,
                    h.score,
                    h.matched.first().map(|m| &m.text)
                );
            }
        }
        return;
    }
    let (docs, succ) = (common::all_docs(), common::successors());
    let t = std::time::Instant::now();
    let index = noc_search::Index::build(docs, succ);
    eprintln!(
        "built in {:?}: {} docs, {} terms, {} bytes",
        t.elapsed(),
        index.doc_count(),
        index.term_count(),
        index.heap_bytes()
    );
    for q in &args {
        println!("== {q}");
        let t = std::time::Instant::now();
        let hits = index.search(q, 8);
        let el = t.elapsed();
        for h in &hits {
            println!("  {} {:7.1} {:?} {}", h.code, h.score, h.kind, h.matched);
        }
        if hits.is_empty() {
            for h in index.did_you_mean(q) {
                println!("  ? {} {:7.1} {:?} {}", h.code, h.score, h.kind, h.matched);
            }
        }
        println!("  ({el:?})");
    }
}
