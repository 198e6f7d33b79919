//! Rank and percentile of a unit group's LLM exposure among the scored unit groups, and the
//! comparison occupations shown beside it.

use crate::model::AiScoreEntry;
use std::collections::HashMap;

pub(crate) struct AiRanking {
    /// human_beta of every scored unit group, by code.
    pub human_beta: HashMap<String, u16>,
    /// gpt4_beta of every scored unit group, by code.
    pub gpt4_beta: HashMap<String, u16>,
    /// All scored human_beta values, sorted ascending.
    sorted: Vec<u16>,
}

impl AiRanking {
    pub fn new(scores: &[AiScoreEntry]) -> AiRanking {
        let human_beta: HashMap<String, u16> = scores
            .iter()
            .map(|s| (s.code.clone(), s.human_beta))
            .collect();
        let gpt4_beta: HashMap<String, u16> = scores
            .iter()
            .map(|s| (s.code.clone(), s.gpt4_beta))
            .collect();
        let mut sorted: Vec<u16> = human_beta.values().copied().collect();
        sorted.sort_unstable();
        AiRanking {
            human_beta,
            gpt4_beta,
            sorted,
        }
    }

    pub fn scored(&self) -> usize {
        self.sorted.len()
    }

    /// 1 = most exposed; ties share the better rank ("1224" ranking).
    pub fn rank(&self, score: u16) -> usize {
        1 + self.sorted.len() - self.sorted.partition_point(|&s| s <= score)
    }

    /// Share (0–100, rounded) of the other scored unit groups with a strictly lower score.
    pub fn percentile(&self, score: u16) -> u8 {
        let lower = self.sorted.partition_point(|&s| s < score);
        let others = self.sorted.len().saturating_sub(1).max(1);
        ((lower * 100 + others / 2) / others).min(100) as u8
    }

    /// Up to three other scored unit groups from the narrowest class around `code` that has at
    /// least two: the highest, the middle and the lowest score, so the reader sees the spread.
    /// Returns the class prefix used and the codes.
    pub fn comparisons(&self, code: &str) -> Option<(String, Vec<String>)> {
        for len in [4usize, 3, 2, 1] {
            let prefix = &code[..len];
            let mut peers: Vec<(&String, u16)> = self
                .human_beta
                .iter()
                .filter(|(c, _)| c.starts_with(prefix) && c.as_str() != code)
                .map(|(c, s)| (c, *s))
                .collect();
            if peers.len() >= 2 {
                peers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                let picked: Vec<String> = if peers.len() <= 3 {
                    peers.iter().map(|p| p.0.clone()).collect()
                } else {
                    [0, peers.len() / 2, peers.len() - 1]
                        .iter()
                        .map(|&i| peers[i].0.clone())
                        .collect()
                };
                return Some((prefix.to_string(), picked));
            }
        }
        None
    }
}
