//! The title index: a sorted vocabulary of folded words, each with the list of titles that
//! contain it (compact arrays, no per-title allocations), plus the code table.
//!
//! A query is split into words; each word is matched against the vocabulary exactly, by
//! inflection (plural / gendered form), as a prefix (the last word, as the user types) and
//! with a bounded number of typos. Titles collect the best match of each query word and are
//! scored; the best title of each unit group represents it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::codes::{self, CodeTable};
use crate::distance;
use crate::normalize::{self, inflection_stem, is_stop_word};
use crate::sort;
use crate::{Doc, DocKind, Hit, HitKind, Successor};

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
}

/// One query word and whether it may still be growing (the last word, as the user types).
struct QueryWord {
    text: String,
    is_prefix: bool,
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

        // Sort the vocabulary and renumber words in that order.
        let order = sort::order_by(term_list.len(), &|a, b| term_list[a].cmp(&term_list[b]));
        let mut new_id = vec![0u32; term_list.len()];
        let mut terms = String::new();
        let mut term_ends = Vec::with_capacity(order.len());
        for (new, old) in order.iter().enumerate() {
            new_id[*old as usize] = new as u32;
            terms.push_str(&term_list[*old as usize]);
            term_ends.push(terms.len() as u32);
        }

        // Postings by counting sort; pairs are in doc order, so each list comes out ascending.
        let mut counts = vec![0u32; term_list.len()];
        for (t, _) in &pairs {
            counts[new_id[*t as usize] as usize] += 1;
        }
        let mut posting_ends = Vec::with_capacity(counts.len());
        let mut total = 0u32;
        for c in &counts {
            total += c;
            posting_ends.push(total);
        }
        let mut fill: Vec<u32> = posting_ends.iter().zip(&counts).map(|(end, c)| end - c).collect();
        let mut postings = vec![0u32; pairs.len()];
        for (t, d) in &pairs {
            let t = new_id[*t as usize] as usize;
            postings[fill[t] as usize] = *d;
            fill[t] += 1;
        }
        drop(pairs);

        drop(new_id);
        drop(counts);
        drop(fill);
        let stems: Vec<String> = order.iter().map(|old| inflection_stem(&term_list[*old as usize])).collect();
        let by_stem = sort::order_by(stems.len(), &|a, b| stems[a].cmp(&stems[b]));

        drop(stems);
        drop(term_list);
        titles.shrink_to_fit();
        recs.shrink_to_fit();
        Index {
            codes,
            docs: recs,
            titles,
            terms,
            term_ends,
            postings,
            posting_ends,
            by_stem,
        }
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
            + (self.term_ends.capacity() + self.postings.capacity() + self.posting_ends.capacity() + self.by_stem.capacity())
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
        let start = if id == 0 { 0 } else { self.term_ends[id - 1] as usize };
        &self.terms[start..self.term_ends[id] as usize]
    }

    fn postings_of(&self, id: usize) -> &[u32] {
        let start = if id == 0 { 0 } else { self.posting_ends[id - 1] as usize };
        &self.postings[start..self.posting_ends[id] as usize]
    }

    fn title(&self, doc: &DocRec) -> &str {
        &self.titles[doc.title_start as usize..doc.title_end as usize]
    }

    fn unit_code(&self, unit: u16) -> &str {
        &self.codes.units[unit as usize]
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
        let first = self.by_stem.partition_point(|id| inflection_stem(self.term(*id as usize)) < stem);
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
        let max = if known_word && !relaxed { 0 } else { max_edits(q.len(), relaxed) };
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
                if (q_mask & !letter_mask(&term.as_bytes()[..reach])).count_ones() > u32::from(max) {
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

    fn search_titles(&self, query: &str, limit: usize, relaxed: bool) -> Vec<Hit> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let n = words.len();
        // Per title, the cost + 1 of each query word's best match (0 = not matched).
        let mut best = vec![[0u8; MAX_QUERY_WORDS]; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        for (w, word) in words.iter().enumerate() {
            for (term, cost) in self.word_matches(word, relaxed) {
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
            let cost: u32 = slot.iter().filter(|c| **c > 0).map(|c| u32::from(*c - 1)).sum();
            let close = slot.iter().all(|c| *c > 0 && *c - 1 <= COST_INFLECTED);
            let exact_title = close && usize::from(doc.words) == n;
            let extra = usize::from(doc.words).saturating_sub(matched).min(10);
            let score = PER_MATCHED_WORD * matched as f32 - PER_COST_UNIT * cost as f32
                + if exact_title { EXACT_TITLE } else { 0.0 }
                + kind_bonus(doc.kind)
                - PER_EXTRA_WORD * extra as f32;
            if matched == n {
                support[doc.unit as usize] = support[doc.unit as usize].saturating_add(1);
            }
            let entry = &mut per_unit[doc.unit as usize];
            let better = entry.1 == u32::MAX
                || score > entry.0
                || (score == entry.0 && self.title(doc).len() < self.title(&self.docs[entry.1 as usize]).len());
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
        .map(|(i, t)| QueryWord { text: t.clone(), is_prefix: i == last && ends_mid_word })
        .collect();
    if words.is_empty() {
        words = all
            .into_iter()
            .enumerate()
            .map(|(i, t)| QueryWord { text: t, is_prefix: i == last && ends_mid_word })
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

/// Word count of a title where the second word of a gendered pair ("technicien/technicienne",
/// "directeur/directrice") is not counted again.
fn meaningful_word_count<'a>(ids: &[u32], word: impl Fn(u32) -> &'a str, has_slash: bool) -> u8 {
    let mut count = 0usize;
    for (i, id) in ids.iter().enumerate() {
        let twin = has_slash && ids[..i].iter().any(|earlier| gender_twins(word(*earlier), word(*id)));
        if !twin {
            count += 1;
        }
    }
    count.min(u8::MAX as usize) as u8
}

fn gender_twins(a: &str, b: &str) -> bool {
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
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

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
