//! `noc search QUERY [--lang en|fr] [--limit N] [--json] [--duties] [--explain]`: the widget's search on the
//! command line. Titles of both languages are searched; `--lang` picks the language of the
//! unit-group titles shown (and of the duties searched with `--duties`).

use std::io::Write as _;

use noc_data::{Lang, Store};
use noc_search::{DocKind, DutyHit, DutyIndex, Hit, HitKind, Index};
use serde::Serialize;

const DEFAULT_LIMIT: usize = 10;
const MAX_LIMIT: usize = 516;

/// `noc search QUERY [--lang en|fr] [--limit N] [--json] [--duties]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words of a title, a NOC 2021 or 2016 code, or (with --duties) a task; several words are joined.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Language of the titles shown (and of the duties searched with --duties).
    #[arg(long, value_name = "en|fr", default_value = "en", value_parser = crate::lang_arg)]
    pub lang: Lang,
    /// Most results to show (1 to 516).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT, value_parser = limit_arg)]
    pub limit: usize,
    /// Print the results as JSON.
    #[arg(long)]
    pub json: bool,
    /// Search the main duties instead of the titles.
    #[arg(long)]
    pub duties: bool,
    /// Under each title result, show which query words matched which title words, with what weight.
    #[arg(long)]
    pub explain: bool,
}

fn limit_arg(v: &str) -> Result<usize, String> {
    match v.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(format!("'{v}' is not a whole number from 1 to {MAX_LIMIT}")),
    }
}

#[derive(Debug)]
struct Options {
    query: String,
    lang: Lang,
    limit: usize,
    json: bool,
    duties: bool,
    explain: bool,
}

fn options(args: &Args) -> Result<Options, String> {
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        return Err("missing QUERY".into());
    }
    Ok(Options {
        query,
        lang: args.lang,
        limit: args.limit,
        json: args.json,
        duties: args.duties,
        explain: args.explain,
    })
}

pub fn run(args: &Args) -> i32 {
    let opts = match options(args) {
        Ok(o) => o,
        Err(e) => {
            return crate::usage_error("search", &e);
        }
    };
    let store = Store::bundled();
    let (text, found) = if opts.duties {
        duties(&store, &opts)
    } else {
        titles(&store, &opts)
    };
    // A closed pipe (`noc search … | head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if found {
        0
    } else {
        1
    }
}

/// The title indexes the widget uses for a page in `lang`: its own language's (with its fitted
/// ranker) and the other language's, asked when the own results are weak.
pub fn title_indexes(store: &Store, lang: Lang) -> (Index, Index) {
    let other = if lang == Lang::En { Lang::Fr } else { Lang::En };
    (store.search_index(lang), store.search_index(other))
}

#[derive(Serialize)]
struct JsonHit<'a> {
    code: &'a str,
    title: String,
    matched: &'a str,
    kind: &'a HitKind,
    score: f32,
}

#[derive(Serialize)]
struct JsonTitles<'a> {
    query: &'a str,
    lang: Lang,
    hits: Vec<JsonHit<'a>>,
    did_you_mean: Vec<JsonHit<'a>>,
}

/// Pretty JSON; a serialisation failure is reported, never printed as an empty document.
fn to_json(value: &impl Serialize, found: bool) -> (String, bool) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => (s + "\n", found),
        Err(e) => {
            eprintln!("noc search: could not write JSON: {e}");
            (String::new(), false)
        }
    }
}

fn json_hit(h: &Hit, title: String) -> JsonHit<'_> {
    JsonHit {
        code: &h.code,
        title,
        matched: &h.matched,
        kind: &h.kind,
        score: h.score,
    }
}

