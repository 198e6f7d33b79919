//! The walk over the fake host (`fake.rs`): plain values, cycles, depth, sizes and what a host throws.
use super::fake::{arena, obj, Arena, Fake, Node};
use super::*;

fn read_root(a: &Arena) -> Result<Raw, ReadError> {
    read(a, Node::At(0), "profile", Limits::PROFILE)
}

#[test]
fn a_plain_value_reads_as_json_would() {
    let a = arena(vec![
        obj(&[("age", 1), ("scores", 2), ("name", 4), ("ok", 5)]),
        Fake::Num(29.0),
        Fake::List(vec![3], 2),
        Fake::Num(6.5),
        Fake::Text("Zoë".into()),
        Fake::Bool(true),
    ]);
    assert_eq!(
        read_root(&a),
        Ok(Raw::Map(vec![
            ("age".into(), Raw::Int(29)),
            ("scores".into(), Raw::Seq(vec![Raw::Float(6.5), Raw::Null])),
            ("name".into(), Raw::Str("Zoë".into())),
            ("ok".into(), Raw::Bool(true)),
        ]))
    );
}

#[test]
fn a_cycle_is_named_not_followed() {
    // o.spouse = { partner: o }
    let a = arena(vec![obj(&[("spouse", 1)]), obj(&[("partner", 0)])]);
    let e = read_root(&a).unwrap_err();
    assert_eq!(e.field, "profile");
    assert_eq!(
        e.to_string(),
        "profile: contains a cycle (profile.spouse.partner is an object that contains itself)"
    );
    // A shared child that is not an ancestor is no cycle.
    let a = arena(vec![obj(&[("a", 1), ("b", 1)]), obj(&[])]);
    assert!(read_root(&a).is_ok());
}

#[test]
fn deep_nesting_stops_at_the_limit_with_bounded_work() {
    // 100,000 levels: spouse inside spouse.
    let n = 100_000;
    let mut nodes: Vec<Fake> = (1..n).map(|i| obj(&[("spouse", i)])).collect();
    nodes.push(Fake::Null);
    let a = arena(nodes);
    let e = read_root(&a).unwrap_err();
    assert_eq!(
        e.to_string(),
        "profile: nested too deeply (more than 16 levels)"
    );
    assert!(a.calls.get() < 200, "{} host calls", a.calls.get());
    // An endless Proxy-like object (a new object at every read) stops the same way.
    let a = arena(vec![Fake::Endless]);
    assert_eq!(read_root(&a).unwrap_err().problem, Problem::TooDeep);
    // Exactly at the limit is fine.
    let mut nodes: Vec<Fake> = (1..16).map(|i| obj(&[("x", i)])).collect();
    nodes.push(obj(&[]));
    assert!(read_root(&arena(nodes)).is_ok());
}

#[test]
fn sizes_are_checked_before_anything_is_copied() {
    let a = arena(vec![obj(&[("noc", 1)]), Fake::HugeText(10 * 1024 * 1024)]);
    assert_eq!(
        read_root(&a).unwrap_err().to_string(),
        "profile.noc: text is too long (more than 1000 characters)"
    );
    // A sparse array of length 2^32 - 1 is refused by its length, without reading a hole.
    let a = arena(vec![
        obj(&[("x", 1)]),
        Fake::List(vec![], u32::MAX as usize),
    ]);
    let e = read_root(&a).unwrap_err();
    assert_eq!(e.field, "profile.x");
    assert_eq!(e.problem, Problem::TooManyItems);
    assert!(a.calls.get() < 20);
    // Many shared references unfold into too many values: refused, with bounded work.
    // (ten levels of four references to the level below: a million values from 11 nodes)
    let mut nodes = vec![Fake::Null];
    for i in 1..=10 {
        nodes.push(Fake::List(vec![i - 1; 4], 4));
    }
    let a = arena(nodes);
    let e = read(&a, Node::At(10), "profile", Limits::PROFILE).unwrap_err();
    assert_eq!(e.problem, Problem::TooLarge);
    assert!(a.calls.get() < 5 * Limits::PROFILE.max_values);
}

#[test]
fn what_the_host_throws_and_non_data_are_errors_at_their_field() {
    let a = arena(vec![
        obj(&[("spouse", 1)]),
        obj(&[("age", 2)]),
        Fake::Throws,
    ]);
    assert_eq!(
        read_root(&a).unwrap_err().to_string(),
        "profile.spouse.age: cannot be read (a getter threw)"
    );
    let a = arena(vec![Fake::List(vec![1], 1), Fake::Function]);
    assert_eq!(
        read_root(&a).unwrap_err().to_string(),
        "profile[0]: must be plain data as in JSON, not a function"
    );
}

#[test]
fn numbers_follow_serde_wasm_bindgen() {
    assert_eq!(number(30.0), Raw::Int(30));
    assert_eq!(number(-0.0), Raw::Int(0));
    assert_eq!(number(7.5), Raw::Float(7.5));
    assert_eq!(number(1e300), Raw::Float(1e300));
    assert!(matches!(number(f64::NAN), Raw::Float(f) if f.is_nan()));
}
