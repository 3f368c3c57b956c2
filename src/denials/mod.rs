//! Denials: who denies what, linked to the claim denied.
//!
//! Baseline rules: denial verbs ("denied", "rejected") and predicates that
//! call something untrue ("are entirely false", "were baseless").

use crate::model::{Claim, CueClass, Denial, Entity};
use crate::span::Span;
use crate::text::Doc;
use regex::Regex;
use std::sync::LazyLock;

static PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:is|are|was|were)\s+(?:entirely\s+|completely\s+|totally\s+)?(?:false|untrue|baseless|unfounded|fabricated|fake|nonsense)(?:,\s*(?:fabricated|false|baseless))?").unwrap()
});
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:denied|denies|deny|rejected|rejects|dismissed|refuted|disputed)\b").unwrap()
});

/// Finds denials in `doc`. `claims` give the denier of a denial inside a
/// quote, and the claim a denial refers to.
pub fn find(doc: &Doc, _entities: &[Entity], claims: &[Claim]) -> Vec<Denial> {
    let text = doc.text;
    let mut out = Vec::new();
    for s in &doc.sentences {
        let st = s.slice(text);
        for m in PREDICATE.find_iter(st).chain(VERB.find_iter(st)) {
            let cue = Span::new(s.start + m.start(), s.start + m.end());
            // Target: the subject before a predicate, the object after a verb.
            let target = if PREDICATE.is_match(m.as_str()) {
                let pre = &st[..m.start()];
                let from = pre
                    .char_indices()
                    .filter(|(_, c)| matches!(c, '.' | ',' | ':' | ';' | '"' | '“'))
                    .last()
                    .map_or(0, |(i, c)| i + c.len_utf8());
                Span::new(s.start + from, cue.start).trim(text)
            } else {
                Span::new(cue.end, s.end).trim(text)
            };
            let target = (!target.is_empty()).then_some(target);
            let holder = claims.iter().find(|c| c.content.contains(&cue));
            let denier = holder.and_then(|c| c.speaker).or_else(|| {
                holder
                    .is_none()
                    .then(|| {
                        claims
                            .iter()
                            .filter(|c| c.cue.start > s.start && c.cue.end <= s.end)
                            .map(|c| c.speaker)
                            .next()
                            .flatten()
                    })
                    .flatten()
            });
            let target_text = target.map_or("", |t| t.slice(text)).to_lowercase();
            let claim = if target_text.contains("accusation") {
                claims
                    .iter()
                    .position(|c| c.cue_class == CueClass::Accusation)
            } else {
                None
            };
            out.push(Denial {
                cue,
                denier,
                target,
                claim,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_predicate_denial_and_its_target() {
        let t = "The government said at the time that the accusations were baseless.";
        let d = Doc::new(t);
        let got = find(&d, &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].cue.slice(t), "were baseless");
    }
}
