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
    ///
    /// Word by word, the rest of a word skipped as soon as its first byte
    /// differs: [`Words::any`] with a slice comparison (a `memcmp` call) at
    /// every word took ~7 instructions per byte of the list (perf, issue 7).
    pub fn contains(&self, w: &&str) -> bool {
        let (h, n) = (self.0.as_bytes(), w.as_bytes());
        let Some(&first) = n.first() else {
            return self.any(|x| x.is_empty());
        };
        if n.iter().any(|&b| b == b'|') {
            return false; // no word holds a '|'
        }
        let mut rest = h;
        loop {
            if rest.first() == Some(&first)
                && rest.get(..n.len()) == Some(n)
                && rest.get(n.len()).is_none_or(|&b| b == b'|')
            {
                return true;
            }
            // On to the next word.
            match rest.iter().position(|&b| b == b'|') {
                Some(p) => rest = &rest[p + 1..],
                None => return false,
            }
        }
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
    set: OnceLock<FxHashSet<&'static str>>,
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
        self.set
            .get_or_init(|| self.words.iter().collect())
            .contains(w)
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

    proptest::proptest! {
        /// The jumping search answers as the plain scan over the words does.
        #[test]
        fn contains_agrees_with_the_plain_scan(
            list in "[ab|é]{0,12}",
            w in "[ab|é]{0,4}",
        ) {
            let words = Words(Box::leak(list.into_boxed_str()));
            let plain = words.any(|x| x == w.as_bytes());
            proptest::prop_assert_eq!(words.contains(&w.as_str()), plain);
        }
    }

    #[test]
    fn word_set_finds_what_the_list_holds() {
        static S: WordSet = WordSet::new("as|in|at all");
        assert!(S.contains("as") && S.contains("at all") && S.contains("in"));
        assert!(!S.contains("a") && !S.contains("") && !S.contains("at"));
    }
}
