//! Hand-written matching for the few patterns the annotator needs: the
//! denial lexicon (word sequences) and a handful of fixed scanners. They
//! replace the `regex` crate, which was most of the wasm (size budget,
//! issue 7), with the same semantics as the regexes they replace:
//! - word boundaries are ASCII (`(?-u:\b)`): a boundary lies between an ASCII
//!   word byte (`[0-9A-Za-z_]`) and any other byte or the text's end;
//! - `\s` is Unicode whitespace ([`char::is_whitespace`]) and `\w` Unicode
//!   word characters ([`is_word`]);
//! - case-insensitive literals follow Unicode simple case folding, as `(?i)`
//!   did: `k` also matches the Kelvin sign, `s` the long s;
//! - alternatives are tried in order and the leftmost match wins, then the
//!   first alternative that matches there (leftmost-first).
//!
//! The tests in `tests/pat_vs_regex.rs` check every pattern against the
//! regex it replaced (the `regex` crate is a dev-dependency only).

mod word;

/// True for an ASCII word byte, `[0-9A-Za-z_]`.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// True when byte offset `i` of `s` is an ASCII word boundary.
pub fn boundary(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let before = i > 0 && word_byte(b[i - 1]);
    let after = i < b.len() && word_byte(b[i]);
    before != after
}

/// Unicode `\w`: letters, marks, decimal digits, connector punctuation.
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return word_byte(c as u8);
    }
    static RANGES: std::sync::LazyLock<Vec<(u32, u32)>> = std::sync::LazyLock::new(word::ranges);
    let c = c as u32;
    RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The end of the longest run of chars satisfying `f` from byte offset `i`.
pub fn run(s: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    s[i..].find(|c: char| !f(c)).map_or(s.len(), |n| i + n)
}

/// The end of the run of whitespace (`\s*`) from `i`.
pub fn skip_ws(s: &str, i: usize) -> usize {
    run(s, i, char::is_whitespace)
}

/// `\s+` from `i`: its end, or `None` when no whitespace is there.
pub fn ws1(s: &str, i: usize) -> Option<usize> {
    let j = skip_ws(s, i);
    (j > i).then_some(j)
}

/// A run of at least one char satisfying `f` from `i`: its end.
pub fn run1(s: &str, i: usize, f: impl Fn(char) -> bool) -> Option<usize> {
    let j = run(s, i, f);
    (j > i).then_some(j)
}

/// Matches the literal `p` at `i`, ignoring case: a lower-case ASCII letter
/// of `p` matches either case (and `k`, `s` their Unicode fold partners), an
/// apostrophe matches `'` or `’`, any other char only itself. Returns the end.
pub fn lit(s: &str, i: usize, p: &str) -> Option<usize> {
    let mut t = s[i..].chars();
    let mut end = i;
    for pc in p.chars() {
        let c = t.next()?;
        let ok = match pc {
            '\'' => c == '\'' || c == '’',
            'a'..='z' => {
                c.to_ascii_lowercase() == pc
                    || (pc == 'k' && c == '\u{212A}')
                    || (pc == 's' && c == '\u{17F}')
            }
            _ => c == pc,
        };
        if !ok {
            return None;
        }
        end += c.len_utf8();
    }
    Some(end)
}

/// A match: byte offsets into the haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// A match of `hay[start..end]`.
    pub fn new(hay: &'h str, start: usize, end: usize) -> Match<'h> {
        Match { hay, start, end }
    }
    /// Start offset.
    pub fn start(&self) -> usize {
        self.start
    }
    /// End offset.
    pub fn end(&self) -> usize {
        self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True for an empty match (never returned by the matchers here).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// One word of a [`Seq`]: its alternatives, in order, and whether it may be
/// left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Literals for [`lit`] (lower case; a space in one matches one space).
    pub alts: Vec<String>,
    /// True for a word that may be left out (never the first or the last).
    pub optional: bool,
}

/// Words separated by whitespace, whole words, any case: the regex
/// `\b(?:a|b)(?:\s+(?:c))?\s+(?:d|e)\b`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seq {
    /// The words.
    pub slots: Vec<Slot>,
}

impl Seq {
    /// A sequence from `(alternatives, optional)` per word:
    /// `Seq::of(&[(&["push", "pushed"], false), (&["back"], false)])`.
    pub fn of(spec: &[(&[&str], bool)]) -> Seq {
        Seq {
            slots: spec
                .iter()
                .map(|(alts, optional)| Slot {
                    alts: alts.iter().map(|a| a.to_string()).collect(),
                    optional: *optional,
                })
                .collect(),
        }
    }

    /// The end of a match of slots `k..` at `i` (`i` before the separator of
    /// slot `k > 0`), with a boundary at the end.
    fn match_from(&self, s: &str, k: usize, i: usize) -> Option<usize> {
        let Some(slot) = self.slots.get(k) else {
            return boundary(s, i).then_some(i);
        };
        let j = if k == 0 { Some(i) } else { ws1(s, i) };
        if let Some(j) = j {
            for a in &slot.alts {
                if let Some(r) = lit(s, j, a).and_then(|e| self.match_from(s, k + 1, e)) {
                    return Some(r);
                }
            }
        }
        if slot.optional {
            return self.match_from(s, k + 1, i);
        }
        None
    }
}

/// Several [`Seq`]s in order of priority, found like one regex alternation.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    seqs: Vec<Seq>,
    /// For each ASCII letter (lower case), the sequences whose first word may
    /// start with it, in order; sequences starting otherwise are in `other`.
    by_first: Vec<Vec<u16>>,
    /// The same by the first two letters (`26 * first + second`): a sequence
    /// is in a bucket when an alternative of its first word starts with those
    /// two letters, or with the first and then no ASCII letter (perf: most
    /// words rule out all but a few sequences at once).
    by_two: Vec<Vec<u16>>,
    other: bool,
}

