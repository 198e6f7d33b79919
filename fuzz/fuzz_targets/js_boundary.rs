//! Fuzz target for the JavaScript boundary: `ee_rules::bounded::read`, the walk every value from a page
//! script goes through in the widget (src/embed/input.rs). The input bytes describe an object graph
//! like the ones a page can build: nodes that refer to each other (cycles, shared children), sparse
//! and absurdly long arrays, huge texts, getters that throw, Proxies that make a new object at every
//! read, functions. The walk runs with small limits so each limit is hit often. Checks:
//! - it never panics and never copies a text longer than the limit;
//! - its work (calls to the host) is bounded by the limits, whatever the graph;
//! - an accepted value respects every limit and equals a plain recursive conversion of the graph;
//! - "contains a cycle" only for a graph with a reachable cycle, "nested too deeply" only for one
//!   with a path longer than the limit;
//! - whatever is accepted goes through profile validation and assessment without a panic.
#![cfg_attr(feature = "libfuzzer", no_main)]

use ee_rules::bounded::fake::{arena, Arena as Graph, Fake, Node};
use ee_rules::bounded::{read, Limits, Problem};
use ee_rules::raw::Raw;

const LIMITS: Limits = Limits {
    max_depth: 6,
    max_values: 300,
    max_text: 40,
    max_items: 7,
    max_total_text: 600,
};
const KEYS: [&str; 12] = [
    "age", "education", "first_language", "test", "speaking", "spouse", "job_offer", "noc", "x", "", "é", "self",
];

fn parse(data: &[u8]) -> Graph {
    let mut bytes = data.iter().copied();
    let mut next = move || bytes.next().unwrap_or(0);
    let count = 1 + next() as usize % 24;
    let mut nodes = Vec::with_capacity(count);
    for _ in 0..count {
        let kind = next();
        let arg = next();
        nodes.push(match kind % 10 {
            0 => Fake::Null,
            1 => Fake::Bool(arg & 1 == 1),
            2 => Fake::Num(match arg % 6 {
                0 => f64::NAN,
                1 => 1e300,
                2 => -0.0,
                3 => 9_007_199_254_740_993.0,
                _ => arg as f64 / 2.0,
            }),
            3 => Fake::Text("ab".repeat(arg as usize % 30)),
            4 => Fake::HugeText(if arg & 1 == 0 { 10 << 20 } else { LIMITS.max_text + 1 }),
            5 => {
                let n = arg as usize % 9;
                let items: Vec<usize> = (0..n).map(|_| next() as usize % count).collect();
                let len = match next() % 4 {
                    0 => u32::MAX as usize,
                    1 => n + next() as usize % 20,
                    _ => n,
                };
                Fake::List(items, len)
            }
            6 | 7 => {
                let n = arg as usize % 10;
                let mut fields: Vec<(String, usize)> = Vec::new();
                for _ in 0..n {
                    let key = KEYS[next() as usize % KEYS.len()].to_owned();
                    let child = next() as usize % count;
                    if !fields.iter().any(|(k, _)| *k == key) {
                        fields.push((key, child));
                    }
                }
                Fake::Object(fields)
            }
            8 => Fake::Throws,
            _ => {
                if arg & 1 == 0 {
                    Fake::Endless
                } else {
                    Fake::Function
                }
            }
        });
    }
    arena(nodes)
}

/// The graph's children of node `i` (object fields and present list items).
fn children(g: &Graph, i: usize) -> Vec<usize> {
    match &g.nodes[i] {
        Fake::List(items, _) => items.clone(),
        Fake::Object(f) => f.iter().map(|&(_, c)| c).collect(),
        _ => Vec::new(),
    }
}

fn is_container(g: &Graph, i: usize) -> bool {
    matches!(g.nodes[i], Fake::List(..) | Fake::Object(_) | Fake::Endless)
}

/// Whether a cycle is reachable from `i` (depth-first, colours).
fn has_cycle(g: &Graph, i: usize, colour: &mut [u8]) -> bool {
    colour[i] = 1;
    for c in children(g, i) {
        if colour[c] == 1 || (colour[c] == 0 && has_cycle(g, c, colour)) {
            return true;
        }
    }
    colour[i] = 2;
    false
}

