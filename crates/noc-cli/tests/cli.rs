//! The `noc` binary as a user runs it: help and usage, exit codes, and no flag taken as a value.
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn noc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_noc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run noc")
}

fn noc(args: &[&str]) -> Output {
    noc_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh empty directory for commands that could write files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("noc-cli-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_prints_usage_of_every_command_and_exits_0() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let out = noc(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = text(&out.stdout);
        assert!(help.contains("Usage: noc"), "{help}");
        for command in ["show", "search", "assess", "export-data"] {
            assert!(help.contains(command), "{args:?} lists {command}: {help}");
        }
    }
    let out = noc(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("noc "));
}

#[test]
fn each_command_has_help_naming_its_flags() {
    let commands: [(&str, &[&str]); 4] = [
        ("show", &["CODE", "--lang", "--json"]),
        (
            "search",
            &["QUERY", "--lang", "--limit", "--json", "--duties"],
        ),
        ("assess", &["--pretty"]),
        ("export-data", &["DIR", "--no-compress"]),
    ];
    for (command, flags) in commands {
        for help in ["--help", "-h"] {
            let dir = scratch(&format!("help-{command}"));
            let out = noc_in(&dir, &[command, help]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "noc {command} {help}: {}",
                text(&out.stderr)
            );
            let usage = text(&out.stdout);
            assert!(usage.contains(&format!("Usage: noc {command}")), "{usage}");
            for flag in flags {
                assert!(
                    usage.contains(flag),
                    "noc {command} --help names {flag}: {usage}"
                );
            }
            // `noc export-data --help` once wrote the data into a directory named `--help`.
            assert_eq!(
                std::fs::read_dir(&dir).unwrap().count(),
                0,
                "noc {command} {help} wrote files"
            );
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
    let out = noc(&["help", "search"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("Usage: noc search"));
}

#[test]
fn usage_errors_print_usage_and_exit_2() {
    let cases: [&[&str]; 13] = [
        &[],
        &["frobnicate"],
        &["--colour"],
        &["show"],
        &["show", "22220", "--colour"],
        &["show", "22220", "22221"],
        &["show", "22220", "--lang", "de"],
        &["search"],
        &["search", "cook", "--limit", "0"],
        &["search", "cook", "--limit", "ten"],
        &["search", ""],
        &["assess", "--pretty=yes"],
        &["export-data"],
    ];
    for args in cases {
        let out = noc(args);
        assert_eq!(out.status.code(), Some(2), "noc {args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("Usage: noc"), "noc {args:?}: {err}");
        assert!(out.stdout.is_empty(), "noc {args:?} printed to stdout");
    }
    let err = text(&noc(&["show", "22220", "--lang", "de"]).stderr);
    assert!(
        err.contains("--lang") && err.contains("'de' is not en or fr"),
        "{err}"
    );
}

#[test]
fn no_flag_is_taken_as_a_value() {
    for args in [
        &["show", "--lang", "--json", "22220"][..],
        &["search", "cook", "--limit", "--json"],
        &["search", "cook", "--lang", "--duties"],
    ] {
        let out = noc(args);
        assert_eq!(out.status.code(), Some(2), "noc {args:?}");
        assert!(
            text(&out.stderr).contains("a value is required"),
            "{}",
            text(&out.stderr)
        );
    }
    // A directory really named like a flag needs `--`.
    let dir = scratch("dash");
    let out = noc_in(&dir, &["export-data", "--no-compress", "--", "--odd"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(dir.join("--odd").is_dir());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn commands_still_work_with_every_flag_spelling() {
    let out = noc(&["show", "22220", "--json", "--lang=fr"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "22220");
    assert_eq!(
        v["title"],
        "Techniciens/techniciennes de réseau informatique et Web"
    );
    assert_eq!(
        noc(&["show", "22229"]).status.code(),
        Some(1),
        "unknown code: 1"
    );
    let out = noc(&["search", "--limit", "3", "web", "developer", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["query"], "web developer");
    assert!(v["hits"]
        .as_array()
        .is_some_and(|h| !h.is_empty() && h.len() <= 3));
}

#[test]
fn search_explain_shows_each_query_word_its_title_word_and_weight() {
    let out = noc(&[
        "search",
        "Sr. RN - long term care",
        "--explain",
        "--limit",
        "2",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.starts_with("31301"), "{s}");
    // "RN" is read as "registered nurse", "Sr." is a filler.
    assert!(
        s.contains("registered") && s.contains("-> \"nurse\""),
        "{s}"
    );
    // The head-word and context rules are off (bench/REPORT.md's ablation), so no word is marked
    // " head" or " context".
    assert!(
        s.contains("weight") && !s.contains(" context") && !s.contains(" head"),
        "{s}"
    );
    assert!(!s.contains("sr "), "{s}");
    // The blend's parts: the fitted model, the word matcher and the letters' similarity.
    assert!(
        s.contains("fitted model") && s.contains("x words") && s.contains("x letters 0."),
        "{s}"
    );
}
