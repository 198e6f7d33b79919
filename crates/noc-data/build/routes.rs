//! Routes to permanent residence (`data/routes/*.toml`, one file per program or stream): read,
//! validated and turned into `RouteProgram`s. Any problem stops the build with the file and the line
//! ("data/routes/bc-pnp-care-health.toml:14: 99999 is not a NOC 2021 unit group"), so a malformed
//! file never reaches a reader. `crates/noc-data/tests/routes_validate.rs` runs the same code on bad
//! fixtures. The format is documented in docs/updating.md.

use crate::routes_model::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;
use toml::Spanned;

const PROVINCES: [&str; 13] = [
    "NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    en: Spanned<String>,
    fr: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    teer: Vec<Spanned<i64>>,
    clb: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: Spanned<String>,
    jurisdiction: Spanned<String>,
    provinces: Spanned<Vec<Spanned<String>>>,
    program: Spanned<RawNames>,
    stream: Option<Spanned<RawNames>>,
    list: Option<Spanned<RawNames>>,
    status: Spanned<String>,
    status_date: Spanned<String>,
    decides_by: Spanned<String>,
    teer: Option<Spanned<Vec<Spanned<i64>>>>,
    categories: Option<Spanned<Vec<Spanned<i64>>>>,
    #[serde(default)]
    conditions: Vec<Spanned<String>>,
    language: Option<Vec<Spanned<RawLanguage>>>,
    french: Option<Spanned<i64>>,
    url: Spanned<String>,
    source_date: Spanned<String>,
    read_date: Spanned<String>,
    confidence: Spanned<String>,
    /// Where the list was checked against the official page's text (crawl file and lines).
    #[allow(dead_code)]
    checked_against: Option<String>,
    codes: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Reads every `*.toml` of `dir` in name order (`read` gets the file name and returns its text: the
/// build folds each file into the build id). `units` are the 516 unit-group codes.
pub fn load_dir(
    dir: &Path,
    units: &BTreeSet<String>,
    read: &mut dyn FnMut(&str) -> String,
) -> Result<Vec<RouteProgram>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("{}: no program files (*.toml)", dir.display()));
    }
    let mut out = Vec::new();
    for name in names {
        let text = read(&name);
        out.push(parse_file(&name, &text, units)?);
    }
    Ok(out)
}

