//! Behaviour of title, code and duty search on the real NOC 2021 files.

mod common;

use std::sync::OnceLock;

use noc_search::{DocKind, DutyIndex, Hit, HitKind, Index};

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(common::all_docs(), common::successors()))
}

fn codes(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.code.as_str()).collect()
}

#[test]
fn a_2021_code_finds_its_unit_group_and_a_prefix_lists_the_group() {
    let hits = index().search("22220", 10);
    assert_eq!(codes(&hits), vec!["22220"]);
    assert_eq!(hits[0].kind, HitKind::Code2021);

    let hits = index().search("2222", 10);
    let mut found = codes(&hits);
    found.sort();
    // 2222 is also the 2016 code of agricultural and fish products inspectors (now 22111).
    assert_eq!(found, vec!["22111", "22220", "22221", "22222"]);

    // A two-digit prefix lists the whole major group, in code order.
    let major: Vec<String> = common::unit_titles(common::Lang::En)
        .into_keys()
        .filter(|c| c.starts_with("21"))
        .collect();
    let hits = index().search("21", 500);
    assert_eq!(hits.len(), major.len());
    assert!(hits.windows(2).all(|w| w[0].code < w[1].code));
}

#[test]
fn a_2016_code_goes_through_the_concordance() {
    let hits = index().search("2281", 10);
    assert_eq!(
        codes(&hits),
        vec!["22220"],
        "StatCan maps 2281 to 22220 only"
    );
    match &hits[0].kind {
        HitKind::Code2016 { code2016, change } => {
            assert_eq!(code2016, "2281");
            assert!(change.contains("VC1 - Code Change"), "{change}");
        }
        other => panic!("unexpected kind {other:?}"),
    }
    let mut split = codes(&index().search("2171", 10))
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    split.sort();
    assert_eq!(split, vec!["21211", "21220", "21221", "21222", "21233"]);
    // Leading zeros lost in the concordance file are restored.
    assert_eq!(codes(&index().search("0011", 10)), vec!["00010"]);
}

#[test]
fn titles_match_without_accents_case_or_gender() {
    assert_eq!(index().search("technicien reseau", 5)[0].code, "22220");
    assert_eq!(
        index().search("TECHNICIENNE DE RÉSEAU INFORMATIQUE", 5)[0].code,
        "22220"
    );
    assert_eq!(index().search("administratrice reseau", 5)[0].code, "22220");
    assert_eq!(index().search("infirmiere autorisee", 5)[0].code, "31301");
}

#[test]
fn typos_are_tolerated_within_a_bound() {
    let hits = index().search("netwrok technican", 5);
    assert_eq!(hits[0].code, "22220");
    assert!(matches!(hits[0].kind, HitKind::Title(_)));
    // Three-letter words must be exact: "cok" is not "cook".
    assert!(index().search("cok", 5).iter().all(|h| h.code != "63200"));
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    assert_eq!(index().search("registered nur", 5)[0].code, "31301");
    assert_eq!(index().search("software dev", 5)[0].code, "21232");
    // A finished word (trailing space) is no longer a prefix.
    let finished = index().search("softw ", 5);
    assert!(
        finished
            .iter()
            .all(|h| !h.matched.to_lowercase().contains("software"))
            || finished.is_empty()
    );
}

#[test]
fn ranking_prefers_exact_titles_then_unit_group_titles() {
    let hits = index().search("data scientists", 5);
    assert_eq!(hits[0].code, "21211");
    assert_eq!(hits[0].kind, HitKind::Title(DocKind::UnitGroup));
    let hits = index().search("cook", 5);
    assert_eq!(hits[0].code, "63200");
    // Matching every word beats matching some.
    let hits = index().search("truck driver", 10);
    assert_eq!(hits[0].code, "73300");
    assert!(hits.iter().all(|h| {
        let m = noc_search::normalize::fold(&h.matched);
        m.contains("truck") || m.contains("driver")
    }));
}

#[test]
fn one_hit_per_unit_group_and_limit_respected() {
    let hits = index().search("technician", 25);
    assert_eq!(hits.len(), 25);
    let mut seen = codes(&hits);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 25);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(index().search("technician", 0).is_empty());
}

#[test]
fn did_you_mean_offers_near_codes_and_titles() {
    assert!(index().search("22229", 5).is_empty());
    let near = index().did_you_mean("22229");
    assert!(near.iter().any(|h| h.code == "22220"), "{near:?}");

    let garbled = "ntwrk tchnc";
    assert!(index().search(garbled, 5).is_empty());
    let near = index().did_you_mean(garbled);
    assert!(!near.is_empty());
    assert!(near.iter().take(5).any(|h| h.code == "22220"), "{near:?}");

    assert!(index().search("", 5).is_empty());
    assert!(index().search("   ,;  ", 5).is_empty());
}

