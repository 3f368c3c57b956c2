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

use crate::hash::FxHashMap;

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
    other: bool,
}

impl Matcher {
    /// A matcher trying `seqs` in this order at each position.
    pub fn new(seqs: Vec<Seq>) -> Matcher {
        let mut by_first = vec![Vec::new(); 26];
        let mut other = false;
        for (n, q) in seqs.iter().enumerate() {
            let mut firsts: Vec<u8> = Vec::new();
            for a in q.slots.first().map_or(&[][..], |s| &s.alts[..]) {
                match a.bytes().next() {
                    Some(b @ b'a'..=b'z') => firsts.push(b - b'a'),
                    _ => other = true,
                }
            }
            crate::sort::by(&mut firsts, Ord::cmp);
            firsts.dedup();
            for f in firsts {
                by_first[f as usize].push(n as u16);
            }
        }
        Matcher {
            seqs,
            by_first,
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

    /// The match starting at byte `i` of `s` (a char boundary), if any: what
    /// `find(&s[i..])` finds when it starts at 0, with the text before `i`
    /// unseen. Anchored: "is there a match here" scans nothing else.
    pub fn match_at<'h>(&self, s: &'h str, i: usize) -> Option<Match<'h>> {
        let e = (i < s.len()).then(|| self.at(s, i))??;
        Some(Match::new(s, i, e))
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

    /// [`Matcher::find_iter`] through the `starts` of `s` that an [`Index`]
    /// holding this matcher as number `no` found: the same matches.
    pub fn find_iter_in<'h, 'm>(
        &'m self,
        no: u8,
        starts: &'m Starts,
        s: &'h str,
    ) -> FindIn<'h, 'm> {
        FindIn::new(Some(self), no, starts, s)
    }

    /// True when `s` has a match.
    pub fn is_match(&self, s: &str) -> bool {
        self.find(s).is_some()
    }
}

/// Where the sequences of several matchers may start in a text: one pass over
/// the text's word starts and a hash lookup or two per word, instead of one
/// pass per matcher over every byte (perf, issue 7).
///
/// A sequence can match at a word start only when the word's run of ASCII
/// letters, lower-cased, is the run of ASCII letters that opens an
/// alternative of its first word: what follows that run, in the pattern and
/// in the text, is no ASCII letter. When that alternative is all letters,
/// the next word is known too (after white space), and must open an
/// alternative of the second word (or of a later one past optional words):
/// "the" alone then tries nothing, "the hoax" tries "a|an|the ... hoax".
/// Case folding breaks this only for the Kelvin sign and the long s, which
/// match `k` and `s`: a text holding one is scanned byte by byte.
#[derive(Debug, Default)]
pub struct Index {
    /// Opening letter runs, and two joined by a space: their entry in `lists`.
    keys: FxHashMap<Box<[u8]>, u32>,
    /// (matcher, sequence) pairs, in order; for a one-word key, whether
    /// `keys` has two-word keys starting with it.
    lists: Vec<(Vec<(u8, u16)>, bool)>,
    /// The longest one-word key, and the longest key, in bytes.
    longest: usize,
    longest_pair: usize,
    /// Per first letter of a one-word key, bit `n` for a key of `n` bytes
    /// (bit 31 for longer ones): most words need no hash lookup (perf, issue 7).
    firsts: [u32; 26],
}

/// The word starts of one text where a sequence of an [`Index`] may begin.
#[derive(Debug, Default, Clone)]
pub struct Starts {
    /// (byte offset, matcher, sequence), by offset.
    at: Vec<(u32, u8, u16)>,
    /// True when the text holds a Kelvin sign or a long s (see [`Index`]).
    folds: bool,
}

impl Starts {
    /// True when no sequence may begin anywhere in the text.
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }
}

/// The lower-cased run of ASCII letters that opens `a`.
fn letter_key(a: &str) -> String {
    let k = a.len()
        - a.trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    a[..k].to_ascii_lowercase()
}

/// The end of the run of ASCII letters from `i`.
fn letters_end(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(b.len(), |n| i + n)
}