/// Whether some path from `i` has more than `limit` nested containers (a cycle or an Endless node
/// counts as unbounded).
fn deeper_than(g: &Graph, i: usize, limit: usize, seen: &mut Vec<usize>) -> bool {
    if !is_container(g, i) {
        return false;
    }
    if limit == 0 || matches!(g.nodes[i], Fake::Endless) || seen.contains(&i) {
        return true;
    }
    seen.push(i);
    let deep = children(g, i).into_iter().any(|c| deeper_than(g, c, limit - 1, seen));
    seen.pop();
    deep
}

/// The plain recursive conversion, for graphs already known to be small trees.
fn naive(g: &Graph, i: usize) -> Raw {
    match &g.nodes[i] {
        Fake::Null => Raw::Null,
        Fake::Bool(b) => Raw::Bool(*b),
        Fake::Num(n) => ee_rules::bounded::number(*n),
        Fake::Text(s) => Raw::Str(s.clone()),
        Fake::List(items, len) => {
            Raw::Seq((0..*len).map(|k| items.get(k).map_or(Raw::Null, |&c| naive(g, c))).collect())
        }
        Fake::Object(f) => Raw::Map(f.iter().map(|(k, c)| (k.clone(), naive(g, *c))).collect()),
        other => panic!("accepted a value containing {other:?}"),
    }
}

fn measure(raw: &Raw, depth: usize, stats: &mut (usize, usize)) {
    stats.0 = stats.0.max(depth);
    match raw {
        Raw::Str(s) => assert!(s.encode_utf16().count() <= LIMITS.max_text),
        Raw::Seq(items) => {
            assert!(items.len() <= LIMITS.max_items);
            stats.1 += items.len();
            items.iter().for_each(|r| measure(r, depth + 1, stats));
        }
        Raw::Map(entries) => {
            assert!(entries.len() <= LIMITS.max_items);
            stats.1 += entries.len();
            entries.iter().for_each(|(_, r)| measure(r, depth + 1, stats));
        }
        _ => {}
    }
}

/// Must never panic. Returns whether the value was accepted.
fn check(data: &[u8]) -> bool {
    let g = parse(data);
    let result = read(&g, Node::At(0), "profile", LIMITS);
    // Each value costs a handful of host calls (shape, item/field, keys, a key's text) plus one
    // ancestor comparison per level: the work is bounded by the limits, not by the graph.
    let bound = (LIMITS.max_values + 1) * (8 + LIMITS.max_depth);
    assert!(g.calls.get() <= bound, "{} host calls (bound {bound})", g.calls.get());
    match result {
        Ok(raw) => {
            let mut colour = vec![0u8; g.nodes.len()];
            assert!(!has_cycle(&g, 0, &mut colour), "accepted a cyclic graph");
            let mut stats = (0, 0);
            measure(&raw, 0, &mut stats);
            assert!(stats.0 <= LIMITS.max_depth && stats.1 <= LIMITS.max_values);
            // (compared as text: NaN is not equal to itself)
            assert_eq!(format!("{raw:?}"), format!("{:?}", naive(&g, 0)), "the walk changed the value");
            if let Ok(profile) = ee_rules::profile_from_raw(&raw) {
                let _ = ee_rules::assess(&profile);
            }
            true
        }
        Err(e) => {
            assert!(e.to_string().starts_with("profile"), "{e}");
            match e.problem {
                Problem::Cycle { .. } => {
                    let mut colour = vec![0u8; g.nodes.len()];
                    assert!(has_cycle(&g, 0, &mut colour), "a cycle reported in an acyclic graph");
                }
                Problem::TooDeep => {
                    assert!(deeper_than(&g, 0, LIMITS.max_depth, &mut Vec::new()), "too deep, but it is not");
                }
                _ => {}
            }
            false
        }
    }
}

#[cfg(feature = "libfuzzer")]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check(data);
});

#[cfg(not(feature = "libfuzzer"))]
fn main() {
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(60);
    // Random bytes are already graphs (every byte string parses), so no seeds are needed.
    let run = stable::run(0x7A5B0D, seconds, 256, stable::bytes(160), check);
    println!(
        "js_boundary: {} object graphs in {seconds} s ({} accepted within the limits), no panic",
        run.inputs, run.passed
    );
}

#[cfg(not(feature = "libfuzzer"))]
#[path = "../src/stable.rs"]
mod stable;
