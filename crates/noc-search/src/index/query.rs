//! Query side of the title index: each query word is matched against the vocabulary (exact,
//! inflected, prefix, typos), titles collect the best match of each word and are scored, and the
//! best title of each unit group represents it.

use std::collections::HashMap;

use super::Index;
use crate::distance;
use crate::normalize::{self, inflection_stem, is_stop_word};
use crate::sort;
use crate::{DocKind, Hit, HitKind};

/// Query words beyond this many are ignored (titles are short).
const MAX_QUERY_WORDS: usize = 8;

/// Match costs of one query word against one vocabulary word (lower is better).
const COST_EXACT: u8 = 0;
const COST_INFLECTED: u8 = 1;
const COST_PREFIX: u8 = 2;
fn cost_fuzzy(edits: u8) -> u8 {
    3 * edits + 1
}
fn cost_fuzzy_prefix(edits: u8) -> u8 {
    4 * edits + 1
}

/// Score weights. A matched query word outweighs everything else, so titles matching all words
/// come before titles matching some; one typo costs more than the gap between title kinds.
const PER_MATCHED_WORD: f32 = 100.0;
const PER_COST_UNIT: f32 = 3.0;
const EXACT_TITLE: f32 = 40.0;
const PER_EXTRA_WORD: f32 = 1.0;
/// Times the rarity (0–1, normalised inverse document frequency) of each matched word. It only
/// reorders titles matching different subsets of the query: titles matching every word all get
/// the same amount.
const PER_RARITY: f32 = 10.0;
/// Times ln(1 + titles of the unit group matching every word): 20 such titles add about 4.6,
/// less than one typo and than the exact-title bonus, more than the gap between title kinds.
const PER_SUPPORT_LOG: f32 = 1.5;

fn kind_bonus(kind: DocKind) -> f32 {
    match kind {
        DocKind::UnitGroup => 8.0,
        DocKind::Illustrative => 5.0,
        DocKind::Inclusion => 2.0,
        DocKind::Example => 0.0,
    }
}

/// Largest number of typos allowed in a query word of `len` bytes.
fn max_edits(len: usize, relaxed: bool) -> u8 {
    match (len, relaxed) {
        (0..=3, false) => 0,
        (4..=7, false) => 1,
        (_, false) => 2,
        (0..=2, true) => 0,
        (3..=4, true) => 1,
        (5..=8, true) => 2,
        (_, true) => 3,
    }
}

/// One query word and whether it may still be growing (the last word, as the user types).
struct QueryWord {
    text: String,
    is_prefix: bool,
}

impl Index {
    /// Vocabulary words matching one query word, with their cost (one entry per word).
    fn word_matches(&self, word: &QueryWord, relaxed: bool) -> Vec<(u32, u8)> {
        let mut found: HashMap<u32, u8> = HashMap::new();
        let mut offer = |id: usize, cost: u8| {
            let e = found.entry(id as u32).or_insert(cost);
            *e = (*e).min(cost);
        };
        let q = word.text.as_str();
        let start = self.lower_bound(q);
        let known_word = start < self.term_count() && self.term(start) == q;
        if known_word {
            offer(start, COST_EXACT);
        }
        // Same inflection stem: plural and gendered forms.
        let stem = inflection_stem(q);
        let first = self
            .by_stem
            .partition_point(|id| inflection_stem(self.term(*id as usize)) < stem);
        for id in &self.by_stem[first..] {
            if inflection_stem(self.term(*id as usize)) != stem {
                break;
            }
            offer(*id as usize, COST_INFLECTED);
        }
        if word.is_prefix {
            for id in start..self.term_count() {
                if !self.term(id).starts_with(q) {
                    break;
                }
                offer(id, COST_PREFIX);
            }
        }
        // A word found as typed is taken as meant: typo matches would only add noise (and
        // the scan over the vocabulary is the costly part of a query).
        let max = if known_word && !relaxed {
            0
        } else {
            max_edits(q.len(), relaxed)
        };
        if max > 0 {
            let allow_prefix = word.is_prefix;
            let q_mask = letter_mask(q.as_bytes());
            for id in 0..self.term_count() {
                let term = self.term(id);
                let len_gap = term.len().abs_diff(q.len());
                if len_gap > max as usize && !(allow_prefix && term.len() > q.len()) {
                    continue;
                }
                // Each query letter missing from the term (and its possible prefix) costs an edit.
                let reach = term.len().min(q.len() + max as usize);
                if (q_mask & !letter_mask(&term.as_bytes()[..reach])).count_ones() > u32::from(max)
                {
                    continue;
                }
                let (full, prefix) = distance::bounded(q.as_bytes(), term.as_bytes(), max);
                if let Some(d) = full {
                    offer(id, cost_fuzzy(d));
                }
                // A word being typed keeps its first letter: without this, short garbled prefixes
                // match the start of unrelated words ("plmbr" ~ "libr…").
                if allow_prefix && term.as_bytes().first() == q.as_bytes().first() {
                    if let Some(d) = prefix {
                        offer(id, cost_fuzzy_prefix(d));
                    }
                }
            }
        }
        found.into_iter().collect()
    }

