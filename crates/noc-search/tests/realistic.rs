//! Search quality on realistic job titles (`realistic.tsv`, issue 12): recall@1 and recall@5 per
//! half (tuning / check), per page language, for the widget's set-up (the page language's titles,
//! with the other language as a fallback when its own results are weak) and for `noc search`
//! (both languages in one index). Misses are printed for the tuning half only: the check half is
//! measured, never tuned on. Run with `--nocapture` to see the tables.

mod common;

use noc_search::Index;

pub struct Case {
    pub page: String,
    pub query: String,
    pub expected: Vec<String>,
    pub anchor: String,
}

/// FNV-1a, 32-bit, over the query's UTF-8 bytes (bench/lib/noc-data.mjs computes the same).
pub fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// True for the check half.
pub fn is_check(query: &str) -> bool {
    fnv1a(query) % 2 == 1
}

pub fn cases() -> Vec<Case> {
    include_str!("realistic.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 5, "realistic.tsv: bad line {l:?}");
            assert!(
                cols[0] == "en" || cols[0] == "fr",
                "realistic.tsv: bad page {l:?}"
            );
            Case {
                page: cols[0].to_string(),
                query: cols[1].to_string(),
                expected: cols[2].split('|').map(str::to_string).collect(),
                anchor: cols[3].to_string(),
            }
        })
        .collect()
}

fn rank(expected: &[String], codes: &[String]) -> Option<usize> {
    codes.iter().position(|c| expected.contains(c))
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    at1: usize,
    at5: usize,
}

impl Tally {
    fn add(&mut self, r: Option<usize>) {
        self.n += 1;
        self.at1 += usize::from(r == Some(0));
        self.at5 += usize::from(r.is_some_and(|r| r < 5));
    }
    fn r1(&self) -> f64 {
        self.at1 as f64 / self.n.max(1) as f64
    }
    fn r5(&self) -> f64 {
        self.at5 as f64 / self.n.max(1) as f64
    }
}

#[test]
fn realistic_titles_recall() {
    let cases = cases();
    assert!(
        cases.len() >= 400,
        "realistic set too small: {}",
        cases.len()
    );
    let en = Index::build(common::docs(common::Lang::En), common::successors());
    let fr = Index::build(common::docs(common::Lang::Fr), common::successors());
    let both = Index::build(common::all_docs(), common::successors());
    let titles = common::unit_titles(common::Lang::En);
    // [setup][half][page]: setup 0 = widget (page language + fallback), 1 = both languages.
    let mut t = [[[Tally::default(); 2]; 2]; 2];
    for case in &cases {
        let (own, other) = if case.page == "fr" {
            (&fr, &en)
        } else {
            (&en, &fr)
        };
        let widget: Vec<String> =
            noc_search::search_with_fallback(own, Some(other), &case.query, 10)
                .into_iter()
                .map(|h| h.code)
                .collect();
        let all: Vec<String> = both
            .search(&case.query, 10)
            .into_iter()
            .map(|h| h.code)
            .collect();
        let half = usize::from(is_check(&case.query));
        let page = usize::from(case.page == "fr");
        let r = rank(&case.expected, &widget);
        t[0][half][page].add(r);
        t[1][half][page].add(rank(&case.expected, &all));
        if half == 0 && r != Some(0) {
            let got: Vec<String> = widget
                .iter()
                .take(5)
                .map(|c| format!("{c} {}", titles.get(c).map_or("?", |s| s.as_str())))
                .collect();
            println!(
                "tune {} {:?}: want {:?}, rank {r:?}; got {got:?}",
                case.page, case.query, case.expected
            );
        }
    }
    println!("\n| set-up | half | page | n | recall@1 | recall@5 |\n|---|---|---|---|---|---|");
    for (s, setup) in [
        "widget (page language + fallback)",
        "noc search (both languages)",
    ]
    .iter()
    .enumerate()
    {
        for (h, half) in ["tuning", "check"].iter().enumerate() {
            for (p, page) in ["en", "fr"].iter().enumerate() {
                let x = t[s][h][p];
                println!(
                    "| {setup} | {half} | {page} | {} | {:.3} | {:.3} |",
                    x.n,
                    x.r1(),
                    x.r5()
                );
            }
        }
    }
    // Floors a little under the measured figures (see bench/REPORT.md), so a ranking change that
    // loses ground fails here.
    for (h, halves) in t[0].iter().enumerate() {
        for (p, &x) in halves.iter().enumerate() {
            assert!(
                x.r1() >= FLOOR_AT1,
                "widget half {h} page {p}: recall@1 {:.3}",
                x.r1()
            );
            assert!(
                x.r5() >= FLOOR_AT5,
                "widget half {h} page {p}: recall@5 {:.3}",
                x.r5()
            );
        }
    }
}

