//! Training rows for the fitted ranker (`make model`, step 1 of 4; see docs/search-model.md), made
//! from the NOC's own files only: every title of a unit group (its class title, illustrative
//! examples, all examples, inclusions), noisy variants of them (a typo, an employer or place after a
//! dash or comma, a second role, a word dropped) and its lead statement.
//!
//! `cargo run --release -p noc-search --example model_data -- OUT_DIR [--extra]`
//! writes `OUT_DIR/<lang>.rows`: one row per line, `class \t weight \t held-out \t bucket:value …`
//! (features from `noc_search::model_features`, the very function the ranker applies to a query),
//! `OUT_DIR/<lang>.classes` (codes, one per line; a row's class is a line number from 0), and
//! `OUT_DIR/<lang>.heldout` (`class \t query` pairs the blend is fitted on). Deterministic: the
//! same inputs give the same bytes. `--extra` also writes `OUT_DIR/<lang>.extra`: rows of other NOC
//! text the shipped model leaves out (`kind \t class \t 1 \t 0 \t bucket:value …`, kinds `duty`,
//! `exclusion`, `minor`, `submajor`, `requirement`, `additional`, and `workplace` from the OaSIS
//! workplaces file, English only), for `bench/model/saturation.py`.
#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/model_common.rs"]
mod model_common;

use std::fmt::Write as _;

use common::Lang;
use model_common::{is_held_out, Rng};

/// Generic context a person adds after the job (written for this purpose, not taken from any
/// survey): employers, places, arrangements. Carries no occupation, so the model learns to let it
/// weigh little.
const CONTEXT_EN: &[&str] = &[
    "inc",
    "ltd",
    "corporation",
    "company",
    "city of ottawa",
    "county",
    "region",
    "canada",
    "ontario",
    "alberta",
    "british columbia",
    "manitoba",
    "nova scotia",
    "toronto",
    "vancouver",
    "calgary",
    "edmonton",
    "winnipeg",
    "halifax",
    "head office",
    "main branch",
    "store 12",
    "north",
    "downtown",
    "site",
    "department",
    "division",
    "group",
    "night shift",
    "part time",
    "full time",
    "casual",
    "contract",
    "temporary",
    "permanent",
    "self employed",
    "family business",
    "own business",
    "abc",
    "xyz",
];
const CONTEXT_FR: &[&str] = &[
    "inc",
    "ltee",
    "compagnie",
    "ville de montreal",
    "ville de quebec",
    "laval",
    "gatineau",
    "sherbrooke",
    "saguenay",
    "region",
    "canada",
    "quebec",
    "nouveau brunswick",
    "succursale",
    "siege social",
    "secteur",
    "departement",
    "groupe",
    "quart de nuit",
    "temps partiel",
    "temps plein",
    "occasionnel",
    "contractuel",
    "temporaire",
    "permanent",
    "travailleur autonome",
    "entreprise familiale",
    "abc",
    "xyz",
];
const SEPARATORS: &[&str] = &[" - ", ", ", " (", " at ", " / "];
const SEPARATORS_FR: &[&str] = &[" - ", ", ", " (", " chez ", " / "];

fn typo(rng: &mut Rng, title: &str) -> Option<String> {
    let words: Vec<&str> = title.split(' ').collect();
    let long: Vec<usize> = (0..words.len())
        .filter(|i| words[*i].chars().count() >= 5 && words[*i].is_ascii())
        .collect();
    if long.is_empty() {
        return None;
    }
    let i = long[rng.below(long.len())];
    let mut w: Vec<u8> = words[i].bytes().collect();
    let at = 1 + rng.below(w.len() - 2);
    match rng.below(4) {
        0 => {
            w.remove(at);
        }
        1 => w.swap(at, at + 1),
        2 => w[at] = b"aeiou"[rng.below(5)],
        _ => w.insert(at, w[at]),
    }
    let mut out: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    out[i] = String::from_utf8(w).ok()?;
    Some(out.join(" "))
}

fn drop_word(rng: &mut Rng, title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() < 3 {
        return None;
    }
    let i = rng.below(words.len());
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, w)| *w)
        .collect();
    Some(kept.join(" "))
}

fn row(out: &mut String, class: usize, weight: f32, held_out: bool, text: &str) {
    let f = noc_search::model_features(text);
    if f.is_empty() {
        return;
    }
    write!(out, "{class}\t{weight}\t{}\t", u8::from(held_out)).unwrap();
    for (i, (b, v)) in f.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write!(out, "{b}:{v:.5}").unwrap();
    }
    out.push('\n');
}

