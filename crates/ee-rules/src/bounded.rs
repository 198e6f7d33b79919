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

#[cfg(any(test, feature = "fake-host"))]
pub mod fake;
#[cfg(test)]
mod tests;
