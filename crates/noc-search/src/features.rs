//! Features of a title for the fitted ranker (`model`): word unigrams (as inflection stems), word
//! bigrams and character 3–5-grams of each word padded with spaces, hashed into `BUCKETS` slots.
//! Each group is scaled to unit length, so a long title does not outweigh a short one.
//!
//! The same function turns the NOC's titles into training rows (`examples/model_data.rs`, then
//! `bench/model/fit.py`) and a reader's query into the model's input: a feature cannot mean one
//! thing when fitted and another when ranking.

use crate::normalize::inflection_stem;

/// Hash space of the features (2^20): collisions among the NOC's ~200,000 distinct n-grams are rare.
pub const BUCKETS: u32 = 1 << 20;
/// Words of a query that count (titles are short; a pasted paragraph is cut here).
pub const MAX_WORDS: usize = 16;
/// Longest word whose character n-grams are taken (longer "words" are noise).
const MAX_WORD_BYTES: usize = 40;

const GROUP_WORD: u8 = b'w';
const GROUP_BIGRAM: u8 = b'b';
const GROUP_CHAR: u8 = b'c';

/// Relative weight of each group after scaling to unit length (words, bigrams, characters).
const WEIGHT_WORD: f32 = 1.0;
const WEIGHT_BIGRAM: f32 = 0.7;
const WEIGHT_CHAR: f32 = 0.0;

fn hash(group: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(group);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        for b in *p {
            eat(*b);
        }
    }
    // FNV's low bits mix poorly: fold the high half in before masking.
    (h ^ (h >> 20)) % BUCKETS
}

/// Sparse feature vector of `words` (already folded, stop words and fillers removed): sorted by
/// bucket, one entry per bucket.
pub fn features<S: AsRef<str>>(words: &[S]) -> Vec<(u32, f32)> {
    let words: Vec<&str> = words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let mut out: Vec<(u32, f32)> = Vec::new();
    let mut group: Vec<u32> = Vec::new();
    let push_group = |group: &mut Vec<u32>, weight: f32, out: &mut Vec<(u32, f32)>| {
        group.sort_unstable();
        group.dedup();
        if group.is_empty() {
            return;
        }
        let v = weight / (group.len() as f32).sqrt();
        out.extend(group.iter().map(|b| (*b, v)));
        group.clear();
    };
    for w in &words {
        group.push(hash(GROUP_WORD, &[inflection_stem(w).as_bytes()]));
    }
    push_group(&mut group, WEIGHT_WORD, &mut out);
    for pair in words.windows(2) {
        group.push(hash(
            GROUP_BIGRAM,
            &[
                inflection_stem(pair[0]).as_bytes(),
                inflection_stem(pair[1]).as_bytes(),
            ],
        ));
    }
    push_group(&mut group, WEIGHT_BIGRAM, &mut out);
    let mut padded: Vec<u8> = Vec::with_capacity(MAX_WORD_BYTES + 2);
    for w in words.iter().filter(|_| WEIGHT_CHAR > 0.0) {
        padded.clear();
        padded.push(b' ');
        padded.extend_from_slice(&w.as_bytes()[..w.len().min(MAX_WORD_BYTES)]);
        padded.push(b' ');
        for n in 3..=5 {
            for gram in padded.windows(n) {
                group.push(hash(GROUP_CHAR, &[gram]));
            }
        }
    }
    push_group(&mut group, WEIGHT_CHAR, &mut out);
    // Merge buckets shared across groups (a rare hash collision) by adding their values.
    out.sort_unstable_by_key(|e| e.0);
    let mut merged: Vec<(u32, f32)> = Vec::with_capacity(out.len());
    for (b, v) in out {
        match merged.last_mut() {
            Some(last) if last.0 == b => last.1 += v,
            _ => merged.push((b, v)),
        }
    }
    merged
}

/// Each feature's bucket and a readable name ("word cook", "pair line cook", "chars 'coo'"), for
/// `--explain`; the buckets are those of `features` for the same words.
pub fn feature_names<S: AsRef<str>>(words: &[S]) -> Vec<(u32, String)> {
    let words: Vec<&str> = words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let mut out = Vec::new();
    for w in &words {
        let stem = inflection_stem(w);
        out.push((hash(GROUP_WORD, &[stem.as_bytes()]), format!("word {stem}")));
    }
    if WEIGHT_BIGRAM > 0.0 {
        for pair in words.windows(2) {
            let (a, b) = (inflection_stem(pair[0]), inflection_stem(pair[1]));
            out.push((
                hash(GROUP_BIGRAM, &[a.as_bytes(), b.as_bytes()]),
                format!("pair {a} {b}"),
            ));
        }
    }
    if WEIGHT_CHAR > 0.0 {
        for w in &words {
            let padded = format!(" {w} ");
            for n in 3..=5 {
                for gram in padded.as_bytes().windows(n) {
                    out.push((
                        hash(GROUP_CHAR, &[gram]),
                        format!("chars '{}'", String::from_utf8_lossy(gram)),
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_sorted_unique_and_bounded() {
        let f = features(&["food", "service", "supervisor"]);
        assert!(f.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(f.iter().all(|(b, v)| *b < BUCKETS && *v > 0.0));
        // Each group has unit length before its weight: the squared sum is the weights' squares.
        let norm: f32 = f.iter().map(|(_, v)| v * v).sum();
        let expected = WEIGHT_WORD.powi(2) + WEIGHT_BIGRAM.powi(2) + WEIGHT_CHAR.powi(2);
        assert!((norm - expected).abs() < 0.05, "{norm}");
        assert!(features::<&str>(&[]).is_empty());
        let long = vec!["x".repeat(10_000); 2_000];
        assert!(features(&long).len() < 2_000);
    }

    #[test]
    fn plural_and_singular_share_their_word_feature() {
        let a = features(&["cooks"]);
        let b = features(&["cook"]);
        assert!(a.iter().any(|(x, _)| b.iter().any(|(y, _)| x == y)));
    }
}
