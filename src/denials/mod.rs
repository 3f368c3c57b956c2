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
/// Where "accusation(s)" appears, in any case: looked up once per sentence
/// (lower-casing each denial's target made a long sentence quadratic).
static ACCUSATION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)accusation").unwrap());
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
        let accusations: Vec<usize> =
            ACCUSATION.find_iter(st).map(|m| s.start + m.start()).collect();
        // Cues in order, so that each target stays between its neighbours:
        // targets never overlap, and the output stays proportional to the text.
        let mut cues: Vec<(usize, usize, bool)> = PREDICATE
            .find_iter(st)
            .map(|m| (m.start(), m.end(), true))
            .chain(VERB.find_iter(st).map(|m| (m.start(), m.end(), false)))
            .collect();
        cues.sort_unstable();
        for (k, &(ms, me, predicate)) in cues.iter().enumerate() {
            let cue = Span::new(s.start + ms, s.start + me);
            let prev_end = if k > 0 { cues[k - 1].1.min(ms) } else { 0 };
            let next_start = cues.get(k + 1).map_or(st.len(), |c| c.0.max(me));
            // Target: the subject before a predicate, the object after a verb.
            let target = if predicate {
                let from = st[prev_end..ms]
                    .char_indices()
                    .rfind(|(_, c)| matches!(c, '.' | ',' | ':' | ';' | '"' | '“'))
                    .map_or(prev_end, |(i, c)| prev_end + i + c.len_utf8());
                Span::new(s.start + from, cue.start).trim(text)
            } else {
                Span::new(cue.end, s.start + next_start).trim(text)
            };
            let target = (!target.is_empty()).then_some(target);
            let holder = claims.iter().find(|c| c.content.contains(&cue));
            let denier = holder.and_then(|c| c.speaker).or_else(|| {
                holder.is_none().then(|| claims.iter().filter(|c| c.cue.start > s.start && c.cue.end <= s.end).map(|c| c.speaker).next().flatten()).flatten()
            });
            let names_accusation = target.is_some_and(|t| {
                let i = accusations.partition_point(|&a| a < t.start);
                accusations.get(i).is_some_and(|&a| a + "accusation".len() <= t.end)
            });
            let claim = if names_accusation {
                claims.iter().position(|c| c.cue_class == CueClass::Accusation)
            } else {
                None
            };
            out.push(Denial { cue, denier, target, claim });
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

    #[test]
    fn a_target_ends_at_the_next_denial() {
        let t = "The minister denied the report and rejected the figures.";
        let d = Doc::new(t);
        let got: Vec<&str> = find(&d, &[], &[]).iter().map(|x| x.target.unwrap().slice(t)).collect();
        assert_eq!(got, ["the report and", "the figures."]);
    }

    #[test]
    fn accusation_is_found_in_any_case() {
        let m: Vec<&str> =
            ACCUSATION.find_iter("ACCUSATIONS, Accusation").map(|m| m.as_str()).collect();
        assert_eq!(m, ["ACCUSATION", "Accusation"]);
    }
}
