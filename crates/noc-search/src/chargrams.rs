//! Character n-gram similarity between a query and every title (issue 22): what a reader writes
//! often shares letters, not words, with the NOC's titles ("welder-fitter", "admin assistant",
//! "electro-mechanic"). Each title is a TF-IDF vector of the 3–5-letter pieces of its words (each
//! word padded with a space at both ends), scaled to unit length; a query's similarity to a title is
//! the cosine of the two vectors.
//!
//! Nothing of it is downloaded: it is built from the titles the index already holds, the first time
//! a query needs it (`Index::char_grams`), in one sort of (piece, title) pairs. Pieces are kept as
//! 32-bit FNV-1a hashes (a collision among the NOC's ~200,000 distinct pieces is unlikely and costs
//! a little similarity, never a wrong answer). All arithmetic is basic IEEE operations (the
//! logarithm is computed here, not by the platform's maths library), so the native build and the
//! WebAssembly build rank alike.

/// Shortest and longest piece, in bytes of the folded word with its padding.
const MIN_GRAM: usize = 3;
const MAX_GRAM: usize = 5;
/// Pieces in more than this share of the titles (" co", "er ", "ing") are left out, as
/// scikit-learn's `max_df` leaves them out: they tell titles apart little, and through them every
/// keystroke visited most titles. Chosen on 2026-12-06 on the fit half of the real titles (top five
/// per title 73.0 % with it, 72.9 % with every piece; first 50.8 % both), `realistic.tsv` and
/// `quality.tsv` unchanged; a keystroke natively 24 % (English) and 34 % (French) faster.
pub(crate) const MAX_DF: f64 = 0.1;
/// Longer "words" are noise (a pasted token): their pieces are not taken.
const MAX_WORD_BYTES: usize = 40;
/// Words of a query that count, like the model's.
const MAX_WORDS: usize = crate::features::MAX_WORDS;

/// The inverted index of pieces over the index's vocabulary: sorted piece hashes, each with the
/// words that contain it. A title's vector is the sum of its words' (a piece two of its words share
/// counts twice, as a repeated piece counts in term frequency), so the similarity to every title
/// is found through the words, and the pieces of a word shared by thousands of titles ("manager")
/// are stored once.
pub(crate) struct CharGrams {
    keys: Vec<u32>,
    /// Words of piece `i`: `words[ends[i - 1]..ends[i]]`.
    ends: Vec<u32>,
    words: Vec<u32>,
    idf: Vec<f32>,
    /// 1 / length of each title's vector (0 for a title without pieces).
    inv_norm: Vec<f32>,
    /// Number of words of the vocabulary.
    word_count: usize,
    /// The unit group of each title: the similarity is kept per group (its nearest title's).
    title_unit: Vec<u16>,
    /// Number of unit groups.
    unit_count: usize,
    /// Per-title and per-word sums of the last query, all zero between queries: a keystroke
    /// clears only the slots it wrote instead of zeroing (and the allocator finding) two arrays
    /// as long as the titles and the vocabulary.
    scratch: std::sync::Mutex<Scratch>,
}

#[derive(Default)]
struct Scratch {
    by_title: Vec<f32>,
    by_word: Vec<f32>,
}

fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// Calls `f` with the hash of every piece of `word` (repeats included).
fn for_each_gram(word: &str, mut f: impl FnMut(u32)) {
    let w = word.as_bytes();
    if w.is_empty() || w.len() > MAX_WORD_BYTES {
        return;
    }
    let mut padded = [0u8; MAX_WORD_BYTES + 2];
    padded[0] = b' ';
    padded[1..=w.len()].copy_from_slice(w);
    padded[w.len() + 1] = b' ';
    let padded = &padded[..w.len() + 2];
    for n in MIN_GRAM..=MAX_GRAM {
        for gram in padded.windows(n) {
            f(fnv(gram));
        }
    }
}

/// Natural logarithm of a positive, finite `x` from basic operations only (identical results on
/// every platform, unlike the maths library's): `x = m · 2^e`, `ln m = 2 atanh((m − 1)/(m + 1))`.
fn ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let mut term = s;
    let mut sum = 0.0;
    for k in 0..14 {
        sum += term / f64::from(2 * k + 1);
        term *= s2;
    }
    2.0 * sum + e as f64 * std::f64::consts::LN_2
}

