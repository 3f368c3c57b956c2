//! Paragraphs (runs of text between line breaks) and sentences (split at
//! `.`, `!`, `?` before a capital, never across a paragraph).

use super::tokens::{Token, TokenKind};
use crate::span::Span;

/// Spans of the non-empty lines of `text`, trimmed. News text puts one
/// paragraph on a line; blank lines between them are optional.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\r' {
            let s = Span::new(start, i).trim(text);
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let s = Span::new(start, text.len()).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
    "Jr", "Sr", "Rev", "Hon", "Mt", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Sentence spans. A sentence ends at `.`, `!` or `?` (with any closing
/// quotes or brackets after it) when the next token starts with a capital,
/// a digit or an opening quote, and always at a paragraph end.
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
            let s = t.span.slice(text);
            if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
                let prev_abbrev = k > 0 && s == "." && toks[k - 1].span.end == t.span.start && {
                    let w = toks[k - 1].span.slice(text);
                    ABBREVIATIONS.contains(&w)
                        || (w.chars().count() == 1 && toks[k - 1].upper)
                        || w.contains('.')
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
                let next = toks.get(e + 1);
                let boundary = !prev_abbrev
                    && next.is_some_and(|n| {
                        n.upper
                            || n.kind == TokenKind::Number
                            || matches!(n.span.slice(text), "\"" | "“" | "‘" | "'" | "(")
                    });
                if boundary {
                    out.push(Span::new(start, toks[e].span.end));
                    start = toks[e + 1].span.start;
                }
                k = e + 1;
            } else {
                k += 1;
            }
        }
        if start < p.end {
            out.push(Span::new(start, p.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

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
}
