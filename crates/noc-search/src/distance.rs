//! Bounded edit distance (optimal string alignment: insert, delete, substitute, swap two
//! neighbours) on bytes of folded text, with an early exit once the bound is exceeded.

/// Distances from `query` to `term` that are at most `max`:
/// `.0` to the whole term, `.1` to the best prefix of the term (for as-you-type matching).
/// `None` means "more than `max`".
pub fn bounded(query: &[u8], term: &[u8], max: u8) -> (Option<u8>, Option<u8>) {
    let m = query.len();
    let max_usize = max as usize;
    if m > term.len() + max_usize {
        return (None, None);
    }
    // Columns past m + max cannot improve a prefix match, and a term that long cannot be a
    // whole-word match: cut it, and only report the prefix distance.
    let whole = term.len() <= m + max_usize;
    let term = &term[..term.len().min(m + max_usize)];
    let n = term.len();
    // Three rolling rows (i-2, i-1, i) on the stack; values saturate at max+1.
    let cap = max.saturating_add(1);
    let width = n + 1;
    let mut stack = [0u8; 3 * 64];
    let mut heap = Vec::new();
    let rows: &mut [u8] = if 3 * width <= stack.len() {
        &mut stack[..3 * width]
    } else {
        heap.resize(3 * width, 0);
        &mut heap
    };
    let (mut prev2, rest) = rows.split_at_mut(width);
    let (mut prev, mut cur) = rest.split_at_mut(width);
    for (j, v) in prev.iter_mut().enumerate() {
        *v = j.min(cap as usize) as u8;
    }
    for i in 1..m + 1 {
        cur[0] = i.min(cap as usize) as u8;
        let mut row_min = cur[0];
        for j in 1..n + 1 {
            let cost = u8::from(query[i - 1] != term[j - 1]);
            let mut v = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && query[i - 1] == term[j - 2] && query[i - 2] == term[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            let v = v.min(cap);
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return (None, None);
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let full = if whole { prev[n] } else { cap };
    let prefix = prev.iter().copied().min().unwrap_or(cap);
    let keep = |d: u8| (d <= max).then_some(d);
    (keep(full), keep(prefix))
}

/// Plain bounded distance to the whole term.
pub fn within(a: &str, b: &str, max: u8) -> Option<u8> {
    bounded(a.as_bytes(), b.as_bytes(), max).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(within("netwrok", "network", 2), Some(1));
        assert_eq!(within("technican", "technician", 2), Some(1));
        assert_eq!(within("kitten", "sitting", 3), Some(3));
        assert_eq!(within("kitten", "sitting", 2), None);
        assert_eq!(within("same", "same", 0), Some(0));
    }

    #[test]
    fn prefix_distance_allows_unfinished_words() {
        assert_eq!(bounded(b"tecn", b"technician", 1), (None, Some(1)));
        assert_eq!(bounded(b"techn", b"technician", 0), (None, Some(0)));
        assert_eq!(bounded(b"technicain", b"technician", 2), (Some(1), Some(1)));
        assert_eq!(bounded(b"web", b"web", 1), (Some(0), Some(0)));
    }
}