impl Index {
    /// An index of `matchers`; matcher `n` of the slice is number `n` in
    /// [`Matcher::find_iter_in`].
    pub fn new(matchers: &[&Matcher]) -> Index {
        let mut ix = Index::default();
        for (n, m) in matchers.iter().enumerate() {
            for (q, seq) in m.seqs.iter().enumerate() {
                let id = (n as u8, q as u16);
                // The keys the second word may have (past optional words).
                let mut seconds: Option<Vec<String>> = (seq.slots.len() > 1).then(Vec::new);
                for slot in seq.slots.iter().skip(1) {
                    for a in &slot.alts {
                        let k = letter_key(a);
                        match (&mut seconds, k.is_empty()) {
                            (Some(v), false) => v.push(k),
                            _ => seconds = None,
                        }
                    }
                    if !slot.optional {
                        break;
                    }
                }
                for a in seq.slots.first().map_or(&[][..], |s| &s.alts[..]) {
                    let k = letter_key(a);
                    if k.is_empty() {
                        continue;
                    }
                    let one = ix.list(&k);
                    match &seconds {
                        // An alternative of letters only: the next word decides.
                        Some(v) if k.len() == a.len() => {
                            ix.lists[one].1 = true;
                            for k2 in v {
                                let two = ix.list(&(k.clone() + " " + k2));
                                ix.lists[two].0.push(id);
                            }
                        }
                        _ => ix.lists[one].0.push(id),
                    }
                }
            }
        }
        for v in &mut ix.lists {
            v.0.dedup();
        }
        ix
    }

    /// The entry of `key` in `lists`, made empty when new.
    fn list(&mut self, key: &str) -> usize {
        if let Some(&n) = self.keys.get(key.as_bytes()) {
            return n as usize;
        }
        if key.as_bytes().contains(&b' ') {
            self.longest_pair = self.longest_pair.max(key.len());
        } else {
            self.longest = self.longest.max(key.len());
            if let Some(&c) = key.as_bytes().first() {
                if let Some(f) = self.firsts.get_mut(usize::from(c.wrapping_sub(b'a'))) {
                    *f |= 1 << key.len().min(31);
                }
            }
        }
        self.keys
            .insert(key.as_bytes().into(), self.lists.len() as u32);
        self.lists.push((Vec::new(), false));
        self.lists.len() - 1
    }

    /// The starts in `s` (offsets in `s`, the text before it unseen, as
    /// [`Matcher::find_iter`] sees it).
    pub fn starts(&self, s: &str) -> Starts {
        let b = s.as_bytes();
        // Sized for the text (about one start in 24 bytes of news): growing
        // it was a tenth of the time here (perf, issue 7).
        let mut out = Starts {
            at: Vec::with_capacity(b.len() / 16),
            folds: false,
        };
        // On the stack: this runs once per sentence.
        let mut stack = [0u8; 48];
        let mut heap = Vec::new();
        let need = self.longest.max(self.longest_pair);
        let buf: &mut [u8] = if need <= stack.len() {
            &mut stack[..need]
        } else {
            heap.resize(need, 0);
            &mut heap
        };
        // An ASCII letter in lower case, or none: `c | 0x20` makes the
        // capitals small and no other byte a letter.
        let letter = |c: u8| (c | 0x20).wrapping_sub(b'a') < 26;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !letter(c) {
                if c == 0xE2 || c == 0xC5 {
                    out.folds |= s[i..].starts_with('\u{212A}') || s[i..].starts_with('\u{17F}');
                }
                i += 1;
                continue;
            }
            // The run of letters, lower-cased into `buf` as far as it goes,
            // in one pass (perf, issue 7).
            let mut j = i;
            while j < b.len() && letter(b[j]) {
                if let Some(x) = buf.get_mut(j - i) {
                    *x = b[j] | 0x20;
                }
                j += 1;
            }
            let n = j - i;
            let maybe = self
                .firsts
                .get(usize::from((c | 0x20) - b'a'))
                .is_some_and(|f| f & 1 << n.min(31) != 0);
            if maybe && (i == 0 || !word_byte(b[i - 1])) && n <= self.longest {
                if let Some((v, pairs)) = self.lookup(&buf[..n]) {
                    out.at.extend(v.iter().map(|&(m, q)| (i as u32, m, q)));
                    // (One space before a letter, as mostly: no char decoding.)
                    let k = if b.get(j) == Some(&b' ') && b.get(j + 1).is_some_and(|&c| letter(c)) {
                        j + 1
                    } else {
                        skip_ws(s, j)
                    };
                    let n2 = letters_end(b, k) - k;
                    if *pairs && k > j && n2 > 0 && n + 1 + n2 <= self.longest_pair {
                        buf[n] = b' ';
                        buf[n + 1..n + 1 + n2].copy_from_slice(&b[k..k + n2]);
                        buf[n + 1..n + 1 + n2].make_ascii_lowercase();
                        if let Some((v2, _)) = self.lookup(&buf[..n + 1 + n2]) {
                            out.at.extend(v2.iter().map(|&(m, q)| (i as u32, m, q)));
                        }
                    }
                }
            }
            i = j;
        }
        out
    }

    /// The list of a key.
    fn lookup(&self, key: &[u8]) -> Option<&(Vec<(u8, u16)>, bool)> {
        self.keys.get(key).map(|&n| &self.lists[n as usize])
    }
}

