//! Linking a denial to the claim it denies.
//!
//! A link is made only when the text supports it: the target overlaps the
//! claim's words, or names a claim ("the accusations", "the report", "it")
//! that an earlier claim fills; an accusation noun prefers a claim whose cue
//! is an accusation, and shared words ("spying") decide between claims.

use super::lexicon::LEXICON;
use crate::model::{Claim, CueClass, Denial};
use crate::wordlist::Words;
use std::cell::OnceCell;

/// Words too common to tie a denial to a claim.
const STOP: Words = Words(
    "that|this|these|those|there|their|them|they|with|from|have|has|been|were|will|would|\
    about|which|what|when|where|against|made|said|says|also|into|over|after|before|than|such|\
    some|very|only|just|more|most|other|being",
);

/// Pronouns and demonstratives that point back to a claim.
const ANAPHORS: Words = Words("it|this|that|these|those|them|such");

/// Comparable stems of the content words of `t`: lower case, first five letters.
fn stems(t: &str) -> Vec<String> {
    let mut v: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect();
    crate::sort::by(&mut v, Ord::cmp);
    v.dedup();
    v
}

/// True when `w` names an accusation.
fn accusation_word(w: &str) -> bool {
    let w = w.to_lowercase();
    w.starts_with("accus") || w.starts_with("alleg") || w.starts_with("charge")
}

/// What [`claim_denied`] compares of each claim, computed at most once per
/// claim for all the denials of a text (each denial is compared with every
/// earlier claim: recomputing them made long texts quadratic; perf, issue 7).
pub struct ClaimWords {
    stems: Vec<OnceCell<Vec<String>>>,
    speaker: Vec<OnceCell<Option<String>>>,
}

impl ClaimWords {
    /// An empty cache for `claims`.
    pub fn new(claims: &[Claim]) -> ClaimWords {
        ClaimWords {
            stems: claims.iter().map(|_| OnceCell::new()).collect(),
            speaker: claims.iter().map(|_| OnceCell::new()).collect(),
        }
    }
    fn stems(&self, text: &str, claims: &[Claim], i: usize) -> &[String] {
        self.stems[i].get_or_init(|| {
            let c = &claims[i];
            stems(&format!("{} {}", c.content.slice(text), c.cue.slice(text)))
        })
    }
    fn speaker(&self, text: &str, claims: &[Claim], i: usize) -> Option<&str> {
        self.speaker[i]
            .get_or_init(|| claims[i].speaker.map(|sp| sp.slice(text).to_lowercase()))
            .as_deref()
    }
}

/// How far (bytes) a denial may stand from the claim it is linked to: longer
/// than a long news article (5,000 words is about 30 KB).
pub const LINK_WINDOW: usize = 60_000;

