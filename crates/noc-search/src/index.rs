//! The title index: a sorted vocabulary of folded words, each with the list of titles that
//! contain it (compact arrays, no per-title allocations), plus the code table. Building lives
//! here; matching and ranking in `query`.

mod blend;
mod explain;
mod letters;
mod query;

pub use blend::{model_features, BlendEvidence, FeatureContribution, ModelExplanation};
pub use explain::ExplainedWord;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::chargrams::CharGrams;
use crate::codes::{self, CodeTable};
use crate::model::Model;
use crate::normalize::{self, inflection_stem, is_stop_word};
use crate::sort;
use crate::{Doc, DocKind, Hit, Successor};

/// Weight of the character n-gram similarity (0–1) in the blended score (chosen on the fit half of
/// the real titles among a few values, bench/REPORT.md).
const CHAR_WEIGHT: f32 = 1.0;

/// One title, packed: 12 bytes.
#[derive(Clone, Copy)]
struct DocRec {
    unit: u16,
    kind: DocKind,
    /// Number of meaningful words, counting a gendered pair ("technicien/technicienne") once.
    words: u8,
    title_start: u32,
    title_end: u32,
}

impl DocRec {
    /// The title's length in bytes.
    fn title_len(&self) -> u32 {
        self.title_end - self.title_start
    }
}

/// Search index over codes, the 2016 concordance and titles. Build once, query many times.
pub struct Index {
    codes: CodeTable,
    docs: Vec<DocRec>,
    /// All kept titles, back to back.
    titles: String,
    /// Sorted vocabulary, back to back; word `i` is `terms[term_ends[i-1]..term_ends[i]]`.
    terms: String,
    term_ends: Vec<u32>,
    /// Titles containing word `i`: `postings[posting_ends[i-1]..posting_ends[i]]`, ascending.
    postings: Vec<u32>,
    posting_ends: Vec<u32>,
    /// Word ids sorted by inflection stem, to find "technicians" from "technician".
    by_stem: Vec<u32>,
    /// Letters of each word (`query::letter_mask`): the typo scan skips most words on them.
    term_masks: Vec<u32>,
    /// The fitted ranker, when one is given (`with_model`).
    model: Option<Model>,
    /// Each unit group's class in the model (`u32::MAX`: the model does not know it).
    unit_class: Vec<u32>,
    /// Each unit group's most telling title (its own title when it has one).
    unit_doc: Vec<u32>,
    rules: Rules,
    /// Character n-gram similarity over the titles, built at the first query that needs it.
    chars: std::sync::OnceLock<CharGrams>,
    /// Weight of the character similarity in the blend (`CHAR_WEIGHT` unless the benchmark sets it).
    char_weight: f32,
    /// The ranking of each one-letter query, made for all 26 at the first one (`letters.rs`);
    /// forgotten by every setter that changes a ranking (model, blend, rules, letters' weight).
    letters: std::sync::OnceLock<letters::LetterAnswers>,
}

/// The hand-set reading rules of a query, each switchable so the benchmark can show what it is
/// worth (`bench/REPORT.md`, ablation). The defaults are the shipped choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// The head word (English: last, French: first) weighs more.
    pub head: bool,
    /// Words after a dash, a parenthesis, "at", "for", "chez" weigh less.
    pub context: bool,
    /// "owner, manager" and "cook / server" are searched as two roles whose results alternate.
    pub roles: bool,
    /// Seniority, grade and shift words are dropped (`synonyms.tsv`, kind `filler`).
    pub fillers: bool,
    /// The fitted model takes part in the ranking (when the index has one).
    pub model: bool,
    /// A unit group one of whose index titles is the query word for word gets a small bonus.
    pub exact: bool,
    /// The character n-gram similarity of the query to each group's nearest title takes part in
    /// the blend (`chargrams`).
    pub chars: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            // Off: on the fit half of the real titles it cost ranks (bench/REPORT.md, ablation).
            head: false,
            // Off: on the fit half of the real titles it did not help (ties in top five), and the
            // issue keeps a hand rule only when it earns its place there.
            context: false,
            roles: true,
            fillers: true,
            model: true,
            exact: true,
            chars: true,
        }
    }
}

