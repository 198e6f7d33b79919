//! A stable insertion sort for the short lists a card orders (AI comparison peers, suggested codes,
//! category lists: tens of items at most). Each `slice::sort_by` instantiation is about 4 KB of
//! WebAssembly (driftsort with its quicksort and small-sort kernels); this is a few hundred bytes and
//! orders equal items exactly as `sort_by` does.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by the key `f` gives, keeping equal items in their order (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

#[cfg(test)]
mod tests {
    #[test]
    fn orders_like_the_standard_stable_sort() {
        let mut x: u32 = 12345;
        for n in 0..60 {
            let mut v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((x >> 16) % 7, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            super::sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, expected);
        }
    }
}
