//! Word lists written as one string, `Words("as|in|on")`, in place of
//! `&[&str]` constants: a slice keeps an 8-byte (pointer, length) pair per
//! word in the wasm's data, ~15 KB for the ~1,600 words of these lists, and
//! those pairs gzip poorly (size budget, issue 7). Lookups scan the string,
//! as `slice::contains` scanned the slice.

use crate::hash::FxHashSet;
use std::sync::OnceLock;

/// Words separated by `|`.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static str);

impl Words {
    /// True when `w` is one of the words, like `<[&str]>::contains`.
    /// (Jumping from one first-byte match to the next, or from '|' to '|'
    /// eight bytes at a time, measured no faster on these short words.)
    pub fn contains(&self, w: &&str) -> bool {
        self.any(|x| x == w.as_bytes())
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.split('|')
    }

    /// True when `f` holds for one of the words (as bytes). A plain loop: a
    /// `split('|')` made lookups, which run on every token, 2x slower.
    pub fn any(&self, f: impl Fn(&[u8]) -> bool) -> bool {
        let h = self.0.as_bytes();
        let mut start = 0;
        for (i, &b) in h.iter().enumerate() {
            if b == b'|' {
                if f(&h[start..i]) {
                    return true;
                }
                start = i + 1;
            }
        }
        f(&h[start..])
    }
}

/// A word list looked up through a hash set built on first use: for the
/// lists tested on every token, where scanning the string was a visible
/// share of the time (perf, issue 7). `static STOPS: WordSet = WordSet::new("in|on");`
pub struct WordSet {
    words: Words,
    set: OnceLock<Table>,
}

/// The words of a [`WordSet`]: those of at most seven bytes packed into a
/// `u64` each (the bytes, the length, a flag) in an open-addressing table of
/// twice as many slots or more, probed linearly; the longer ones in a hash
/// set. Most words looked up are short: one multiply and a compare or two,
/// with no string hashing nor `memcmp` call (perf, issue 7).
struct Table {
    slots: Vec<u64>,
    long: FxHashSet<&'static [u8]>,
}

/// `w` packed as in [`Table`], or `None` when longer than seven bytes.
#[inline]
fn pack(w: &[u8]) -> Option<u64> {
    if w.len() > 7 {
        return None;
    }
    let mut k = 1 << 63 | (w.len() as u64) << 56;
    for (i, &b) in w.iter().enumerate() {
        k |= u64::from(b) << (8 * i);
    }
    Some(k)
}

impl Table {
    fn new(words: Words) -> Table {
        let short = words.iter().filter(|w| w.len() <= 7).count();
        let mut t = Table {
            slots: vec![0; (short * 2).next_power_of_two().max(2)],
            long: FxHashSet::default(),
        };
        for w in words.iter() {
            match pack(w.as_bytes()) {
                Some(k) => {
                    let mut h = t.home(k);
                    while t.slots[h] != 0 && t.slots[h] != k {
                        h = (h + 1) & (t.slots.len() - 1);
                    }
                    t.slots[h] = k;
                }
                None => {
                    t.long.insert(w.as_bytes());
                }
            }
        }
        t
    }

    /// The slot where the probe for `k` starts.
    #[inline]
    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & (self.slots.len() - 1)
    }

    fn contains(&self, w: &[u8]) -> bool {
        let Some(k) = pack(w) else {
            return self.long.contains(w);
        };
        let mut h = self.home(k);
        // Never full (twice the slots): the probe meets an empty slot.
        while let Some(&s) = self.slots.get(h) {
            if s == k {
                return true;
            }
            if s == 0 {
                return false;
            }
            h = (h + 1) & (self.slots.len() - 1);
        }
        false
    }
}

impl WordSet {
    /// The words of `words`, separated by `|` as in [`Words`].
    pub const fn new(words: &'static str) -> WordSet {
        WordSet {
            words: Words(words),
            set: OnceLock::new(),
        }
    }

    /// True when `w` is one of the words. (Not inlined: its lookup at every
    /// call site was ~1 KB of the wasm; size budget, issue 7.)
    #[inline(never)]
    pub fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// True when `w` is the bytes of one of the words (no UTF-8 check of a
    /// word made of bytes; perf, issue 7).
    pub fn contains_bytes(&self, w: &[u8]) -> bool {
        self.set.get_or_init(|| Table::new(self.words)).contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::{WordSet, Words};

    #[test]
    fn contains_whole_words_only() {
        let w = Words("as|in|at all");
        assert!(w.contains(&"as") && w.contains(&"at all") && w.contains(&"in"));
        assert!(!w.contains(&"a") && !w.contains(&"") && !w.contains(&"at"));
        assert!(!w.contains(&"as|in") && !w.contains(&"s|i") && !w.contains(&"n|at all"));
        assert!(Words("a||b").contains(&"") && !Words("é|b").contains(&"e"));
        assert!(Words("é|b").contains(&"é") && Words("ab|b").contains(&"b"));
    }

    #[test]
    fn word_set_finds_what_the_list_holds() {
        static S: WordSet = WordSet::new("as|in|at all");
        assert!(S.contains("as") && S.contains("at all") && S.contains("in"));
        assert!(!S.contains("a") && !S.contains("") && !S.contains("at"));
        // Short words packed, long ones hashed, the empty word, and words
        // that differ only in a trailing NUL or in length.
        static T: WordSet = WordSet::new("in|seventy|sevenths|a\0|é|abcdefg|");
        assert!(T.contains("in") && T.contains("seventy") && T.contains("sevenths"));
        assert!(T.contains("a\0") && T.contains("é") && T.contains("abcdefg") && T.contains(""));
        assert!(!T.contains("a") && !T.contains("i") && !T.contains("abcdef"));
        assert!(!T.contains("abcdefgh") && !T.contains("seventh") && !T.contains("in\0"));
        assert!(T.contains_bytes(b"sevenths") && T.contains_bytes("é".as_bytes()));
        assert!(!T.contains_bytes(b"\xff") && !T.contains_bytes(b"seventhz"));
    }
}
