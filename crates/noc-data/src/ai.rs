//! Rank and percentile of a unit group's LLM exposure among the scored unit groups, and the
//! comparison occupations shown beside it.

use crate::model::AiScoreEntry;

/// Counts instead of a sorted copy and a search through the list instead of maps: the same answers
/// for 507 scores, with no sort or hash-map code in the card-only WebAssembly.
pub(crate) struct AiRanking {
    /// Every scored unit group (code, human_beta, gpt4_beta).
    scores: Vec<AiScoreEntry>,
}

impl AiRanking {
    pub fn new(scores: &[AiScoreEntry]) -> AiRanking {
        AiRanking {
            scores: scores.to_vec(),
        }
    }

    pub fn scored(&self) -> usize {
        self.scores.len()
    }

    /// The scores of a scored unit group.
    pub fn get(&self, code: &str) -> Option<&AiScoreEntry> {
        self.scores.iter().find(|s| s.code == code)
    }

    fn count(&self, pred: impl Fn(u16) -> bool) -> usize {
        self.scores.iter().filter(|s| pred(s.human_beta)).count()
    }

    /// 1 = most exposed; ties share the better rank ("1224" ranking).
    pub fn rank(&self, score: u16) -> usize {
        1 + self.count(|s| s > score)
    }

    /// Share (0–100, rounded) of the other scored unit groups with a strictly lower score.
    pub fn percentile(&self, score: u16) -> u8 {
        let lower = self.count(|s| s < score);
        let others = self.scores.len().saturating_sub(1).max(1);
        ((lower * 100 + others / 2) / others).min(100) as u8
    }

    /// Up to three other scored unit groups from the narrowest class around `code` that has at
    /// least two: the highest, the middle and the lowest score, so the reader sees the spread.
    /// Returns the class prefix used and the codes.
    pub fn comparisons(&self, code: &str) -> Option<(String, Vec<String>)> {
        for len in [4usize, 3, 2, 1] {
            let prefix = &code[..len];
            let mut peers: Vec<(&String, u16)> = self
                .scores
                .iter()
                .filter(|s| s.code.starts_with(prefix) && s.code != code)
                .map(|s| (&s.code, s.human_beta))
                .collect();
            if peers.len() >= 2 {
                crate::small_sort::sort_by(&mut peers, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
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
