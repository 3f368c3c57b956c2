//! Stable sorting through one instantiation of the standard library's sort:
//! every `sort_by_key` on its own type and key instantiated the whole sort
//! again, 16 of them ~80 KB of the wasm (size budget, issue 7). Here the
//! standard sort runs once, on indices with a comparator behind `dyn`, and
//! each caller only permutes its slice. Same order as `slice::sort_by`.

use std::cmp::Ordering;

/// The permutation that sorts `n` items by `cmp`: position `i` of the sorted
/// slice holds item `order[i]`. Stable.
/// `None` when the items are in order already (names and amounts are found
/// in text order): a stable sort leaves them as they are, so no index
/// vector to sort (perf, issue 7; here rather than in [`by`], which each
/// caller instantiates again).
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    Some(idx)
}

/// Sorts `v` by `cmp`, stably, like `slice::sort_by`.
pub fn by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        // Sorted already: no index vector to allocate (the cue lexicon sorts
        // ~400 lists of one at first use; page load, issue 7).
        return;
    }
    let Some(mut perm) = order(v.len(), &|a, b| cmp(&v[a], &v[b])) else {
        return;
    };
    // Follow each cycle of the permutation, swapping into place.
    for i in 0..perm.len() {
        let mut j = i;
        while perm[j] != j {
            let k = perm[j];
            perm[j] = j;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

/// Sorts `v` by `key`, stably, like `slice::sort_by_key`.
pub fn by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in prop::collection::vec((0u8..8, 0u16..1000), 0..200)) {
            let mut a = v.clone();
            let mut b = v;
            a.sort_by_key(|x| x.0);
            super::by_key(&mut b, |x| x.0);
            prop_assert_eq!(a, b);
        }

        /// In order by the key already (ties in any order): left unchanged.
        #[test]
        fn leaves_a_sorted_slice_as_it_is(mut v in prop::collection::vec((0u8..8, 0u16..1000), 0..200)) {
            v.sort_by_key(|x| x.0);
            let mut b = v.clone();
            super::by_key(&mut b, |x| x.0);
            prop_assert_eq!(v, b);
        }
    }
}
