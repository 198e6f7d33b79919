//! Search quality on the real NOC 2021 data: recall@1 and recall@5 over `quality.tsv`, per
//! query language and overall. Run with `--nocapture` to see the numbers and the misses.

mod common;

use noc_search::Index;

struct Case {
    lang: String,
    query: String,
    /// Each inner list is a set of acceptable alternatives; every set must be found.
    expected: Vec<Vec<String>>,
}

fn cases() -> Vec<Case> {
    let text = include_str!("quality.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 3, "quality.tsv: bad line {l:?}");
            Case {
                lang: cols[0].to_string(),
                query: cols[1].to_string(),
                expected: cols[2].split(',').map(|set| set.split('|').map(str::to_string).collect()).collect(),
            }
        })
        .collect()
}

/// Share of the expected sets found in the first `k` hits; a query expecting n codes (a split
/// 2016 group) is judged on its first max(k, n) hits.
fn recall(case: &Case, codes: &[String], k: usize) -> f64 {
    let top = &codes[..codes.len().min(k.max(case.expected.len()))];
    let found = case.expected.iter().filter(|alts| alts.iter().any(|c| top.contains(c))).count();
    found as f64 / case.expected.len() as f64
}

#[test]
fn recall_at_5_is_at_least_95_percent() {
    let index = Index::build(common::all_docs(), common::successors());
    let cases = cases();
    assert!(cases.len() >= 150, "quality set too small: {}", cases.len());

    let mut totals: Vec<(String, usize, f64, f64)> = Vec::new();
    let mut add = |lang: &str, r1: f64, r5: f64| {
        for key in [lang, "all"] {
            match totals.iter_mut().find(|t| t.0 == key) {
                Some(t) => {
                    t.1 += 1;
                    t.2 += r1;
                    t.3 += r5;
                }
                None => totals.push((key.to_string(), 1, r1, r5)),
            }
        }
    };
    let titles = common::unit_titles(common::Lang::En);
    for case in &cases {
        let hits = index.search(&case.query, 10);
        let codes: Vec<String> = hits.iter().map(|h| h.code.clone()).collect();
        let (r1, r5) = (recall(case, &codes, 1), recall(case, &codes, 5));
        if r1 < 1.0 {
            let got: Vec<String> = hits
                .iter()
                .take(5)
                .map(|h| format!("{} {} ({})", h.code, titles.get(&h.code).map_or("?", |t| t.as_str()), h.matched))
                .collect();
            println!("{} {:?}: want {:?}, r@1 {r1:.2} r@5 {r5:.2}; got {got:#?}", case.lang, case.query, case.expected);
        }
        add(&case.lang, r1, r5);
    }
    println!("\n| queries | n | recall@1 | recall@5 |\n|---|---|---|---|");
    for (lang, n, r1, r5) in &totals {
        println!("| {lang} | {n} | {:.3} | {:.3} |", r1 / *n as f64, r5 / *n as f64);
    }
    let (_, n, _, r5) = totals.iter().find(|t| t.0 == "all").unwrap();
    let overall = r5 / *n as f64;
    assert!(overall >= 0.95, "recall@5 {overall:.3} < 0.95");
    for (lang, n, _, r5) in &totals {
        assert!(r5 / *n as f64 >= 0.90, "recall@5 for {lang} is {:.3}", r5 / *n as f64);
    }
}