#[test]
fn duties_find_an_occupation_by_what_one_does() {
    let en = DutyIndex::build(common::duties(common::Lang::En));
    let hits = en.search(
        "install and maintain computer networks, troubleshoot network problems",
        5,
    );
    assert!(codes_of(&hits).contains(&"22220"), "{:?}", codes_of(&hits));
    let top = &hits[0];
    let m = &top.matched[0];
    assert!(!m.spans.is_empty());
    for (s, e) in &m.spans {
        let word = noc_search::normalize::fold(&m.text[*s..*e]);
        assert!(
            !noc_search::normalize::is_stop_word(&word),
            "highlighted a stop word: {word}"
        );
    }
    assert_eq!(en.duty_text(m.duty), Some(m.text.as_str()));

    let hits = en.search_list(
        &[
            "prepare and cook meals",
            "plan menus",
            "supervise kitchen staff",
        ],
        5,
    );
    assert!(
        codes_of(&hits)[..3]
            .iter()
            .any(|c| *c == "62200" || *c == "63200"),
        "{:?}",
        codes_of(&hits)
    );

    let fr = DutyIndex::build(common::duties(common::Lang::Fr));
    let hits = fr.search("installer et entretenir des réseaux informatiques", 5);
    assert!(codes_of(&hits).contains(&"22220"), "{:?}", codes_of(&hits));
}

fn codes_of(hits: &[noc_search::DutyHit]) -> Vec<&str> {
    hits.iter().map(|h| h.code.as_str()).collect()
}

#[test]
fn hostile_queries_neither_panic_nor_return_junk() {
    let long_word = "a".repeat(5000);
    let many_words = "nurse ".repeat(2000);
    let digits = "2".repeat(300);
    for q in [
        long_word.as_str(),
        many_words.as_str(),
        digits.as_str(),
        "💼 👩‍⚕️",
        "\u{0}\u{7f}",
        "'--;",
        "é",
        "/",
    ] {
        let hits = index().search(q, 10);
        assert!(hits.len() <= 10);
        let _ = index().did_you_mean(q);
    }
    assert_eq!(index().search(&many_words, 3)[0].code, "31301");
    assert!(index().search(&digits, 10).is_empty());
}

/// The evidence `Index::blend_evidence` reports (what `bench/model/saturation.py` re-ranks) is the
/// evidence the shipped ranking adds: recombined with the model's score and the blend's weights, it
/// orders the top hits exactly as `search` does.
#[test]
fn words_typed_apart_that_the_noc_writes_as_one_find_their_group() {
    let index = common::shipped_index(common::Lang::En);
    for (query, code) in [
        ("cabinet maker", "72311"),
        ("book keeper", "12200"),
        ("care giver", "44101"),
        ("fire fighter", "42101"),
    ] {
        let hits = index.search(query, 5);
        assert_eq!(
            codes(&hits).first(),
            Some(&code),
            "{query}: {:?}",
            codes(&hits)
        );
    }
    // Words the NOC writes side by side stay apart.
    let hits = index.search("food service supervisor", 5);
    assert_eq!(codes(&hits).first(), Some(&"62020"));
}

#[test]
fn one_page_language_search_answers_as_the_two_step_fallback() {
    let (en, fr) = (
        &common::shipped_index(common::Lang::En),
        &common::shipped_index(common::Lang::Fr),
    );
    for (own, other, query) in [
        (en, fr, "luthier"),
        (en, fr, "cook"),
        (fr, en, "truck driver"),
        (fr, en, "camionneur"),
        (en, fr, "22220"),
    ] {
        let held = noc_search::search_own(own, query, 7);
        assert_eq!(
            held.needs_other_language(query),
            noc_search::needs_other_language(own, query),
            "{query}"
        );
        assert_eq!(
            held.with_other(Some(other), query, 7),
            noc_search::search_with_fallback(own, Some(other), query, 7),
            "{query}"
        );
    }
}

