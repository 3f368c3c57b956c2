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

/// The words in a hash set, and per word length (the last entry for 63
/// bytes and more) a bit for each first byte (its low six bits): a word
/// whose length and first byte no word of the set shares, most tokens, is
/// answered without hashing (perf, issue 7).
struct Table {
    set: FxHashSet<&'static str>,
    firsts: [u64; 64],
}

impl Table {
    fn new(words: Words) -> Table {
        let mut firsts = [0u64; 64];
        for w in words.iter() {
            if let (Some(f), Some(m)) = (w.bytes().next(), firsts.get_mut(w.len().min(63))) {
                *m |= 1 << (f & 63);
            }
        }
        Table {
            set: words.iter().collect(),
            firsts,
        }
    }

    fn contains(&self, w: &str) -> bool {
        let maybe = match (w.bytes().next(), self.firsts.get(w.len().min(63))) {
            (Some(f), Some(m)) => m & 1 << (f & 63) != 0,
            _ => true,
        };
        maybe && self.set.contains(w)
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

    /// True when `w` is one of the words. (Not inlined: its hash lookup at
    /// every call site was ~1 KB of the wasm; size budget, issue 7.)
    #[inline(never)]
    pub fn contains(&self, w: &str) -> bool {
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
    }

    /// The length and first-byte filter lets through every word of the set,
    /// whatever its length or first byte, and rejects nothing the set holds.
    #[test]
    fn word_set_filter_keeps_every_word() {
        static S: WordSet = WordSet::new("x|é|at all|über|a-b|\u{1F600}|0123456789012345678901234567890123456789012345678901234567890123456789");
        for w in S.words.iter() {
            assert!(S.contains(w), "{w:?}");
        }
        // Same length and first byte's low bits as "x" (b'x' & 63 == b'8' & 63): the set decides.
        assert!(!S.contains("8") && !S.contains("y") && !S.contains("at alll") && !S.contains(""));
        assert!(
            !S.contains("0123456789012345678901234567890123456789012345678901234567890123456788")
        );
    }
}
