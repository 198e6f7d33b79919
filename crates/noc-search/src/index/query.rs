//! Query side of the title index: each query word is matched against the vocabulary (exact,
//! inflected, prefix, typos), titles collect the best match of each word and are scored, and the
//! best title of each unit group represents it.

use super::{Index, Rules};
use crate::distance;
use crate::normalize::{self, inflection_stem, is_stop_word};
use crate::sort;
use crate::{DocKind, Hit, HitKind};

/// Query words beyond this many are ignored (titles are short).
pub(super) const MAX_QUERY_WORDS: usize = 12;
/// Roles of one answer searched separately ("owner, manager"); later ones are ignored.
const MAX_PARTS: usize = 4;

/// Match costs of one query word against one vocabulary word (lower is better).
pub(super) const COST_EXACT: u8 = 0;
pub(super) const COST_INFLECTED: u8 = 1;
pub(super) const COST_PREFIX: u8 = 2;
fn cost_fuzzy(edits: u8) -> u8 {
    3 * edits + 1
}
fn cost_fuzzy_prefix(edits: u8) -> u8 {
    4 * edits + 1
}

/// Score weights. A matched query word is worth `WORD_BASE + WORD_RARITY * rarity` (rarity 0–1:
/// normalised inverse document frequency of what it matches), plus `HEAD_RARITY * (rarity - HEAD_FROM)` for the
/// head word (English: the last word, French: the first; a generic head such as "operator" gains
/// little), times `CONTEXT` for words after "at", "for", "chez",
/// a spaced dash or a parenthesis ("cashier at Walmart", "RN - long term care"). One typo costs
/// more than the gap between title kinds.
const WORD_BASE: f32 = 60.0;
const WORD_RARITY: f32 = 40.0;
const HEAD_RARITY: f32 = 30.0;
/// Below this rarity a head word gets no bonus (0: a generic head gains little anyway; a higher
/// threshold helped realistic titles but cost the written-from-data set its recall@5).
const HEAD_FROM: f32 = 0.0;
const CONTEXT: f32 = 0.3;
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

/// One query word: its accepted forms (the word as typed, or what an abbreviation stands for in
/// either language), whether it may still be growing (the last word, as the user types), and
/// its role in the title.
#[derive(Clone, Debug)]
pub(crate) struct QueryWord {
    pub(crate) forms: Vec<String>,
    pub(crate) is_prefix: bool,
    pub(crate) head: bool,
    pub(crate) context: bool,
}

impl QueryWord {
    fn text(&self) -> &str {
        &self.forms[0]
    }
    pub(super) fn weight(&self, rarity: f32) -> f32 {
        // `head` and `context` are only set when their rule is on (`Rules`).
        let head = if self.head {
            HEAD_RARITY * (rarity - HEAD_FROM).max(0.0)
        } else {
            0.0
        };
        (WORD_BASE + WORD_RARITY * rarity + head) * if self.context { CONTEXT } else { 1.0 }
    }
}

/// Vocabulary matches of the words of one query, by (forms, prefix, relaxed): see
/// [`Index::word_matches_cached`].
#[derive(Default)]
pub(super) struct MatchCache(Vec<(CacheKey, Vec<(u32, u8)>)>);

/// A query word's forms, whether it may still grow, and whether typos are relaxed.
type CacheKey = (Vec<String>, bool, bool);

impl Index {
    /// Vocabulary words matching one query word, with their cost (one entry per word, in word id
    /// order, so every platform visits them alike).
    pub(super) fn word_matches(&self, word: &QueryWord, relaxed: bool) -> Vec<(u32, u8)> {
        // Each match packed as `id << 8 | cost`: sorting puts a word's lowest cost first.
        let mut found: Vec<u32> = Vec::new();
        for form in &word.forms {
            self.form_matches(form, word.is_prefix, relaxed, &mut found);
        }
        found.sort_unstable();
        let mut out: Vec<(u32, u8)> = Vec::with_capacity(found.len());
        for m in found {
            let (id, cost) = (m >> 8, m as u8);
            if out.last().is_none_or(|l| l.0 != id) {
                out.push((id, cost));
            }
        }
        out
    }