impl CharGrams {
    /// Builds the pieces of the vocabulary `words` (word id = position), where `titles_of(id)`
    /// lists the titles (ids below `title_unit.len()`) that hold word `id`, and `title_unit` the
    /// unit group of each title (below `unit_count`). Pieces in more than `max_df` of the titles
    /// weigh nothing (`MAX_DF`).
    pub(crate) fn build<'a, S: AsRef<str>>(
        words: &[S],
        titles_of: impl Fn(u32) -> &'a [u32],
        title_unit: Vec<u16>,
        unit_count: usize,
        max_df: f64,
    ) -> CharGrams {
        let title_count = title_unit.len();
        // (piece << 32 | word), sorted: each piece's words in order.
        let mut pairs: Vec<u64> = Vec::new();
        for (id, w) in words.iter().enumerate() {
            for_each_gram(w.as_ref(), |g| pairs.push(u64::from(g) << 32 | id as u64));
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut keys = Vec::new();
        let mut ends = Vec::new();
        let mut list = Vec::with_capacity(pairs.len());
        for p in &pairs {
            let key = (p >> 32) as u32;
            if keys.last() != Some(&key) {
                if !keys.is_empty() {
                    ends.push(list.len() as u32);
                }
                keys.push(key);
            }
            list.push(*p as u32);
        }
        if !keys.is_empty() {
            ends.push(list.len() as u32);
        }
        drop(pairs);
        // Smoothed inverse document frequency over titles, as scikit-learn's TfidfVectorizer
        // computes it (a title with two words sharing a piece counts twice: rare, and harmless).
        let n = title_count as f64;
        let mut idf = Vec::with_capacity(keys.len());
        let mut word_norm2 = vec![0f64; words.len()];
        let mut start = 0usize;
        for end in &ends {
            let of = &list[start..*end as usize];
            let df: usize = of.iter().map(|w| titles_of(*w).len()).sum();
            // (A weight of 0 marks a piece left out: a kept piece weighs at least 1.)
            let w = if df as f64 > max_df * n {
                0.0
            } else {
                ln((1.0 + n) / (1.0 + df.min(title_count) as f64)) + 1.0
            };
            idf.push(w as f32);
            for word in of {
                word_norm2[*word as usize] += w * w;
            }
            start = *end as usize;
        }
        let mut norm2 = vec![0f64; title_count];
        for (word, w2) in word_norm2.iter().enumerate() {
            for t in titles_of(word as u32) {
                if let Some(v) = norm2.get_mut(*t as usize) {
                    *v += w2;
                }
            }
        }
        let inv_norm = norm2
            .into_iter()
            .map(|v| {
                if v > 0.0 {
                    (1.0 / v.sqrt()) as f32
                } else {
                    0.0
                }
            })
            .collect();
        keys.shrink_to_fit();
        ends.shrink_to_fit();
        CharGrams {
            keys,
            ends,
            words: list,
            idf,
            inv_norm,
            word_count: words.len(),
            title_unit,
            unit_count,
            scratch: std::sync::Mutex::new(Scratch::default()),
        }
    }

    /// Cosine similarity of `query` (folded words) with each unit group's nearest title (0–1),
    /// one slot per unit group; `titles_of` as for `build`.
    pub(crate) fn unit_similarity<'a, S: AsRef<str>>(
        &self,
        query: &[S],
        titles_of: impl Fn(u32) -> &'a [u32],
    ) -> Vec<f32> {
        let mut out = vec![0f32; self.unit_count];
        let mut grams: Vec<u32> = Vec::new();
        for w in query.iter().take(MAX_WORDS) {
            for_each_gram(w.as_ref(), |g| grams.push(g));
        }
        grams.sort_unstable();
        grams.dedup();
        let mut found: Vec<(usize, f32)> = Vec::with_capacity(grams.len());
        let mut norm2 = 0f32;
        // A piece no title has counts in the query's length: a query of strange letters is far
        // from every title.
        let unseen = ln(1.0 + self.inv_norm.len() as f64) as f32 + 1.0;
        for g in grams {
            match self.keys.binary_search(&g) {
                // Left out of the titles' vectors, so out of the query's too.
                Ok(i) if self.idf[i] == 0.0 => {}
                Ok(i) => {
                    norm2 += self.idf[i] * self.idf[i];
                    found.push((i, self.idf[i]));
                }
                Err(_) => norm2 += unseen * unseen,
            }
        }
        if found.is_empty() {
            return out;
        }
        let q = 1.0 / norm2.sqrt();
        // The zeroed sums, reused (a fresh pair when another search holds them).
        let mut held = self.scratch.try_lock().ok();
        let mut own = Scratch::default();
        let scratch = held.as_deref_mut().unwrap_or(&mut own);
        let Scratch { by_title, by_word } = scratch;
        by_title.resize(self.inv_norm.len(), 0.0);
        by_word.resize(self.word_count, 0.0);
        let mut touched: Vec<u32> = Vec::new();
        for (i, idf) in found {
            let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
            let v = idf * idf * q;
            for w in &self.words[start..self.ends[i] as usize] {
                let slot = &mut by_word[*w as usize];
                if *slot == 0.0 {
                    touched.push(*w);
                }
                *slot += v;
            }
        }
        // Words in id order, so the sums are added in the same order on every platform.
        touched.sort_unstable();
        let mut near: Vec<u32> = Vec::new();
        for w in touched {
            let v = std::mem::take(&mut by_word[w as usize]);
            for t in titles_of(w) {
                if let Some(o) = by_title.get_mut(*t as usize) {
                    if *o == 0.0 {
                        near.push(*t);
                    }
                    *o += v;
                }
            }
        }
        // Every added value is above 0, so only the titles in `near` are above 0.
        for t in near {
            let sum = std::mem::take(&mut by_title[t as usize]);
            let s = sum * self.inv_norm[t as usize];
            let o = &mut out[usize::from(self.title_unit[t as usize])];
            // `max` of numbers that are never NaN (a plain compare: no maths-library call).
            if s > *o {
                *o = s;
            }
        }
        out
    }

    /// Estimated heap bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        (self.keys.capacity()
            + self.ends.capacity()
            + self.words.capacity()
            + self.idf.capacity()
            + self.inv_norm.capacity()
            + self.title_unit.capacity() / 2)
            * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logarithm_matches_the_maths_library() {
        for x in [1.0, 1.5, 2.0, 10.0, 30_000.0, 0.3, 123_456.7] {
            assert!((ln(x) - x.ln()).abs() < 1e-12, "{x}");
        }
    }

    /// A vocabulary and the titles holding each word (titles: "welder", "welder fitter",
    /// "registered nurse", "cook").
    const WORDS: [&str; 5] = ["cook", "fitter", "nurse", "registered", "welder"];
    const TITLES_OF: [&[u32]; 5] = [&[3], &[1], &[2], &[2], &[0, 1]];

    fn of(w: u32) -> &'static [u32] {
        TITLES_OF[w as usize]
    }

    #[test]
    fn similar_spellings_are_near_and_a_title_is_nearest_to_itself() {
        // In `g` each title is a unit group of its own.
        let words = WORDS;
        let g = CharGrams::build(&words, of, vec![0, 1, 2, 3], 4, 1.0);
        let s = g.unit_similarity(&["welders"], of);
        assert!(
            s[0] > s[1] && s[1] > 0.0 && s[2] == 0.0 && s[3] == 0.0,
            "{s:?}"
        );
        let s = g.unit_similarity(&["registered", "nurse"], of);
        assert!((s[2] - 1.0).abs() < 1e-5, "{s:?}");
        // The sums are cleared between queries: the same query gives the same numbers.
        assert_eq!(
            g.unit_similarity(&["welders"], of),
            g.unit_similarity(&["welders"], of)
        );
        assert!(g.unit_similarity(&["zzzz"], of).iter().all(|v| *v == 0.0));
        assert_eq!(g.unit_similarity::<&str>(&[], of), vec![0.0; 4]);
        let long = vec!["x".repeat(10_000); 2_000];
        assert!(g.unit_similarity(&long, of).iter().all(|v| *v == 0.0));
        // Grouped: the unit group takes its nearest title's similarity.
        let grouped = CharGrams::build(&words, of, vec![0, 0, 1, 2], 3, 1.0);
        let s = grouped.unit_similarity(&["fitter"], of);
        let each = g.unit_similarity(&["fitter"], of);
        assert_eq!(s[0], each[0].max(each[1]));
        assert!(s[0] > 0.0);
    }

    #[test]
    fn pieces_in_too_many_titles_are_left_out() {
        let words = WORDS;
        // "welder" is in two titles of four: its pieces are left out above a quarter, so only
        // "cook" (one title in four) still finds its title.
        let g = CharGrams::build(&words, of, vec![0, 1, 2, 3], 4, 0.25);
        assert!(g.unit_similarity(&["welder"], of).iter().all(|v| *v == 0.0));
        let s = g.unit_similarity(&["cook"], of);
        assert!((s[3] - 1.0).abs() < 1e-5, "{s:?}");
        // ... and both still count when a half is allowed.
        let g = CharGrams::build(&words, of, vec![0, 1, 2, 3], 4, 0.5);
        assert!(g.unit_similarity(&["welder"], of)[0] > 0.0);
    }
}
