//! Each `official-list` file of data/routes against the official page's text: the codes on the
//! lines its `checked_against` cites (a crawl file of the official page and a line range) must be
//! exactly the file's codes. The crawls are not part of the project (no licence to ship them):
//! set `NOC_ROUTES_SOURCES` to the folder that holds them (`…/pnp-job-tracker`, with `policy/`);
//! without it this test says so and passes. Results are written down in data/routes/PROVENANCE.md.
//! Each `official-rule` file that cites lines is held to them too: every TEER level it encodes must be
//! one the cited text gives after the word "TEER".

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn routes_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/routes")
}

/// Five-digit runs that stand alone (not part of a longer number, word, URL query or id).
fn codes_in(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 5 <= b.len() {
        let run = b[i..i + 5].iter().all(u8::is_ascii_digit);
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + 5).copied();
        let url_char = |c: u8| b"-=/?&_.%".contains(&c);
        // A letter may come before a code (one NS line runs "…managers70011 – Home…" together),
        // not after it (hexadecimal ids in links).
        let glued_before = before.is_some_and(|c| c.is_ascii_digit() || url_char(c));
        let glued_after = after.is_some_and(|c| c.is_ascii_alphanumeric() || url_char(c));
        if run && !glued_before && !glued_after {
            out.push(text[i..i + 5].to_string());
            i += 5;
        } else {
            i += 1;
        }
    }
    out
}

/// The lines `cite` ("path:from-to" or "path:line") names in the crawl copies under `sources`.
fn cited_lines(sources: &Path, cite: &str, name: &str) -> Vec<String> {
    let (file, lines) = cite.rsplit_once(':').expect("path:lines");
    let (a, b) = match lines.split_once('-') {
        Some((a, b)) => (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()),
        None => (lines.parse().unwrap(), lines.parse().unwrap()),
    };
    let page = std::fs::read_to_string(sources.join(file))
        .unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
    let cited: Vec<String> = page
        .lines()
        .skip(a - 1)
        .take(b + 1 - a)
        .map(String::from)
        .collect();
    assert_eq!(
        cited.len(),
        b + 1 - a,
        "{name}: {cite} runs past the end of the page"
    );
    cited
}

/// TEER levels a text gives after the word "TEER", up to the end of the clause: "TEER 0, 1, 2 or 3",
/// "TEER levels 0–4" (a range), "TEER \"0\", “1”". Lone digits only (not the 3 of "30 hours").
fn teer_levels_in(text: &str) -> BTreeSet<u8> {
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices("TEER") {
        let clause: String = text[at + 4..]
            .chars()
            .take(60)
            .take_while(|c| !matches!(c, '.' | ';' | '\n' | '('))
            .collect();
        let b: Vec<char> = clause.chars().collect();
        let mut last: Option<u8> = None;
        for i in 0..b.len() {
            let lone = b[i].is_ascii_digit()
                && !i.checked_sub(1).is_some_and(|j| b[j].is_ascii_digit())
                && !b.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !lone {
                continue;
            }
            let d = b[i] as u8 - b'0';
            if d > 5 {
                continue;
            }
            // "0–4": the levels between count too.
            let dash = i >= 2 && matches!(b[i - 1], '–' | '-') && b[i - 2].is_ascii_digit();
            match (dash, last) {
                (true, Some(from)) => out.extend(from..=d),
                _ => {
                    out.insert(d);
                }
            }
            last = Some(d);
        }
    }
    out
}

#[test]
fn official_rules_take_only_the_teer_levels_their_lines_give() {
    let Some(sources) = sources() else { return };
    let mut checked = 0;
    for (name, v) in files_of("official-rule") {
        let Some(cite) = v.get("checked_against").and_then(|c| c.as_str()) else {
            continue;
        };
        let ours: BTreeSet<u8> = v["teer"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_integer().unwrap() as u8)
            .collect();
        let given = teer_levels_in(&cited_lines(&sources, cite, &name).join("\n"));
        if given.is_empty() && v.get("categories").is_some() {
            // A rule by sector (NB Experience): its line names sectors, not TEER levels.
            continue;
        }
        assert!(
            ours.is_subset(&given),
            "{name}: TEER {ours:?}, but {cite} gives {given:?}"
        );
        checked += 1;
    }
    assert_eq!(checked, 12, "official rules checked");
}

#[test]
fn teer_levels_are_read_as_written() {
    assert_eq!(
        teer_levels_in("In a TEER 0, 1, 2, or 3 occupation; thirty (30) hours"),
        (0..=3).collect()
    );
    assert_eq!(
        teer_levels_in("at TEER levels 0–4 only and may be"),
        (0..=4).collect()
    );
    assert_eq!(
        teer_levels_in("- TEER 4; and\n- TEER 5 positions."),
        [4, 5].into()
    );
    assert_eq!(
        teer_levels_in("a minimum of 30 hours in TEER \"2\""),
        [2].into()
    );
    assert!(teer_levels_in("no levels here: 0, 1").is_empty());
}

/// The folder of the crawl copies, or `None` (said on stderr) when `NOC_ROUTES_SOURCES` is not set.
fn sources() -> Option<PathBuf> {
    let sources = std::env::var_os("NOC_ROUTES_SOURCES").map(PathBuf::from);
    if sources.is_none() {
        eprintln!("NOC_ROUTES_SOURCES not set: official-text check skipped");
    }
    sources
}

/// The data/routes files whose `confidence` is `level`, by file name, in name order.
fn files_of(level: &str) -> Vec<(String, toml::Value)> {
    let mut paths: Vec<_> = std::fs::read_dir(routes_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let v: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (path.file_name().unwrap().to_string_lossy().into_owned(), v)
        })
        .filter(|(_, v)| v.get("confidence").and_then(|c| c.as_str()) == Some(level))
        .collect()
}

#[test]
fn official_lists_equal_the_lines_they_cite() {
    let Some(sources) = sources() else { return };
    let mut checked = 0;
    for (name, v) in files_of("official-list") {
        let cite = v["checked_against"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: an official list cites the lines it was read from"));
        let cited = cited_lines(&sources, cite, &name);
        let on_page: BTreeSet<String> = if name.starts_with("nb-") {
            // One long notice line holds both lists; the file's list is the part its name says.
            let line = cited.join("\n");
            let (food, any) = line
                .split_once("regardless of sector")
                .expect("the notice names both lists");
            codes_in(if name.ends_with("-food.toml") {
                food
            } else {
                any
            })
            .into_iter()
            .collect()
        } else {
            cited.iter().flat_map(|l| codes_in(l)).collect()
        };
        let ours: BTreeSet<String> = v["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect();
        assert_eq!(ours, on_page, "{name} against {cite}");
        checked += 1;
    }
    assert_eq!(checked, 20, "official lists checked");
}