/// The iterator of [`Matcher::find_iter_in`].
pub struct FindIn<'h, 'm> {
    m: Option<&'m Matcher>,
    no: u8,
    starts: &'m Starts,
    s: &'h str,
    pos: usize,
    k: usize,
}

impl<'h, 'm> FindIn<'h, 'm> {
    /// The matches of `m` (none when `None`), matcher `no` of the index
    /// that found `starts` in `s`.
    pub fn new(m: Option<&'m Matcher>, no: u8, starts: &'m Starts, s: &'h str) -> FindIn<'h, 'm> {
        FindIn {
            m,
            no,
            starts,
            s,
            pos: 0,
            k: 0,
        }
    }
}

impl<'h> Iterator for FindIn<'h, '_> {
    type Item = Match<'h>;

    fn next(&mut self) -> Option<Match<'h>> {
        let (m, s) = (self.m?, self.s);
        if m.other || self.starts.folds || s.len() > u32::MAX as usize {
            let f = m.find_at(s, self.pos)?;
            self.pos = f.end();
            return Some(f);
        }
        let at = &self.starts.at;
        while let Some(&(i, _, _)) = at.get(self.k) {
            // The entries at one offset may come in two runs (one word, two
            // words): the first sequence in the matcher's order wins.
            let mut best: Option<(u16, usize)> = None;
            while let Some(&(j, n, q)) = at.get(self.k).filter(|e| e.0 == i) {
                self.k += 1;
                let i = j as usize;
                if n == self.no && i >= self.pos && best.is_none_or(|b| q < b.0) {
                    if let Some(e) = m.seqs[usize::from(q)].match_from(s, 0, i) {
                        best = Some((q, e));
                    }
                }
            }
            if let Some((_, e)) = best {
                self.pos = e;
                return Some(Match::new(s, i as usize, e));
            }
        }
        None
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
    fn the_index_finds_what_the_matchers_find() {
        let hoax = Matcher::new(vec![
            seq(&[
                (&["a", "the"], false),
                (&["giant"], true),
                (&["hoax"], false),
            ]),
            seq(&[(&["the"], false)]),
            seq(&[(&["isn't"], false), (&["true"], false)]),
        ]);
        let deny = Matcher::new(vec![seq(&[(&["denied", "deny"], false)])]);
        let ix = Index::new(&[&deny, &hoax]);
        for t in [
            "The giant hoax, the\u{a0}HOAX and the end; it isn’t true",
            "they denied-it, a hoaxer, denied2 it, re-deny",
            "the \u{212A}oax: the giant hoa\u{17F}",
            "",
            "the",
        ] {
            let starts = ix.starts(t);
            for (no, m) in [(0, &deny), (1, &hoax)] {
                for i in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                    let want = m.find(&t[i..]).filter(|f| f.start() == 0).map(|f| f.end());
                    let got = m.match_at(t, i).map(|f| f.end() - i);
                    assert_eq!(got, want, "{t:?} at {i}");
                }
                let want: Vec<_> = m.find_iter(t).collect();
                let got: Vec<_> = m.find_iter_in(no, &starts, t).collect();
                assert_eq!(got, want, "{t:?}");
            }
        }
        // "the" alone is a match of the second sequence, not a try of the first.
        let t = "the end";
        let starts = ix.starts(t);
        assert_eq!(starts.at, vec![(0, 1, 1)]);
        assert_eq!(
            hoax.find_iter_in(1, &starts, t).next().unwrap().as_str(),
            "the"
        );
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
