//! Quotation marks paired into quotes, the way news prints them.
//!
//! - Double quotes, straight (`"`), curly (`“ ”`), low (`„`) or typed as two
//!   apostrophes (`''`, as some wire copy does), pair up within a paragraph.
//!   Wire copy's typing errors are read as meant: a left mark after a word
//!   closes an open quote (`“It is over,“ she said`), and three apostrophes
//!   close a nested single quote and the double one (`'Go,''' he said`).
//!   Single quotes inside a double quote are part of its text.
//! - Single quotes (`‘ ’`, `'`) make a quote of their own only outside a
//!   double quote, when they open before a word, close after one and pair up
//!   within the paragraph (apostrophes such as "Russia’s" never count).
//! - A quote that runs over several paragraphs follows the news convention:
//!   each paragraph opens with a quote mark and only the last one closes. A
//!   caption line between two such paragraphs ("Putin. Picture: Getty") does
//!   not break the quote.
//! - An unbalanced mark degrades gracefully: a quote left open ends with its
//!   paragraph (marked `closed: false`) and never swallows the article.

use super::Doc;
use crate::pat::{boundary, lit, skip_ws};
use crate::span::Span;

/// One quote, or one paragraph of a quote that runs over several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark (or the paragraph end), both included.
    pub span: Span,
    /// The quoted words: without the marks, trimmed.
    pub inner: Span,
    /// True when a closing mark ends this part.
    pub closed: bool,
    /// Index (in the returned list) of the first part of the quote this part
    /// belongs to; equal to its own index for a one-paragraph quote.
    pub first: usize,
    /// True for a quote in single marks.
    pub single: bool,
}

/// True when `s` has a picture caption or credit in it: a match of
/// `(?i)\b(?:picture|photo|photograph|image|credit|illustration)s?\s*:|\((?:AP|AFP|Reuters|Getty)\b|\b(?:Getty Images|AP Photo)\b`.
pub(crate) fn caption_like(s: &str) -> bool {
    let b = s.as_bytes();
    (0..s.len()).any(|i| {
        if b[i] == b'(' {
            return ["ap", "afp", "reuters", "getty"]
                .iter()
                .any(|w| lit(s, i + 1, w).is_some_and(|e| boundary(s, e)));
        }
        if !matches!(b[i].to_ascii_lowercase(), b'p' | b'i' | b'c' | b'g' | b'a') || !boundary(s, i)
        {
            return false;
        }
        let colon_after = |e: usize| s[skip_ws(s, e)..].starts_with(':');
        [
            "picture",
            "photo",
            "photograph",
            "image",
            "credit",
            "illustration",
        ]
        .iter()
        .filter_map(|w| lit(s, i, w))
        .any(|e| colon_after(e) || lit(s, e, "s").is_some_and(colon_after))
            || ["getty images", "ap photo"]
                .iter()
                .any(|w| lit(s, i, w).is_some_and(|e| boundary(s, e)))
    })
}

/// What a mark at a position can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Opens (`“`, `„`), unless a quote is open and it stands after a word
    /// and before a space or punctuation.
    Open,
    /// Closes only (`”`), unless nothing is open and it stands before a word.
    Close,
    /// Opens or closes depending on what is open (`"`, `''`).
    Toggle,
}

/// The char of the three bytes E2 80 xx at `k` (U+2000 to U+203F: the curly
/// quote marks, dashes, the ellipsis), if they are there.
fn punct_at(b: &[u8], k: usize) -> Option<char> {
    match b.get(k..k + 3)? {
        &[0xe2, 0x80, x] => char::from_u32(0x2000 | u32::from(x & 0x3f)),
        _ => None,
    }
}

/// The index of the first byte from `i` that is one of `set`, or the
/// length: eight bytes a test while none is there (most of a paragraph holds
/// no quote mark; perf, issue 7; see [`crate::swar`]).
fn skip_to(b: &[u8], mut i: usize, set: &[u8]) -> usize {
    use crate::swar::{below, load, splat};
    while let Some(x) = load(b, i) {
        if set.iter().fold(0, |hit, &c| hit | below(x ^ splat(c), 1)) != 0 {
            break;
        }
        i += 8;
    }
    while let Some(c) = b.get(i) {
        if set.contains(c) {
            return i;
        }
        i += 1;
    }
    b.len()
}

