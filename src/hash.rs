//! A fast, deterministic hasher for the word sets and maps (perf, issue 7).
//!
//! The standard library's SipHash is DoS-resistant but slow on the short
//! words looked up for every token; these tables hold built-in word lists or
//! the words of one article, and no output is ever made by iterating one.

use std::borrow::Borrow;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// FxHash-style: one multiply per 8 bytes.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Fx {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0 ^ w).wrapping_mul(K);
    }
}

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut b = bytes;
        while b.len() >= 8 {
            self.add(u64::from_le_bytes([
                b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
            ]));
            b = &b[8..];
        }
        if b.len() >= 4 {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
            let n = b.len();
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
            self.add((lo | hi << 32) ^ (n as u64) << 59);
        } else if !b.is_empty() {
            let n = b.len();
            let w =
                b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16 | (n as u64) << 24;
            self.add(w);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Builds [`Fx`] hashers.
pub type FxBuild = BuildHasherDefault<Fx>;

/// A hash map with the [`Fx`] hasher: the part of `std::collections::HashMap`'s
/// API this crate uses, on a small table of our own. hashbrown (behind std's
/// map) was ~7 KB of the gzipped wasm, each key and value type another copy
/// of its code (size budget, issue 7); here the probing and growing are one
/// non-generic [`Index`], and the generic part is a few lines per type.
/// Entries stay in insertion order (nothing here removes); no output depends
/// on the order of a map or set.
pub struct FxHashMap<K, V> {
    entries: Vec<(K, V)>,
    index: Index,
}

/// A hash set with the [`Fx`] hasher (an [`FxHashMap`] to `()`).
pub struct FxHashSet<T>(FxHashMap<T, ()>);

fn hash<Q: Hash + ?Sized>(q: &Q) -> u32 {
    let mut h = Fx::default();
    q.hash(&mut h);
    h.finish() as u32
}

/// Open addressing with linear probing over entry numbers; each entry's
/// hash is kept so that growing needs no key.
#[derive(Default, Clone)]
struct Index {
    /// 0 for an empty slot, else entry number + 1; a power of two long.
    slots: Vec<u32>,
    hashes: Vec<u32>,
}

impl Index {
    /// `Ok(entry)` for the entry with hash `h` that `eq` accepts, else
    /// `Err(slot)`: the empty slot where it would go.
    fn find(&self, h: u32, eq: &mut dyn FnMut(usize) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return Err(0);
        }
        let mut pos = h as usize & mask;
        loop {
            match self.slots[pos] {
                0 => return Err(pos),
                e => {
                    let e = e as usize - 1;
                    if self.hashes[e] == h && eq(e) {
                        return Ok(e);
                    }
                }
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Records entry number `hashes.len()` with hash `h` at `slot` (from
    /// [`Index::find`]), growing the table to keep it at most 7/8 full.
    fn insert(&mut self, slot: usize, h: u32) {
        let e = self.hashes.len();
        self.hashes.push(h);
        if (e + 1) * 8 > self.slots.len() * 7 {
            self.rebuild(e + 1);
        } else {
            self.slots[slot] = e as u32 + 1;
        }
    }

    /// A table for at least `n` entries holding every entry so far.
    fn rebuild(&mut self, n: usize) {
        let len = (n * 8 / 7 + 1).next_power_of_two().max(8);
        self.slots.clear();
        self.slots.resize(len, 0);
        for (e, &h) in self.hashes.iter().enumerate() {
            let mut pos = h as usize & (len - 1);
            while self.slots[pos] != 0 {
                pos = (pos + 1) & (len - 1);
            }
            self.slots[pos] = e as u32 + 1;
        }
    }
}

impl<K, V> Default for FxHashMap<K, V> {
    fn default() -> Self {
        FxHashMap {
            entries: Vec::new(),
            index: Index::default(),
        }
    }
}

impl<K: Hash + Eq, V> FxHashMap<K, V> {
    /// An empty map with room for `n` entries.
    pub fn with_capacity_and_hasher(n: usize, _: FxBuild) -> Self {
        let mut m = Self::default();
        m.entries.reserve(n);
        m.index.hashes.reserve(n);
        m.index.rebuild(n);
        m
    }

    fn find<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> (u32, Result<usize, usize>)
    where
        K: Borrow<Q>,
    {
        let h = hash(k);
        (
            h,
            self.index.find(h, &mut |e| self.entries[e].0.borrow() == k),
        )
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The value of `k`, if any.
    pub fn get<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(k).1.ok().map(|e| &self.entries[e].1)
    }

    /// True when `k` has a value.
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(k).1.is_ok()
    }

    /// Sets the value of `k`; returns the value it had.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.find(&k) {
            (_, Ok(e)) => Some(std::mem::replace(&mut self.entries[e].1, v)),
            (h, Err(slot)) => {
                self.push(slot, h, k, v);
                None
            }
        }
    }

    fn push(&mut self, slot: usize, h: u32, k: K, v: V) -> usize {
        self.index.insert(slot, h);
        self.entries.push((k, v));
        self.entries.len() - 1
    }

    /// The value of `k`, to set or change.
    pub fn entry(&mut self, k: K) -> Entry<'_, K, V> {
        let (h, at) = self.find(&k);
        Entry {
            map: self,
            k,
            h,
            at,
        }
    }

    /// The values, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }
}