/// The index of the claim `d` denies, if the text supports one. `holder` is
/// the claim whose words hold the denial (never the one denied); `words_of`
/// caches what is compared of each claim.
pub fn claim_denied(
    text: &str,
    d: &Denial,
    holder: Option<usize>,
    claims: &[Claim],
    words_of: &ClaimWords,
) -> Option<usize> {
    let target = d.target?;
    let tt = target.slice(text);
    let words: Vec<String> = tt
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let names_claim = words.iter().any(|w| LEXICON.is_claim_noun(w));
    let wants_accusation = words.iter().any(|w| accusation_word(w));
    let anaphoric = words.len() <= 2 && words.iter().any(|w| ANAPHORS.contains(&w.as_str()));
    let denier = d.denier.map(|s| s.slice(text).to_lowercase());
    let tstems = stems(tt);
    let mut best: Option<(i64, usize)> = None;
    for (i, c) in claims.iter().enumerate() {
        // A denial answers a claim of the same article: past LINK_WINDOW bytes
        // no link is made, which keeps one huge pasted text linear.
        if d.cue.start.saturating_sub(c.content.end) > LINK_WINDOW
            || c.content.start.saturating_sub(d.cue.end) > LINK_WINDOW
        {
            continue;
        }
        if Some(i) == holder
            || c.cue_class == CueClass::Denial
            || c.cue.overlaps(&d.cue)
            || c.content.contains(&d.cue)
        {
            continue;
        }
        // Someone does not deny their own claim.
        if let (Some(dn), Some(sp)) = (&denier, words_of.speaker(text, claims, i)) {
            if dn == sp {
                continue;
            }
        }
        let overlap = c.content.overlaps(&target);
        if !overlap && c.content.start >= d.cue.start {
            continue; // only claims made before the denial
        }
        let cstems = words_of.stems(text, claims, i);
        let shared = tstems
            .iter()
            .filter(|s| cstems.binary_search(s).is_ok())
            .count() as i64;
        let class = wants_accusation && c.cue_class == CueClass::Accusation;
        let supported = overlap
            || shared > 0
            || class
            || ((names_claim || anaphoric) && d.cue.start - c.content.end < 1500);
        if !supported {
            continue;
        }
        let distance = (d.cue.start.saturating_sub(c.content.end) / 200) as i64;
        let score =
            if overlap { 1000 } else { 0 } + shared * 20 + if class { 40 } else { 0 } - distance;
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;
    use crate::span::Span;

    fn claim(t: &str, speaker: &str, cue: &str, content: &str, class: CueClass) -> Claim {
        let at = |w: &str| {
            let s = t.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        Claim {
            kind: ClaimKind::Indirect,
            speaker: Some(at(speaker)),
            speaker_entity: None,
            cue: at(cue),
            cue_class: class,
            content: at(content),
        }
    }

    #[test]
    fn an_accusation_noun_links_to_the_accusation() {
        let t = "Ruritania expelled two envoys, accusing them of bribery. It also said the talks were over. Officials said the accusations were baseless.";
        let claims = vec![
            claim(
                t,
                "Ruritania",
                "accusing",
                "them of bribery",
                CueClass::Accusation,
            ),
            claim(t, "It", "said", "the talks were over", CueClass::Speech),
        ];
        let s = t.find("the accusations").unwrap();
        let c = t.find("were baseless").unwrap();
        let d = Denial {
            cue: Span::new(c, c + 13),
            denier: None,
            target: Some(Span::new(s, s + 15)),
            claim: None,
        };
        assert_eq!(
            claim_denied(t, &d, None, &claims, &ClaimWords::new(&claims)),
            Some(0)
        );
    }

    #[test]
    fn no_link_without_support() {
        let t = "The mayor said the bridge would open. Critics rejected a plan for new taxes.";
        let claims = vec![claim(
            t,
            "The mayor",
            "said",
            "the bridge would open",
            CueClass::Speech,
        )];
        let s = t.find("a plan").unwrap();
        let c = t.find("rejected").unwrap();
        let d = Denial {
            cue: Span::new(c, c + 8),
            denier: None,
            target: Some(Span::new(s, s + 20)),
            claim: None,
        };
        assert_eq!(
            claim_denied(t, &d, None, &claims, &ClaimWords::new(&claims)),
            None
        );
    }

    #[test]
    fn shared_words_pick_the_claim() {
        let t = "The rival said the mayor took bribes. The rival said the bridge was unsafe. The mayor denied taking bribes.";
        let claims = vec![
            claim(
                t,
                "The rival",
                "said",
                "the mayor took bribes",
                CueClass::Speech,
            ),
            claim(
                t,
                "The rival",
                "said",
                "the bridge was unsafe",
                CueClass::Speech,
            ),
        ];
        let s = t.find("taking bribes").unwrap();
        let c = t.find("denied").unwrap();
        let d = Denial {
            cue: Span::new(c, c + 6),
            denier: None,
            target: Some(Span::new(s, s + 13)),
            claim: None,
        };
        assert_eq!(
            claim_denied(t, &d, None, &claims, &ClaimWords::new(&claims)),
            Some(0)
        );
    }
}
