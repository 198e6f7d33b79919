//! Reading a value from a host that may be hostile (a page script's JavaScript object) into [`Raw`],
//! within limits, so that no input can exhaust the stack or the memory of the WebAssembly instance.
//!
//! Why this design: the widget used to walk JS values recursively with serde-wasm-bindgen, with no
//! limit, so a cyclic or 100,000-deep object overflowed the wasm stack and (`panic = "abort"`) killed
//! the instance every element of the page shares. The walk below is generic over [`Host`], the few
//! questions it asks of a value (what are you and how long; give me item i, your keys, field k), so
//! the same code runs on real JS values (`src/embed/input.rs`, through js-sys calls that catch what a
//! getter or Proxy trap throws) and on synthetic object graphs (cycles, holes, throwing getters,
//! endless proxies) in the native tests below and in `fuzz/fuzz_targets/js_boundary.rs`.
//! It asks the length of every text and list *before* copying it, nests at most `max_depth` levels
//! (so its own recursion is bounded), keeps the chain of ancestors to detect cycles, and counts every
//! value it visits (a shared sub-object counts each time it is reached, so a small graph of repeated
//! references cannot unfold into an exponential tree).
//! A Rust-side walk rather than one in the loader: every door (API, attributes, tests) goes through
//! it, its logic is fuzzed natively, and it costs a few kilobytes of wasm instead of loader bytes.
use crate::raw::Raw;
use std::fmt;

/// How much of a value is read before giving up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Most nested objects/lists: the root object is level 1, `profile.spouse.first_language` level 3.
    pub max_depth: usize,
    /// Values visited in all (objects, lists, keys and leaves).
    pub max_values: usize,
    /// Characters of one text or key (UTF-16 code units, as JavaScript's `length` counts).
    pub max_text: usize,
    /// Items of one list, fields of one object.
    pub max_items: usize,
    /// Characters of all texts and keys together.
    pub max_total_text: usize,
}

impl Limits {
    /// `NocWidget.assess` / `suggest`: a valid profile is 3 levels deep, about 40 values, and its
    /// longest text is a 19-character key. These limits are generous for any honest caller and tiny
    /// next to what would trap (the wasm stack takes thousands of levels; memory, megabytes).
    pub const PROFILE: Limits = Limits {
        max_depth: 16,
        max_values: 10_000,
        max_text: 1_000,
        max_items: 1_000,
        max_total_text: 100_000,
    };
}

/// What a host value is, learnt without reading its contents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// `null` or `undefined` (a hole of a sparse array reads as `undefined`).
    Null,
    Bool(bool),
    Number(f64),
    /// A text of `len` UTF-16 code units.
    Text {
        len: usize,
    },
    /// An array of `len` items (saturated at `usize::MAX`).
    List {
        len: usize,
    },
    /// Any other object: its own enumerable string keys are its fields.
    Object,
    /// Not JSON-like data: "a function", "a symbol", "a BigInt".
    Other(&'static str),
}

/// The questions the walk asks of a host value. Every method may fail when the host threw (a getter,
/// a Proxy trap); the message is shown to the caller.
pub trait Host {
    type Node;
    fn shape(&self, node: &Self::Node) -> Result<Shape, String>;
    /// The text of a [`Shape::Text`] node; called only once its length is within the limits.
    fn text(&self, node: &Self::Node) -> Result<String, String>;
    /// Item `index` of a [`Shape::List`] node.
    fn item(&self, node: &Self::Node, index: usize) -> Result<Self::Node, String>;
    /// The keys of a [`Shape::Object`] node, as a list node of text nodes (JavaScript `Object.keys`).
    fn keys(&self, node: &Self::Node) -> Result<Self::Node, String>;
    /// Field `key` of a [`Shape::Object`] node.
    fn field(&self, node: &Self::Node, key: &str) -> Result<Self::Node, String>;
    /// Whether two object or list nodes are the same object (JavaScript `Object.is`).
    fn same(&self, a: &Self::Node, b: &Self::Node) -> bool;
}

/// Why a value was not read.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    TooDeep,
    /// The object at `at` is one of its own ancestors.
    Cycle {
        at: String,
    },
    TooLarge,
    TextTooLong,
    TooManyItems,
    TooManyFields,
    /// The host threw while the value was read.
    Unreadable(String),
    NotData(&'static str),
}

