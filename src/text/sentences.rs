//! Paragraphs (runs of text between line breaks) and sentences (split at
//! `.`, `!`, `?` before a capital, never across a paragraph).

use super::tokens::{Token, TokenKind};
use crate::span::Span;
use crate::wordlist::WordSet;

/// Spans of the non-empty lines of `text`, trimmed. News text puts one
/// paragraph on a line; blank lines between them are optional.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // A byte scan (perf, issue 7): the line breaks of is_line_break are
    // \n \x0b \x0c \r, U+0085 (C2 85) and U+2028/9 (E2 80 A8/A9); in valid
    // UTF-8 those byte sequences are those characters and nothing else.
    let b = text.as_bytes();
    let mut i = 0;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Any zero byte in `y` (exact as a yes/no answer).
    let zero = |y: u64| y.wrapping_sub(ONES) & !y & HIGH != 0;
    while i < b.len() {
        // Eight bytes at a time while none is below 0x0e, 0xc2 or 0xe2.
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            let low = x.wrapping_sub(ONES * 0x0e) & !x & HIGH != 0;
            if !low && !zero(x ^ (ONES * 0xc2)) && !zero(x ^ (ONES * 0xe2)) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c > b'\r' && c != 0xc2 && c != 0xe2 {
            i += 1;
            continue;
        }
        let len = match c {
            b'\n' | 0x0b | 0x0c | b'\r' => 1,
            0xc2 if b.get(i + 1) == Some(&0x85) => 2,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
            _ => 0,
        };
        if len == 0 {
            i += 1;
            continue;
        }
        let s = Span::new(start, i).trim(text);
        if !s.is_empty() {
            out.push(s);
        }
        i += len;
        start = i;
    }
    let s = Span::new(start, text.len()).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// Words after which a full stop does not end a sentence.
static ABBREVIATIONS: WordSet = WordSet::new(
    "Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|Rev|Hon|Mt|No|vs|etc|Inc|Ltd|\
    Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec",
);

/// Capitalised words that open a sentence, never a name after an acronym.
static OPENERS: WordSet =
    WordSet::new("He|She|They|It|We|I|The|This|These|Those|But|His|Her|Their|Its|There");

/// True when `t` starts with the three tokens of a party tag with a dotted
/// two-letter state, as news prints it after a politician's name: "R-S"
/// "." "C" (of "R-S.C."), "D-N" "." "Y". A capital, a hyphen, a capital,
/// then a full stop and a single capital, all adjacent.
fn two_letter_tag(text: &str, t: &[Token]) -> bool {
    let [party, dot, letter, ..] = t else {
        return false;
    };
    let p = party.span.slice(text).as_bytes();
    let l = letter.span.slice(text).as_bytes();
    p.len() == 3
        && p[0].is_ascii_uppercase()
        && p[1] == b'-'
        && p[2].is_ascii_uppercase()
        && dot.span.slice(text) == "."
        && l.len() == 1
        && l[0].is_ascii_uppercase()
        && party.span.end == dot.span.start
        && dot.span.end == letter.span.start
}

/// The longest sentence, in tokens. Past it a "sentence" (a table, a list,
/// a pasted line with no full stop) is cut after a comma, semicolon or colon
/// in its second half, else at the limit. Real sentences are far shorter; the
/// cap keeps every per-sentence rule linear on hostile input (one 1 MB line
/// with many cues took minutes before).
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// Pushes sentence `s`, cut into pieces of at most [`MAX_SENTENCE_TOKENS`].
fn push_capped(out: &mut Vec<Span>, text: &str, tokens: &[Token], s: Span) {
    let a = tokens.partition_point(|t| t.span.start < s.start);
    let b = tokens.partition_point(|t| t.span.start < s.end);
    let toks = &tokens[a..b];
    if toks.len() <= MAX_SENTENCE_TOKENS {
        out.push(s);
        return;
    }
    let mut k0 = 0;
    let mut start = s.start;
    while toks.len() - k0 > MAX_SENTENCE_TOKENS {
        let limit = k0 + MAX_SENTENCE_TOKENS;
        let cut = (k0 + MAX_SENTENCE_TOKENS / 2..limit)
            .rev()
            .find(|&k| matches!(toks[k].span.slice(text), "," | ";" | ":"))
            .map_or(limit, |k| k + 1);
        out.push(Span::new(start, toks[cut - 1].span.end));
        k0 = cut;
        start = toks[k0].span.start;
    }
    out.push(Span::new(start, s.end));
}