/// Finds the double quote marks of a paragraph: (byte offset, byte length, kind).
fn double_marks(text: &str, p: Span) -> Vec<(usize, usize, Mark)> {
    // Every mark is ASCII or a three-byte sequence E2 80 xx, so the bytes are
    // scanned, not the chars decoded (a UTF-8 continuation byte is never one
    // of these bytes; perf, issue 7).
    let b = p.slice(text).as_bytes();
    let mut out = Vec::new();
    let mut k = 0;
    loop {
        // The first bytes of every mark below.
        k = skip_to(b, k, b"\"\xe2'`");
        let Some(&c) = b.get(k) else { break };
        let at = p.start + k;
        k += 1;
        match c {
            b'"' => out.push((at, 1, Mark::Toggle)),
            0xe2 => match punct_at(b, k - 1) {
                Some('“' | '„') => {
                    out.push((at, 3, Mark::Open));
                    k += 2;
                }
                Some('”') => {
                    out.push((at, 3, Mark::Close));
                    k += 2;
                }
                _ => {}
            },
            b'\'' if b.get(k) == Some(&b'\'') => {
                k += 1;
                // Three apostrophes: a single quote nested in a double one.
                // After a word they close the single first ("'Go,'''"), so
                // the double mark is the last two; before one it is the first two.
                let third = b.get(k) == Some(&b'\'');
                let after_word = char_before(text, at).is_some_and(|c| !c.is_whitespace());
                if third && after_word {
                    k += 1;
                    out.push((at + 1, 2, Mark::Toggle));
                } else {
                    out.push((at, 2, Mark::Toggle));
                }
            }
            b'`' if b.get(k) == Some(&b'`') => {
                k += 1;
                out.push((at, 2, Mark::Open));
            }
            _ => {}
        }
    }
    out
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Pairs the double marks of one paragraph. `open` is the offset of a quote
/// carried over from an earlier paragraph (the paragraph start). Returns the
/// closed pairs and the offset of a quote still open at the paragraph end.
fn pair_paragraph(
    text: &str,
    marks: &[(usize, usize, Mark)],
    mut open: Option<usize>,
) -> (Vec<(usize, usize)>, Option<usize>) {
    let mut pairs = Vec::new();
    for &(at, len, kind) in marks {
        let word_after = char_after(text, at + len).is_some_and(|c| c.is_alphanumeric());
        let space_before = char_before(text, at).is_none_or(|c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/')
        });
        let before = char_before(text, at);
        let after = char_after(text, at + len);
        let opener_like = space_before && after.is_some_and(|c| !c.is_whitespace());
        let closer_like = before.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| {
                c.is_whitespace()
                    || matches!(
                        c,
                        ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–' | '―' | '-'
                    )
            });
        let closes = match kind {
            // A left mark typed for a right one ("It is over,“ she said"):
            // it closes an open quote after a word and before a space or
            // punctuation. Before a word it opens, as it should.
            Mark::Open => open.is_some() && closer_like && !opener_like,
            Mark::Close => open.is_some() || !(space_before && word_after),
            // A straight mark opens before a word and closes after one; only
            // an ambiguous one toggles.
            Mark::Toggle if opener_like && !closer_like => false,
            Mark::Toggle if closer_like && !opener_like => true,
            Mark::Toggle => open.is_some(),
        };
        if closes {
            if let Some(o) = open.take() {
                pairs.push((o, at + len));
            }
        } else if open.is_none() {
            open = Some(at);
        } else if kind != Mark::Close {
            // A second opening mark while one is open: the first was never
            // closed. Close it before this one rather than nest.
            let o = open.take().unwrap_or(at);
            pairs.push((o, at));
            open = Some(at);
        }
    }
    (pairs, open)
}