/// A value that could not be read: `field` is where (the argument's name for problems of the whole
/// value: depth, cycles, size), `problem` what.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadError {
    pub field: String,
    pub problem: Problem,
    pub limits: Limits,
}

impl ReadError {
    /// The reason, without the field: "nested too deeply (more than 16 levels)".
    pub fn reason(&self) -> String {
        let l = &self.limits;
        match &self.problem {
            Problem::TooDeep => format!("nested too deeply (more than {} levels)", l.max_depth),
            Problem::Cycle { at } => {
                format!("contains a cycle ({at} is an object that contains itself)")
            }
            Problem::TooLarge => format!(
                "too large (more than {} values or {} characters in all)",
                l.max_values, l.max_total_text
            ),
            Problem::TextTooLong => {
                format!("text is too long (more than {} characters)", l.max_text)
            }
            Problem::TooManyItems => format!("list is too long (more than {} items)", l.max_items),
            Problem::TooManyFields => {
                format!("object has too many fields (more than {})", l.max_items)
            }
            Problem::Unreadable(why) => format!("cannot be read ({why})"),
            Problem::NotData(what) => format!("must be plain data as in JSON, not {what}"),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.reason())
    }
}

enum Step {
    Key(String),
    Index(usize),
}

struct Walk<'h, H: Host> {
    host: &'h H,
    limits: Limits,
    name: &'h str,
    values: usize,
    text: usize,
    path: Vec<Step>,
    ancestors: Vec<H::Node>,
}

/// Reads `root` (the argument called `name`) into a [`Raw`] value. Numbers that are safe integers
/// become [`Raw::Int`], as serde-wasm-bindgen did; `undefined` and holes become [`Raw::Null`].
pub fn read<H: Host>(
    host: &H,
    root: H::Node,
    name: &str,
    limits: Limits,
) -> Result<Raw, ReadError> {
    let mut walk = Walk {
        host,
        limits,
        name,
        values: 0,
        text: 0,
        path: Vec::new(),
        ancestors: Vec::new(),
    };
    walk.value(root)
}

/// `value` as a number read from JavaScript: a safe integer is an integer, anything else a float.
pub fn number(value: f64) -> Raw {
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    if value.fract() == 0.0 && value.abs() <= MAX_SAFE {
        Raw::Int(value as i128)
    } else {
        Raw::Float(value)
    }
}

