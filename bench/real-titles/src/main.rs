//! Native benchmark on real coded job titles (issue 22), not a test: the file has no licence, so it
//! is read from `../shared/data/real-titles/` when present (or `$REAL_TITLES`) and never copied.
//! Split in two by FNV-1a of the title (even: fit half, odd: check half); first / top five per title
//! and per person, the widget's set-up (English page, French titles as the fallback).
//!
//! `cargo run --release -p noc-bench-real-titles -- [--models DIR] [--ablate]
//!  [--failures] [--json OUT]`
//! `--models DIR` reads `DIR/model-en.bin` and `DIR/model-fr.bin` (default `data/search/`);
//! `--ablate` switches each hand rule in turn (off, or on when it ships off); `--failures` prints the 20 most common kinds
//! of miss on the fit half (kinds only: never a title, and never the check half).
//! `--evidence OUT` writes, for the fit half only, each title's wanted groups, people, model features
//! and the blend's other evidence per unit group (no title text), for `bench/model/saturation.py`.
#[path = "../../../crates/noc-search/tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use noc_search::{Index, Model, Rules};

struct Case {
    title: String,
    want: Vec<String>,
    people: u32,
    check: bool,
}

fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn cases(path: &PathBuf) -> Option<Vec<Case>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c.len() >= 4).then(|| Case {
                    title: c[0].to_string(),
                    want: c[1].split(',').map(str::to_string).collect(),
                    people: c[3].trim().parse().unwrap_or(1),
                    check: fnv1a(c[0]) % 2 == 1,
                })
            })
            .collect(),
    )
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: u32,
    people: u32,
    first: u32,
    top5: u32,
    first_people: u32,
    top5_people: u32,
}

impl Tally {
    fn add(&mut self, rank: Option<usize>, people: u32) {
        self.n += 1;
        self.people += people;
        if rank == Some(0) {
            self.first += 1;
            self.first_people += people;
        }
        if rank.is_some_and(|r| r < 5) {
            self.top5 += 1;
            self.top5_people += people;
        }
    }
    fn pct(a: u32, b: u32) -> f64 {
        100.0 * f64::from(a) / f64::from(b.max(1))
    }
    fn line(&self) -> String {
        format!(
            "first {:.1} % / {:.1} %, top 5 {:.1} % / {:.1} %",
            Self::pct(self.first, self.n),
            Self::pct(self.first_people, self.people),
            Self::pct(self.top5, self.n),
            Self::pct(self.top5_people, self.people)
        )
    }
    fn json(&self) -> String {
        format!(
            "{{\"n\":{},\"people\":{},\"first\":{:.2},\"first_people\":{:.2},\"top5\":{:.2},\"top5_people\":{:.2}}}",
            self.n,
            self.people,
            Self::pct(self.first, self.n),
            Self::pct(self.first_people, self.people),
            Self::pct(self.top5, self.n),
            Self::pct(self.top5_people, self.people)
        )
    }
}

fn load_model(dir: &std::path::Path, lang: &str) -> Option<Model> {
    let bytes = std::fs::read(dir.join(format!("model-{lang}.bin"))).ok()?;
    Some(Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("model-{lang}.bin: {e}")))
}

/// What kind of miss this is, from the query's shape and how far off the answer was: never the
/// title itself.
fn failure_kind(case: &Case, got: &[String]) -> String {
    let t = &case.title;
    let words = t.split_whitespace().count();
    let shape = if t.contains(['/', '&', ';']) || t.to_lowercase().contains(" and ") {
        "two roles"
    } else if t.contains([',', '(', ':']) || t.contains(" - ") {
        "job + context"
    } else if words == 1 {
        "one word"
    } else if words >= 4 {
        "four+ words"
    } else {
        "two-three words"
    };
    let want = &case.want[0];
    let how = match got.first() {
        None => "nothing found".to_string(),
        Some(g) if got.iter().take(5).any(|x| case.want.contains(x)) => {
            let _ = g;
            "right group in 2-5".to_string()
        }
        Some(g) if g[..3] == want[..3] => "top hit in the same minor group".to_string(),
        Some(g) if g[..2] == want[..2] => "top hit in the same sub-major group".to_string(),
        Some(g) if g[..1] == want[..1] => "top hit in the same broad category".to_string(),
        Some(g) if g[1..2] != want[1..2] => {
            format!("top hit at another TEER ({} for {})", &g[1..2], &want[1..2])
        }
        Some(_) => "top hit in another broad category, same TEER".to_string(),
    };
    format!("{shape}: {how}")
}

fn run(en: &Index, fr: &Index, cases: &[Case], failures: bool) -> [Tally; 2] {
    let mut t = [Tally::default(); 2];
    let mut kinds: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for c in cases {
        let got: Vec<String> = noc_search::search_with_fallback(en, Some(fr), &c.title, 5)
            .into_iter()
            .map(|h| h.code)
            .collect();
        let rank = got.iter().position(|g| c.want.contains(g));
        t[usize::from(c.check)].add(rank, c.people);
        if failures && !c.check && rank != Some(0) {
            let e = kinds.entry(failure_kind(c, &got)).or_default();
            e.0 += 1;
            e.1 += c.people;
        }
    }
    if failures {
        let mut list: Vec<(String, (u32, u32))> = kinds.into_iter().collect();
        list.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        println!("20 most common kinds of miss (not first), fit half: titles, people");
        for (k, (n, p)) in list.iter().take(20) {
            println!("  {n:5} {p:6}  {k}");
        }
    }
    t
}

