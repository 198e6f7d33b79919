//! The routes validator (build/routes.rs) on fixtures: a malformed file stops the build with the
//! file and the line, so it never reaches a reader; the project's own files all pass.

#[path = "../build/routes.rs"]
mod routes;
#[path = "../src/routes_model.rs"]
#[allow(dead_code)]
mod routes_model;

use std::collections::BTreeSet;

const GOOD: &str = include_str!("fixtures/routes/good.toml");

fn units() -> BTreeSet<String> {
    ["31301", "31102", "44101", "21231"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// The error for `good.toml` with `from` replaced by `to` (as file `good.toml`).
fn error_with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "fixture has {from:?}");
    let text = GOOD.replacen(from, to, 1);
    routes::parse_file("good.toml", &text, &units()).expect_err("should be rejected")
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn the_good_fixture_passes() {
    let p = routes::parse_file("good.toml", GOOD, &units()).unwrap();
    assert_eq!(p.codes, ["31102", "31301"]);
    assert_eq!(
        p.info.confidence,
        routes_model::RouteConfidence::OfficialList
    );
}

#[test]
fn an_unknown_code_names_the_file_and_line() {
    let e = error_with("  \"31102\",", "  \"99999\",");
    assert_eq!(
        e,
        format!(
            "data/routes/good.toml:{}: 99999 is not a NOC 2021 unit group",
            line_of(GOOD, "\"31102\"")
        )
    );
}

#[test]
fn a_teer_outside_0_to_5_names_the_line() {
    let e = error_with(
        "decides_by = \"named\"",
        "decides_by = \"teer-except\"\nteer = [0, 1, 6]",
    );
    assert_eq!(
        e,
        format!(
            "data/routes/good.toml:{}: TEER 6 is outside 0–5",
            line_of(GOOD, "decides_by") + 1
        )
    );
}

#[test]
fn a_missing_url_or_date_is_refused() {
    let e = error_with("url = \"https://www.example.gc.ca/page\"\n", "");
    assert!(e.starts_with("data/routes/good.toml:"), "{e}");
    assert!(e.contains("missing field `url`"), "{e}");
    let e = error_with("read_date = \"2026-06-20\"\n", "");
    assert!(e.contains("missing field `read_date`"), "{e}");
    let e = error_with(
        "source_date = \"2026-04-23\"",
        "source_date = \"2026-13-01\"",
    );
    assert_eq!(
        e,
        format!(
            "data/routes/good.toml:{}: source_date '2026-13-01' is not a date YYYY-MM-DD",
            line_of(GOOD, "source_date")
        )
    );
    let e = error_with("url = \"https://www.example.gc.ca/page\"", "url = \"\"");
    assert!(
        e.contains(&format!("good.toml:{}: url", line_of(GOOD, "url ="))),
        "{e}"
    );
}

#[test]
fn other_mistakes_name_the_line() {
    for (from, to, needle, says) in [
        (
            "status = \"open\"",
            "status = \"opened\"",
            "status =",
            "status 'opened' is not one of",
        ),
        (
            "conditions = [\"job-offer\"]",
            "conditions = [\"job offer\"]",
            "conditions",
            "condition 'job offer'",
        ),
        (
            "confidence = \"official-list\"",
            "confidence = \"sure\"",
            "confidence",
            "confidence 'sure'",
        ),
        (
            "jurisdiction = \"BC\"",
            "jurisdiction = \"XX\"",
            "jurisdiction",
            "jurisdiction 'XX'",
        ),
        (
            "id = \"good\"",
            "id = \"other\"",
            "id =",
            "differs from the file name",
        ),
        (
            "  \"31102\",",
            "  \"31301\",",
            "\"31102\"",
            "31301 is listed twice",
        ),
        (
            "read_date = \"2026-06-20\"",
            "read_date = \"2026-01-01\"",
            "source_date",
            "is after read_date",
        ),
    ] {
        let e = error_with(from, to);
        let line = line_of(GOOD, needle);
        assert!(
            e.starts_with(&format!("data/routes/good.toml:{line}: ")) && e.contains(says),
            "{from} -> {to}: {e}"
        );
    }
    // Not TOML at all: the parser's own message, still with the line.
    let e = error_with("status = \"open\"", "status = open");
    assert!(
        e.starts_with(&format!(
            "data/routes/good.toml:{}: ",
            line_of(GOOD, "status =")
        )),
        "{e}"
    );
    // A field the format does not know.
    let e = error_with("status = \"open\"", "status = \"open\"\nstatuz = \"x\"");
    assert!(e.contains("unknown field `statuz`"), "{e}");
}

#[test]
fn a_rule_and_its_list_must_agree() {
    let e = error_with(
        "decides_by = \"named\"",
        "decides_by = \"teer\"\nteer = [1]",
    );
    assert!(
        e.contains("codes are not used by decides_by = \"teer\""),
        "{e}"
    );
    let e = error_with("decides_by = \"named\"", "decides_by = \"teer-except\"");
    assert!(e.contains("needs teer = [...]"), "{e}");
}

/// Every file the project ships passes (the build runs the same code; this names the failure
/// without a rebuild).
#[test]
fn the_project_files_pass() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/routes");
    let structure = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/noc2021/noc_2021_version_1.0_-_classification_structure.csv"),
    )
    .unwrap();
    let units: BTreeSet<String> = structure
        .lines()
        .filter_map(|l| l.split(',').nth(2))
        .map(|c| c.trim().to_string())
        .filter(|c| c.len() == 5 && c.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    assert_eq!(units.len(), 516);
    let programs = routes::load_dir(&dir, &units, &mut |name| {
        std::fs::read_to_string(dir.join(name)).unwrap()
    })
    .unwrap();
    assert_eq!(programs.len(), 51);
}
