//! Stable sorting for the short lists the explainer sorts (a chart's marks, a table's rows: at
//! most a few hundred items). Why not `slice::sort_by`: the standard stable sort is compiled anew
//! for every element type and comparison, about 3 KB of wasm each (17 of them cost 48 KB); this
//! insertion sort costs a few hundred bytes each, and n² comparisons of a few hundred items take
//! well under a millisecond.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by the key `key` gives each item, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs sorted by their first half only: a stable sort keeps the second halves in order.
        let mut seed = 7u32;
        let mut items: Vec<(u32, usize)> = (0..300)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 20, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut items, |p| p.0);
        assert_eq!(items, expected);
        let mut floats = vec![3.5, -1.0, 2.0, 2.0, 0.0];
        sort_by(&mut floats, |a: &f64, b| b.total_cmp(a));
        assert_eq!(floats, [3.5, 2.0, 2.0, 0.0, -1.0]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