/// The fit half's evidence (see `--evidence`): a line of unit codes, then one line per title:
/// wanted codes, people, `bucket:value` features, then the word matcher's and the letters' evidence
/// and the exact-title flags, one per unit group in that order.
fn write_evidence(en: &Index, cases: &[Case], out: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::io::BufWriter::new(std::fs::File::create(out)?);
    let list = |v: &[f32]| {
        v.iter()
            .map(|x| format!("{x:.4}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    writeln!(f, "{}", en.blend_evidence("cook").codes.join(","))?;
    for c in cases.iter().filter(|c| !c.check) {
        let e = en.blend_evidence(&c.title);
        let features: Vec<String> = e
            .features
            .iter()
            .map(|(b, v)| format!("{b}:{v:.5}"))
            .collect();
        let exact: String = e.exact.iter().map(|x| if *x { '1' } else { '0' }).collect();
        writeln!(
            f,
            "{}\t{}\t{}\t{}\t{}\t{exact}",
            c.want.join(","),
            c.people,
            features.join(" "),
            list(&e.engine),
            list(&e.chars)
        )?;
    }
    f.flush()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let value = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("REAL_TITLES").map_or_else(
        || root.join("../shared/data/real-titles/survey-titles-tuning.tsv"),
        PathBuf::from,
    );
    let Some(cases) = cases(&path) else {
        println!("real titles: skipped ({} is absent)", path.display());
        return;
    };
    let models = value("--models").map_or_else(|| root.join("data/search"), PathBuf::from);
    let mut en = Index::build(common::docs(common::Lang::En), common::successors());
    let mut fr = Index::build(common::docs(common::Lang::Fr), common::successors());
    if !flag("--no-model") {
        if let Some(m) = load_model(&models, "en") {
            en = en.with_model(m);
        }
        if let Some(m) = load_model(&models, "fr") {
            fr = fr.with_model(m);
        }
    }
    if let Some(b) = value("--blend") {
        let v: Vec<f32> = b.split(',').map(|x| x.parse().unwrap()).collect();
        let blend = noc_search::Blend {
            engine: v[0],
            floor: v[1],
        };
        en.set_blend(blend);
        fr.set_blend(blend);
    }
    if let Some(w) = value("--chars") {
        en.set_char_weight(w.parse().unwrap());
        fr.set_char_weight(w.parse().unwrap());
    }
    if let Some(out) = value("--evidence") {
        write_evidence(&en, &cases, &out).unwrap_or_else(|e| panic!("{out}: {e}"));
        return;
    }
    let t = run(&en, &fr, &cases, flag("--failures"));
    println!(
        "ours (model: {}) fit half   ({} titles, {} people): {}",
        en.has_model(),
        t[0].n,
        t[0].people,
        t[0].line()
    );
    // The check half is measured, not tuned on: shown only when asked for.
    if flag("--check") {
        println!(
            "ours (model: {}) check half ({} titles, {} people): {}",
            en.has_model(),
            t[1].n,
            t[1].people,
            t[1].line()
        );
    }
    let mut json = format!(
        "{{\"ours\":{{\"fit\":{},\"check\":{}}}",
        t[0].json(),
        t[1].json()
    );
    if flag("--ablate") {
        json.push_str(",\"ablation\":{");
        let base = Rules::default();
        let variants: [(&str, Rules); 7] = [
            ("head word on", Rules { head: true, ..base }),
            (
                "dash/parenthesis/at context on",
                Rules {
                    context: true,
                    ..base
                },
            ),
            (
                "two-role splitting off",
                Rules {
                    roles: false,
                    ..base
                },
            ),
            (
                "filler words off",
                Rules {
                    fillers: false,
                    ..base
                },
            ),
            (
                "exact index title bonus off",
                Rules {
                    exact: false,
                    ..base
                },
            ),
            (
                "letter (character n-gram) similarity off",
                Rules {
                    chars: false,
                    ..base
                },
            ),
            (
                "fitted model off",
                Rules {
                    model: false,
                    ..base
                },
            ),
        ];
        for (i, (name, rules)) in variants.iter().enumerate() {
            en.set_rules(*rules);
            fr.set_rules(*rules);
            let t = run(&en, &fr, &cases, false);
            if flag("--check") {
                println!("  {name}: fit {} | check {}", t[0].line(), t[1].line());
            } else {
                println!("  {name}: fit {}", t[0].line());
            }
            if i > 0 {
                json.push(',');
            }
            json.push_str(&format!(
                "\"{name}\":{{\"fit\":{},\"check\":{}}}",
                t[0].json(),
                t[1].json()
            ));
        }
        en.set_rules(base);
        fr.set_rules(base);
        json.push('}');
    }
    json.push('}');
    if let Some(out) = value("--json") {
        std::fs::write(out, json + "\n").unwrap();
    }
}
