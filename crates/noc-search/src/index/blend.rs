//! The final ranking when the index has a fitted model: the model scores every unit group from the
//! query's features, the word matcher (`query`) adds its evidence (its score relative to its best
//! title, so a clear match counts whatever the query's length), and the two are added with the
//! weight `make model` fitted on held-out NOC titles (`Blend`).

use super::query::{parse_query, MatchCache, QueryWord};
use super::{gender_twins, Index, Rules};
use crate::features::{feature_names, features};
use crate::normalize::is_stop_word;
use crate::{normalize, sort, DocKind, Hit};
use serde::Serialize;

/// Added to a unit group whose own title is the query: more than any model score difference.
const OWN_TITLE: f32 = 10.0;
/// Added to a unit group one of whose index titles is the query word for word ("électricien" is
/// an example title of 72200 only): the NOC's own name for a job points at its group.
const EXACT_TITLE: f32 = 1.0;
/// The first hits whose coverage of the query decides whether the other language is asked.
const COVERAGE_HITS: usize = 5;

/// A title's words as the index reads them (folded, stop words out), without the feminine twin of
/// a "masculine/feminine" pair: "électricien/électricienne" reads as "electricien".
fn title_words(title: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let slash = title.contains('/');
    normalize::for_each_token(title, |t, _, _| {
        if is_stop_word(t) || (slash && out.iter().any(|e| gender_twins(e, t))) {
            return;
        }
        out.push(t.to_string());
    });
    out
}

/// True when the query's words are the title's, word for word (a word may be its gender twin).
fn same_words(query: &[String], title: &[String]) -> bool {
    query.len() == title.len()
        && query
            .iter()
            .zip(title)
            .all(|(q, t)| q == t || gender_twins(q, t))
}

/// The model's input words for a parsed query: every form of every word of every role, in order.
fn words_of(parts: &[Vec<QueryWord>]) -> Vec<String> {
    parts
        .iter()
        .flatten()
        .flat_map(|w| w.forms.iter().cloned())
        .collect()
}

/// The fitted model's features for `query`, read the way the index reads it with the default
/// rules. `make model` turns the NOC's titles into training rows with this very function.
pub fn model_features(query: &str) -> Vec<(u32, f32)> {
    features(&words_of(&parse_query(query, Rules::default())))
}

/// How the fitted ranker scored one unit group for a query (`noc search --explain`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ModelExplanation {
    /// The model's score (its prior and every feature's contribution).
    pub model: f32,
    /// The unit group's prior in the model (its bias).
    pub bias: f32,
    /// The word matcher's evidence, 0–1 (its score relative to the best title's).
    pub engine: f32,
    /// The blend's weight of that evidence.
    pub engine_weight: f32,
    /// Each of the query's features with a weight for this unit group, largest effect first.
    pub features: Vec<FeatureContribution>,
    /// The character n-gram similarity of the query to the group's nearest title, 0–1 (0 when the
    /// rule is off).
    pub chars: f32,
    /// Its weight in the final score: `model + engine_weight * engine + chars_weight * chars`.
    pub chars_weight: f32,
}

/// What [`Index::blend_evidence`] returns: one slot per unit group, in `codes` order.
#[derive(Clone, Debug, PartialEq)]
pub struct BlendEvidence {
    /// The unit groups' codes, in code order.
    pub codes: Vec<String>,
    /// The fitted model's input (`features::features` of the query's words as the model reads them).
    pub features: Vec<(u32, f32)>,
    /// The word matcher's evidence, 0–1 (its score relative to the best title's).
    pub engine: Vec<f32>,
    /// The letters' similarity to the group's nearest title, 0–1 (empty when the rule is off).
    pub chars: Vec<f32>,
    /// One of the group's index titles is the query word for word.
    pub exact: Vec<bool>,
}

/// One feature's part in a unit group's model score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeatureContribution {
    /// "word cook", "pair line cook", "chars 'coo'".
    pub feature: String,
    pub contribution: f32,
}

impl Index {
    /// The model's input words, each as the NOC writes it: a word the vocabulary lacks (a typo, or a
    /// word still being typed) becomes its closest vocabulary word (least cost, then most titles),
    /// so "electrisian" and "pharmac" reach the model as "electrician" and "pharmacist".
    fn model_words(&self, parts: &[Vec<QueryWord>], cache: &mut MatchCache) -> Vec<String> {
        let mut out = Vec::new();
        // Spaced as the NOC writes them ("care giver" is "caregiver"), as the word matcher reads them.
        let spaced: Vec<QueryWord> = parts
            .iter()
            .flat_map(|p| {
                let mut p = p.clone();
                self.fix_spacing(&mut p);
                p
            })
            .collect();
        for w in &spaced {
            if w.forms.iter().any(|f| self.is_known(f)) {
                out.extend(w.forms.iter().cloned());
                continue;
            }
            let best = self
                .word_matches_cached(w, false, cache)
                .iter()
                .copied()
                .min_by_key(|(t, cost)| {
                    (*cost, usize::MAX - self.postings_of(*t as usize).len(), *t)
                });
            match best {
                Some((t, _)) => out.push(self.term(t as usize).to_string()),
                None => out.extend(w.forms.iter().cloned()),
            }
        }
        out
    }