const FLOOR_AT1: f64 = 0.80;
const FLOOR_AT5: f64 = 0.92;

/// Every target word of `data/search/synonyms.tsv` occurs in the NOC titles (English or French):
/// an expansion to a word no title has could only derail the search.
#[test]
fn synonym_targets_are_noc_words() {
    use noc_search::normalize::{is_stop_word, tokens};
    let mut vocab = std::collections::HashSet::new();
    for doc in common::all_docs() {
        vocab.extend(tokens(&doc.title));
    }
    let mut missing = Vec::new();
    let mut n = 0;
    for (from, to, filler) in noc_search::synonym_entries() {
        n += 1;
        assert_eq!(filler, to.is_empty(), "{from:?}");
        for w in to.iter().filter(|w| !is_stop_word(w)) {
            if !vocab.contains(*w) {
                missing.push(format!("{from:?} -> {w}"));
            }
        }
    }
    assert!(n >= 100, "synonym table has {n} lines");
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Abbreviations, filler words, two roles, context and spacing, on the real data.
#[test]
fn how_people_write_titles_is_understood() {
    let en = Index::build(common::docs(common::Lang::En), common::successors());
    let fr = Index::build(common::docs(common::Lang::Fr), common::successors());
    let top = |i: &Index, q: &str| {
        i.search(q, 5)
            .first()
            .map(|h| h.code.clone())
            .unwrap_or_default()
    };
    assert_eq!(top(&en, "RN"), "31301");
    assert_eq!(top(&en, "senior piping engineer"), "21301");
    assert_eq!(top(&en, "Sr. Software Developer II"), "21232");
    assert_eq!(top(&en, "truckdriver"), "73300");
    assert_eq!(top(&en, "fire fighter"), "42101");
    assert_eq!(top(&en, "cashier at Walmart"), "65100");
    assert_eq!(top(&en, "corporate lawyer"), "41101");
    assert_eq!(top(&fr, "PAB"), "33102");
    assert_eq!(top(&fr, "technicienne de réseau"), "22220");
    // Two roles: the first part's best, then the second's.
    let both: Vec<String> = en
        .search("plumber / pipefitter", 5)
        .into_iter()
        .map(|h| h.code)
        .collect();
    assert_eq!(&both[..2], ["72300", "72301"]);
    // A filler alone is still searched as typed.
    assert!(!en.search("senior", 5).is_empty());
    // The other language's titles rescue an English title on a French page.
    assert!(noc_search::needs_other_language(&fr, "truck driver"));
    assert!(!noc_search::needs_other_language(&fr, "camionneur"));
    let hits = noc_search::search_with_fallback(&fr, Some(&en), "truck driver", 5);
    assert_eq!(hits[0].code, "73300");
}

/// The search box asks for the other language's titles only once a word is settled: typing a
/// French word letter by letter on a French page never asks for the English titles on the way
/// (issue 22), while an English title typed the same way does once it cannot be French.
#[test]
fn a_word_typed_letter_by_letter_waits_before_asking_the_other_language() {
    let fr = common::shipped_index(common::Lang::Fr);
    let en = common::shipped_index(common::Lang::En);
    let prefixes = |word: &'static str| {
        word.char_indices()
            .skip(1)
            .map(move |(i, _)| &word[..i])
            .chain(std::iter::once(word))
    };
    for word in [
        "camionneur",
        "infirmière auxiliaire",
        "électricien",
        "cuisinier",
        "préposé aux bénéficiaires",
        "mécanicien de machinerie lourde",
        "éducatrice à la petite enfance",
    ] {
        for p in prefixes(word) {
            assert!(
                !noc_search::needs_other_language_as_typed(&fr, p),
                "{p:?} asks for the English titles"
            );
        }
    }
    for word in ["registered nurse", "welder", "cashier"] {
        for p in prefixes(word) {
            assert!(
                !noc_search::needs_other_language_as_typed(&en, p),
                "{p:?} asks for the French titles"
            );
        }
    }
    assert!(noc_search::needs_other_language_as_typed(
        &fr,
        "truck driver"
    ));
    assert!(noc_search::needs_other_language_as_typed(&fr, "truck "));
    assert!(noc_search::needs_other_language_as_typed(&en, "camionneur"));
}