impl Index {
    /// Builds the index. `docs` may mix languages and kinds; repeated titles of one unit group
    /// (same words) are kept once, with their best kind. Codes come from the docs' codes.
    pub fn build(mut docs: Vec<Doc>, successors: Vec<Successor>) -> Index {
        let mut units: Vec<Box<str>> = Vec::new();
        for d in &docs {
            if units.last().is_none_or(|u| **u != *d.code) {
                units.push(Box::from(d.code.as_str()));
            }
        }
        let codes = CodeTable::new(units, successors);

        // Visit titles by unit group, best kind first, so de-duplication keeps the most telling kind.
        let mut last: Option<(&str, u16)> = None;
        let mut visit: Vec<(u16, DocKind, u32)> = Vec::with_capacity(docs.len());
        for (i, d) in docs.iter().enumerate() {
            // Titles usually arrive grouped by code: skip the look-up for runs of one code.
            let unit = match last {
                Some((code, unit)) if code == d.code => unit,
                _ => match codes.units.binary_search_by(|u| (**u).cmp(d.code.as_str())) {
                    Ok(u) => u as u16,
                    Err(_) => continue,
                },
            };
            last = Some((&d.code, unit));
            visit.push((unit, d.kind, i as u32));
        }
        let visit = sort::sorted(visit, &|a, b| (a.0, a.1).cmp(&(b.0, b.1)));

        let mut seen: HashSet<u64, FnvBuild> = HashSet::default();
        let mut term_ids: HashMap<Box<str>, u32, FnvBuild> = HashMap::default();
        let mut term_list: Vec<Box<str>> = Vec::new();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut recs: Vec<DocRec> = Vec::with_capacity(visit.len());
        let mut titles = String::new();
        let mut word_ids: Vec<u32> = Vec::new();

        for (unit, kind, i) in visit {
            let doc = &mut docs[i as usize];
            word_ids.clear();
            normalize::for_each_token(&doc.title, |t, _, _| {
                if is_stop_word(t) {
                    return;
                }
                let id = match term_ids.get(t) {
                    Some(id) => *id,
                    None => {
                        let id = term_list.len() as u32;
                        term_ids.insert(Box::from(t), id);
                        term_list.push(Box::from(t));
                        id
                    }
                };
                word_ids.push(id);
            });
            // Same unit group and same words (e.g. an illustrative example repeated under "All
            // examples", or "Web technician" vs "Web Technician"): keep the first.
            let mut key = Fnv::default();
            key.write_u16(unit);
            for id in &word_ids {
                key.write_u32(*id);
            }
            if word_ids.is_empty() || !seen.insert(key.finish()) {
                continue;
            }
            let doc_id = recs.len() as u32;
            let start = titles.len() as u32;
            titles.push_str(&doc.title);
            let has_slash = doc.title.contains('/');
            recs.push(DocRec {
                unit,
                kind,
                words: meaningful_word_count(&word_ids, |id| &term_list[id as usize], has_slash),
                title_start: start,
                title_end: titles.len() as u32,
            });
            doc.title = String::new(); // free as we go: keeps peak memory near one copy
            let first_pair = pairs.len();
            for id in &word_ids {
                if !pairs[first_pair..].iter().any(|(t, _)| t == id) {
                    pairs.push((*id, doc_id));
                }
            }
        }
        drop(term_ids);
        drop(seen);
        drop(docs);

        // Sort the vocabulary and renumber words in that order; postings by counting sort.
        let crate::inverted::Inverted {
            order,
            words: terms,
            word_ends: term_ends,
            postings,
            posting_ends,
        } = crate::inverted::invert(&term_list, &pairs);
        drop(pairs);
        let stems: Vec<String> = order
            .iter()
            .map(|old| inflection_stem(&term_list[*old as usize]))
            .collect();
        let by_stem = sort::order_by(stems.len(), &|a, b| stems[a].cmp(&stems[b]));
        let mut from = 0usize;
        let term_masks = term_ends
            .iter()
            .map(|end| {
                let mask = query::letter_mask(&terms.as_bytes()[from..*end as usize]);
                from = *end as usize;
                mask
            })
            .collect();

        drop(stems);
        drop(term_list);
        titles.shrink_to_fit();
        recs.shrink_to_fit();
        // Titles are in unit order, best kind first: a unit's first title is its most telling.
        let mut unit_doc = vec![u32::MAX; codes.units.len()];
        for (i, r) in recs.iter().enumerate().rev() {
            unit_doc[r.unit as usize] = i as u32;
        }
        Index {
            codes,
            docs: recs,
            titles,
            terms,
            term_ends,
            postings,
            posting_ends,
            by_stem,
            term_masks,
            model: None,
            unit_class: Vec::new(),
            unit_doc,
            rules: Rules::default(),
            chars: std::sync::OnceLock::new(),
            char_weight: CHAR_WEIGHT,
            letters: std::sync::OnceLock::new(),
        }
    }

    /// The index with a fitted ranker (see `Model`); unit groups the model does not know are
    /// ranked by their words alone.
    pub fn with_model(mut self, model: Model) -> Index {
        self.unit_class = self
            .codes
            .units
            .iter()
            .map(|u| {
                u.parse::<u32>()
                    .ok()
                    .and_then(|c| model.codes.binary_search(&c).ok())
                    .map_or(u32::MAX, |i| i as u32)
            })
            .collect();
        self.model = Some(model);
        self.letters.take();
        self
    }

    /// Replaces the fitted model's blend (for `make model`, which fits it on held-out titles).
    pub fn set_blend(&mut self, blend: crate::Blend) {
        if let Some(m) = &mut self.model {
            m.blend = blend;
        }
        self.letters.take();
    }

    /// Switches the hand-set rules (for the benchmark's ablation; the defaults ship).
    pub fn set_rules(&mut self, rules: Rules) {
        self.rules = rules;
        self.letters.take();
    }

    /// Sets the weight of the character similarity in the blend (for the benchmark).
    pub fn set_char_weight(&mut self, weight: f32) {
        self.char_weight = weight;
        self.letters.take();
    }