    /// Each unit group's character similarity to the query (its nearest title's, 0–1), or nothing
    /// when the rule is off.
    /// It reads the query's words as parsed (abbreviations expanded, fillers out), all roles
    /// together.
    fn char_scores(&self, parts: &[Vec<QueryWord>]) -> Vec<f32> {
        if !self.rules.chars || self.char_weight == 0.0 {
            return Vec::new();
        }
        self.char_grams()
            .unit_similarity(&words_of(parts), |w| self.postings_of(w as usize))
    }

    /// Model score and word-matcher evidence of every unit group (one slot per unit), and the
    /// best title the word matcher found in it (`u32::MAX` if none), with how well that title covers
    /// the query (0–1), and whether one of its titles is the query word for word. `model_input`:
    /// the features of the query's `model_words`, read by the caller with the same `cache`.
    #[allow(clippy::type_complexity)]
    fn blend_parts(
        &self,
        query: &str,
        query_parts: Vec<Vec<QueryWord>>,
        model_input: &[(u32, f32)],
        cache: &mut MatchCache,
    ) -> (Vec<f32>, Vec<f32>, Vec<u32>, Vec<f32>, Vec<bool>) {
        let units = self.codes.units.len();
        let mut model_score = vec![f32::MIN; units];
        if let Some(model) = &self.model {
            let mut by_class = vec![0f32; model.class_count()];
            model.score_into(model_input, &mut by_class);
            for (u, c) in self.unit_class.iter().enumerate() {
                if let Some(s) = by_class.get(*c as usize) {
                    model_score[u] = *s;
                }
            }
        }
        let mut engine = vec![0f32; units];
        let mut best = vec![u32::MAX; units];
        let mut coverage = vec![0f32; units];
        let mut exact = vec![false; units];
        let query_words = title_words(query);
        {
            for words in query_parts {
                let (ranked, covers) = self.unit_matches(words, false, cache);
                // The best score (the order of the units does not matter here).
                let top =
                    ranked.iter().map(|r| r.0).reduce(
                        |a, b| {
                            if b.total_cmp(&a).is_gt() {
                                b
                            } else {
                                a
                            }
                        },
                    );
                let top = top.unwrap_or(0.0);
                for ((score, doc), c) in ranked.into_iter().zip(covers) {
                    let rec = &self.docs[doc as usize];
                    // Only titles that match every query word and have the query's length are
                    // read again (few are): the check stays off the time of a keystroke.
                    if c >= 0.999
                        && usize::from(rec.words) == query_words.len()
                        && !exact[rec.unit as usize]
                        && same_words(&query_words, &title_words(self.title(rec)))
                    {
                        exact[rec.unit as usize] = true;
                    }
                    let unit_of = self.docs[doc as usize].unit as usize;
                    coverage[unit_of] = coverage[unit_of].max(c);
                    let unit = self.docs[doc as usize].unit as usize;
                    let e = if top > 0.0 {
                        (score / top).max(0.0)
                    } else {
                        0.0
                    };
                    if best[unit] == u32::MAX || e > engine[unit] {
                        engine[unit] = e;
                        best[unit] = doc;
                    }
                }
            }
        }
        (model_score, engine, best, coverage, exact)
    }

    /// Ranked hits when the index has a model (see the module comment).
    pub(super) fn search_blended(
        &self,
        query: &str,
        parts: Vec<Vec<QueryWord>>,
        limit: usize,
    ) -> (Vec<Hit>, f32) {
        if let Some((ranked, coverage)) = self.letter_answer(query, limit) {
            return (self.hits(ranked.iter().take(limit).copied()), *coverage);
        }
        let (ranked, coverage) = self.blended_ranking(query, parts, limit);
        (self.hits(ranked.into_iter().take(limit)), coverage)
    }

