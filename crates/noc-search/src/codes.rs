//! Code look-ups: NOC 2021 codes (full or prefix) and NOC 2016 codes through the concordance.

use crate::distance;
use crate::sort;
use crate::{Hit, HitKind, Successor};

/// If the query is a code ("22220", "2281", "NOC 2281", "cnp 22 220"), its digits.
pub fn code_query(query: &str) -> Option<String> {
    let folded = crate::normalize::fold(query);
    let mut rest: &str = folded.trim();
    for prefix in ["noc", "cnp", "code"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
        }
    }
    let digits: String = rest.chars().filter(|c| *c != ' ').collect();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// Codes of every unit group and the concordance, sorted for look-ups.
pub struct CodeTable {
    /// Five-digit unit-group codes, sorted.
    pub units: Vec<Box<str>>,
    /// Sorted by 2016 code, then 2021 code.
    successors: Vec<Successor>,
}

const EXACT_2021: f32 = 1000.0;
const PREFIX_2021: f32 = 900.0;
const CODE_2016: f32 = 950.0;

impl CodeTable {
    pub fn new(units: Vec<Box<str>>, mut successors: Vec<Successor>) -> Self {
        let mut units = sort::sorted(units, &|a, b| a.cmp(b));
        units.dedup();
        for s in &mut successors {
            s.code2016 = pad(&s.code2016, 4);
            s.code2021 = pad(&s.code2021, 5);
        }
        let successors = sort::sorted(successors, &|a, b| {
            (&a.code2016, &a.code2021).cmp(&(&b.code2016, &b.code2021))
        });
        CodeTable { units, successors }
    }

    pub fn successors_heap_bytes(&self) -> usize {
        self.successors.capacity() * std::mem::size_of::<Successor>()
            + self
                .successors
                .iter()
                .map(|s| {
                    s.code2016.capacity()
                        + s.title2016.capacity()
                        + s.change.capacity()
                        + s.code2021.capacity()
                })
                .sum::<usize>()
    }

    fn successors_of(&self, code2016: &str) -> &[Successor] {
        let start = self
            .successors
            .partition_point(|s| s.code2016.as_str() < code2016);
        let end = self
            .successors
            .partition_point(|s| s.code2016.as_str() <= code2016);
        &self.successors[start..end]
    }

    /// Unit groups whose 2021 code starts with `digits` and, for four digits, the 2021
    /// successors of that 2016 code. A 4-digit query can be both a 2021 minor group ("2222")
    /// and a 2016 unit group (48 codes are both); the 2016 successors come first, because the
    /// 4-digit codes people carry around (job offers, old profiles) are 2016 unit groups.
    pub fn search(&self, digits: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        if digits.len() == 4 {
            for s in self.successors_of(digits) {
                hits.push(successor_hit(s, CODE_2016));
            }
        }
        if digits.len() <= 5 {
            let start = self.units.partition_point(|u| (**u) < *digits);
            for unit in self.units[start..]
                .iter()
                .take_while(|u| u.starts_with(digits))
            {
                let exact = unit.len() == digits.len();
                if hits.iter().any(|h| h.code == **unit) {
                    continue;
                }
                hits.push(Hit {
                    code: unit.to_string(),
                    matched: unit.to_string(),
                    kind: HitKind::Code2021,
                    score: if exact { EXACT_2021 } else { PREFIX_2021 },
                });
            }
        }
        hits
    }

