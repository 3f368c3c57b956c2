//! Linking a denial to the claim it denies.
//!
//! A link is made only when the text supports it: the target overlaps the
//! claim's words, or names a claim ("the accusations", "the report", "it")
//! that an earlier claim fills; an accusation noun prefers a claim whose cue
//! is an accusation, and shared words ("spying") decide between claims.

use super::lexicon::LEXICON;
use crate::case::Case;
use crate::model::{Claim, CueClass, Denial};
use crate::wordlist::{WordSet, Words};
use std::cell::OnceCell;

/// Words too common to tie a denial to a claim.
static STOP: WordSet = WordSet::new(
    "that|this|these|those|there|their|them|they|with|from|have|has|been|were|will|would|\
    about|which|what|when|where|against|made|said|says|also|into|over|after|before|than|such|\
    some|very|only|just|more|most|other|being",
);

/// Pronouns and demonstratives that point back to a claim.
const ANAPHORS: Words = Words("it|this|that|these|those|them|such");

/// A stem: up to five lower-case characters (at most 20 bytes of UTF-8),
/// packed big-endian into integers, padded with zero bytes (no word
/// character is NUL), so that comparing stems compares their bytes. Kept
/// inline: a `String` per word made [`stems`] mostly allocation (perf, issue 7).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Stem(u128, u32);

impl Stem {
    fn from_bytes(b: &[u8; 20]) -> Stem {
        let mut hi = [0u8; 16];
        hi.copy_from_slice(&b[..16]);
        let mut lo = [0u8; 4];
        lo.copy_from_slice(&b[16..]);
        Stem(u128::from_be_bytes(hi), u32::from_be_bytes(lo))
    }
    fn of(lower: &str) -> Stem {
        let mut b = [0u8; 20];
        let mut n = 0;
        for c in lower.chars().take(5) {
            n += c.encode_utf8(&mut b[n..]).len();
        }
        Stem::from_bytes(&b)
    }
}

/// Comparable stems of the content words of `t`: lower case, first five letters.
fn stems(t: &str) -> Vec<Stem> {
    stems_of(&[t])
}

/// [`stems`] of several texts together (as if joined with spaces).
fn stems_of(texts: &[&str]) -> Vec<Stem> {
    let mut v: Vec<Stem> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for t in texts {
        if t.is_ascii() {
            // By bytes (the same split for ASCII): decoding each char was
            // most of the time in the wasm (perf, issue 7).
            let b = t.as_bytes();
            let mut a = 0;
            for (i, c) in b.iter().enumerate() {
                if !c.is_ascii_alphanumeric() {
                    words.push(&t[a..i]);
                    a = i + 1;
                }
            }
            words.push(&t[a..]);
        } else {
            words.extend(t.split(|c: char| !c.is_alphanumeric()));
        }
    }
    for w in words {
        if w.is_ascii() {
            // The fast path: ASCII lower-casing keeps the length.
            if w.len() < 4 {
                continue;
            }
            let mut low = [0u8; 8];
            if w.len() <= low.len() {
                let low = &mut low[..w.len()];
                low.copy_from_slice(w.as_bytes());
                low.make_ascii_lowercase();
                // ASCII bytes: always a str.
                if std::str::from_utf8(low).is_ok_and(|w| STOP.contains(w)) {
                    continue;
                }
            }
            let mut b = [0u8; 20];
            let k = w.len().min(5);
            b[..k].copy_from_slice(&w.as_bytes()[..k]);
            b[..k].make_ascii_lowercase();
            v.push(Stem::from_bytes(&b));
        } else {
            if w.chars().count() < 4 {
                continue;
            }
            let l = w.lowercase();
            if STOP.contains(&l) {
                continue;
            }
            v.push(Stem::of(&l));
        }
    }
    crate::sort::by(&mut v, Ord::cmp);
    v.dedup();
    v
}

/// True when `w` names an accusation.
fn accusation_word(w: &str) -> bool {
    let w = w.lowercase();
    w.starts_with("accus") || w.starts_with("alleg") || w.starts_with("charge")
}

/// What [`claim_denied`] compares of each claim, computed at most once per
/// claim for all the denials of a text (each denial is compared with every
/// earlier claim: recomputing them made long texts quadratic; perf, issue 7).
pub struct ClaimWords {
    stems: Vec<OnceCell<Vec<Stem>>>,
    speaker: Vec<OnceCell<Option<String>>>,
    /// Claim indices by content start, and the longest content (bytes): the
    /// claims within [`LINK_WINDOW`] of a denial are found by binary search
    /// instead of testing every claim of the text (quadratic on one long text).
    by_start: Vec<usize>,
    max_len: usize,
}

impl ClaimWords {
    /// An empty cache for `claims`.
    pub fn new(claims: &[Claim]) -> ClaimWords {
        let mut by_start: Vec<usize> = (0..claims.len()).collect();
        crate::sort::by_key(&mut by_start, |&i| claims[i].content.start);
        ClaimWords {
            stems: claims.iter().map(|_| OnceCell::new()).collect(),
            speaker: claims.iter().map(|_| OnceCell::new()).collect(),
            by_start,
            max_len: claims.iter().map(|c| c.content.len()).max().unwrap_or(0),
        }
    }
    /// Indices, by content start, of every claim that may lie within
    /// [`LINK_WINDOW`] of `d` and start before `before` (a superset: the
    /// caller still tests the window). A claim in the window starts at most
    /// LINK_WINDOW after the cue, and ends at most LINK_WINDOW before it, so
    /// starts at most `max_len` earlier still.
    fn near(&self, claims: &[Claim], d: &Denial, before: usize) -> &[usize] {
        let lo = d.cue.start.saturating_sub(LINK_WINDOW + self.max_len);
        let hi = (d.cue.end + LINK_WINDOW + 1).min(before);
        let a = self
            .by_start
            .partition_point(|&i| claims[i].content.start < lo);
        let b = self
            .by_start
            .partition_point(|&i| claims[i].content.start < hi);
        &self.by_start[a..b.max(a)]
    }
    fn stems(&self, text: &str, claims: &[Claim], i: usize) -> &[Stem] {
        self.stems[i].get_or_init(|| {
            let c = &claims[i];
            stems_of(&[c.content.slice(text), c.cue.slice(text)])
        })
    }
    fn speaker(&self, text: &str, claims: &[Claim], i: usize) -> Option<&str> {
        self.speaker[i]
            .get_or_init(|| claims[i].speaker.map(|sp| sp.slice(text).lowercase()))
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
        .map(Case::lowercase)
        .collect();
    let names_claim = words.iter().any(|w| LEXICON.is_claim_noun(w));
    let wants_accusation = words.iter().any(|w| accusation_word(w));
    let anaphoric = words.len() <= 2 && words.iter().any(|w| ANAPHORS.contains(&w.as_str()));
    let denier = d.denier.map(|s| s.slice(text).lowercase());
    let tstems = stems(tt);
    let mut best: Option<(i64, usize)> = None;
    // Only a claim made before the denial, or one the target overlaps, is
    // denied: both start before the later of the two.
    for &i in words_of.near(claims, d, d.cue.start.max(target.end)) {
        let c = &claims[i];
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
        // The best score; of equal ones, the first claim.
        if best.is_none_or(|(b, j)| score > b || (score == b && i < j)) {
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