/// Sentence spans. A sentence ends at `.`, `!` or `?` (with any closing
/// quotes or brackets after it) when the next token starts with a capital,
/// a digit or an opening quote, and always at a paragraph end. No sentence
/// is longer than [`MAX_SENTENCE_TOKENS`].
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut ti = 0;
    for p in paragraphs {
        while ti < tokens.len() && tokens[ti].span.start < p.start {
            ti += 1;
        }
        let first = ti;
        while ti < tokens.len() && tokens[ti].span.end <= p.end {
            ti += 1;
        }
        let toks = &tokens[first..ti];
        let mut start = p.start;
        let mut k = 0;
        while k < toks.len() {
            let t = toks[k];
            // (The text only of punctuation: most tokens are words.)
            let s = if t.kind == TokenKind::Punct {
                t.span.slice(text)
            } else {
                ""
            };
            if matches!(s, "." | "!" | "?" | "…") {
                let prev_abbrev = k > 0 && s == "." && toks[k - 1].span.end == t.span.start && {
                    let w = toks[k - 1].span.slice(text);
                    // "the U.S. He said": after an acronym, a pronoun or an
                    // article opens a new sentence ("the U.S. Senate" does not).
                    let opener = toks
                        .get(k + 1)
                        .is_some_and(|n| n.upper && OPENERS.contains(n.span.slice(text)));
                    // "Ann Ode, R-S.C., said": the first full stop of a
                    // two-letter state ends nothing; the second ends a
                    // sentence like any other word's (before a capital).
                    let tag_end = k >= 3
                        && two_letter_tag(text, &toks[k - 3..k])
                        && toks[k - 1].span.end == t.span.start;
                    !tag_end
                        && (ABBREVIATIONS.contains(w)
                            || (w.chars().count() == 1 && toks[k - 1].upper)
                            || w.as_bytes().contains(&b'.') && !opener
                            || two_letter_tag(text, &toks[k - 1..(k + 2).min(toks.len())]))
                };

                // Swallow closing quotes and brackets.
                let mut e = k;
                while e + 1 < toks.len()
                    && matches!(
                        toks[e + 1].span.slice(text),
                        "\"" | "”" | "’" | "'" | ")" | "]" | "." | "!" | "?"
                    )
                    && toks[e + 1].span.start == toks[e].span.end
                {
                    e += 1;
                }
                // "Ann Ode (D-N.Y.) said": a full stop inside a bracket that
                // closes a few tokens on ends no sentence.
                let bracketed = toks[k.saturating_sub(6)..k]
                    .iter()
                    .any(|p| p.span.slice(text) == "(")
                    && toks[e + 1..toks.len().min(e + 4)]
                        .iter()
                        .any(|n| n.span.slice(text) == ")");
                let next = toks.get(e + 1);
                let boundary = !prev_abbrev
                    && !bracketed
                    && next.is_some_and(|n| {
                        n.upper
                            || n.kind == TokenKind::Number
                            || matches!(n.span.slice(text), "\"" | "“" | "‘" | "'" | "(")
                    });
                if boundary {
                    push_capped(&mut out, text, tokens, Span::new(start, toks[e].span.end));
                    start = toks[e + 1].span.start;
                }
                k = e + 1;
            } else {
                k += 1;
            }
        }
        if start < p.end {
            push_capped(&mut out, text, tokens, Span::new(start, p.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn a_sentence_without_end_is_cut_after_a_comma() {
        let t = "word, ".repeat(1000);
        let toks = tokenize(&t);
        let ss = sentences(&t, &toks, &paragraphs(&t));
        assert!(ss.len() >= 1000 * 2 / MAX_SENTENCE_TOKENS);
        for w in ss.windows(2) {
            assert!(w[0].slice(&t).ends_with(','), "{:?}", w[0].slice(&t));
            assert!(w[0].end < w[1].start);
        }
        let n: usize = ss.iter().map(|s| tokenize(s.slice(&t)).len()).sum();
        assert_eq!(n, toks.len(), "no token lost");
        let long = "a ".repeat(1000);
        let toks = tokenize(&long);
        assert_eq!(sentences(&long, &toks, &paragraphs(&long)).len(), 4);
    }

    #[test]
    fn paragraphs_end_at_every_kind_of_line_end() {
        let t = "One\r\nTwo\rThree\u{2028}Four\u{2029}Five\u{85}Six\u{c}Seven";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, ["One", "Two", "Three", "Four", "Five", "Six", "Seven"]);
    }

    fn split(t: &str) -> Vec<&str> {
        let toks = tokenize(t);
        sentences(t, &toks, &paragraphs(t))
            .iter()
            .map(|s| s.slice(t))
            .collect()
    }

    #[test]
    fn splits_at_full_stops_before_capitals() {
        assert_eq!(
            split("Mr. Smith went to the U.S. on Monday. He said \"no.\" Then 3 left.\nNext"),
            vec![
                "Mr. Smith went to the U.S. on Monday.",
                "He said \"no.\"",
                "Then 3 left.",
                "Next"
            ]
        );
    }

    #[test]
    fn an_acronym_ends_a_sentence_before_a_pronoun_or_an_article() {
        assert_eq!(
            split(
                "She flew back to the U.S. He said the U.S. Senate would vote at 3 p.m. The end."
            ),
            vec![
                "She flew back to the U.S.",
                "He said the U.S. Senate would vote at 3 p.m.",
                "The end."
            ]
        );
    }

    #[test]
    fn a_full_stop_inside_a_short_bracket_ends_no_sentence() {
        assert_eq!(
            split("Ann Ode (D-N.Y.) said the vote failed. It came with Tom Ames (R-Pa.). But few cared."),
            vec![
                "Ann Ode (D-N.Y.) said the vote failed.",
                "It came with Tom Ames (R-Pa.).",
                "But few cared."
            ]
        );
    }

    #[test]
    fn a_party_tag_with_a_two_letter_state_ends_no_sentence_inside() {
        assert_eq!(
            split(
                "Sen. Ann Ode, R-S.C., said the vote failed. Rep. Bo Lee, D-N.Y., agreed \
                 with Sen. Al Fry, I-Vt., and Tom Ames, R-N.H. \"It is over,\" said Sen. Cy Do, R-S.D. He left."
            ),
            vec![
                "Sen. Ann Ode, R-S.C., said the vote failed.",
                "Rep. Bo Lee, D-N.Y., agreed with Sen. Al Fry, I-Vt., and Tom Ames, R-N.H.",
                "\"It is over,\" said Sen. Cy Do, R-S.D.",
                "He left."
            ]
        );
        assert_eq!(
            split("Ann Ode, R-S.C. and Bo Lee, D-Ore. spoke. It ended."),
            vec!["Ann Ode, R-S.C. and Bo Lee, D-Ore. spoke.", "It ended."]
        );
    }
}