/// Line (1-based) of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses and validates one file; the error names `data/routes/NAME:LINE`.
pub fn parse_file(
    name: &str,
    text: &str,
    units: &BTreeSet<String>,
) -> Result<RouteProgram, String> {
    let fail = |at: usize, msg: String| format!("data/routes/{name}:{}: {msg}", line_of(text, at));
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| s.start).unwrap_or(0);
        fail(at, e.message().trim().to_string())
    })?;
    let date = |v: &Spanned<String>, field: &str| -> Result<String, String> {
        if valid_date(v.get_ref()) {
            Ok(v.get_ref().clone())
        } else {
            Err(fail(
                v.span().start,
                format!("{field} '{}' is not a date YYYY-MM-DD", v.get_ref()),
            ))
        }
    };
    let names = |v: &Spanned<RawNames>, field: &str| -> Result<Names, String> {
        let n = v.get_ref();
        for (lang, s) in [("en", &n.en), ("fr", &n.fr)] {
            if s.get_ref().trim().is_empty() {
                return Err(fail(s.span().start, format!("{field}.{lang} is empty")));
            }
        }
        Ok(Names {
            en: n.en.get_ref().trim().to_string(),
            fr: n.fr.get_ref().trim().to_string(),
        })
    };
    let small = |v: &Spanned<i64>, field: &str, max: i64| -> Result<u8, String> {
        let n = *v.get_ref();
        if (0..=max).contains(&n) {
            Ok(n as u8)
        } else {
            Err(fail(
                v.span().start,
                format!("{field} {n} is outside 0–{max}"),
            ))
        }
    };

    let stem = name.strip_suffix(".toml").unwrap_or(name);
    if raw.id.get_ref() != stem {
        return Err(fail(
            raw.id.span().start,
            format!(
                "id '{}' differs from the file name '{stem}'",
                raw.id.get_ref()
            ),
        ));
    }
    let jurisdiction = raw.jurisdiction.get_ref().clone();
    if jurisdiction != "FED" && !PROVINCES.contains(&jurisdiction.as_str()) {
        return Err(fail(
            raw.jurisdiction.span().start,
            format!("jurisdiction '{jurisdiction}' is not FED or a province or territory code (NL … NU)"),
        ));
    }
    let mut provinces = Vec::new();
    for p in raw.provinces.get_ref() {
        if !PROVINCES.contains(&p.get_ref().as_str()) {
            return Err(fail(
                p.span().start,
                format!(
                    "province '{}' is not a province or territory code",
                    p.get_ref()
                ),
            ));
        }
        provinces.push(p.get_ref().clone());
    }
    if provinces.is_empty() {
        return Err(fail(
            raw.provinces.span().start,
            "provinces is empty".into(),
        ));
    }
    if jurisdiction != "FED" && provinces != [jurisdiction.clone()] {
        return Err(fail(
            raw.provinces.span().start,
            format!(
                "a provincial program leads to its own province: provinces = [\"{jurisdiction}\"]"
            ),
        ));
    }
    let status: RouteStatus = enum_at(name, text, &raw.status, "status", "open, paused, closed")?;
    let decides_by: DecidesBy = enum_at(
        name,
        text,
        &raw.decides_by,
        "decides_by",
        "named, teer, teer-except, not-considered",
    )?;
    let confidence: RouteConfidence = enum_at(
        name,
        text,
        &raw.confidence,
        "confidence",
        "official-list, official-rule, compiled",
    )?;
    let mut conditions = Vec::new();
    for c in &raw.conditions {
        conditions.push(enum_at(
            name,
            text,
            c,
            "condition",
            "the conditions listed in docs/updating.md",
        )?);
    }
    let status_date = date(&raw.status_date, "status_date")?;
    let source_date = date(&raw.source_date, "source_date")?;
    let read_date = date(&raw.read_date, "read_date")?;
    if source_date > read_date {
        return Err(fail(
            raw.source_date.span().start,
            format!("source_date {source_date} is after read_date {read_date}"),
        ));
    }
    let url = raw.url.get_ref().trim().to_string();
    if !url.starts_with("https://") || url.len() < 12 || url.contains(char::is_whitespace) {
        return Err(fail(
            raw.url.span().start,
            format!("url '{url}' is not an https:// address"),
        ));
    }

    let uses_teer = matches!(decides_by, DecidesBy::Teer | DecidesBy::TeerExcept);
    let uses_codes = !matches!(decides_by, DecidesBy::Teer);
    let mut teer = Vec::new();
    match (&raw.teer, uses_teer) {
        (Some(t), true) => {
            for v in t.get_ref() {
                teer.push(small(v, "TEER", 5)?);
            }
            if teer.is_empty() {
                return Err(fail(t.span().start, "teer is empty".into()));
            }
        }
        (None, true) => {
            return Err(fail(
                raw.decides_by.span().start,
                "decides_by = \"teer\" or \"teer-except\" needs teer = [...]".into(),
            ))
        }
        (Some(t), false) => {
            return Err(fail(
                t.span().start,
                "teer is only for decides_by = \"teer\" or \"teer-except\"".into(),
            ))
        }
        (None, false) => {}
    }
    let mut categories = Vec::new();
    if let Some(c) = &raw.categories {
        for v in c.get_ref() {
            categories.push(small(v, "broad category", 9)?);
        }
    }
    let mut codes = Vec::new();
    match (&raw.codes, uses_codes) {
        (Some(list), true) => {
            for c in list.get_ref() {
                let code = c.get_ref();
                if !units.contains(code) {
                    return Err(fail(
                        c.span().start,
                        format!("{code} is not a NOC 2021 unit group"),
                    ));
                }
                if codes.contains(code) {
                    return Err(fail(c.span().start, format!("{code} is listed twice")));
                }
                codes.push(code.clone());
            }
            if codes.is_empty() {
                return Err(fail(list.span().start, "codes is empty".into()));
            }
        }
        (None, true) => {
            return Err(fail(
                raw.decides_by.span().start,
                format!("decides_by = \"{}\" needs codes = [...]", raw.decides_by.get_ref()),
            ))
        }
        (Some(list), false) => {
            return Err(fail(
                list.span().start,
                "codes are not used by decides_by = \"teer\" (use \"teer-except\" for an exclusion list)".into(),
            ))
        }
        (None, false) => {}
    }
    codes.sort();
    if uses_codes && raw.list.is_none() {
        return Err(fail(
            raw.decides_by.span().start,
            "a program with codes needs the list's name: list = { en = \"…\", fr = \"…\" }".into(),
        ));
    }
    let mut language = Vec::new();
    for l in raw.language.iter().flatten() {
        let mut levels = Vec::new();
        for t in &l.get_ref().teer {
            levels.push(small(t, "TEER", 5)?);
        }
        let clb = small(&l.get_ref().clb, "CLB", 12)?;
        if clb == 0 || levels.is_empty() {
            return Err(fail(
                l.span().start,
                "a language rule needs TEER levels and a CLB of 1–12".into(),
            ));
        }
        language.push(LanguageRule { teer: levels, clb });
    }
    let french = match &raw.french {
        Some(v) => match small(v, "NCLC", 12)? {
            0 => return Err(fail(v.span().start, "NCLC 0 is not a level".into())),
            n => Some(n),
        },
        None => None,
    };

    Ok(RouteProgram {
        info: RouteInfo {
            id: stem.to_string(),
            jurisdiction,
            provinces,
            program: names(&raw.program, "program")?,
            stream: raw
                .stream
                .as_ref()
                .map(|s| names(s, "stream"))
                .transpose()?,
            list: raw.list.as_ref().map(|s| names(s, "list")).transpose()?,
            status,
            status_date,
            decides_by,
            conditions,
            french,
            url,
            source_date,
            read_date,
            confidence,
        },
        teer,
        categories,
        language,
        codes,
    })
}

/// A kebab-case enum value of field `field`, or the error naming the file and line.
fn enum_at<T: DeserializeOwned>(
    name: &str,
    text: &str,
    v: &Spanned<String>,
    field: &str,
    allowed: &str,
) -> Result<T, String> {
    parse_enum(v.get_ref()).ok_or_else(|| {
        format!(
            "data/routes/{name}:{}: {field} '{}' is not one of {allowed}",
            line_of(text, v.span().start),
            v.get_ref()
        )
    })
}

/// A kebab-case enum value (as serde names it) from its string.
fn parse_enum<T: DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// YYYY-MM-DD with a real month and day.
fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (2000..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]
}