    pub(super) fn search_titles(&self, query: &str, limit: usize, relaxed: bool) -> Vec<Hit> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let n = words.len();
        // Per title, the cost + 1 of each query word's best match (0 = not matched).
        let mut best = vec![[0u8; MAX_QUERY_WORDS]; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        // Rarity of each query word (by the titles its matches reach), so that among partial
        // matches the one sharing the rarer words wins: "chariot élévateur" over "opérateur".
        let mut rarity = [0f32; MAX_QUERY_WORDS];
        let all_docs = (self.docs.len() as f32).max(2.0);
        for (w, word) in words.iter().enumerate() {
            let matches = self.word_matches(word, relaxed);
            let reach: usize = matches
                .iter()
                .map(|(t, _)| self.postings_of(*t as usize).len())
                .sum();
            rarity[w] = ((all_docs / reach.max(1) as f32).ln() / all_docs.ln()).clamp(0.0, 1.0);
            for (term, cost) in matches {
                for doc in self.postings_of(term as usize) {
                    let slot = &mut best[*doc as usize];
                    if slot.iter().all(|c| *c == 0) {
                        touched.push(*doc);
                    }
                    if slot[w] == 0 || cost + 1 < slot[w] {
                        slot[w] = cost + 1;
                    }
                }
            }
        }

        // Best title per unit group.
        let mut per_unit: Vec<(f32, u32)> = vec![(f32::MIN, u32::MAX); self.codes.units.len()];
        // How many titles of each unit group contain every query word: the evidence that the
        // query names that occupation, which separates equally good single titles.
        let mut support = vec![0u16; self.codes.units.len()];
        for doc_id in touched {
            let doc = &self.docs[doc_id as usize];
            let slot = &best[doc_id as usize][..n];
            let matched = slot.iter().filter(|c| **c > 0).count();
            let cost: u32 = slot
                .iter()
                .filter(|c| **c > 0)
                .map(|c| u32::from(*c - 1))
                .sum();
            let close = slot.iter().all(|c| *c > 0 && *c - 1 <= COST_INFLECTED);
            let exact_title = close && usize::from(doc.words) == n;
            let extra = usize::from(doc.words).saturating_sub(matched).min(10);
            let rare: f32 = slot
                .iter()
                .zip(&rarity)
                .filter(|(c, _)| **c > 0)
                .map(|(_, r)| *r)
                .sum();
            let score = PER_MATCHED_WORD * matched as f32 + PER_RARITY * rare
                - PER_COST_UNIT * cost as f32
                + if exact_title { EXACT_TITLE } else { 0.0 }
                + kind_bonus(doc.kind)
                - PER_EXTRA_WORD * extra as f32;
            if matched == n {
                support[doc.unit as usize] = support[doc.unit as usize].saturating_add(1);
            }
            let entry = &mut per_unit[doc.unit as usize];
            let better = entry.1 == u32::MAX
                || score > entry.0
                || (score == entry.0
                    && self.title(doc).len() < self.title(&self.docs[entry.1 as usize]).len());
            if better {
                *entry = (score, doc_id);
            }
        }
        // Units are sorted by code, so a stable sort by score keeps equal scores in code order.
        let ranked: Vec<(f32, u32)> = per_unit
            .into_iter()
            .zip(&support)
            .filter(|((_, d), _)| *d != u32::MAX)
            .map(|((score, d), count)| (score + PER_SUPPORT_LOG * f32::from(*count).ln_1p(), d))
            .collect();
        let ranked = sort::sorted(ranked, &|a, b| b.0.total_cmp(&a.0));
        ranked
            .into_iter()
            .take(limit)
            .map(|(score, doc_id)| {
                let doc = &self.docs[doc_id as usize];
                Hit {
                    code: self.unit_code(doc.unit).to_string(),
                    matched: self.title(doc).to_string(),
                    kind: HitKind::Title(doc.kind),
                    score,
                }
            })
            .collect()
    }
}

/// Meaningful words of the query; stop words are dropped unless nothing else is left.
fn query_words(query: &str) -> Vec<QueryWord> {
    let mut all: Vec<String> = Vec::new();
    normalize::for_each_token(query, |t, _, _| all.push(t.to_string()));
    let ends_mid_word = query.chars().last().is_some_and(|c| c.is_alphanumeric());
    let last = all.len().saturating_sub(1);
    let mut words: Vec<QueryWord> = all
        .iter()
        .enumerate()
        .filter(|(_, t)| !is_stop_word(t))
        .map(|(i, t)| QueryWord {
            text: t.clone(),
            is_prefix: i == last && ends_mid_word,
        })
        .collect();
    if words.is_empty() {
        words = all
            .into_iter()
            .enumerate()
            .map(|(i, t)| QueryWord {
                text: t,
                is_prefix: i == last && ends_mid_word,
            })
            .collect();
    }
    // A repeated word adds nothing (and would make no title an exact match).
    let mut unique: Vec<QueryWord> = Vec::with_capacity(words.len());
    for w in words {
        match unique.iter_mut().find(|u| u.text == w.text) {
            Some(u) => u.is_prefix |= w.is_prefix,
            None => unique.push(w),
        }
    }
    unique.truncate(MAX_QUERY_WORDS);
    unique
}

/// Set of letters (a–z, then digits and other bytes folded together) in a word.
fn letter_mask(word: &[u8]) -> u32 {
    word.iter().fold(0u32, |m, b| {
        m | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << 26,
            _ => 1 << 27,
        }
    })
}