/// Single-quoted quotes of a paragraph outside the double-quoted ranges.
fn single_quotes(text: &str, p: Span, taken: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // ' is ASCII, ‘ and ’ are E2 80 98 and E2 80 99: the bytes are scanned,
    // not the chars decoded (perf, issue 7).
    let bytes = p.slice(text).as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut next = 0;
    loop {
        let k = skip_to(bytes, next, b"'\xe2");
        let Some(&byte) = bytes.get(k) else { break };
        next = k + 1;
        let c = match byte {
            b'\'' => '\'',
            0xe2 => match punct_at(bytes, k) {
                Some(c @ ('‘' | '’')) => c,
                _ => continue,
            },
            _ => continue,
        };
        let at = p.start + k;
        if taken.iter().any(|&(a, b)| a <= at && at < b) {
            continue;
        }
        let before = char_before(text, at);
        let after = char_after(text, at + c.len_utf8());
        let word_before = before.is_some_and(|b| b.is_alphanumeric());
        let word_after = after.is_some_and(|a| a.is_alphanumeric());
        let can_open = c != '’' && !word_before && word_after;
        let can_close = c != '‘'
            && !word_after
            && before.is_some_and(|b| !b.is_whitespace())
            && !(word_before && after.is_some_and(|a| a == 's'));
        if open.is_some() && can_close {
            out.push((open.take().unwrap_or(at), at + c.len_utf8()));
        } else if open.is_none() && can_open {
            open = Some(at);
        }
    }
    out
}

/// True when a paragraph may sit inside a multi-paragraph quote without
/// breaking it: a caption or credit line with no quote mark of its own.
fn is_caption(text: &str, p: Span) -> bool {
    let s = p.slice(text);
    !s.contains(['"', '“', '”']) && caption_like(s)
}

fn opens_with_quote(text: &str, p: Span) -> bool {
    let s = p.slice(text);
    s.starts_with(['"', '“', '„']) || s.starts_with("''") || s.starts_with("``")
}

fn make(text: &str, start: usize, end: usize, closed: bool, first: usize, single: bool) -> Quote {
    let span = Span::new(start, end);
    let open_len = if text[start..].starts_with("''") || text[start..].starts_with("``") {
        2
    } else {
        char_after(text, start).map_or(0, char::len_utf8)
    };
    let close_len = if !closed {
        0
    } else if text[..end].ends_with("''") && end - start >= 4 {
        2
    } else {
        char_before(text, end).map_or(0, char::len_utf8)
    };
    let a = (start + open_len).min(end);
    let b = end.saturating_sub(close_len).max(a);
    Quote {
        span,
        inner: Span::new(a, b).trim(text),
        closed,
        first,
        single,
    }
}