impl<H: Host> Walk<'_, H> {
    fn here(&self) -> String {
        let mut out = self.name.to_owned();
        for step in &self.path {
            match step {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// An error at the current path.
    fn fail(&self, problem: Problem) -> ReadError {
        ReadError {
            field: self.here(),
            problem,
            limits: self.limits,
        }
    }

    /// An error of the whole value, named after the argument.
    fn fail_whole(&self, problem: Problem) -> ReadError {
        ReadError {
            field: self.name.to_owned(),
            problem,
            limits: self.limits,
        }
    }

    fn count(&mut self) -> Result<(), ReadError> {
        self.values += 1;
        if self.values > self.limits.max_values {
            return Err(self.fail_whole(Problem::TooLarge));
        }
        Ok(())
    }

    fn value(&mut self, node: H::Node) -> Result<Raw, ReadError> {
        self.count()?;
        let shape = self
            .host
            .shape(&node)
            .map_err(|m| self.fail(Problem::Unreadable(m)))?;
        match shape {
            Shape::Null => Ok(Raw::Null),
            Shape::Bool(b) => Ok(Raw::Bool(b)),
            Shape::Number(n) => Ok(number(n)),
            Shape::Text { len } => self.text(&node, len).map(Raw::Str),
            Shape::Other(what) => Err(self.fail(Problem::NotData(what))),
            Shape::List { .. } | Shape::Object => {
                if self.ancestors.iter().any(|a| self.host.same(a, &node)) {
                    let at = self.here();
                    return Err(self.fail_whole(Problem::Cycle { at }));
                }
                if self.ancestors.len() >= self.limits.max_depth {
                    return Err(self.fail_whole(Problem::TooDeep));
                }
                self.ancestors.push(node);
                let result = match shape {
                    Shape::List { len } => self.list(len),
                    _ => self.object(),
                };
                self.ancestors.pop();
                result
            }
        }
    }

    fn text(&mut self, node: &H::Node, len: usize) -> Result<String, ReadError> {
        if len > self.limits.max_text {
            return Err(self.fail(Problem::TextTooLong));
        }
        self.text = self.text.saturating_add(len);
        if self.text > self.limits.max_total_text {
            return Err(self.fail_whole(Problem::TooLarge));
        }
        self.host
            .text(node)
            .map_err(|m| self.fail(Problem::Unreadable(m)))
    }

    fn parent(&self) -> &H::Node {
        self.ancestors
            .last()
            .expect("a list or object is being read")
    }

    fn list(&mut self, len: usize) -> Result<Raw, ReadError> {
        if len > self.limits.max_items {
            return Err(self.fail(Problem::TooManyItems));
        }
        let mut items = Vec::with_capacity(len);
        for i in 0..len {
            self.path.push(Step::Index(i));
            let child = self
                .host
                .item(self.parent(), i)
                .map_err(|m| self.fail(Problem::Unreadable(m)))?;
            items.push(self.value(child)?);
            self.path.pop();
        }
        Ok(Raw::Seq(items))
    }

    fn object(&mut self) -> Result<Raw, ReadError> {
        let keys = self
            .host
            .keys(self.parent())
            .map_err(|m| self.fail(Problem::Unreadable(m)))?;
        let len = match self.host.shape(&keys) {
            Ok(Shape::List { len }) => len,
            Ok(_) => return Err(self.fail(Problem::Unreadable("its keys are not a list".into()))),
            Err(m) => return Err(self.fail(Problem::Unreadable(m))),
        };
        if len > self.limits.max_items {
            return Err(self.fail(Problem::TooManyFields));
        }
        let mut entries = Vec::with_capacity(len);
        for i in 0..len {
            self.count()?;
            let key_node = self
                .host
                .item(&keys, i)
                .map_err(|m| self.fail(Problem::Unreadable(m)))?;
            let key = match self.host.shape(&key_node) {
                Ok(Shape::Text { len }) => self.text(&key_node, len)?,
                Ok(_) => return Err(self.fail(Problem::Unreadable("a key is not text".into()))),
                Err(m) => return Err(self.fail(Problem::Unreadable(m))),
            };
            self.path.push(Step::Key(key));
            let Some(Step::Key(key)) = self.path.last() else {
                unreachable!("just pushed")
            };
            let child = self
                .host
                .field(self.parent(), key)
                .map_err(|m| self.fail(Problem::Unreadable(m)))?;
            let value = self.value(child)?;
            let Some(Step::Key(key)) = self.path.pop() else {
                unreachable!("pushed above")
            };
            entries.push((key, value));
        }
        Ok(Raw::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    //! A native stand-in for JavaScript values: an arena of nodes that may refer to each other
    //! (cycles, shared children), throw when read, or go on forever like a Proxy that makes a new
    //! object on every read. Also used by the fuzz target (which has its own copy of the idea).
    use super::*;
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
                    Fake::HugeText(_) => panic!("a huge text was copied"),
                    _ => panic!("text() of a non-text"),
                },
                _ => panic!("text() of a non-text"),
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
                    Fake::List(items, _) => {
                        Ok(items.get(index).map_or(Node::Hole, |&c| Node::At(c)))
                    }
                    _ => panic!("item() of a non-list"),
                },
                _ => panic!("item() of a non-list"),
            }
        }
        fn keys(&self, node: &Node) -> Result<Node, String> {
            self.tick();
            match node {
                Node::At(i) => Ok(Node::Keys(*i)),
                Node::Deep(_) => Ok(Node::DeepKeys),
                _ => panic!("keys() of a non-object"),
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
                    _ => panic!("field() of a non-object"),
                },
                _ => panic!("field() of a non-object"),
            }
        }
        fn same(&self, a: &Node, b: &Node) -> bool {
            matches!((a, b), (Node::At(x), Node::At(y)) if x == y)
        }
    }

    fn arena(nodes: Vec<Fake>) -> Arena {
        Arena {
            nodes,
            calls: Cell::new(0),
        }
    }

    fn read_root(a: &Arena) -> Result<Raw, ReadError> {
        read(a, Node::At(0), "profile", Limits::PROFILE)
    }

    fn obj(fields: &[(&str, usize)]) -> Fake {
        Fake::Object(fields.iter().map(|(k, v)| (k.to_string(), *v)).collect())
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
}