impl Matcher {
    /// A matcher trying `seqs` in this order at each position.
    pub fn new(seqs: Vec<Seq>) -> Matcher {
        let mut by_first = vec![Vec::new(); 26];
        let mut by_two: Vec<Vec<u16>> = vec![Vec::new(); 26 * 26];
        let mut other = false;
        for (n, q) in seqs.iter().enumerate() {
            let mut firsts: Vec<u8> = Vec::new();
            let mut twos: Vec<usize> = Vec::new();
            for a in q.slots.first().map_or(&[][..], |s| &s.alts[..]) {
                let mut bs = a.bytes();
                match bs.next() {
                    Some(b @ b'a'..=b'z') => {
                        let f = usize::from(b - b'a');
                        firsts.push(f as u8);
                        match bs.next() {
                            Some(c @ b'a'..=b'z') => twos.push(26 * f + usize::from(c - b'a')),
                            _ => twos.extend((0..26).map(|x| 26 * f + x)),
                        }
                    }
                    _ => other = true,
                }
            }
            crate::sort::by(&mut firsts, Ord::cmp);
            firsts.dedup();
            for f in firsts {
                by_first[f as usize].push(n as u16);
            }
            crate::sort::by(&mut twos, Ord::cmp);
            twos.dedup();
            for t in twos {
                by_two[t].push(n as u16);
            }
        }
        Matcher {
            seqs,
            by_first,
            by_two,
            other,
        }
    }

    /// The match at `i` (a char boundary), if any.
    fn at(&self, s: &str, i: usize) -> Option<usize> {
        if !boundary(s, i) {
            return None;
        }
        if self.other {
            return self.seqs.iter().find_map(|q| q.match_from(s, 0, i));
        }
        let rest = &s[i..];
        let b = rest.as_bytes()[0];
        if let (true, Some(&c)) = (b.is_ascii_alphabetic(), rest.as_bytes().get(1)) {
            if c.is_ascii_alphabetic() {
                let t = 26 * usize::from((b | 0x20) - b'a') + usize::from((c | 0x20) - b'a');
                return self.by_two[t]
                    .iter()
                    .find_map(|n| self.seqs[*n as usize].match_from(s, 0, i));
            }
        }
        let letter = if b.is_ascii_alphabetic() {
            b.to_ascii_lowercase()
        } else if rest.starts_with('\u{212A}') {
            b'k'
        } else if rest.starts_with('\u{17F}') {
            b's'
        } else {
            return None;
        };
        self.by_first[(letter - b'a') as usize]
            .iter()
            .find_map(|n| self.seqs[*n as usize].match_from(s, 0, i))
    }

    /// The leftmost match in `s` starting at or after `start` (the text before
    /// `start` still counts for the boundary).
    pub fn find_at<'h>(&self, s: &'h str, start: usize) -> Option<Match<'h>> {
        let b = s.as_bytes();
        // A plain loop with the cheap tests first: this runs over every byte
        // of every sentence for each kind, and the wasm is built for size.
        for i in start..b.len() {
            let c = b[i];
            let can_start = if c.is_ascii_alphabetic() {
                (i == 0 || !word_byte(b[i - 1]))
                    && (self.other || !self.by_first[usize::from((c | 0x20) - b'a')].is_empty())
            } else {
                // The lead byte of the Kelvin sign or of the long s.
                c == 0xE2 || c == 0xC5 || (self.other && s.is_char_boundary(i))
            };
            if can_start {
                if let Some(e) = self.at(s, i) {
                    return Some(Match::new(s, i, e));
                }
            }
        }
        None
    }

    /// The leftmost match in `s`.
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        self.find_at(s, 0)
    }

    /// Every match, left to right, not overlapping.
    pub fn find_iter<'h, 'm>(&'m self, s: &'h str) -> impl Iterator<Item = Match<'h>> + 'm
    where
        'h: 'm,
    {
        let mut pos = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(s, pos)?;
            pos = m.end();
            Some(m)
        })
    }

    /// True when `s` has a match.
    pub fn is_match(&self, s: &str) -> bool {
        self.find(s).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(spec: &[(&[&str], bool)]) -> Seq {
        Seq::of(spec)
    }

    #[test]
    fn sequences_match_whole_words_in_any_case() {
        let m = Matcher::new(vec![seq(&[
            (&["pushed", "push"], false),
            (&["back"], false),
            (&["against", "on"], false),
        ])]);
        let t = "She Pushed back \n against it; pushed back the date";
        let f = m.find(t).unwrap();
        assert_eq!(f.as_str(), "Pushed back \n against");
        assert!(m.find_at(t, f.end()).is_none());
        assert!(!m.is_match("repushed back on"));
        let m = Matcher::new(vec![seq(&[
            (&["a"], false),
            (&["giant"], true),
            (&["hoax"], false),
        ])]);
        assert_eq!(m.find("it's a  hoax").unwrap().as_str(), "a  hoax");
        assert_eq!(m.find("A GIANT HOAX").unwrap().as_str(), "A GIANT HOAX");
        assert!(m.find("a hoaxer").is_none());
        assert_eq!(lit("isn’t", 0, "isn't"), Some("isn’t".len()));
        assert_eq!(lit("\u{212A}ill", 0, "kill"), Some(6));
    }

    #[test]
    fn word_chars() {
        assert!(is_word('é') && is_word('ß') && is_word('\u{301}') && is_word('٣'));
        assert!(!is_word('’') && !is_word('—') && !is_word('²') && !is_word(' '));
        assert!(boundary("a b", 1) && !boundary("ab", 1) && boundary("a’", 1) && !boundary("", 0));
    }
}

#[cfg(test)]
mod vs_regex;
