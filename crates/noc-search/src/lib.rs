//! Search over NOC 2021: unit-group codes (full or prefix), NOC 2016 codes through StatCan's
//! concordance, every English and French title (unit-group titles, illustrative examples, all
//! examples, inclusions), and main duties ("find my occupation by what I do").
//!
//! Accent- and case-insensitive, typo-tolerant, prefix-as-you-type, ranked, one hit per unit
//! group. Pure Rust, no web dependencies: it runs in the widget (WebAssembly) and in `noc search`.
//! The caller supplies the data (see `noc-data`), so this crate does not depend on it.

mod chargrams;
mod codes;
mod distance;
mod duties;
pub mod features;
mod index;
mod inverted;
mod model;
pub mod normalize;
mod sort;
mod synonyms;

pub use synonyms::entries as synonym_entries;

pub use duties::{DutyHit, DutyIndex, DutyMatch};
pub use index::{
    model_features, BlendEvidence, ExplainedWord, FeatureContribution, Index, ModelExplanation,
    Rules,
};
pub use model::{Blend, Model, ModelError};

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// Which list of the NOC a title comes from. The order is the ranking order (best first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// The unit group's own class title.
    UnitGroup,
    /// "Illustrative example(s)" / "Exemple(s) illustratif(s)".
    Illustrative,
    /// "Inclusion(s)".
    Inclusion,
    /// "All examples" / "Tous les exemples".
    Example,
}

/// One searchable title of a unit group (any language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    /// Five-digit NOC 2021 unit-group code.
    pub code: String,
    pub title: String,
    pub kind: DocKind,
}

/// One row of StatCan's NOC 2016 V1.3 → NOC 2021 V1.0 correspondence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Successor {
    /// Four-digit NOC 2016 code (with its leading zeros).
    pub code2016: String,
    pub title2016: String,
    /// GSIM type of change, e.g. "VC1 - Code Change, VC2 - Name Change".
    pub change: String,
    /// Five-digit NOC 2021 code.
    pub code2021: String,
}

/// Why a unit group was found. JSON: `{"type": "code2021"}`,
/// `{"type": "code2016", "code2016": "2281", "change": "…"}`,
/// `{"type": "title", "title_kind": "illustrative"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HitKind {
    /// The query is this 2021 code or a prefix of it.
    Code2021,
    /// The query is a 2016 code that the concordance maps to this unit group.
    Code2016 { code2016: String, change: String },
    /// A title of this kind matched.
    Title(DocKind),
}

/// One ranked result: a unit group and the best thing that matched in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    /// Five-digit NOC 2021 unit-group code.
    pub code: String,
    /// The title or code text that matched (as written in the data, with accents).
    pub matched: String,
    pub kind: HitKind,
    /// Higher is better; only meaningful to compare hits of the same query.
    pub score: f32,
}

// A struct, not a map: serde-wasm-bindgen turns maps into JS `Map`s but structs into plain
// objects, which page scripts read as `kind.type`.
impl Serialize for HitKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            HitKind::Code2021 => {
                let mut s = serializer.serialize_struct("HitKind", 1)?;
                s.serialize_field("type", "code2021")?;
                s.end()
            }
            HitKind::Code2016 { code2016, change } => {
                let mut s = serializer.serialize_struct("HitKind", 3)?;
                s.serialize_field("type", "code2016")?;
                s.serialize_field("code2016", code2016)?;
                s.serialize_field("change", change)?;
                s.end()
            }
            HitKind::Title(kind) => {
                let mut s = serializer.serialize_struct("HitKind", 2)?;
                s.serialize_field("type", "title")?;
                s.serialize_field("title_kind", kind)?;
                s.end()
            }
        }
    }
}

/// Below this coverage (share of the query's word weight the best title matches without typos),
/// the page language's results are weak and the other language's titles are worth a look.
pub const WEAK_COVERAGE: f32 = 0.99;

/// True when the page language's results for `query` are weak enough that the widget should load
/// the other language's titles (it then calls [`search_with_fallback`] with both indexes).
pub fn needs_other_language(own: &Index, query: &str) -> bool {
    search_own(own, query, 1).needs_other_language(query)
}

/// As [`needs_other_language`], for a query being typed: while its last word is unfinished (no
/// space or punctuation after it) and the page language has words that begin with it, the reader
/// may still be typing one of them ("camionn" on the way to "camionneur"), so the answer waits for
/// a settled word; so does a query that ends with a stop word ("préposé aux "). The search box asks this on every keystroke, so a French reader typing a French
/// word never downloads the English titles for a prefix of it (issue 22).
pub fn needs_other_language_as_typed(own: &Index, query: &str) -> bool {
    may_need_other_language_as_typed(own, query) && needs_other_language(own, query)
}

