//! One stable sort for the whole crate. Each `slice::sort_by` on a new element type or closure
//! instantiates the standard library's sort again (a few KiB of WebAssembly each); sorting
//! `u32` positions through a `dyn` comparator instantiates it once.

use std::cmp::Ordering;

/// Positions `0..len` ordered by `cmp`, stable (equal items keep their order).
pub fn order_by(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut src: Vec<u32> = (0..len as u32).collect();
    let mut dst = vec![0u32; len];
    let mut width = 1;
    // Bottom-up merge sort: runs of `width` merged pairwise into `dst`, then swapped back.
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut a, mut b, mut k) = (start, mid, start);
            while a < mid && b < end {
                if cmp(src[b] as usize, src[a] as usize) == Ordering::Less {
                    dst[k] = src[b];
                    b += 1;
                } else {
                    dst[k] = src[a];
                    a += 1;
                }
                k += 1;
            }
            dst[k..k + (mid - a)].copy_from_slice(&src[a..mid]);
            k += mid - a;
            dst[k..k + (end - b)].copy_from_slice(&src[b..end]);
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    src
}

/// `items` rearranged into `order` (a permutation from [`order_by`]).
pub fn arrange<T>(items: Vec<T>, order: &[u32]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|i| slots[*i as usize].take())
        .collect()
}

/// `items` sorted by `cmp`, stable.
pub fn sorted<T>(items: Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = order_by(items.len(), &|a, b| cmp(&items[a], &items[b]));
    arrange(items, &order)
}

/// The first `k` of `sorted(items, cmp)`, without sorting the rest: a result list of a few hits
/// out of 516 unit groups, on every keystroke.
pub fn top<T>(items: Vec<T>, k: usize, cmp: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    // Positions of the best so far, in order; a newcomer goes after its equals (stable).
    let mut best: Vec<u32> = Vec::with_capacity(k + 1);
    for i in 0..items.len() {
        let at = best.partition_point(|b| cmp(&items[i], &items[*b as usize]) != Ordering::Less);
        if at < k {
            best.insert(at, i as u32);
            best.truncate(k);
        }
    }
    arrange(items, &best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_at_every_length() {
        for len in 0..70usize {
            // Keys repeat so stability is visible: (key, original position).
            let items: Vec<(usize, usize)> = (0..len).map(|i| ((i * 7919) % 5, i)).collect();
            let got = sorted(items.clone(), &|a, b| a.0.cmp(&b.0));
            let mut want = items.clone();
            want.sort_by_key(|x| x.0);
            assert_eq!(got, want, "len {len}");
            for k in [0, 1, 3, len] {
                let got = top(items.clone(), k, &|a, b| a.0.cmp(&b.0));
                assert_eq!(got, want[..k.min(len)], "len {len}, top {k}");
            }
        }
    }
}