/// The search box asks `search_as_typed` once per keystroke: its hits and its "ask the other
/// language" are exactly those of `search_with_fallback` and `needs_other_language_as_typed`, on
/// every prefix of realistic titles typed on either page, with and without the other language.
#[test]
fn one_search_per_keystroke_answers_as_the_two_questions_do() {
    let en = common::shipped_index(common::Lang::En);
    let fr = common::shipped_index(common::Lang::Fr);
    let mut asked = 0;
    for case in cases().iter().step_by(20) {
        let (own, other) = if case.page == "fr" {
            (&fr, &en)
        } else {
            (&en, &fr)
        };
        let q = case.query.as_str();
        for end in (1..=q.len()).filter(|e| q.is_char_boundary(*e)) {
            let p = &q[..end];
            for other in [None, Some(other)] {
                for limit in [0, 8] {
                    let (hits, needs) = noc_search::search_as_typed(own, other, p, limit);
                    assert_eq!(
                        hits,
                        noc_search::search_with_fallback(own, other, p, limit),
                        "{p:?}"
                    );
                    assert_eq!(
                        needs,
                        noc_search::needs_other_language_as_typed(own, p),
                        "{p:?}"
                    );
                    asked += usize::from(needs);
                }
            }
        }
    }
    assert!(asked > 0, "no prefix asked for the other language");
}

/// Bad input: empty, very long, control characters, only punctuation, many roles: an empty or
/// bounded answer, quickly, never a panic.
#[test]
fn bad_input_gets_an_empty_or_bounded_answer() {
    let en = Index::build(common::docs(common::Lang::En), common::successors());
    let fr = Index::build(common::docs(common::Lang::Fr), common::successors());
    let many_roles = "cook, ".repeat(2000);
    let long = "x".repeat(10_000);
    let control: String = (0u8..32)
        .map(char::from)
        .chain("nurse\u{7f}\u{200b}".chars())
        .collect();
    let started = std::time::Instant::now();
    for q in [
        "",
        "   ",
        "?!.,;:-/()",
        "////",
        many_roles.as_str(),
        long.as_str(),
        control.as_str(),
        "- - -",
        "(",
        "a/b/c/d/e/f",
    ] {
        let hits = noc_search::search_with_fallback(&en, Some(&fr), q, 10);
        assert!(hits.len() <= 10, "{q:?}");
        let _ = en.did_you_mean(q);
        let _ = noc_search::needs_other_language(&fr, q);
    }
    for q in ["", "   ", "?!.,;:-/()", "////", "- - -"] {
        assert!(en.search(q, 10).is_empty(), "{q:?}");
    }
    assert_eq!(en.search(&many_roles, 3)[0].code, "63200");
    assert_eq!(en.search(&control, 3)[0].code, "31301");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "bad input took {:?}",
        started.elapsed()
    );
}

/// Guards the answer key: some title, example or inclusion (either language) of one expected unit
/// group contains every word of the row's anchor (each anchor word starts a word of the title).
#[test]
fn every_realistic_expectation_is_backed_by_the_data() {
    use noc_search::normalize::{fold, is_stop_word};
    let mut titles: std::collections::HashMap<String, Vec<Vec<String>>> =
        std::collections::HashMap::new();
    for doc in common::all_docs() {
        titles
            .entry(doc.code)
            .or_default()
            .push(fold(&doc.title).split(' ').map(String::from).collect());
    }
    let mut problems = Vec::new();
    for case in cases() {
        let words: Vec<String> = fold(&case.anchor)
            .split(' ')
            .filter(|w| !w.is_empty() && !is_stop_word(w))
            .map(String::from)
            .collect();
        assert!(!words.is_empty(), "{:?}: empty anchor", case.query);
        let backed = case.expected.iter().any(|code| {
            titles.get(code).is_some_and(|ts| {
                ts.iter().any(|t| {
                    words
                        .iter()
                        .all(|w| t.iter().any(|tw| tw.starts_with(w.as_str())))
                })
            })
        });
        if !backed {
            problems.push(format!(
                "{:?} (anchor {:?}): no title of {:?} has it",
                case.query, case.anchor, case.expected
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