/// Every quote of `doc`, in text order. See the module documentation for the rules.
pub fn quotes(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let paras = &doc.paragraphs;
    let mut out: Vec<Quote> = Vec::new();
    // Index in `out` of the first part of a quote carried into the next paragraph.
    let mut carried: Option<usize> = None;
    for (pi, &p) in paras.iter().enumerate() {
        if carried.is_some() && is_caption(text, p) {
            continue;
        }
        let marks = double_marks(text, p);
        let carry_in = carried
            .filter(|_| opens_with_quote(text, p))
            .map(|f| (f, p.start));
        carried = None;
        // A carried quote re-opens with this paragraph's first mark, so that mark is not paired.
        let (marks, open) = match carry_in {
            Some((_, at)) => (&marks[1..], Some(at)),
            None => (&marks[..], None),
        };
        let (pairs, still_open) = pair_paragraph(text, marks, open);
        // (start, end, closed, single) of this paragraph's quotes.
        let mut local: Vec<(usize, usize, bool, bool)> =
            pairs.iter().map(|&(a, b)| (a, b, true, false)).collect();
        let mut taken = pairs;
        if let Some(o) = still_open {
            local.push((o, p.end, false, false));
            taken.push((o, p.end));
        }
        for (a, b) in single_quotes(text, p, &taken) {
            local.push((a, b, true, true));
        }
        crate::sort::by(&mut local, Ord::cmp);
        for (a, b, closed, single) in local {
            let first = match carry_in {
                Some((f, at)) if a == at => f,
                _ => out.len(),
            };
            if !closed && !single {
                // Carry on if a later paragraph (after any captions) opens with a quote mark.
                let next = paras[pi + 1..].iter().find(|&&n| !is_caption(text, n));
                if next.is_some_and(|&n| opens_with_quote(text, n)) {
                    carried = Some(first);
                }
            }
            out.push(make(text, a, b, closed, first, single));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(t: &str) -> Vec<(String, bool, usize)> {
        let d = Doc::new(t);
        quotes(&d)
            .iter()
            .map(|q| (q.inner.slice(t).to_string(), q.closed, q.first))
            .collect()
    }

    #[test]
    fn pairs_straight_and_curly_quotes_with_nested_singles() {
        assert_eq!(
            q("He said \"it is 'the instigator' now\" and “left”."),
            vec![
                ("it is 'the instigator' now".to_string(), true, 0),
                ("left".to_string(), true, 1)
            ]
        );
    }

    #[test]
    fn runs_over_paragraphs_and_skips_a_caption() {
        let t = "She said: \"One.\n\nA dog. Picture: Getty\n\n\"Two.\n\n\"Three.\"\n\nAfter.";
        assert_eq!(
            q(t),
            vec![
                ("One.".to_string(), false, 0),
                ("Two.".to_string(), false, 0),
                ("Three.".to_string(), true, 0)
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let t = "He said \"this never closes.\n\nNext paragraph with \"a quote\" here.";
        assert_eq!(
            q(t),
            vec![
                ("this never closes.".to_string(), false, 0),
                ("a quote".to_string(), true, 1)
            ]
        );
    }

    #[test]
    fn marks_found_among_other_three_byte_chars() {
        // —, …, € and ‚ start with the same byte E2 as the curly marks (and
        // — and … with E2 80): only “ ” „ ‘ ’ are marks (and singles inside
        // doubles are no quotes of their own).
        assert_eq!(
            q("Costs — €5 … he said “it’s ‚fine‘ … — “and ‘done’ now” too”."),
            vec![
                ("it’s ‚fine‘ … —".to_string(), true, 0),
                ("and ‘done’ now".to_string(), true, 1)
            ]
        );
        assert_eq!(q("„Ja“, sagte er."), vec![("Ja".to_string(), true, 0)]);
    }

    /// The eight-byte test finds the first byte of the set wherever it
    /// stands, next to bytes one above or below each (what a borrow could
    /// confuse) and to 0x00 and 0xff.
    #[test]
    fn skip_to_finds_the_first_byte_of_the_set() {
        let set = b"\"\xe2'`";
        let fill = [
            b'a', b'!', b'#', b'&', b'(', b'_', 0xe1, 0xe3, 0, 0xff, b' ',
        ];
        for len in 0..24 {
            for (n, &f) in fill.iter().enumerate() {
                let mut b = vec![f; len];
                for at in 0..=len {
                    for &c in set {
                        if at < len {
                            b[at] = c;
                        }
                        for from in 0..=at.min(len) {
                            let want = (from..len).find(|&i| set.contains(&b[i])).unwrap_or(len);
                            assert_eq!(skip_to(&b, from, set), want, "{n} {len} {at} {from}");
                        }
                        if at < len {
                            b[at] = f;
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn single_quotes_outside_doubles_but_not_apostrophes() {
        assert_eq!(
            q("Russia’s 'aggressive harassment' of the Brits’ staff"),
            vec![("aggressive harassment".to_string(), true, 0)]
        );
        assert_eq!(
            q("The ''top secret'' files"),
            vec![("top secret".to_string(), true, 0)]
        );
    }

    #[test]
    fn caption_regex_matches_credits_only() {
        assert!(caption_like(
            "Russian president Vladimir Putin. Picture: Getty"
        ));
        assert!(caption_like("Protesters gather (AP Photo/John Doe)"));
        assert!(!caption_like("The picture is clear, he said."));
    }

    #[test]
    fn a_left_mark_after_a_word_closes_an_open_quote() {
        assert_eq!(
            q("“It is over,“ she said. “We lost.“ Then “a new one” came."),
            vec![
                ("It is over,".to_string(), true, 0),
                ("We lost.".to_string(), true, 1),
                ("a new one".to_string(), true, 2)
            ]
        );
        // An opening mark after a closed quote still opens.
        assert_eq!(
            q("“A,” she said. “B.”"),
            vec![("A,".to_string(), true, 0), ("B.".to_string(), true, 1)]
        );
    }

    #[test]
    fn three_apostrophes_close_a_nested_single_and_the_double_quote() {
        let t = "''He said, 'Go home,''' Ann Ode recalled. ''We won,'' he said.";
        let d = Doc::new(t);
        let qs = quotes(&d);
        assert_eq!(qs.len(), 2);
        assert_eq!(qs[0].span.slice(t), "''He said, 'Go home,'''");
        assert_eq!(qs[0].inner.slice(t), "He said, 'Go home,'");
        assert_eq!(qs[1].inner.slice(t), "We won,");
        assert_eq!(
            q("He told him, '''Sir, we stay,' he said.''"),
            vec![("'Sir, we stay,' he said.".to_string(), true, 0)]
        );
    }
}