    /// The character n-gram index of the titles, built on first use.
    pub(crate) fn char_grams(&self) -> &CharGrams {
        self.chars.get_or_init(|| {
            let words: Vec<&str> = (0..self.term_count()).map(|i| self.term(i)).collect();
            let title_unit = self.docs.iter().map(|d| d.unit).collect();
            CharGrams::build(
                &words,
                |w| self.postings_of(w as usize),
                title_unit,
                self.codes.units.len(),
                crate::chargrams::MAX_DF,
            )
        })
    }

    /// Builds the character n-gram index now (it is otherwise built by the first query), so a
    /// page can pay for it before the reader types; returns its heap bytes.
    pub fn prepare_char_grams(&self) -> usize {
        self.char_grams().heap_bytes()
    }

    /// The rules in force.
    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// True when a fitted ranker is in use.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// Number of titles kept after de-duplication.
    pub fn doc_count(&self) -> usize {
        self.docs.len()
    }

    /// Number of distinct words in the vocabulary.
    pub fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    /// Estimated heap bytes held by the index (arrays and strings, not allocator overhead).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.docs.capacity() * size_of::<DocRec>()
            + self.titles.capacity()
            + self.terms.capacity()
            + (self.term_ends.capacity()
                + self.postings.capacity()
                + self.posting_ends.capacity()
                + self.by_stem.capacity()
                + self.term_masks.capacity())
                * 4
            + self.codes.heap_bytes()
    }

    /// Ranked unit groups for `query`: a 2021 code or prefix, a 2016 code, or title words.
    /// At most `limit` hits, one per unit group.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if limit == 0 {
            return Vec::new();
        }
        if let Some(digits) = codes::code_query(query) {
            let mut hits = self.codes.search(&digits);
            if !hits.is_empty() {
                hits.truncate(limit);
                return hits;
            }
        }
        self.search_titles(query, limit, false)
    }

    /// Like `search`, with how well the best hit covers the query's words (0–1; 1 for a code).
    pub fn search_covered(&self, query: &str, limit: usize) -> (Vec<Hit>, f32) {
        if limit == 0 {
            return (Vec::new(), 0.0);
        }
        if let Some(digits) = codes::code_query(query) {
            let mut hits = self.codes.search(&digits);
            if !hits.is_empty() {
                hits.truncate(limit);
                return (hits, 1.0);
            }
        }
        self.search_titles_covered(query, limit, false)
    }

    /// Suggestions when `search` finds nothing: the nearest codes for a code-like query,
    /// otherwise titles matched with a looser typo allowance. Up to five.
    pub fn did_you_mean(&self, query: &str) -> Vec<Hit> {
        const SUGGESTIONS: usize = 5;
        if let Some(digits) = codes::code_query(query) {
            let near = self.codes.nearest(&digits, SUGGESTIONS);
            if !near.is_empty() {
                return near;
            }
        }
        self.search_titles(query, SUGGESTIONS, true)
    }

    fn term(&self, id: usize) -> &str {
        let start = if id == 0 {
            0
        } else {
            self.term_ends[id - 1] as usize
        };
        &self.terms[start..self.term_ends[id] as usize]
    }

    fn postings_of(&self, id: usize) -> &[u32] {
        let start = if id == 0 {
            0
        } else {
            self.posting_ends[id - 1] as usize
        };
        &self.postings[start..self.posting_ends[id] as usize]
    }

    fn title(&self, doc: &DocRec) -> &str {
        &self.titles[doc.title_start as usize..doc.title_end as usize]
    }

    fn unit_code(&self, unit: u16) -> &str {
        &self.codes.units[unit as usize]
    }

    /// True when some word of the vocabulary begins with `prefix` (folded), or is it.
    pub fn completes(&self, prefix: &str) -> bool {
        let i = self.lower_bound(prefix);
        i < self.term_ends.len() && self.term(i).starts_with(prefix)
    }

    /// First vocabulary id whose word is >= `word`.
    fn lower_bound(&self, word: &str) -> usize {
        let (mut lo, mut hi) = (0, self.term_ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.term(mid) < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// Word count of a title where the second word of a gendered pair ("technicien/technicienne",
/// "directeur/directrice") is not counted again.
fn meaningful_word_count<'a>(ids: &[u32], word: impl Fn(u32) -> &'a str, has_slash: bool) -> u8 {
    let mut count = 0usize;
    for (i, id) in ids.iter().enumerate() {
        let twin = has_slash
            && ids[..i]
                .iter()
                .any(|earlier| gender_twins(word(*earlier), word(*id)));
        if !twin {
            count += 1;
        }
    }
    count.min(u8::MAX as usize) as u8
}

pub(crate) fn gender_twins(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    common >= 4 && common * 10 >= a.len().max(b.len()) * 6
}

impl CodeTable {
    fn heap_bytes(&self) -> usize {
        self.units.iter().map(|u| u.len() + 16).sum::<usize>() + self.successors_heap_bytes()
    }
}

/// FNV-1a: a tiny, fast hasher for the build-time maps (keys are our own short words, so
/// hash flooding is not a concern).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;