/// The place of a key in an [`FxHashMap`], as `hash_map::Entry`.
pub struct Entry<'m, K, V> {
    map: &'m mut FxHashMap<K, V>,
    k: K,
    h: u32,
    at: Result<usize, usize>,
}

impl<'m, K: Hash + Eq, V> Entry<'m, K, V> {
    /// The value, set to `f()` first when there is none.
    pub fn or_insert_with(self, f: impl FnOnce() -> V) -> &'m mut V {
        let e = match self.at {
            Ok(e) => e,
            Err(slot) => self.map.push(slot, self.h, self.k, f()),
        };
        &mut self.map.entries[e].1
    }

    /// The value, set to `v` first when there is none.
    pub fn or_insert(self, v: V) -> &'m mut V {
        self.or_insert_with(|| v)
    }

    /// The value, set to the default first when there is none.
    pub fn or_default(self) -> &'m mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K: Hash + Eq + Borrow<Q>, Q: Hash + Eq + ?Sized, V> std::ops::Index<&Q> for FxHashMap<K, V> {
    type Output = V;
    fn index(&self, k: &Q) -> &V {
        self.get(k).expect("key in map")
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for FxHashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(it: I) -> Self {
        let mut m = Self::default();
        m.extend(it);
        m
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for FxHashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, it: I) {
        for (k, v) in it {
            self.insert(k, v);
        }
    }
}

impl<K: std::fmt::Debug, V: std::fmt::Debug> std::fmt::Debug for FxHashMap<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<T> Default for FxHashSet<T> {
    fn default() -> Self {
        FxHashSet(FxHashMap::default())
    }
}

impl<T: Hash + Eq> FxHashSet<T> {
    /// An empty set with room for `n` values.
    pub fn with_capacity_and_hasher(n: usize, b: FxBuild) -> Self {
        FxHashSet(FxHashMap::with_capacity_and_hasher(n, b))
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when `v` is in the set.
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, v: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.contains_key(v)
    }

    /// Adds `v`; true when it was not in the set.
    pub fn insert(&mut self, v: T) -> bool {
        match self.0.find(&v) {
            (_, Ok(_)) => false,
            (h, Err(slot)) => {
                self.0.push(slot, h, v, ());
                true
            }
        }
    }
}

impl<T> FxHashSet<T> {
    /// The values, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.entries.iter().map(|(k, _)| k)
    }
}

impl<T: Hash + Eq> FromIterator<T> for FxHashSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut s = Self::default();
        s.extend(it);
        s
    }
}

impl<T: Hash + Eq> Extend<T> for FxHashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, it: I) {
        for v in it {
            self.insert(v);
        }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for FxHashSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{FxHashMap, FxHashSet};
    use proptest::prelude::*;
    use std::collections::{HashMap, HashSet};

    proptest! {
        #[test]
        fn map_agrees_with_std(ops in prop::collection::vec((0u16..300, any::<u8>(), 0u8..4), 0..2000)) {
            let mut ours: FxHashMap<String, u32> = FxHashMap::default();
            let mut std: HashMap<String, u32> = HashMap::new();
            for (k, v, op) in ops {
                let k = k.to_string();
                match op {
                    0 => prop_assert_eq!(ours.insert(k.clone(), v.into()), std.insert(k.clone(), v.into())),
                    1 => *ours.entry(k.clone()).or_default() += u32::from(v),
                    2 => prop_assert_eq!(ours.get(k.as_str()), std.get(k.as_str())),
                    _ => prop_assert_eq!(ours.contains_key(&k), std.contains_key(&k)),
                }
                if op == 1 {
                    *std.entry(k).or_default() += u32::from(v);
                }
                prop_assert_eq!(ours.len(), std.len());
            }
            for (k, v) in &std {
                prop_assert_eq!(ours[k.as_str()], *v);
            }
        }

        #[test]
        fn set_agrees_with_std(vs in prop::collection::vec(0u32..5000, 0..3000), probes in prop::collection::vec(0u32..5000, 0..200)) {
            let mut ours: FxHashSet<u32> = FxHashSet::with_capacity_and_hasher(7, Default::default());
            let mut std = HashSet::new();
            for v in &vs {
                prop_assert_eq!(ours.insert(*v), std.insert(*v));
            }
            for p in probes.iter().chain(&vs) {
                prop_assert_eq!(ours.contains(p), std.contains(p));
            }
            let collected: FxHashSet<u32> = vs.iter().copied().collect();
            prop_assert_eq!(collected.len(), std.len());
            prop_assert_eq!(ours.iter().copied().collect::<HashSet<_>>(), std);
        }
    }
}
