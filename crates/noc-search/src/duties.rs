//! "Find my occupation by what I do": ranks unit groups by how well their main duties match a
//! free-text description (or a list of duties, one per line).
//!
//! Scoring is BM25 over unit groups (each group's duties form one document) on stemmed words
//! with English and French stop words removed, plus a bonus for a single duty that matches
//! much of one described task, so "install and repair computer networks" prefers a group with
//! a duty saying just that over one that mentions the words in scattered duties.

use std::collections::HashMap;

use serde::Serialize;

use crate::distance;
use crate::normalize::{self, duty_stem, is_stop_word};
use crate::sort;

/// BM25 saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.5;
/// Weight of the best single duty per described task.
const CONCENTRATION: f32 = 0.25;

/// One duty that matched, with the byte ranges of its matched words (for highlighting).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DutyMatch {
    /// Position of the duty in the list given to [`DutyIndex::build`].
    pub duty: usize,
    pub text: String,
    /// Byte ranges `start..end` into `text`.
    pub spans: Vec<(usize, usize)>,
}

/// One unit group found by its duties.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DutyHit {
    pub code: String,
    pub score: f32,
    /// Its duties that share words with the query, best first.
    pub matched: Vec<DutyMatch>,
}

#[derive(Clone, Copy)]
struct DutyRec {
    unit: u16,
    start: u32,
    end: u32,
}

/// Index over main duties. Build once per language.
pub struct DutyIndex {
    units: Vec<Box<str>>,
    /// Stemmed words per unit group, for length normalisation.
    unit_words: Vec<u32>,
    average_unit_words: f32,
    duties: Vec<DutyRec>,
    text: String,
    /// Sorted stems, back to back.
    stems: String,
    stem_ends: Vec<u32>,
    /// Duties containing each stem (ascending, once per duty).
    postings: Vec<u32>,
    posting_ends: Vec<u32>,
    /// Number of unit groups whose duties contain each stem.
    unit_df: Vec<u16>,
}

impl DutyIndex {
    /// `duties` are (five-digit code, duty text) pairs; positions are kept as duty ids.
    pub fn build(duties: Vec<(String, String)>) -> DutyIndex {
        let mut units: Vec<Box<str>> = Vec::new();
        for (code, _) in &duties {
            if units.last().is_none_or(|u| **u != **code) {
                units.push(Box::from(code.as_str()));
            }
        }
        let mut units = sort::sorted(units, &|a, b| a.cmp(b));
        units.dedup();
        let mut unit_words = vec![0u32; units.len()];
        let mut stem_ids: HashMap<String, u32> = HashMap::new();
        let mut stem_list: Vec<String> = Vec::new();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut recs = Vec::with_capacity(duties.len());
        let mut text = String::new();
        for (duty_id, (code, duty)) in duties.iter().enumerate() {
            let unit = units
                .binary_search_by(|u| (**u).cmp(code.as_str()))
                .unwrap_or(0) as u16;
            let start = text.len() as u32;
            text.push_str(duty);
            recs.push(DutyRec {
                unit,
                start,
                end: text.len() as u32,
            });
            let first = pairs.len();
            normalize::for_each_token(duty, |t, _, _| {
                if is_stop_word(t) {
                    return;
                }
                unit_words[unit as usize] += 1;
                let stem = duty_stem(t);
                let id = match stem_ids.get(&stem) {
                    Some(id) => *id,
                    None => {
                        let id = stem_list.len() as u32;
                        stem_ids.insert(stem.clone(), id);
                        stem_list.push(stem);
                        id
                    }
                };
                if !pairs[first..].iter().any(|(s, _)| *s == id) {
                    pairs.push((id, duty_id as u32));
                }
            });
        }
        drop(stem_ids);

        let crate::inverted::Inverted {
            order,
            words: stems,
            word_ends: stem_ends,
            postings,
            posting_ends,
        } = crate::inverted::invert(&stem_list, &pairs);
        let mut unit_df = vec![0u16; order.len()];
        for (s, df) in unit_df.iter_mut().enumerate() {
            let start = if s == 0 {
                0
            } else {
                posting_ends[s - 1] as usize
            };
            let mut last = u16::MAX;
            for d in &postings[start..posting_ends[s] as usize] {
                let unit = recs[*d as usize].unit;
                if unit != last {
                    *df += 1;
                    last = unit;
                }
            }
        }
        let average_unit_words = (unit_words.iter().map(|w| *w as f32).sum::<f32>()
            / units.len().max(1) as f32)
            .max(1.0);
        DutyIndex {
            units,
            unit_words,
            average_unit_words,
            duties: recs,
            text,
            stems,
            stem_ends,
            postings,
            posting_ends,
            unit_df,
        }
    }