/// Rows of a unit group's other NOC text, each tagged with its kind: its main duties, the
/// exclusions of other groups that point to it, its minor and sub-major groups' titles, its
/// employment requirements and its additional information.
fn extra_rows(out: &mut String, card: &noc_data::Card, codes: &[String], class: usize) {
    let mut tagged = |kind: &str, class: usize, text: &str| {
        let mut line = String::new();
        row(&mut line, class, 1.0, false, text);
        if !line.is_empty() {
            out.push_str(kind);
            out.push('\t');
            out.push_str(&line);
        }
    };
    for section in &card.main_duties.sections {
        for duty in &section.items {
            tagged("duty", class, duty);
        }
    }
    for e in &card.exclusions {
        let target = e.code.as_deref().filter(|c| c.len() == 5);
        if let Some(t) = target.and_then(|c| codes.iter().position(|x| x == c)) {
            tagged("exclusion", t, &e.title);
        }
    }
    for h in &card.hierarchy {
        match h.code.len() {
            4 => tagged("minor", class, &h.title),
            3 => tagged("submajor", class, &h.title),
            _ => {}
        }
    }
    for r in &card.employment_requirements {
        tagged("requirement", class, r);
    }
    for r in &card.additional_information {
        tagged("additional", class, r);
    }
}

/// The workplaces and employers OaSIS 2023 lists for each profile, as `workplace` rows of its unit
/// group (the file is English only, so French has none).
fn workplace_rows(out: &mut String, codes: &[String]) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/noc2021/oasis_2023_v1.0/workplaces-employers_oasis_2023_v1.0.csv"
    );
    let mut file = csv::Reader::from_path(path).expect("the OaSIS workplaces file");
    for rec in file.records() {
        let rec = rec.expect("a CSV record");
        let code = rec[0].get(..5).unwrap_or("");
        if let Ok(class) = codes.binary_search_by(|c| c.as_str().cmp(code)) {
            let mut line = String::new();
            row(&mut line, class, 1.0, false, &rec[1]);
            if !line.is_empty() {
                out.push_str("workplace\t");
                out.push_str(&line);
            }
        }
    }
}

fn main() {
    let dir = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: model_data OUT_DIR [--extra]"),
    );
    let with_extra = std::env::args().any(|a| a == "--extra");
    std::fs::create_dir_all(&dir).unwrap();
    for lang in [Lang::En, Lang::Fr] {
        let docs = common::docs(lang);
        let mut codes: Vec<String> = docs.iter().map(|d| d.code.clone()).collect();
        codes.sort();
        codes.dedup();
        let class_of = |code: &str| codes.binary_search_by(|c| c.as_str().cmp(code)).unwrap();
        let (context, seps) = match lang {
            Lang::En => (CONTEXT_EN, SEPARATORS),
            Lang::Fr => (CONTEXT_FR, SEPARATORS_FR),
        };
        let mut rows = String::new();
        let mut held = String::new();
        let mut seen = std::collections::HashSet::new();
        for (n, doc) in docs.iter().enumerate() {
            let key = (doc.code.clone(), noc_search::normalize::fold(&doc.title));
            if !seen.insert(key) {
                continue;
            }
            let class = class_of(&doc.code);
            let ho = is_held_out(&doc.title, doc.kind);
            let mut rng = Rng::new(model_common::fnv(&doc.title) ^ n as u64);
            row(&mut rows, class, 1.0, ho, &doc.title);
            let mut variants: Vec<String> = Vec::new();
            // An employer, place or arrangement after a separator.
            let sep = seps[rng.below(seps.len())];
            let ctx = context[rng.below(context.len())];
            let close = if sep == " (" { ")" } else { "" };
            variants.push(format!("{}{sep}{ctx}{close}", doc.title));
            if let Some(t) = typo(&mut rng, &doc.title) {
                variants.push(t);
            }
            if let Some(t) = drop_word(&mut rng, &doc.title) {
                variants.push(t);
            }
            // A second role from another unit group, after the first.
            let other = &docs[rng.below(docs.len())];
            if other.code != doc.code && rng.below(3) == 0 {
                variants.push(format!("{} / {}", doc.title, other.title));
            }
            for v in &variants {
                row(&mut rows, class, 0.5, ho, v);
            }
            if ho {
                writeln!(held, "{class}\t{}", doc.title).unwrap();
                for v in &variants {
                    writeln!(held, "{class}\t{v}").unwrap();
                }
            }
        }
        // Each unit group's lead statement: the NOC's own sentence about what the group does.
        let mut extra = String::new();
        for code in &codes {
            if let Ok(card) = common::store().card(code, lang) {
                row(&mut rows, class_of(code), 1.0, false, &card.definition);
                if with_extra {
                    extra_rows(&mut extra, &card, &codes, class_of(code));
                }
            }
        }
        if with_extra {
            if lang == Lang::En {
                workplace_rows(&mut extra, &codes);
            }
            std::fs::write(dir.join(format!("{}.extra", lang.code())), extra).unwrap();
        }
        let tag = lang.code();
        std::fs::write(dir.join(format!("{tag}.rows")), rows).unwrap();
        std::fs::write(dir.join(format!("{tag}.heldout")), held).unwrap();
        std::fs::write(dir.join(format!("{tag}.classes")), codes.join("\n") + "\n").unwrap();
    }
}