    /// Nearest known codes to an unknown one: codes at edit distance 1 (then 2), 2021 codes
    /// before 2016 codes; failing that, the unit groups sharing the longest prefix.
    pub fn nearest(&self, digits: &str, limit: usize) -> Vec<Hit> {
        // 2016 hits start below 2021 ones here: a near miss is more likely a 2021 typo.
        let mut scored: Vec<(u8, Hit)> = Vec::new();
        let max = if digits.len() >= 4 { 2 } else { 1 };
        for unit in &self.units {
            if let Some(d) = distance::within(digits, unit, max) {
                scored.push((d, unit_hit(unit, PREFIX_2021 - 100.0 * f32::from(d))));
            }
        }
        for s in &self.successors {
            if let Some(d) = distance::within(digits, &s.code2016, max) {
                if !scored.iter().any(|(_, h)| h.code == s.code2021) {
                    scored.push((
                        d,
                        successor_hit(s, PREFIX_2021 - 50.0 - 100.0 * f32::from(d)),
                    ));
                }
            }
        }
        let scored = sort::sorted(scored, &|a, b| {
            a.0.cmp(&b.0).then(b.1.score.total_cmp(&a.1.score))
        });
        if !scored.is_empty() {
            return scored.into_iter().map(|(_, h)| h).take(limit).collect();
        }
        // Nothing within reach ("2299", "123456"): the unit groups sharing the longest prefix.
        let shared = |u: &str| {
            u.bytes()
                .zip(digits.bytes())
                .take_while(|(a, b)| a == b)
                .count()
        };
        let longest = self.units.iter().map(|u| shared(u)).max().unwrap_or(0);
        if longest < 2 {
            return Vec::new(); // one shared digit is a broad category, not a near code
        }
        self.units
            .iter()
            .filter(|u| shared(u) == longest)
            .take(limit)
            .map(|u| unit_hit(u, PREFIX_2021 - 300.0))
            .collect()
    }
}

fn unit_hit(unit: &str, score: f32) -> Hit {
    Hit {
        code: unit.to_string(),
        matched: unit.to_string(),
        kind: HitKind::Code2021,
        score,
    }
}

fn successor_hit(s: &Successor, score: f32) -> Hit {
    Hit {
        code: s.code2021.clone(),
        matched: format!("{} {}", s.code2016, s.title2016),
        kind: HitKind::Code2016 {
            code2016: s.code2016.clone(),
            change: s.change.trim().to_string(),
        },
        score,
    }
}

/// Restores the leading zeros the concordance file lost ("11" → "0011").
fn pad(code: &str, width: usize) -> String {
    let code = code.trim();
    format!("{}{code}", "0".repeat(width.saturating_sub(code.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn succ(c16: &str, c21: &str) -> Successor {
        Successor {
            code2016: c16.into(),
            title2016: "t".into(),
            change: "VC1".into(),
            code2021: c21.into(),
        }
    }

    #[test]
    fn parses_code_queries() {
        assert_eq!(code_query(" 22220 "), Some("22220".into()));
        assert_eq!(code_query("NOC 2281"), Some("2281".into()));
        assert_eq!(code_query("cnp 22 220"), Some("22220".into()));
        assert_eq!(code_query("noc2281"), Some("2281".into()));
        assert_eq!(code_query("22220 web"), None);
        assert_eq!(code_query("nurse"), None);
    }

    #[test]
    fn pads_concordance_codes_and_lists_prefixes() {
        let table = CodeTable::new(
            vec!["00010".into(), "22220".into(), "22221".into()],
            vec![succ("11", "10"), succ("2281", "22220")],
        );
        let codes = |q: &str| {
            table
                .search(q)
                .into_iter()
                .map(|h| h.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("0011"), vec!["00010"]);
        assert_eq!(codes("2222"), vec!["22220", "22221"]);
        assert_eq!(codes("22"), vec!["22220", "22221"]);
        assert_eq!(codes("2281"), vec!["22220"]);
        assert_eq!(codes("99999"), Vec::<String>::new());
        assert_eq!(table.nearest("22229", 3)[0].code, "22220");
        // Out of edit reach: the codes sharing the longest prefix.
        let near: Vec<String> = table
            .nearest("229", 3)
            .into_iter()
            .map(|h| h.code)
            .collect();
        assert_eq!(near, vec!["22220", "22221"]);
        assert!(table.nearest("999", 3).is_empty());
    }
}