fn titles(store: &Store, opts: &Options) -> (String, bool) {
    let (index, other) = title_indexes(store, opts.lang);
    // The same call as `<noc-search>` and `NocWidget.search`: one ranking everywhere.
    let hits = noc_search::search_with_fallback(&index, Some(&other), &opts.query, opts.limit);
    let suggestions = if hits.is_empty() {
        index.did_you_mean(&opts.query)
    } else {
        Vec::new()
    };
    let title = |code: &str| store.title(code, opts.lang).unwrap_or_default();
    let found = !hits.is_empty();
    if opts.json {
        let out = JsonTitles {
            query: &opts.query,
            lang: opts.lang,
            hits: hits.iter().map(|h| json_hit(h, title(&h.code))).collect(),
            did_you_mean: suggestions
                .iter()
                .map(|h| json_hit(h, title(&h.code)))
                .collect(),
        };
        return to_json(&out, found);
    }
    let w = Words::of(opts.lang);
    let mut out = String::new();
    if hits.is_empty() {
        out.push_str(&format!("{} ({})\n", w.0.no_results, opts.query));
        if !suggestions.is_empty() {
            out.push_str(w.0.did_you_mean);
            out.push('\n');
            for h in &suggestions {
                out.push_str(&render_hit(h, &title(&h.code), &w));
            }
        }
        return (out, false);
    }
    for h in &hits {
        out.push_str(&render_hit(h, &title(&h.code), &w));
        if opts.explain {
            out.push_str(&format!("       score {:.1}\n", h.score));
            if matches!(h.kind, HitKind::Title(_)) {
                // A hit from the other language's titles is explained by that index.
                let ix = if index.has_title(&h.code, &h.matched) {
                    &index
                } else {
                    &other
                };
                if let Some(m) = ix.explain_model(&opts.query, &h.code) {
                    out.push_str(&format!(
                        "       fitted model {:.2} (prior {:.2}) + {:.2} x words {:.2} + {:.2} x letters {:.2}\n",
                        m.model, m.bias, m.engine_weight, m.engine, m.chars_weight, m.chars
                    ));
                    for f in &m.features {
                        out.push_str(&format!(
                            "         {:<28} {:+.3}\n",
                            f.feature, f.contribution
                        ));
                    }
                }
                for e in ix.explain(&opts.query, &h.matched) {
                    let role = match (e.head, e.context) {
                        (true, _) => " head",
                        (_, true) => " context",
                        _ => "",
                    };
                    let matched = e
                        .title_word
                        .as_deref()
                        .map_or("-".to_string(), |t| format!("\"{t}\""));
                    out.push_str(&format!(
                        "         {:<28} -> {:<20} {:<9} weight {:5.1}{role}\n",
                        e.query, matched, e.how, e.weight
                    ));
                }
            }
        }
    }
    (out, found)
}

fn render_hit(h: &Hit, title: &str, w: &Words) -> String {
    let tx = w.0;
    let why = match &h.kind {
        HitKind::Code2021 => format!("{} {}", tx.kind_code, h.matched),
        HitKind::Code2016 { code2016, change } => {
            format!(
                "{} — {}",
                h.matched,
                noc_text::search::from_2016(w.1, code2016, change)
            )
        }
        HitKind::Title(kind) => format!("{} ({})", h.matched, w.kind(*kind)),
    };
    format!("{}  {title}\n       {why}\n", h.code)
}

#[derive(Serialize)]
struct JsonDuties<'a> {
    query: &'a str,
    lang: Lang,
    hits: Vec<JsonDutyHit<'a>>,
}

#[derive(Serialize)]
struct JsonDutyHit<'a> {
    title: String,
    #[serde(flatten)]
    hit: &'a DutyHit,
}

fn duties(store: &Store, opts: &Options) -> (String, bool) {
    let index = DutyIndex::build(store.duties(opts.lang));
    let hits = index.search(&opts.query, opts.limit);
    let title = |code: &str| store.title(code, opts.lang).unwrap_or_default();
    let found = !hits.is_empty();
    if opts.json {
        let out = JsonDuties {
            query: &opts.query,
            lang: opts.lang,
            hits: hits
                .iter()
                .map(|h| JsonDutyHit {
                    title: title(&h.code),
                    hit: h,
                })
                .collect(),
        };
        return to_json(&out, found);
    }
    let w = Words::of(opts.lang);
    if hits.is_empty() {
        return (format!("{} ({})\n", w.0.no_results, opts.query), false);
    }
    let mut out = String::new();
    for h in &hits {
        out.push_str(&format!(
            "{}  {}  ({:.1})\n",
            h.code,
            title(&h.code),
            h.score
        ));
        for m in h.matched.iter().take(3) {
            out.push_str(&format!("       - {}\n", mark(&m.text, &m.spans)));
        }
    }
    (out, true)
}

/// The duty with its matched words in *stars* (terminal-neutral highlighting).
fn mark(text: &str, spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + spans.len() * 2);
    let mut at = 0;
    for (s, e) in spans {
        out.push_str(&text[at..*s]);
        out.push('*');
        out.push_str(&text[*s..*e]);
        out.push('*');
        at = *e;
    }
    out.push_str(&text[at..]);
    out
}

