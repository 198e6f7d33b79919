//! The inverted list both indexes build: a sorted vocabulary stored back to back, and for each word
//! the ascending list of the records that contain it (by counting sort, no per-word vectors).
use crate::sort;

pub struct Inverted {
    /// Old word ids in sorted order (`order[new] = old`).
    pub order: Vec<u32>,
    /// Sorted words, back to back; word `i` ends at `word_ends[i]`.
    pub words: String,
    pub word_ends: Vec<u32>,
    /// Records of word `i`: `postings[posting_ends[i-1]..posting_ends[i]]`.
    pub postings: Vec<u32>,
    pub posting_ends: Vec<u32>,
}

/// `pairs` are (word id into `words`, record id), in record order, so each list comes out ascending.
pub fn invert<W: AsRef<str> + Ord>(words: &[W], pairs: &[(u32, u32)]) -> Inverted {
    let order = sort::order_by(words.len(), &|a, b| words[a].cmp(&words[b]));
    let mut new_id = vec![0u32; words.len()];
    let mut sorted = String::new();
    let mut word_ends = Vec::with_capacity(order.len());
    for (new, old) in order.iter().enumerate() {
        new_id[*old as usize] = new as u32;
        sorted.push_str(words[*old as usize].as_ref());
        word_ends.push(sorted.len() as u32);
    }
    let mut counts = vec![0u32; words.len()];
    for (w, _) in pairs {
        counts[new_id[*w as usize] as usize] += 1;
    }
    let mut posting_ends = Vec::with_capacity(counts.len());
    let mut total = 0u32;
    for c in &counts {
        total += c;
        posting_ends.push(total);
    }
    let mut fill: Vec<u32> = posting_ends
        .iter()
        .zip(&counts)
        .map(|(end, c)| end - c)
        .collect();
    let mut postings = vec![0u32; pairs.len()];
    for (w, r) in pairs {
        let w = new_id[*w as usize] as usize;
        postings[fill[w] as usize] = *r;
        fill[w] += 1;
    }
    Inverted {
        order,
        words: sorted,
        word_ends,
        postings,
        posting_ends,
    }
}
