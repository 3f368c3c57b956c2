//! Text structure shared by every annotator: tokens, sentences, paragraphs,
//! quotes.

mod quotes;
mod sentences;
mod tokens;

#[cfg(test)]
pub(crate) use quotes::caption_like as caption_like_for_tests;
pub use quotes::{quotes, Quote};
pub use sentences::{paragraphs, sentences};
pub use tokens::{tokenize, Token, TokenKind};

/// True for the characters Unicode counts as line ends: LF, VT, FF, CR, NEL,
/// LINE SEPARATOR and PARAGRAPH SEPARATOR (pasted text brings all of them).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

use crate::case::Case;
use crate::span::Span;
use std::borrow::Cow;

/// A word in lower case, borrowed from the text when it already is (most
/// words are): a `String` per token was a tenth of the time (perf, issue 7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lower<'t>(Cow<'t, str>);

impl<'t> Lower<'t> {
    /// `s` lower-cased as `str::to_lowercase` does.
    pub fn new(s: &'t str) -> Lower<'t> {
        if s.is_ascii() {
            if s.bytes().any(|b| b.is_ascii_uppercase()) {
                Lower(Cow::Owned(s.to_ascii_lowercase()))
            } else {
                Lower(Cow::Borrowed(s))
            }
        } else {
            Lower(Cow::Owned(s.lowercase()))
        }
    }

    /// `s`, already in lower case (as [`Doc::lower`] gives it).
    pub fn borrowed(s: &'t str) -> Lower<'t> {
        Lower(Cow::Borrowed(s))
    }

    /// The lower-case text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// A text prepared once for all annotators.
pub struct Doc<'t> {
    /// The text itself.
    pub text: &'t str,
    /// Word, number and punctuation tokens, in order.
    pub tokens: Vec<Token>,
    /// Sentence spans, in order, covering every non-space token.
    pub sentences: Vec<Span>,
    /// Paragraph spans (text between blank lines or line breaks), in order.
    pub paragraphs: Vec<Span>,
    /// The tokens that lower-casing changes, lower-cased one after the other,
    /// and per token its range here (`u32::MAX` when the text already is its
    /// lower case): one string per text rather than one per capitalised
    /// token (perf, issue 7).
    low: String,
    low_at: Vec<(u32, u32)>,
    /// Per block of 2^[`BLOCK_BITS`] bytes, the index of the first token starting
    /// in it or after: [`Doc::token_index_at`] looks among a block's few
    /// tokens, not all of them (a binary search over a 1 MB text's 200,000
    /// tokens missed the cache at every step, a fifth of the time; perf,
    /// issue 7).
    block_tok: Vec<u32>,
}

/// Log2 of the bytes per entry of `Doc::block_tok`.
const BLOCK_BITS: usize = 6;

impl<'t> Doc<'t> {
    /// Tokenizes and splits `text`.
    pub fn new(text: &'t str) -> Doc<'t> {
        let tokens = tokenize(text);
        let paragraphs = paragraphs(text);
        let sentences = sentences(text, &tokens, &paragraphs);
        let mut low = String::new();
        let mut low_at = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let w = t.span.slice(text);
            let a = low.len();
            if w.is_ascii() {
                if !w.bytes().any(|b| b.is_ascii_uppercase()) {
                    low_at.push((u32::MAX, 0));
                    continue;
                }
                low.push_str(w);
                low[a..].make_ascii_lowercase();
            } else {
                low.push_str(&w.lowercase());
            }
            low_at.push((a as u32, low.len() as u32));
        }
        let blocks = (text.len() >> BLOCK_BITS) + 2;
        let mut block_tok = Vec::with_capacity(blocks);
        let mut k = 0;
        for b in 0..blocks {
            while k < tokens.len() && tokens[k].span.start < b << BLOCK_BITS {
                k += 1;
            }
            block_tok.push(k as u32);
        }
        Doc {
            text,
            tokens,
            sentences,
            paragraphs,
            low,
            low_at,
            block_tok,
        }
    }

    /// Token `i` in lower case, as [`Lower::new`] makes it.
    pub fn lower(&self, i: usize) -> &str {
        match self.low_at.get(i) {
            Some(&(a, b)) if a != u32::MAX => self.low.get(a as usize..b as usize).unwrap_or(""),
            _ => self.tokens.get(i).map_or("", |t| t.span.slice(self.text)),
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &'t str {
        span.slice(self.text)
    }

    /// Index of the sentence that contains byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// Index of the paragraph that contains byte offset `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }

    /// Index of the first token that starts at or after byte offset `pos`.
    pub fn token_index_at(&self, pos: usize) -> usize {
        let b = pos >> BLOCK_BITS;
        let at = |b: usize| {
            self.block_tok
                .get(b)
                .map_or(self.tokens.len(), |&k| k as usize)
        };
        let (lo, hi) = (at(b), at(b + 1));
        lo + self.tokens[lo..hi].partition_point(|t| t.span.start < pos)
    }
}

#[cfg(test)]
mod tests {
    use super::{Doc, Lower};

    #[test]
    fn token_index_at_is_the_first_token_at_or_after_pos() {
        // Blocks with many tokens, with none (long runs of spaces), tokens
        // across block edges, multi-byte characters, and the empty text.
        let long = format!(
            "A, b; c. {}“Zoë” — 東京 said: 1,000 {}x{}",
            " ".repeat(200),
            "word ".repeat(40),
            "\r\n".repeat(70)
        );
        for t in ["", " ", "a", "Ann Ode said.", long.as_str()] {
            let d = Doc::new(t);
            for pos in 0..t.len() + 70 {
                let want = d.tokens.partition_point(|k| k.span.start < pos);
                assert_eq!(d.token_index_at(pos), want, "{pos} in {t:?}");
            }
        }
    }

    #[test]
    fn doc_lowers_each_token_as_lower_new_does() {
        let t = "The MAYOR of İzmir, Zoë Ödegaard, said “no” — ΣΟΦΙΑ's café was fine.";
        let d = Doc::new(t);
        assert!(d.tokens.len() > 10);
        for (i, k) in d.tokens.iter().enumerate() {
            assert_eq!(d.lower(i), Lower::new(k.span.slice(t)).as_str(), "{i}");
        }
        assert_eq!(d.lower(1), "mayor");
        assert_eq!(d.lower(d.tokens.len()), "");
    }
}