    /// As [`Index::word_matches`], found once per query: the model's reading of the words and the
    /// word matcher ask for the same words (a word being typed costs a scan of the vocabulary).
    pub(super) fn word_matches_cached<'c>(
        &self,
        word: &QueryWord,
        relaxed: bool,
        cache: &'c mut MatchCache,
    ) -> &'c [(u32, u8)] {
        let at = cache
            .0
            .iter()
            .position(|((forms, prefix, r), _)| {
                *forms == word.forms && *prefix == word.is_prefix && *r == relaxed
            })
            .unwrap_or_else(|| {
                let found = self.word_matches(word, relaxed);
                cache
                    .0
                    .push(((word.forms.clone(), word.is_prefix, relaxed), found));
                cache.0.len() - 1
            });
        &cache.0[at].1
    }

    /// True when `word` is in the vocabulary as written.
    pub(super) fn is_known(&self, word: &str) -> bool {
        let i = self.lower_bound(word);
        i < self.term_count() && self.term(i) == word
    }

    /// True when title `doc` writes `a` and then `b` as neighbouring words.
    fn writes_apart(&self, doc: u32, a: &str, b: &str) -> bool {
        let mut prev_is_a = false;
        let mut found = false;
        crate::normalize::for_each_token(self.title(&self.docs[doc as usize]), |t, _, _| {
            found |= prev_is_a && t == b;
            prev_is_a = t == a;
        });
        found
    }

    /// True when some title of the index writes the two words side by side ("food service").
    fn in_one_title(&self, a: &str, b: &str) -> bool {
        let (ia, ib) = (self.lower_bound(a), self.lower_bound(b));
        if ia >= self.term_count()
            || ib >= self.term_count()
            || self.term(ia) != a
            || self.term(ib) != b
        {
            return false;
        }
        let (pa, pb) = (self.postings_of(ia), self.postings_of(ib));
        let (mut i, mut j) = (0, 0);
        while i < pa.len() && j < pb.len() {
            match pa[i].cmp(&pb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if self.writes_apart(pa[i], a, b) {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }

    /// Joins two words typed apart that the NOC writes as one ("fire fighter", "tile setter",
    /// "cabinet maker": no title writes "cabinet" then "maker") and splits one typed together that it
    /// writes as two ("truckdriver", "forkliftoperator").
    pub(super) fn fix_spacing(&self, words: &mut Vec<QueryWord>) {
        let mut i = 0;
        while i + 1 < words.len() {
            let (a, b) = (&words[i], &words[i + 1]);
            if a.forms.len() == 1 && b.forms.len() == 1 && a.context == b.context {
                let joined = format!("{}{}", a.text(), b.text());
                // Two words the NOC also writes apart stay apart unless the NOC writes them joined
                // at least as often as the rarer one alone ("fire fighter" joins, "food service" not).
                let count = |w: &str| {
                    let i = self.lower_bound(w);
                    if i < self.term_count() && self.term(i) == w {
                        self.postings_of(i).len()
                    } else {
                        0
                    }
                };
                let (na, nb) = (count(a.text()), count(b.text()));
                if self.is_known(&joined)
                    && (na == 0
                        || nb == 0
                        || count(&joined) >= na.min(nb)
                        || !self.in_one_title(a.text(), b.text()))
                {
                    let (head, is_prefix) = (a.head || b.head, b.is_prefix);
                    words[i].forms = vec![joined];
                    words[i].head = head;
                    words[i].is_prefix = is_prefix;
                    words.remove(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        let mut out = Vec::with_capacity(words.len());
        for w in words.drain(..) {
            let t = w.text();
            if w.forms.len() == 1
                && (7..=32).contains(&t.len())
                && !self.is_known(t)
                && t.is_ascii()
            {
                let split =
                    (3..=t.len() - 3).find(|k| self.is_known(&t[..*k]) && self.is_known(&t[*k..]));
                if let Some(k) = split {
                    let (x, y) = (t[..k].to_string(), t[k..].to_string());
                    out.push(QueryWord {
                        forms: vec![x],
                        head: false,
                        is_prefix: false,
                        ..w.clone()
                    });
                    out.push(QueryWord {
                        forms: vec![y],
                        ..w
                    });
                    continue;
                }
            }
            out.push(w);
        }
        *words = out;
    }

    fn form_matches(&self, q: &str, is_prefix: bool, relaxed: bool, found: &mut Vec<u32>) {
        let mut offer = |id: usize, cost: u8| found.push((id as u32) << 8 | u32::from(cost));
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
        if is_prefix {
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
            let allow_prefix = is_prefix;
            let q_mask = letter_mask(q.as_bytes());
            let mut start = 0usize;
            for (id, end) in self.term_ends.iter().enumerate() {
                let (from, to) = (start, *end as usize);
                start = to;
                let len = to - from;
                let len_gap = len.abs_diff(q.len());
                // Too long to be the word: only its prefix can match, and only with the same first
                // letter (below).
                let first_differs = self.terms.as_bytes()[from..to].first() != q.as_bytes().first();
                if len_gap > max as usize && !(allow_prefix && len > q.len() && !first_differs) {
                    continue;
                }
                // Each query letter missing from the term (and its possible prefix) costs an edit.
                // The whole word's letters, kept in the index, hold its prefix's: most words fail
                // that first test.
                if (q_mask & !self.term_masks[id]).count_ones() > u32::from(max) {
                    continue;
                }
                let term = &self.terms.as_bytes()[from..to];
                let reach = len.min(q.len() + max as usize);
                if (q_mask & !letter_mask(&term[..reach])).count_ones() > u32::from(max) {
                    continue;
                }
                let (full, prefix) = distance::bounded(q.as_bytes(), term, max);
                if let Some(d) = full {
                    offer(id, cost_fuzzy(d));
                }
                // A word being typed keeps its first letter: without this, short garbled prefixes
                // match the start of unrelated words ("plmbr" ~ "libr…").
                if allow_prefix && !first_differs {
                    if let Some(d) = prefix {
                        offer(id, cost_fuzzy_prefix(d));
                    }
                }
            }
        }
    }

    pub(super) fn search_titles(&self, query: &str, limit: usize, relaxed: bool) -> Vec<Hit> {
        self.search_titles_covered(query, limit, relaxed).0
    }

    /// Hits and how well the best one covers the query (0–1, see `search_words`).
    pub(crate) fn search_titles_covered(
        &self,
        query: &str,
        limit: usize,
        relaxed: bool,
    ) -> (Vec<Hit>, f32) {
        let parts = parse_query(query, self.rules);
        if self.model.is_some() && self.rules.model && !relaxed {
            return self.search_blended(query, parts, limit);
        }
        if parts.len() <= 1 {
            return parts.into_iter().next().map_or_else(
                || (Vec::new(), 0.0),
                |words| {
                    let (ranked, coverage, _) = self.search_words(words, relaxed);
                    (self.hits(ranked.into_iter().take(limit)), coverage)
                },
            );
        }
        // Two roles in one answer ("owner, manager", "plumber / pipefitter"): each part is searched
        // on its own and their results alternate, first part first.
        let mut coverage = 0f32;
        let lists: Vec<Vec<Hit>> = parts
            .into_iter()
            .map(|w| {
                let (ranked, c, _) = self.search_words(w, relaxed);
                coverage = coverage.max(c);
                self.hits(ranked.into_iter().take(limit))
            })
            .collect();
        let mut out: Vec<Hit> = Vec::new();
        for i in 0..limit {
            for list in &lists {
                if let Some(h) = list.get(i) {
                    if !out.iter().any(|o| o.code == h.code) {
                        out.push(h.clone());
                    }
                }
            }
        }
        out.truncate(limit);
        (out, coverage)
    }

    /// Every unit group the words reach, best first, as (score, best title), and how well the best
    /// title covers the query (0–1), and each ranked title's coverage.
    pub(super) fn search_words(
        &self,
        words: Vec<QueryWord>,
        relaxed: bool,
    ) -> (Vec<(f32, u32)>, f32, Vec<f32>) {
        let (ranked, covers) = self.unit_matches(words, relaxed, &mut MatchCache::default());
        // Units are sorted by code, so a stable sort by score keeps equal scores in code order.
        let order = sort::order_by(ranked.len(), &|a, b| ranked[b].0.total_cmp(&ranked[a].0));
        let ranked = sort::arrange(ranked, &order);
        let covers = sort::arrange(covers, &order);
        let coverage = covers.first().copied().unwrap_or(0.0);
        (ranked, coverage, covers)
    }

    /// The work of [`Index::search_words`] without the ranking: every unit group the words reach
    /// as (score, best title), in code order, with that title's coverage of the query (0–1). The
    /// blend needs only these (and the best score).
    pub(super) fn unit_matches(
        &self,
        mut words: Vec<QueryWord>,
        relaxed: bool,
        cache: &mut MatchCache,
    ) -> (Vec<(f32, u32)>, Vec<f32>) {
        self.fix_spacing(&mut words);
        words.truncate(MAX_QUERY_WORDS);
        if words.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let n = words.len();
        // Per title, the cost + 1 of each query word's best match (0 = not matched).
        // (`n` slots per title, not `MAX_QUERY_WORDS`: a keystroke zeroes far fewer bytes.)
        let mut best = vec![0u8; self.docs.len() * n];
        let mut touched: Vec<u32> = Vec::new();
        // Rarity of each query word (by the titles its matches reach), so that among partial
        // matches the one sharing the rarer words wins: "chariot élévateur" over "opérateur".
        let mut weight = [0f32; MAX_QUERY_WORDS];
        let all_docs = (self.docs.len() as f32).max(2.0);
        for (w, word) in words.iter().enumerate() {
            let matches = self.word_matches_cached(word, relaxed, cache);
            let reach: usize = matches
                .iter()
                .map(|(t, _)| self.postings_of(*t as usize).len())
                .sum();
            let rarity = ((all_docs / reach.max(1) as f32).ln() / all_docs.ln()).clamp(0.0, 1.0);
            weight[w] = word.weight(rarity);
            for &(term, cost) in matches {
                for doc in self.postings_of(term as usize) {
                    let at = *doc as usize * n;
                    let slot = &mut best[at..at + n];
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
            let slot = &best[doc_id as usize * n..][..n];
            let matched = slot.iter().filter(|c| **c > 0).count();
            let cost: u32 = slot
                .iter()
                .filter(|c| **c > 0)
                .map(|c| u32::from(*c - 1))
                .sum();
            let close = slot.iter().all(|c| *c > 0 && *c - 1 <= COST_INFLECTED);
            let exact_title = close && usize::from(doc.words) == n;
            let extra = usize::from(doc.words).saturating_sub(matched).min(10);
            let evidence: f32 = slot
                .iter()
                .zip(&weight)
                .filter(|(c, _)| **c > 0)
                .map(|(_, r)| *r)
                .sum();
            let score = evidence - PER_COST_UNIT * cost as f32
                + if exact_title { EXACT_TITLE } else { 0.0 }
                + kind_bonus(doc.kind)
                - PER_EXTRA_WORD * extra as f32;
            if matched == n {
                support[doc.unit as usize] = support[doc.unit as usize].saturating_add(1);
            }
            let entry = &mut per_unit[doc.unit as usize];
            // (Titles' lengths from their records: slicing the text only to measure it was a
            // visible share of a one-letter query.)
            let better = entry.1 == u32::MAX
                || score > entry.0
                || (score == entry.0 && doc.title_len() < self.docs[entry.1 as usize].title_len());
            if better {
                *entry = (score, doc_id);
            }
        }
        let ranked: Vec<(f32, u32)> = per_unit
            .into_iter()
            .zip(&support)
            .filter(|((_, d), _)| *d != u32::MAX)
            .map(|((score, d), count)| (score + PER_SUPPORT_LOG * f32::from(*count).ln_1p(), d))
            .collect();
        // How much of the query the best title covers: the share of the word weights matched
        // without typos (a typo costs a tenth), 0–1. The widget asks the other language when low.
        let total: f32 = weight[..n].iter().sum::<f32>().max(f32::MIN_POSITIVE);
        let cover = |d: u32| {
            best[d as usize * n..][..n]
                .iter()
                .zip(&weight)
                .filter(|(c, _)| **c > 0)
                .map(|(c, w)| if *c - 1 <= COST_PREFIX { *w } else { *w * 0.9 })
                .sum::<f32>()
                / total
        };
        // The blend ranks by more than these scores: it needs each title's coverage.
        let covers = ranked.iter().map(|(_, d)| cover(*d)).collect();
        (ranked, covers)
    }

    /// Hits for ranked (score, title) pairs.
    pub(super) fn hits(&self, ranked: impl Iterator<Item = (f32, u32)>) -> Vec<Hit> {
        ranked
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

/// Words that start the context of a title rather than name the job: "cashier at Walmart",
/// "park ranger for provincial parks", "serveuse chez Tim Hortons".
fn is_context_marker(token: &str) -> bool {
    matches!(token, "at" | "for" | "with" | "chez" | "dans" | "aupres")
}

/// French when a French function word or a French-only ending appears; it decides where the head
/// word is (first noun in French, last in English).
fn looks_french(tokens: &[String]) -> bool {
    tokens.iter().any(|t| {
        matches!(
            t.as_str(),
            "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "en" | "au" | "aux" | "chez"
        ) || [
            "iere", "ieres", "euse", "trice", "ienne", "eur", "eurs", "ier",
        ]
        .iter()
        .any(|e| t.ends_with(e) && t.len() > e.len() + 2)
    })
}

/// The query as parts (one per role: "owner, manager" has two), each a list of meaningful words:
/// abbreviations expanded and filler words (seniority, grade, employer) dropped through the
/// synonym table, stop words dropped (unless nothing else is left), head and context marked.
pub(crate) fn parse_query(query: &str, rules: Rules) -> Vec<Vec<QueryWord>> {
    // (folded token, starts a new role, starts context)
    let mut raw: Vec<(String, bool, bool)> = Vec::new();
    let mut last_end = 0usize;
    normalize::for_each_token(query, |t, start, end| {
        let gap = &query[last_end..start];
        // A slash between words is a second role only when spaced ("cook / manager"): unspaced
        // it is usually one title's gendered pair ("technicien/technicienne", "host/hostess").
        let new_role = rules.roles
            && !raw.is_empty()
            && (gap.contains([',', ';', '&', '+', '|']) || (gap.contains('/') && gap.len() > 1));
        let context = gap.contains(" - ")
            || gap.contains('–')
            || gap.contains('—')
            || gap.contains('(')
            || gap.contains(" -")
            || gap.contains(':');
        raw.push((
            t.to_string(),
            new_role,
            rules.context && context && !raw.is_empty(),
        ));
        last_end = end;
    });
    let ends_mid_word = query.chars().last().is_some_and(|c| c.is_alphanumeric());
    let french = looks_french(&raw.iter().map(|r| r.0.clone()).collect::<Vec<_>>());
    let mut segments: Vec<Vec<(String, bool)>> = Vec::new();
    let mut in_context = false;
    for (t, new_role, context) in raw {
        if new_role || segments.is_empty() {
            segments.push(Vec::new());
            in_context = false;
        }
        if context {
            in_context = true;
        }
        if rules.context && is_context_marker(&t) && !segments.last().unwrap().is_empty() {
            in_context = true;
            continue;
        }
        segments.last_mut().unwrap().push((t, in_context));
    }
    // A long paste of many roles is not a job title: the first few parts are plenty.
    segments.truncate(MAX_PARTS);
    let n_segments = segments.len();
    let mut parts: Vec<Vec<QueryWord>> = Vec::new();
    for (si, seg) in segments.into_iter().enumerate() {
        let last_segment = si + 1 == n_segments;
        let tokens: Vec<String> = seg.iter().map(|s| s.0.clone()).collect();
        let mut words: Vec<QueryWord> = Vec::new();
        let mut fillers: Vec<QueryWord> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let context = seg[i].1;
            let at_end = last_segment && i + 1 == tokens.len() && ends_mid_word;
            if let Some((len, found)) = crate::synonyms::lookup(&tokens[i..]) {
                let ends_query = last_segment && i + len == tokens.len() && ends_mid_word;
                if found.iter().all(|s| s.filler) {
                    // Word by word, as typed (only the last can be unfinished): kept as plain words
                    // when the rule is off, else set aside, so that a query of fillers alone
                    // ("part time") is searched as typed.
                    let as_typed = tokens[i..i + len]
                        .iter()
                        .enumerate()
                        .map(|(k, t)| QueryWord {
                            forms: vec![t.clone()],
                            is_prefix: ends_query && k + 1 == len,
                            head: false,
                            context,
                        });
                    if rules.fillers {
                        fillers.extend(as_typed);
                    } else {
                        words.extend(as_typed);
                    }
                } else if found.len() == 1
                    || found.iter().all(|s| s.to.len() == 1) && found.iter().any(|s| !s.filler)
                {
                    // One reading, several words ("csr" → "customer service representative"), or
                    // one word in each language ("tech" → "technician" | "technicien").
                    let targets: Vec<&crate::synonyms::Synonym> =
                        found.iter().copied().filter(|s| !s.filler).collect();
                    if targets.len() == 1 {
                        for w in targets[0].to.iter().filter(|w| !is_stop_word(w)) {
                            words.push(QueryWord {
                                forms: vec![w.to_string()],
                                is_prefix: false,
                                head: false,
                                context,
                            });
                        }
                    } else {
                        let forms: Vec<String> =
                            targets.iter().map(|s| s.to[0].to_string()).collect();
                        words.push(QueryWord {
                            forms,
                            is_prefix: false,
                            head: false,
                            context,
                        });
                    }
                }
                i += len;
                continue;
            }
            let t = &tokens[i];
            if !is_stop_word(t) {
                words.push(QueryWord {
                    forms: vec![t.clone()],
                    is_prefix: at_end,
                    head: false,
                    context,
                });
            } else if words.is_empty() && fillers.is_empty() && i + 1 == tokens.len() {
                fillers.push(QueryWord {
                    forms: vec![t.clone()],
                    is_prefix: at_end,
                    head: false,
                    context,
                });
            }
            i += 1;
        }
        if words.is_empty() {
            // Only filler or stop words ("senior", "the"): search them as typed.
            words = fillers;
        }
        // A repeated word adds nothing (and would make no title an exact match).
        let mut unique: Vec<QueryWord> = Vec::with_capacity(words.len());
        for w in words {
            match unique.iter_mut().find(|u| u.forms == w.forms) {
                Some(u) => u.is_prefix |= w.is_prefix,
                None => unique.push(w),
            }
        }
        if rules.head && unique.len() >= 2 {
            let main: Vec<usize> = (0..unique.len()).filter(|i| !unique[*i].context).collect();
            let head = if french { main.first() } else { main.last() };
            if let Some(h) = head {
                unique[*h].head = true;
            }
        }
        if !unique.is_empty() {
            parts.push(unique);
        }
    }
    parts
}

/// Set of letters (a–z, then digits and other bytes folded together) in a word.
pub(super) fn letter_mask(word: &[u8]) -> u32 {
    word.iter().fold(0u32, |m, b| {
        m | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << 26,
            _ => 1 << 27,
        }
    })
}
