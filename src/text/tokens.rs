//! A tokenizer for news prose: words (with inner apostrophes, hyphens and
//! dots of initials), numbers (with separators), single punctuation marks.

use crate::span::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner `'`, `’`, `-`, `.` ("don't", "Russian-backed", "U.S").
    Word,
    /// Digits, possibly with inner `,` `.` `:` ("1,000", "3.2", "9:30").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// True when the first character is upper case.
    pub upper: bool,
    /// True when a line break lies between this token and the one before
    /// (or it is the first token).
    pub line_start: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The character at byte `i` of `text` (a character boundary), read
/// without decoding when it is ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Splits `text` into tokens. Every non-space character belongs to exactly one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    // By byte offsets, ASCII read without decoding (perf, issue 7).
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut line_start = true;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c == ' ' {
            i += 1; // (the usual space between words, without the tests below)
            continue;
        }
        if ('\u{2010}'..='\u{2027}').contains(&c) {
            // Dashes, curly quotes, ellipsis: no space, letter nor capital,
            // so none of the Unicode tables below (perf, issue 7).
            out.push(Token {
                span: Span::new(i, i + c.len_utf8()),
                kind: TokenKind::Punct,
                upper: false,
                line_start,
            });
            line_start = false;
            i += c.len_utf8();
            continue;
        }
        if c.is_whitespace() {
            if super::is_line_break(c) {
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            while let Some(&d) = bytes.get(end) {
                if d.is_ascii_digit() {
                    end += 1;
                } else if matches!(d, b',' | b'.' | b':')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    // Only a separator when a digit follows.
                    end += 1;
                } else {
                    break;
                }
            }
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            while let Some(&b) = bytes.get(end) {
                // ASCII letters and digits, and ASCII that can end no word
                // but these three, without decoding a char (perf, issue 7).
                if b.is_ascii_alphanumeric() || b == b'_' {
                    end += 1;
                    continue;
                }
                if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.') {
                    break;
                }
                let Some(d) = char_at(text, end) else { break };
                if is_word_char(d) {
                    end += d.len_utf8();
                } else if matches!(d, '\'' | '’' | '-' | '‑') {
                    if char_at(text, end + d.len_utf8()).is_some_and(is_word_char) {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                } else if d == '.' {
                    // Initials and dotted acronyms: "U.S", "J.K" (single letters between dots).
                    let word = &text[i..end];
                    let last_seg = word.rsplit('.').next().unwrap_or(word);
                    let rest = &text[end + 1..];
                    let mut rc = rest.chars();
                    let n1 = rc.next();
                    let n2 = rc.next();
                    if last_seg.chars().count() == 1
                        && n1.is_some_and(|n| n.is_alphabetic())
                        && !n2.is_some_and(is_word_char)
                    {
                        end += 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        out.push(Token {
            span: Span::new(i, end),
            kind,
            upper: c.is_uppercase(),
            line_start,
        });
        line_start = false;
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.span.slice(t)).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("Russia's £3.2bn, U.S. don't Russian-backed 1,000."),
            vec![
                "Russia's",
                "£",
                "3.2",
                "bn",
                ",",
                "U.S",
                ".",
                "don't",
                "Russian-backed",
                "1,000",
                "."
            ]
        );
    }

    #[test]
    fn ascii_and_other_letters_join_one_word() {
        // The ASCII fast path hands over to chars mid-word and back.
        assert_eq!(
            words("Zoë’s naïve-ish café_2 A.É. x-’ Łódź's end-"),
            vec![
                "Zoë’s",
                "naïve-ish",
                "café_2",
                "A.É",
                ".",
                "x",
                "-",
                "’",
                "Łódź's",
                "end",
                "-"
            ]
        );
    }

    #[test]
    fn general_punctuation_is_one_mark_each() {
        let t = "“Yes” — she said…\u{2028}‘No’";
        assert_eq!(
            words(t),
            vec!["“", "Yes", "”", "—", "she", "said", "…", "‘", "No", "’"]
        );
        let toks = tokenize(t);
        assert!(toks.iter().all(|k| k.upper
            == (k.kind == TokenKind::Word && k.span.start < 5 || k.span.slice(t) == "No")));
        assert!(toks[7].line_start && !toks[6].line_start);
        for c in '\u{2010}'..='\u{2027}' {
            assert!(
                !c.is_whitespace() && !c.is_alphanumeric() && !c.is_uppercase(),
                "{c}"
            );
        }
    }

    #[test]
    fn marks_line_starts_and_capitals() {
        let t = tokenize("a B\nC");
        assert_eq!(
            t.iter()
                .map(|k| (k.upper, k.line_start))
                .collect::<Vec<_>>(),
            vec![(false, true), (true, false), (true, true)]
        );
    }
}
