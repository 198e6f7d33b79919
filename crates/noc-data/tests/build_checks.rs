//! The build script's loaders and heuristics, run on small inputs: failures name the file and
//! line; duty grouping and exclusion parsing behave as documented in docs/data.md.

#[path = "../build/duty_groups.rs"]
mod duty_groups;
#[path = "../src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "../src/routes_model.rs"]
#[allow(dead_code)]
mod routes_model;
#[path = "../build/table.rs"]
#[allow(dead_code)]
mod table;

use std::collections::HashSet;

type Pair = (String, String);

/// A typed row, as the loaders declare them: columns by header name.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Counted {
    code: String,
    count: u32,
}

fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let err = std::panic::catch_unwind(f).expect_err("should fail the build");
    err.downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap()
}

fn temp_dir(files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "noc-build-check-{}-{}",
        std::process::id(),
        files.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

#[test]
fn loader_failures_name_the_file_and_line() {
    let dir = temp_dir(&[
        ("bad.csv", "a,b\n1,2\n3,\"open\n"),
        ("short.csv", "a,b\n1,2\n3\n"),
        ("hdr.csv", "a,c\n1,2\n"),
    ]);
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Pair>("missing.csv", &["a", "b"]))
    });
    assert!(m.contains("missing.csv") && m.contains("missing"), "{m}");
    let d = dir.clone();
    let m =
        panic_message(move || drop(table::SourceDir::new(d).table::<Pair>("bad.csv", &["a", "b"])));
    assert!(m.contains("bad.csv") && m.contains("line 3"), "{m}");
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Pair>("short.csv", &["a", "b"]))
    });
    assert!(
        m.contains("short.csv line 3") && m.contains("1 fields, expected 2"),
        "{m}"
    );
    let d = dir.clone();
    let m =
        panic_message(move || drop(table::SourceDir::new(d).table::<Pair>("hdr.csv", &["a", "b"])));
    assert!(
        m.contains("hdr.csv") && m.contains("unexpected header"),
        "{m}"
    );
    let d = dir.clone();
    let m = panic_message(move || {
        table::SourceDir::new(d)
            .table::<Pair>("hdr.csv", &["a", "c"])
            .expect_rows(516)
    });
    assert!(m.contains("1 data rows, expected 516"), "{m}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn malformed_files_and_bad_values_name_the_file_and_line() {
    let dir = temp_dir(&[
        ("stray.csv", "code,count\n1,2\n3,x\"y\n"),
        ("after.csv", "code,count\n\"1\",2\n\"3\"x,4\n5,6\n"),
        (
            "value.csv",
            "code,count\r\n1,2\r\n\"multi\r\nline\",3\r\n4,many\r\n",
        ),
        ("long.csv", "code,count\n1,2,3\n"),
    ]);
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Counted>("stray.csv", &["code", "count"]))
    });
    assert!(m.starts_with("stray.csv line 3: malformed CSV"), "{m}");
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Counted>("after.csv", &["code", "count"]))
    });
    assert!(m.starts_with("after.csv line 3: malformed CSV"), "{m}");
    // A value that does not fit the row's type: the line counts the line break inside quotes.
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Counted>("value.csv", &["code", "count"]))
    });
    assert!(
        m.starts_with("value.csv line 5: ") && m.contains("count"),
        "{m}"
    );
    let d = dir.clone();
    let m = panic_message(move || {
        drop(table::SourceDir::new(d).table::<Counted>("long.csv", &["code", "count"]))
    });
    assert!(m.contains("long.csv line 2: 3 fields, expected 2"), "{m}");
    std::fs::remove_dir_all(dir).unwrap();
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn duty_groups_with_and_without_sub_headings() {
    let verbs: HashSet<String> = ["install", "monitor", "respond", "plan"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let with = lines(&[
        "This group performs some or all of the following duties:",
        "Network operators",
        "Install networks",
        "Monitor networks.",
        "Web technicians",
        "Install servers",
        "Respond to requests.",
    ]);
    let g = duty_groups::group(&with, &[], &verbs, false);
    assert_eq!(g.lead, with[0]);
    let heads: Vec<_> = g.sections.iter().map(|s| s.heading.as_deref()).collect();
    assert_eq!(heads, [Some("Network operators"), Some("Web technicians")]);
    assert_eq!(
        g.sections[1].items,
        ["Install servers", "Respond to requests."]
    );

    // No sub-headings: a single block, even though the first item has no final punctuation.
    let without = lines(&[
        "This group performs some or all of the following duties:",
        "Plan work",
        "Install networks.",
    ]);
    let g = duty_groups::group(&without, &[], &verbs, false);
    assert_eq!(g.sections.len(), 1);
    assert_eq!(g.sections[0].heading, None);

    // A block starting with a verb after a '.' line is an item, not a heading.
    let verb_block = lines(&["Lead:", "Plan work.", "Install networks", "Monitor them."]);
    let g = duty_groups::group(&verb_block, &[], &verbs, false);
    assert!(g.sections.iter().all(|s| s.heading.is_none()));

    // The verb list is learnt from items: words that start lines inside blocks (EN) or lines
    // ending in ';' (FR).
    let learnt = duty_groups::item_start_words(&[with.as_slice()], false);
    assert!(learnt.contains("monitor") && learnt.contains("respond") && !learnt.contains("web"));
    let fr_learnt = duty_groups::item_start_words(
        &[lines(&["Lead :", "Les techniciens", "installer x;", "réparer y."]).as_slice()],
        true,
    );
    assert_eq!(fr_learnt, HashSet::from(["installer".to_string()]));

    // French: capitalised line without final punctuation is a heading; items end with ';'.
    let fr_verbs: HashSet<String> = ["installer"].iter().map(|s| s.to_string()).collect();
    let fr = lines(&[
        "Ce groupe exerce les fonctions suivantes :",
        "Les techniciens Web",
        "installer des serveurs;",
        "répondre aux demandes.",
    ]);
    let g = duty_groups::group(&fr, &[], &fr_verbs, true);
    assert_eq!(
        g.sections[0].heading.as_deref(),
        Some("Les techniciens Web")
    );
    assert_eq!(g.sections[0].items.len(), 2);
}
