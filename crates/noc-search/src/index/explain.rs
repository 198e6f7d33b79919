//! `noc search --explain`: how one title answers a query, word by word, with each word's weight.

use super::query::{parse_query, COST_EXACT, COST_INFLECTED, COST_PREFIX, MAX_QUERY_WORDS};
use super::Index;
use crate::normalize;
use serde::Serialize;

/// Why one title matched a query, word by word (`noc search --explain`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExplainedWord {
    /// The query word after abbreviations were expanded (several forms: either language).
    pub query: String,
    /// The title word it matched, as written in the title; `None` when it matched nothing there.
    pub title_word: Option<String>,
    /// "exact", "inflected", "prefix", "typo" or "none".
    pub how: &'static str,
    /// The word's weight in the score (rarity, head word, context).
    pub weight: f32,
    pub head: bool,
    pub context: bool,
}

impl Index {
    /// Word-by-word account of how `title` (a hit's `matched` text) answers `query`: every word of
    /// every role part of the query, what it matched in the title and its weight.
    pub fn explain(&self, query: &str, title: &str) -> Vec<ExplainedWord> {
        let mut title_words: Vec<(String, String)> = Vec::new();
        normalize::for_each_token(title, |t, s, e| {
            title_words.push((t.to_string(), title[s..e].to_string()))
        });
        let all_docs = (self.docs.len() as f32).max(2.0);
        let mut out = Vec::new();
        for mut words in parse_query(query, self.rules) {
            self.fix_spacing(&mut words);
            words.truncate(MAX_QUERY_WORDS);
            for word in &words {
                let matches = self.word_matches(word, false);
                let reach: usize = matches
                    .iter()
                    .map(|(t, _)| self.postings_of(*t as usize).len())
                    .sum();
                let rarity =
                    ((all_docs / reach.max(1) as f32).ln() / all_docs.ln()).clamp(0.0, 1.0);
                let mut best: Option<(u8, String)> = None;
                for (folded, original) in &title_words {
                    let i = self.lower_bound(folded);
                    if i >= self.term_count() || self.term(i) != folded.as_str() {
                        continue;
                    }
                    if let Some((_, cost)) = matches.iter().find(|(t, _)| *t as usize == i) {
                        if best.as_ref().is_none_or(|(c, _)| cost < c) {
                            best = Some((*cost, original.clone()));
                        }
                    }
                }
                let how = match best.as_ref().map(|b| b.0) {
                    None => "none",
                    Some(COST_EXACT) => "exact",
                    Some(COST_INFLECTED) => "inflected",
                    Some(COST_PREFIX) => "prefix",
                    Some(_) => "typo",
                };
                out.push(ExplainedWord {
                    query: word.forms.join("|"),
                    title_word: best.map(|b| b.1),
                    how,
                    weight: word.weight(rarity),
                    head: word.head,
                    context: word.context,
                });
            }
        }
        out
    }
}