#[test]
fn blend_evidence_recombined_orders_the_hits_as_search_does() {
    let index = common::shipped_index(common::Lang::En);
    for query in [
        "line cook",
        "senior accountant - head office",
        "welder fitter",
        "nurse / midwife",
    ] {
        let hits = index.search(query, 8);
        let evidence = index.blend_evidence(query);
        assert_eq!(evidence.codes.len(), evidence.engine.len());
        let score = |code: &str| {
            let u = evidence.codes.iter().position(|c| c == code).unwrap();
            let e = index.explain_model(query, code).unwrap();
            // The letters' cosine may pass 1 by its rounding (its logarithm is approximated).
            let (w, c) = (evidence.engine[u], evidence.chars[u]);
            assert!(
                (0.0..=1.0).contains(&w) && (0.0..=1.01).contains(&c),
                "{query} {code}: {w} {c}"
            );
            assert_eq!(e.engine, evidence.engine[u], "{query} {code}");
            e.model
                + e.engine_weight * evidence.engine[u]
                + e.chars_weight * evidence.chars[u]
                + if evidence.exact[u] { 1.0 } else { 0.0 }
        };
        let scores: Vec<f32> = hits.iter().map(|h| score(&h.code)).collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1] - 1e-5),
            "{query}: {:?} scored {scores:?}",
            codes(&hits)
        );
    }
}

#[test]
fn a_query_ranks_alike_whatever_was_searched_before() {
    // The letters' similarity reuses its sums from query to query (cleared slot by slot): nothing
    // of one query may stay for the next. Two indexes search the same queries, as typed, in
    // opposite orders; every answer must be the same, scores included.
    let queries: Vec<String> = [
        "registered nurse",
        "cabinet maker",
        "électricien",
        "truck driver",
    ]
    .iter()
    .flat_map(|q| (1..=q.chars().count()).map(|n| q.chars().take(n).collect::<String>()))
    .collect();
    let (a, b) = (
        common::shipped_index(common::Lang::En),
        common::shipped_index(common::Lang::En),
    );
    let forward: Vec<Vec<Hit>> = queries.iter().map(|q| a.search(q, 20)).collect();
    let mut backward: Vec<Vec<Hit>> = queries.iter().rev().map(|q| b.search(q, 20)).collect();
    backward.reverse();
    for ((q, f), r) in queries.iter().zip(&forward).zip(&backward) {
        assert!(!f.is_empty() || q.chars().count() < 3, "{q}: no hits");
        assert_eq!(f, r, "{q}");
    }
}

#[test]
fn a_one_letter_query_is_answered_as_if_ranked_afresh() {
    // One-letter queries are ranked together at the first one and kept (`index/letters.rs`); a
    // `limit` above what is kept (100) ranks afresh. Whatever is kept must be that ranking's start,
    // scores and coverage included, for a letter typed in any case or with an accent.
    for lang in [common::Lang::En, common::Lang::Fr] {
        let index = common::shipped_index(lang);
        let letters = ('a'..='z').chain("AMZÉÈÀÇÔÏéç".chars());
        for q in letters.map(String::from) {
            let (fresh, fresh_coverage) = index.search_covered(&q, 101);
            assert!(fresh.len() >= 8, "{lang:?} {q}: {} hits", fresh.len());
            for k in [1, 8, 100] {
                let (kept, coverage) = index.search_covered(&q, k);
                assert_eq!(kept, fresh[..k.min(fresh.len())], "{lang:?} {q} limit {k}");
                assert_eq!(coverage, fresh_coverage, "{lang:?} {q} limit {k}");
            }
        }
    }
}

#[test]
fn employment_terms_of_a_posting_are_not_the_occupation() {
    let en = common::shipped_index(common::Lang::En);
    let fr = common::shipped_index(common::Lang::Fr);
    // Without the filler lines, "time" pulled advertising time sales and radio time buyers in.
    // (The titles alone end in a space: their last word is then read whole, not as a prefix, as it
    // is when employment terms follow it.)
    for (index, with, without) in [
        (&en, "sales associate - part-time", "sales associate "),
        (&en, "cook (full time)", "cook "),
        (&en, "care aide on call", "care aide "),
        (&fr, "cuisinier - temps plein", "cuisinier "),
        (&fr, "caissier temps partiel", "caissier "),
        (&fr, "commis d'épicerie - temporaire", "commis d'épicerie "),
    ] {
        assert_eq!(
            codes(&index.search(with, 5)),
            codes(&index.search(without, 5)),
            "{with}"
        );
    }
    // Fillers alone are searched as typed, word by word (a two-word filler too).
    assert!(!en.search("part time", 5).is_empty());
    assert!(!en.search("senior", 5).is_empty());
}

#[test]
fn a_filler_word_that_is_part_of_a_noc_title_is_kept() {
    // "night" is a shift word ("night shift cook" is a cook), but "night auditor" and "night clerk"
    // are the NOC's own titles of hotel front desk clerks.
    let en = common::shipped_index(common::Lang::En);
    assert_eq!(codes(&en.search("night auditor", 1)), vec!["64314"]);
    assert_eq!(codes(&en.search("night clerk", 1)), vec!["64314"]);
    assert_eq!(codes(&en.search("night shift cook", 1)), vec!["63200"]);
}
