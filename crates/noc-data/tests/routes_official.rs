//! Each `official-list` file of data/routes against the official page's text: the codes on the
//! lines its `checked_against` cites (a crawl file of the official page and a line range) must be
//! exactly the file's codes. The crawls are not part of the project (no licence to ship them):
//! set `NOC_ROUTES_SOURCES` to the folder that holds them (`…/pnp-job-tracker`, with `policy/`);
//! without it this test says so and passes. Results are written down in data/routes/PROVENANCE.md.

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

#[test]
fn official_lists_equal_the_lines_they_cite() {
    let Some(sources) = std::env::var_os("NOC_ROUTES_SOURCES").map(PathBuf::from) else {
        eprintln!("NOC_ROUTES_SOURCES not set: official-text check skipped");
        return;
    };
    let mut checked = 0;
    let mut names: Vec<_> = std::fs::read_dir(routes_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();
    for path in names {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if v.get("confidence").and_then(|c| c.as_str()) != Some("official-list") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let cite = v["checked_against"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: an official list cites the lines it was read from"));
        let (file, lines) = cite.rsplit_once(':').expect("path:lines");
        let (a, b) = match lines.split_once('-') {
            Some((a, b)) => (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()),
            None => (lines.parse().unwrap(), lines.parse().unwrap()),
        };
        let page = std::fs::read_to_string(sources.join(file))
            .unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
        let cited: Vec<&str> = page.lines().skip(a - 1).take(b + 1 - a).collect();
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