/// The search's words, shared with `<noc-search>` (`noc_text::search`).
struct Words(&'static noc_text::search::SearchText, noc_data::Lang);

impl Words {
    fn of(lang: Lang) -> Words {
        Words(noc_text::search::text(lang), lang)
    }

    fn kind(&self, kind: DocKind) -> &'static str {
        match kind {
            DocKind::UnitGroup => self.0.kind_unit_group,
            DocKind::Illustrative => self.0.kind_illustrative,
            DocKind::Inclusion => self.0.kind_inclusion,
            DocKind::Example => self.0.kind_example,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `noc search LIST...` parsed as the binary parses it; usage errors as their message.
    fn parse(list: &[&str]) -> Result<Options, String> {
        match crate::parse_from(["noc", "search"].iter().chain(list)) {
            Ok(crate::Cli {
                command: crate::Command::Search(args),
            }) => options(&args),
            Ok(other) => panic!("parsed as {other:?}"),
            Err(e) => Err(e.to_string()),
        }
    }

    fn args<'a>(list: &[&'a str]) -> Vec<&'a str> {
        list.to_vec()
    }

    #[test]
    fn parses_options_and_joins_query_words() {
        let o = parse(&args(&[
            "web",
            "developer",
            "--lang",
            "fr",
            "--limit=3",
            "--json",
        ]))
        .unwrap();
        assert_eq!(
            (o.query.as_str(), o.lang, o.limit, o.json, o.duties),
            ("web developer", Lang::Fr, 3, true, false)
        );
        assert!(parse(&args(&["--duties", "cook", "meals"])).unwrap().duties);
    }

    #[test]
    fn rejects_bad_options_with_the_field_named() {
        assert!(parse(&args(&["x", "--limit", "0"]))
            .unwrap_err()
            .contains("--limit"));
        assert!(parse(&args(&["x", "--limit", "ten"]))
            .unwrap_err()
            .contains("--limit"));
        assert!(parse(&args(&["x", "--lang", "de"]))
            .unwrap_err()
            .contains("--lang"));
        assert!(parse(&args(&["x", "--lang"]))
            .unwrap_err()
            .contains("--lang"));
        assert!(parse(&args(&["--json"])).unwrap_err().contains("QUERY"));
        assert!(parse(&args(&["x", "--colour"]))
            .unwrap_err()
            .contains("--colour"));
    }

    #[test]
    fn finds_2281_through_the_concordance_and_suggests_near_codes() {
        let store = Store::bundled();
        let o = parse(&args(&["2281"])).unwrap();
        let (text, found) = titles(&store, &o);
        assert!(found);
        assert!(
            text.starts_with("22220  Computer network and web technicians"),
            "{text}"
        );
        assert!(
            text.contains("2281 Computer network technicians — NOC 2016 code 2281 → this group"),
            "{text}"
        );

        let o = parse(&args(&["22229", "--lang", "fr"])).unwrap();
        let (text, found) = titles(&store, &o);
        assert!(!found);
        assert!(
            text.contains("Vouliez-vous dire") && text.contains("22220"),
            "{text}"
        );
    }

    #[test]
    fn duty_search_marks_matched_words() {
        let store = Store::bundled();
        let o = parse(&args(&["--duties", "install computer networks"])).unwrap();
        let (text, found) = duties(&store, &o);
        assert!(found);
        assert!(
            text.contains("*networks*") || text.contains("*network*"),
            "{text}"
        );
        assert_eq!(mark("ab cd", &[(3, 5)]), "ab *cd*");
    }

    #[test]
    fn json_output_names_the_kind_of_match() {
        let store = Store::bundled();
        let (text, _) = titles(&store, &parse(&args(&["2281", "--json"])).unwrap());
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["hits"][0]["code"], "22220");
        assert_eq!(v["hits"][0]["kind"]["type"], "code2016");
        assert_eq!(v["hits"][0]["kind"]["code2016"], "2281");
        let (text, _) = titles(
            &store,
            &parse(&args(&["web technician", "--json"])).unwrap(),
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["hits"][0]["kind"]["type"], "title");
        assert!(v["hits"][0]["kind"]["title_kind"].is_string(), "{text}");
        let (text, _) = duties(
            &store,
            &parse(&args(&[
                "--duties",
                "--json",
                "--lang",
                "fr",
                "réparer des ordinateurs",
            ]))
            .unwrap(),
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(v["hits"][0]["matched"][0]["spans"].is_array(), "{text}");
    }
}