/// The part of [`needs_other_language_as_typed`] that does not search: false while the last word
/// may still be growing into a page-language word, or after a stop word.
fn may_need_other_language_as_typed(own: &Index, query: &str) -> bool {
    let mut last = String::new();
    normalize::for_each_token(query, |t, _, _| {
        last.clear();
        last.push_str(t);
    });
    // "préposé aux " is a title half typed: its next word decides.
    if normalize::is_stop_word(&last) {
        return false;
    }
    let unfinished = query.chars().last().is_some_and(char::is_alphanumeric);
    !(unfinished && !last.is_empty() && own.completes(&last))
}

/// The widget's title search: `own` is the page language's index; `other`, when loaded, the other
/// language's. When the other language covers the query clearly better ("truck driver" typed on a
/// French page), its unit groups come first (the caller shows them with page-language titles),
/// followed by the page language's own; otherwise the page language's results stand.
pub fn search_with_fallback(
    own: &Index,
    other: Option<&Index>,
    query: &str,
    limit: usize,
) -> Vec<Hit> {
    search_own(own, query, limit).with_other(other, query, limit)
}

/// The page language's answer to a query, held while the other language's titles load, so a caller
/// that loads them on demand (`NocWidget.search`) searches the page language once, not twice.
pub struct OwnHits {
    hits: Vec<Hit>,
    coverage: f32,
}

/// The first half of [`search_with_fallback`]: the page language's hits and their coverage.
pub fn search_own(own: &Index, query: &str, limit: usize) -> OwnHits {
    // Coverage is read from the hits, so at least one is asked for.
    let (mut hits, coverage) = own.search_covered(query, limit.max(1));
    hits.truncate(limit);
    OwnHits { hits, coverage }
}

impl OwnHits {
    /// The answer of [`needs_other_language`], from this search.
    pub fn needs_other_language(&self, query: &str) -> bool {
        query.chars().any(char::is_alphabetic) && self.coverage < WEAK_COVERAGE
    }

    /// The second half of [`search_with_fallback`]: the same hits it returns. When the other
    /// language covers the query clearly better, its unit groups come first, then the page
    /// language's own; otherwise the page language's hits stand.
    pub fn with_other(self, other: Option<&Index>, query: &str, limit: usize) -> Vec<Hit> {
        let Some(other) = other.filter(|_| self.needs_other_language(query)) else {
            return self.hits;
        };
        let (theirs, their_coverage) = other.search_covered(query, limit);
        if their_coverage <= self.coverage + 0.05 {
            return self.hits;
        }
        let mut out = theirs;
        for h in self.hits {
            if out.len() >= limit {
                break;
            }
            if !out.iter().any(|o| o.code == h.code) {
                out.push(h);
            }
        }
        out
    }
}

/// What the search box needs on each keystroke, from ONE search of the page language's titles:
/// the hits of [`search_with_fallback`] and the answer of [`needs_other_language_as_typed`] (both
/// read the same search's coverage; asked apart, a keystroke searched twice).
pub fn search_as_typed(
    own: &Index,
    other: Option<&Index>,
    query: &str,
    limit: usize,
) -> (Vec<Hit>, bool) {
    let found = search_own(own, query, limit);
    let needs = may_need_other_language_as_typed(own, query) && found.needs_other_language(query);
    (found.with_other(other, query, limit), needs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_indexes_answer_nothing_without_panicking() {
        let index = Index::build(Vec::new(), Vec::new());
        for q in ["", "22220", "2281", "nurse", "a"] {
            assert!(index.search(q, 10).is_empty());
            assert!(index.did_you_mean(q).is_empty());
        }
        let duties = DutyIndex::build(Vec::new());
        assert!(duties.is_empty() && duties.search("cook meals", 5).is_empty());
    }

    #[test]
    fn titles_in_any_order_and_unknown_successor_codes_are_handled() {
        let doc = |code: &str, title: &str| Doc {
            code: code.into(),
            title: title.into(),
            kind: DocKind::Example,
        };
        let index = Index::build(
            vec![
                doc("63200", "cook"),
                doc("22220", "web technician"),
                doc("63200", "line cook"),
            ],
            vec![Successor {
                code2016: "6322".into(),
                title2016: "Cooks".into(),
                change: "VC1".into(),
                code2021: "63200".into(),
            }],
        );
        assert_eq!(index.search("cook", 5)[0].code, "63200");
        assert_eq!(index.search("cook", 5)[0].matched, "cook");
        assert_eq!(index.search("web", 5)[0].code, "22220");
        assert_eq!(index.search("6322", 5)[0].code, "63200");
    }

    #[test]
    fn hit_kinds_serialise_as_flat_tagged_objects() {
        let json = |k: HitKind| serde_json::to_string(&k).unwrap();
        assert_eq!(json(HitKind::Code2021), r#"{"type":"code2021"}"#);
        assert_eq!(
            json(HitKind::Code2016 {
                code2016: "2281".into(),
                change: "VC1".into()
            }),
            r#"{"type":"code2016","code2016":"2281","change":"VC1"}"#
        );
        assert_eq!(
            json(HitKind::Title(DocKind::UnitGroup)),
            r#"{"type":"title","title_kind":"unit_group"}"#
        );
    }
}
