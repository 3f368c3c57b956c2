//! Stable sorting through one small merge sort of our own: every
//! `sort_by_key` on its own type and key instantiated the whole standard
//! sort again, 16 of them ~80 KB of the wasm (size budget, issue 7). Here
//! one sort runs on indices with a comparator behind `dyn`, and each caller
//! only permutes its slice. Same order as `slice::sort_by`: a stable sort
//! with a consistent comparator has one result.
//!
//! The merge sort replaced the single instance of the standard library's
//! driftsort (~4 KB of the wasm after wasm-opt, 1.6 KB gzipped; size budget,
//! issue 7). It merges the runs already in order, so items mostly in text
//! order cost little: fewer instructions than driftsort on the bench corpus.

use std::cmp::Ordering;

/// The permutation that sorts `n` items by `cmp`: position `i` of the sorted
/// slice holds item `order[i]`. Stable.
/// `None` when the items are in order already (names and amounts are found
/// in text order): a stable sort leaves them as they are, so no index
/// vector to sort (perf, issue 7; here rather than in [`by`], which each
/// caller instantiates again). Never inlined: natively it was copied into
/// every caller.
#[inline(never)]
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    let le = |a: usize, b: usize| cmp(a, b) != Ordering::Greater;
    // A natural merge sort: the runs already in order (`ends`: where each
    // ends), then runs merged pairwise from `idx` into `buf` until one is
    // left. Ties take the left run's item first: stable. Items mostly in
    // text order make few, long runs.
    let mut ends: Vec<usize> = (1..n).filter(|&i| !le(i - 1, i)).collect();
    if ends.is_empty() {
        return None;
    }
    ends.push(n);
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = vec![0; n];
    while ends.len() > 1 {
        let (mut lo, mut k) = (0, 0);
        while k < ends.len() {
            let mid = ends[k];
            let hi = ends.get(k + 1).copied().unwrap_or(mid);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut buf[lo..hi] {
                if j == hi || (i < mid && le(idx[i], idx[j])) {
                    *slot = idx[i];
                    i += 1;
                } else {
                    *slot = idx[j];
                    j += 1;
                }
            }
            // The merged run ends where the right one did.
            ends[k / 2] = hi;
            lo = hi;
            k += 2;
        }
        ends.truncate(ends.len().div_ceil(2));
        std::mem::swap(&mut idx, &mut buf);
    }
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

    /// `by_key` on `v` by the first field gives what std's stable sort gives.
    fn sorts_like_std<K: Ord + Copy + std::fmt::Debug, V: PartialEq + Clone + std::fmt::Debug>(
        v: Vec<(K, V)>,
    ) -> Result<(), TestCaseError> {
        let mut a = v.clone();
        let mut b = v;
        a.sort_by_key(|x| x.0);
        super::by_key(&mut b, |x| x.0);
        prop_assert_eq!(a, b);
        Ok(())
    }

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in prop::collection::vec((0u8..8, 0u16..1000), 0..200)) {
            sorts_like_std(v)?;
        }

        /// Longer slices of few keys, sorted runs among them: every merge
        /// level, ties across runs, and the in-order shortcut.
        #[test]
        fn sorts_long_slices_with_runs_like_the_standard_sort(
            runs in prop::collection::vec((0u8..4, 1usize..60, any::<bool>()), 0..40)
        ) {
            let mut v = Vec::new();
            for (k, len, rising) in runs {
                for j in 0..len {
                    let key = if rising { k as usize + j / 8 } else { (k as usize * 7 + j) % 5 };
                    v.push((key, v.len()));
                }
            }
            sorts_like_std(v)?;
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
