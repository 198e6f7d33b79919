//! A native stand-in for JavaScript values, for the walk's tests and its fuzz target
//! (`fuzz/fuzz_targets/js_boundary.rs`, feature `fake-host`): an arena of nodes that may refer to
//! each other (cycles, shared children), throw when read, or go on forever like a Proxy that makes a
//! new object on every read. It panics when the walk asks for what a real host would not give (the
//! text of a huge string, an item past a list's length).
use super::{Host, Shape};
use std::cell::Cell;

#[derive(Clone, Debug)]
pub enum Fake {
    Null,
    Bool(bool),
    Num(f64),
    /// A text, or a text of this many characters that must never be copied.
    Text(String),
    HugeText(usize),
    /// Items by arena index; `len` may exceed them (holes read as Null).
    List(Vec<usize>, usize),
    Object(Vec<(String, usize)>),
    /// Reading it throws.
    Throws,
    /// An object whose field "next" is a new, deeper Endless object every time.
    Endless,
    Function,
}

pub struct Arena {
    pub nodes: Vec<Fake>,
    /// Host calls so far: the walk's work.
    pub calls: Cell<usize>,
}

#[derive(Clone, Debug)]
pub enum Node {
    At(usize),
    Keys(usize),
    Key(String),
    Deep(usize),
    /// The keys of a `Deep` object: just "next".
    DeepKeys,
    Hole,
}

impl Arena {
    fn tick(&self) {
        self.calls.set(self.calls.get() + 1);
    }
}

impl Host for Arena {
    type Node = Node;
    fn shape(&self, node: &Node) -> Result<Shape, String> {
        self.tick();
        Ok(match node {
            Node::Hole => Shape::Null,
            Node::Key(k) => Shape::Text {
                len: k.encode_utf16().count(),
            },
            Node::Keys(i) => match &self.nodes[*i] {
                Fake::Object(f) => Shape::List { len: f.len() },
                _ => Shape::List { len: 1 },
            },
            Node::Deep(_) => Shape::Object,
            Node::DeepKeys => Shape::List { len: 1 },
            Node::At(i) => match &self.nodes[*i] {
                Fake::Null => Shape::Null,
                Fake::Bool(b) => Shape::Bool(*b),
                Fake::Num(n) => Shape::Number(*n),
                Fake::Text(s) => Shape::Text {
                    len: s.encode_utf16().count(),
                },
                Fake::HugeText(n) => Shape::Text { len: *n },
                Fake::List(_, len) => Shape::List { len: *len },
                Fake::Object(_) | Fake::Endless => Shape::Object,
                Fake::Throws => return Err("a getter threw".into()),
                Fake::Function => Shape::Other("a function"),
            },
        })
    }
    fn text(&self, node: &Node) -> Result<String, String> {
        self.tick();
        match node {
            Node::Key(k) => Ok(k.clone()),
            Node::At(i) => match &self.nodes[*i] {
                Fake::Text(s) => Ok(s.clone()),
                other => panic!("text() of {other:?}: a text longer than the limit was copied"),
            },
            other => panic!("text() of {other:?}"),
        }
    }
    fn item(&self, node: &Node, index: usize) -> Result<Node, String> {
        self.tick();
        match node {
            Node::Keys(i) => match &self.nodes[*i] {
                Fake::Object(f) => Ok(Node::Key(f[index].0.clone())),
                _ => Ok(Node::Key("next".into())),
            },
            Node::DeepKeys => Ok(Node::Key("next".into())),
            Node::At(i) => match &self.nodes[*i] {
                Fake::List(items, len) => {
                    assert!(index < *len, "item {index} of a list of {len}");
                    Ok(items.get(index).map_or(Node::Hole, |&c| Node::At(c)))
                }
                other => panic!("item() of {other:?}"),
            },
            other => panic!("item() of {other:?}"),
        }
    }
    fn keys(&self, node: &Node) -> Result<Node, String> {
        self.tick();
        match node {
            Node::At(i) => Ok(Node::Keys(*i)),
            Node::Deep(_) => Ok(Node::DeepKeys),
            other => panic!("keys() of {other:?}"),
        }
    }
    fn field(&self, node: &Node, key: &str) -> Result<Node, String> {
        self.tick();
        match node {
            Node::Deep(d) => Ok(Node::Deep(d + 1)),
            Node::At(i) => match &self.nodes[*i] {
                Fake::Endless => Ok(Node::Deep(1)),
                Fake::Object(f) => Ok(f
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or(Node::Hole, |&(_, c)| Node::At(c))),
                other => panic!("field() of {other:?}"),
            },
            other => panic!("field() of {other:?}"),
        }
    }
    fn same(&self, a: &Node, b: &Node) -> bool {
        matches!((a, b), (Node::At(x), Node::At(y)) if x == y)
    }
}

pub fn arena(nodes: Vec<Fake>) -> Arena {
    Arena {
        nodes,
        calls: Cell::new(0),
    }
}

/// An object node with these fields (child arena indexes).
pub fn obj(fields: &[(&str, usize)]) -> Fake {
    Fake::Object(fields.iter().map(|(k, v)| (k.to_string(), *v)).collect())
}
