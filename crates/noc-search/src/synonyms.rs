//! Abbreviations, everyday names and filler words of job titles, compiled by `build.rs` from
//! `data/search/synonyms.tsv` (see that file's header for the format and the sources).

pub(crate) struct Synonym {
    /// Folded words as typed ("p", "eng" for "P.Eng.").
    pub from: &'static [&'static str],
    /// Folded words the NOC uses; empty for a filler.
    pub to: &'static [&'static str],
    /// 0 = both languages, 1 = English, 2 = French.
    #[allow(dead_code)]
    pub lang: u8,
    pub filler: bool,
}

include!(concat!(env!("OUT_DIR"), "/synonyms.rs"));

/// The entries whose `from` starts `tokens` (longest phrase first; all entries of that length).
pub(crate) fn lookup(tokens: &[String]) -> Option<(usize, Vec<&'static Synonym>)> {
    let mut best: Option<(usize, Vec<&'static Synonym>)> = None;
    for s in SYNONYMS {
        let n = s.from.len();
        if n > tokens.len() || s.from.iter().zip(tokens).any(|(a, b)| *a != b.as_str()) {
            continue;
        }
        match &mut best {
            Some((len, list)) if *len == n => list.push(s),
            Some((len, _)) if *len > n => {}
            _ => best = Some((n, vec![s])),
        }
    }
    best
}

/// Every entry (for tests and `--explain`).
pub fn entries() -> impl Iterator<Item = (&'static [&'static str], &'static [&'static str], bool)> {
    SYNONYMS.iter().map(|s| (s.from, s.to, s.filler))
}
