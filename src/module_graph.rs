//! The widget's modules form no circle: a test over every `crate::…` and `super::…` path in `src/`
//! and in `crates/noc-ui/src` (use lines and paths written inline), with each file a module. A module may name its
//! descendants (a parent declares and re-exports its children); any other path is an edge, and the
//! edges must have no cycle.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path of a source file: `src/embed/api.rs` -> `embed::api`, `src/embed/mod.rs` -> `embed`.
fn module_of(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    if rel == "lib" {
        String::new()
    } else {
        rel.replace('/', "::")
    }
}

fn files(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !rel.starts_with("bin/") {
                out.push((module_of(&rel), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
}

/// The longest known module a path names (`crate::embed::api::field_error` -> `embed::api`).
fn target(path: &[&str], modules: &BTreeSet<String>) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains(m))
}

fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in modules {
        let here: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        // A `mod.rs` file is its own module; `super` is its parent.
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code
                .match_indices("crate::")
                .chain(code.match_indices("super::"))
            {
                let before = code[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let rest: Vec<&str> = code[i..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .next()
                    .unwrap_or("")
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .collect();
                let mut base: Vec<&str> = here.clone();
                let mut parts = rest.as_slice();
                if parts.first() == Some(&"crate") {
                    base.clear();
                    parts = &parts[1..];
                }
                while parts.first() == Some(&"super") {
                    base.pop();
                    parts = &parts[1..];
                }
                let full: Vec<&str> = base.iter().copied().chain(parts.iter().copied()).collect();
                if let Some(to) = target(&full, &known) {
                    let descendant = to.starts_with(&format!("{module}::")) || module.is_empty();
                    if &to != module && !descendant {
                        out.entry(module.clone()).or_default().insert(to);
                    }
                }
            }
        }
    }
    out
}

/// A cycle in the graph, if any (depth-first search).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut c = stack[at..].to_vec();
            c.push(node.to_owned());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

fn graph_of(sources: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let modules = sources
        .iter()
        .map(|(m, t)| (m.to_string(), t.to_string()))
        .collect();
    edges(&modules)
}

#[test]
fn the_checker_finds_a_circle_and_ignores_descent() {
    let circle = graph_of(&[
        ("embed", "pub mod api; pub mod input; use api::x;"),
        ("embed::api", "use super::input::read;"),
        ("embed::input", "fn f() { super::api::field_error(); }"),
    ]);
    assert!(cycle(&circle).is_some());
    let tree = graph_of(&[
        (
            "embed",
            "pub use self::api::x; fn g() { crate::embed::api::x(); }",
        ),
        (
            "embed::api",
            "use super::js_error::field_error; // super::input::read",
        ),
        ("embed::input", "use super::js_error::field_error;"),
        ("embed::js_error", ""),
    ]);
    assert_eq!(cycle(&tree), None, "{tree:?}");
    assert_eq!(tree["embed::api"].len(), 1, "comments are not paths");
}

#[test]
fn the_widget_crates_modules_have_no_circle() {
    // Each crate on its own: the widget (`src/`, the embedding layer) and the UI (`crates/noc-ui`).
    for (dir, least, busy) in [
        ("src", 8, "embed::api"),
        ("crates/noc-ui/src", 20, "calculator"),
    ] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut sources = Vec::new();
        files(&root, &root, &mut sources);
        assert!(sources.len() > least, "{dir}: {} files", sources.len());
        let graph = edges(&sources.into_iter().collect());
        assert!(graph.contains_key(busy), "{dir}: {busy} uses others");
        if let Some(c) = cycle(&graph) {
            panic!("{dir}: modules form a circle: {}", c.join(" -> "));
        }
    }
}
