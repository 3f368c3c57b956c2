//! Claims: who said what. Direct quotes with their attribution, and reported
//! speech ("X said that ...").
//!
//! Baseline rules: quotation marks paired within a paragraph (a paragraph
//! that opens a quote and does not close it continues into the next one that
//! opens with a quote mark); the speaker and cue are looked for before the
//! quote ("X said: "...") and after it ("..., X said.").

use crate::model::{Claim, ClaimKind, CueClass, Entity};
use crate::span::Span;
use crate::text::Doc;
use regex::Regex;
use std::sync::LazyLock;

const SPEAKER: &str = r"(?P<speaker>(?:[A-Z][\w’'-]*|the|a|an|of|for)(?:\s+(?:[A-Z][\w’'-]*|of|the|foreign|intelligence|service|spokesperson|spokesman|spokeswoman|official|senior|statement|government)){0,6})";
const CUE: &str = r"(?P<cue>said|says|told|claimed|added|stated|warned|insisted|alleged)";

static BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{SPEAKER}\s+(?:also\s+)?{CUE}\s*:?\s*$")).unwrap());
static AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[,\s]*{SPEAKER}\s+(?:also\s+)?{CUE}")).unwrap());
static AFTER_INVERTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[,\s]*{CUE}\s+{SPEAKER}")).unwrap());
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{SPEAKER}\s+(?:also\s+)?(?P<cue>said|claimed|alleged|insisted|warned)\s+(?:that\s+)?(?P<content>[^\x22“”]+?)[.]?$")).unwrap()
});

/// Quote pairs as (open mark start, close mark end) byte offsets.
fn quotes(doc: &Doc) -> Vec<Span> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let ps = p.slice(text);
        let mut starts_with_quote = false;
        for (k, c) in ps.char_indices() {
            let at = p.start + k;
            let is_open = c == '“' || (c == '"' && open.is_none());
            let is_close = c == '”' || (c == '"' && open.is_some());
            if k == 0 && (c == '"' || c == '“') {
                starts_with_quote = true;
            }
            if is_close && open.is_some() {
                out.push(Span::new(open.take().unwrap(), at + c.len_utf8()));
            } else if is_open && open.is_none() {
                open = Some(at);
            }
        }
        // An unclosed quote carries on only if the next paragraph opens with a quote mark.
        if let Some(o) = open {
            let next_opens = doc
                .paragraphs
                .get(pi + 1)
                .is_some_and(|n| n.slice(text).starts_with(['"', '“']));
            if next_opens {
                out.push(Span::new(o, p.end));
                open = None;
            } else if !starts_with_quote || pi + 1 == doc.paragraphs.len() {
                open = None;
            } else {
                out.push(Span::new(o, p.end));
                open = None;
            }
        }
    }
    out
}

/// Finds claims in `doc`; `entities` are used to resolve speakers.
pub fn find(doc: &Doc, entities: &[Entity]) -> Vec<Claim> {
    let text = doc.text;
    let mut out: Vec<Claim> = Vec::new();
    let mut last: Option<(Option<Span>, Span)> = None;
    for q in quotes(doc) {
        let inner = {
            let s = q.slice(text);
            let first = s.chars().next().map_or(0, char::len_utf8);
            let lastc = s
                .chars()
                .last()
                .filter(|c| matches!(c, '"' | '”'))
                .map_or(0, char::len_utf8);
            if q.start + first > q.end - lastc {
                continue;
            }
            Span::new(q.start + first, q.end - lastc).trim(text)
        };
        if inner.is_empty() || inner.slice(text).split_whitespace().count() < 3 {
            continue;
        }
        let para = doc
            .paragraph_at(q.start)
            .map(|i| doc.paragraphs[i])
            .unwrap_or(q);
        let before = &text[para.start..q.start];
        let after_end = doc
            .sentence_at(q.end.saturating_sub(1))
            .map(|i| doc.sentences[i].end)
            .unwrap_or(para.end)
            .max(q.end);
        let after = &text[q.end..after_end.min(para.end.max(q.end))];
        let mut found = None;
        if let Some(m) = BEFORE.captures(before) {
            let s = m.name("speaker").unwrap();
            let c = m.name("cue").unwrap();
            found = Some((
                Some(Span::new(para.start + s.start(), para.start + s.end())),
                Span::new(para.start + c.start(), para.start + c.end()),
            ));
        } else if let Some(m) = AFTER
            .captures(after)
            .or_else(|| AFTER_INVERTED.captures(after))
        {
            let s = m.name("speaker").unwrap();
            let c = m.name("cue").unwrap();
            found = Some((
                Some(Span::new(q.end + s.start(), q.end + s.end())),
                Span::new(q.end + c.start(), q.end + c.end()),
            ));
        } else if para.start == q.start {
            found = last;
        }
        if let Some((speaker, cue)) = found {
            last = Some((speaker, cue));
            let speaker_entity =
                speaker.and_then(|s| entities.iter().position(|e| s.contains(&e.span)));
            out.push(Claim {
                kind: ClaimKind::Direct,
                speaker,
                speaker_entity,
                cue,
                cue_class: CueClass::Speech,
                content: inner,
            });
        }
    }
    for s in &doc.sentences {
        let st = s.slice(text);
        if st.contains(['"', '“', '”']) {
            continue;
        }
        if let Some(m) = REPORTED.captures(st) {
            let sp = m.name("speaker").unwrap();
            let c = m.name("cue").unwrap();
            let ct = m.name("content").unwrap();
            let speaker = Span::new(s.start + sp.start(), s.start + sp.end());
            out.push(Claim {
                kind: ClaimKind::Indirect,
                speaker: Some(speaker),
                speaker_entity: entities.iter().position(|e| speaker.contains(&e.span)),
                cue: Span::new(s.start + c.start(), s.start + c.end()),
                cue_class: CueClass::Speech,
                content: Span::new(s.start + ct.start(), s.start + ct.end()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_a_quote_to_the_speaker_before_it() {
        let t = "A Foreign Office spokesperson said: \"We will act today, as planned.\"";
        let d = Doc::new(t);
        let c = find(&d, &[]);
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].speaker.unwrap().slice(t),
            "A Foreign Office spokesperson"
        );
        assert_eq!(c[0].cue.slice(t), "said");
        assert_eq!(c[0].content.slice(t), "We will act today, as planned.");
    }
}