    /// The work of [`Index::search_blended`]: the first `limit` (at least `COVERAGE_HITS`) unit
    /// groups as (score, title), best first, and how well the first hits cover the query.
    pub(super) fn blended_ranking(
        &self,
        query: &str,
        parts: Vec<Vec<QueryWord>>,
        limit: usize,
    ) -> (Vec<(f32, u32)>, f32) {
        if parts.is_empty() {
            return (Vec::new(), 0.0);
        }
        let blend = self.model.as_ref().map(|m| m.blend).unwrap_or_default();
        let chars = self.char_scores(&parts);
        let mut cache = MatchCache::default();
        let input = features(&self.model_words(&parts, &mut cache));
        let (model_score, engine, best, covers, exact_title) =
            self.blend_parts(query, parts, &input, &mut cache);
        // Words matched nothing and the model is unsure too: nothing to show (then "did you mean").
        let any_found = best.iter().any(|d| *d != u32::MAX);
        let top_model = model_score.iter().copied().fold(f32::MIN, f32::max);
        if !any_found && top_model <= blend.floor {
            return (Vec::new(), 0.0);
        }
        let folded = normalize::fold(query);
        let mut ranked: Vec<(f32, u32)> = Vec::new();
        for u in 0..self.codes.units.len() {
            let doc = if best[u] != u32::MAX {
                best[u]
            } else {
                self.unit_doc[u]
            };
            if doc == u32::MAX {
                continue;
            }
            let m = if model_score[u] == f32::MIN {
                0.0
            } else {
                model_score[u]
            };
            // A unit group's own title, typed as written (case and accents aside), names it: the
            // NOC must find itself first.
            let own = self.unit_doc[u];
            // (Lengths from the record first: most units fail them, and a keystroke reaches
            // hundreds of units.)
            let own_title = best[u] != u32::MAX && {
                let rec = &self.docs[own as usize];
                let len = rec.title_len() as usize;
                rec.kind == DocKind::UnitGroup
                    && len <= 2 * query.len() + 4
                    && query.len() <= 2 * len + 4
                    && normalize::fold(self.title(rec)) == folded
            };
            let (exact, doc) = if own_title {
                (OWN_TITLE, own)
            } else if exact_title[u] && self.rules.exact {
                (EXACT_TITLE, doc)
            } else {
                (0.0, doc)
            };
            let c = chars.get(u).map_or(0.0, |c| self.char_weight * c);
            ranked.push((m + blend.engine * engine[u] + exact + c, doc));
        }
        // Units are in code order, so a stable sort keeps equal scores in code order (only the
        // first `limit` are sorted).
        let ranked = sort::top(ranked, limit.max(COVERAGE_HITS), &|a, b| {
            b.0.total_cmp(&a.0)
        });
        // How well the first hits' words cover the query (the best of the first five, whatever
        // `limit` is): the widget asks the other language below `WEAK_COVERAGE`, so it must
        // describe what is shown, not the word matcher's favourite. Not the first hit alone: a
        // model-led first hit ("care giver" once brought 72999) would send a query that the next
        // hits match word for word to the other language's typo matches.
        let coverage = ranked
            .iter()
            .take(COVERAGE_HITS)
            .map(|(_, d)| covers[self.docs[*d as usize].unit as usize])
            .fold(0.0, f32::max);
        (ranked, coverage)
    }

    /// The evidence the blend adds, per unit group in code order: the model's input features, the
    /// word matcher's evidence (0–1), the letters' similarity (0–1) and whether the query is one of
    /// the group's index titles word for word: what `noc-bench-real-titles --evidence` writes for
    /// `bench/model/saturation.py` to rank again with one change at a time.
    pub fn blend_evidence(&self, query: &str) -> BlendEvidence {
        let parts = parse_query(query, self.rules);
        let mut cache = MatchCache::default();
        let features = features(&self.model_words(&parts, &mut cache));
        let chars = self.char_scores(&parts);
        let (_, engine, _, _, exact) = self.blend_parts(query, parts, &features, &mut cache);
        BlendEvidence {
            codes: self.codes.units.iter().map(|u| u.to_string()).collect(),
            features,
            engine,
            chars,
            exact,
        }
    }

    /// How the fitted ranker scored `code` for `query`; `None` without a model or for a code the
    /// index does not hold.
    pub fn explain_model(&self, query: &str, code: &str) -> Option<ModelExplanation> {
        let model = self.model.as_ref()?;
        let unit = self.codes.units.iter().position(|u| &**u == code)?;
        let class = *self.unit_class.get(unit)? as usize;
        if class >= model.class_count() {
            return None;
        }
        let parts = parse_query(query, self.rules);
        let mut cache = MatchCache::default();
        let words = self.model_words(&parts, &mut cache);
        let names = feature_names(&words);
        let input = features(&words);
        let chars = self.char_scores(&parts).get(unit).copied().unwrap_or(0.0);
        let (m, e, _, _, _) = self.blend_parts(query, parts, &input, &mut cache);
        let mut list: Vec<FeatureContribution> = model
            .contributions(&input, class)
            .into_iter()
            .map(|(bucket, contribution)| FeatureContribution {
                feature: names
                    .iter()
                    .filter(|(b, _)| *b == bucket)
                    .map(|(_, n)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(" | "),
                contribution,
            })
            .collect();
        list.sort_by(|a, b| b.contribution.abs().total_cmp(&a.contribution.abs()));
        Some(ModelExplanation {
            model: m[unit],
            bias: model.bias(class),
            engine: e[unit],
            engine_weight: model.blend.engine,
            features: list,
            chars,
            chars_weight: if self.rules.chars {
                self.char_weight
            } else {
                0.0
            },
        })
    }

    /// True when `title` is one of `code`'s titles in this index (as a hit's `matched` shows it).
    pub fn has_title(&self, code: &str, title: &str) -> bool {
        self.docs
            .iter()
            .any(|d| self.title(d) == title && self.unit_code(d.unit) == code)
    }
}