    /// Number of duties indexed.
    pub fn len(&self) -> usize {
        self.duties.len()
    }

    pub fn is_empty(&self) -> bool {
        self.duties.is_empty()
    }

    /// Text of duty `id` (its position in the build input).
    pub fn duty_text(&self, id: usize) -> Option<&str> {
        self.duties
            .get(id)
            .map(|d| &self.text[d.start as usize..d.end as usize])
    }

    /// Estimated heap bytes held by the index.
    pub fn heap_bytes(&self) -> usize {
        self.units.iter().map(|u| u.len() + 16).sum::<usize>()
            + self.unit_words.capacity() * 4
            + self.duties.capacity() * std::mem::size_of::<DutyRec>()
            + self.text.capacity()
            + self.stems.capacity()
            + (self.stem_ends.capacity() + self.postings.capacity() + self.posting_ends.capacity())
                * 4
            + self.unit_df.capacity() * 2
    }

    /// Unit groups whose duties best match `query`: free text, or several tasks separated by
    /// new lines or semicolons. Words are stemmed; a long word (6+ letters) may have one typo.
    pub fn search(&self, query: &str, limit: usize) -> Vec<DutyHit> {
        let tasks: Vec<Vec<(usize, f32)>> = query
            .split(['\n', ';'])
            .map(|task| self.task_stems(task))
            .filter(|s| !s.is_empty())
            .collect();
        if tasks.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Every stem of the query once, with its weight.
        let mut all: Vec<(usize, f32)> = Vec::new();
        for stem in tasks.iter().flatten() {
            if !all.iter().any(|(s, _)| *s == stem.0) {
                all.push(*stem);
            }
        }

        let mut unit_score: HashMap<u16, f32> = HashMap::new();
        let mut unit_tf: HashMap<u16, u32> = HashMap::new();
        for (stem, idf) in &all {
            unit_tf.clear();
            for d in self.postings_of(*stem) {
                *unit_tf.entry(self.duties[*d as usize].unit).or_insert(0) += 1;
            }
            for (unit, tf) in &unit_tf {
                let len_ratio = self.unit_words[*unit as usize] as f32 / self.average_unit_words;
                let tf = *tf as f32;
                let part = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len_ratio));
                *unit_score.entry(*unit).or_insert(0.0) += part;
            }
        }
        // Concentration: per task, the best single duty of each unit group.
        let mut duty_score: HashMap<u32, f32> = HashMap::new();
        for task in &tasks {
            duty_score.clear();
            for (stem, idf) in task {
                for d in self.postings_of(*stem) {
                    *duty_score.entry(*d).or_insert(0.0) += idf;
                }
            }
            let mut best: HashMap<u16, f32> = HashMap::new();
            for (d, s) in &duty_score {
                let e = best.entry(self.duties[*d as usize].unit).or_insert(0.0);
                *e = e.max(*s);
            }
            for (unit, s) in best {
                *unit_score.entry(unit).or_insert(0.0) += CONCENTRATION * s;
            }
        }

        let ranked: Vec<(u16, f32)> = unit_score.into_iter().collect();
        let mut ranked = sort::sorted(ranked, &|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);

        let weights: HashMap<usize, f32> = all.iter().copied().collect();
        ranked
            .into_iter()
            .map(|(unit, score)| self.hit(unit, score, &weights))
            .collect()
    }

    /// [`search`](Self::search) with the tasks given as a list.
    pub fn search_list(&self, tasks: &[&str], limit: usize) -> Vec<DutyHit> {
        self.search(&tasks.join("\n"), limit)
    }

    fn hit(&self, unit: u16, score: f32, weights: &HashMap<usize, f32>) -> DutyHit {
        let mut matched: Vec<(f32, DutyMatch)> = Vec::new();
        for (id, duty) in self
            .duties
            .iter()
            .enumerate()
            .filter(|(_, d)| d.unit == unit)
        {
            let text = &self.text[duty.start as usize..duty.end as usize];
            let mut spans = Vec::new();
            let mut weight = 0.0;
            let mut counted: Vec<usize> = Vec::new();
            normalize::for_each_token(text, |t, s, e| {
                if is_stop_word(t) {
                    return;
                }
                if let Some(stem) = self.stem_id(&duty_stem(t)) {
                    if let Some(w) = weights.get(&stem) {
                        spans.push((s, e));
                        if !counted.contains(&stem) {
                            counted.push(stem);
                            weight += w;
                        }
                    }
                }
            });
            if !spans.is_empty() {
                matched.push((
                    weight,
                    DutyMatch {
                        duty: id,
                        text: text.to_string(),
                        spans,
                    },
                ));
            }
        }
        let matched = sort::sorted(matched, &|a, b| {
            b.0.total_cmp(&a.0).then(a.1.duty.cmp(&b.1.duty))
        });
        DutyHit {
            code: self.units[unit as usize].to_string(),
            score,
            matched: matched.into_iter().map(|(_, m)| m).collect(),
        }
    }

    /// Stems of one task with their inverse document frequency; unknown long words fall back
    /// to the nearest stem within one typo.
    fn task_stems(&self, task: &str) -> Vec<(usize, f32)> {
        let mut out: Vec<(usize, f32)> = Vec::new();
        normalize::for_each_token(task, |t, _, _| {
            if is_stop_word(t) {
                return;
            }
            let stem = duty_stem(t);
            let id = self.stem_id(&stem).or_else(|| {
                if t.len() >= 6 {
                    self.nearest_stem(&stem)
                } else {
                    None
                }
            });
            if let Some(id) = id {
                if !out.iter().any(|(s, _)| *s == id) {
                    out.push((id, self.idf(id)));
                }
            }
        });
        out
    }

    fn idf(&self, stem: usize) -> f32 {
        let n = self.units.len() as f32;
        let df = f32::from(self.unit_df[stem]);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    fn stem(&self, id: usize) -> &str {
        let start = if id == 0 {
            0
        } else {
            self.stem_ends[id - 1] as usize
        };
        &self.stems[start..self.stem_ends[id] as usize]
    }

    fn stem_id(&self, stem: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.stem_ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.stem(mid).cmp(stem) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The most widespread stem within one edit of `stem`.
    fn nearest_stem(&self, stem: &str) -> Option<usize> {
        (0..self.stem_ends.len())
            .filter(|id| self.stem(*id).len().abs_diff(stem.len()) <= 1)
            .filter(|id| distance::within(stem, self.stem(*id), 1).is_some())
            .max_by_key(|id| self.unit_df[*id])
    }

    fn postings_of(&self, stem: usize) -> &[u32] {
        let start = if stem == 0 {
            0
        } else {
            self.posting_ends[stem - 1] as usize
        };
        &self.postings[start..self.posting_ends[stem] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> DutyIndex {
        DutyIndex::build(vec![
            (
                "22220".into(),
                "Install and maintain computer networks".into(),
            ),
            ("22220".into(), "Troubleshoot web servers".into()),
            ("63200".into(), "Prepare and cook complete meals".into()),
            ("63200".into(), "Maintain inventory of food".into()),
        ])
    }

    #[test]
    fn ranks_by_matching_duties_and_highlights_words() {
        let hits = index().search("installing computer network", 5);
        assert_eq!(hits[0].code, "22220");
        let m = &hits[0].matched[0];
        assert_eq!(m.duty, 0);
        let words: Vec<&str> = m.spans.iter().map(|(s, e)| &m.text[*s..*e]).collect();
        assert_eq!(words, vec!["Install", "computer", "networks"]);
        assert!(hits.iter().all(|h| h.code != "63200"));
    }

    #[test]
    fn tolerates_a_typo_in_long_words_and_ignores_stop_words() {
        let hits = index().search("the cooking of meals; maintian inventory", 5);
        assert_eq!(hits[0].code, "63200");
        assert!(index().search("the and of", 5).is_empty());
    }
}
