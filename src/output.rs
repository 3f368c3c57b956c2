//! The JSON contract: what the command-line tool prints and what JavaScript
//! receives. Offsets here are in the unit the caller asked for.

use crate::model::{Annotations, ClaimKind, CueClass, EntityKind};
use crate::span::{OffsetMap, OffsetUnit, Span};
use serde::Serialize;

/// A span in the requested unit, with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanOut {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: String,
}

/// One entity mention in the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityOut {
    /// `"e0"`, `"e1"`, ... in document order.
    pub id: String,
    /// `person`, `organization`, `place`, `nationality`, `date`, `time`,
    /// `number`, `money` or `percent`.
    pub kind: EntityKind,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: String,
    /// Id of the canonical mention of the same entity (its own id when it is one).
    #[serde(rename = "ref")]
    pub ref_: String,
}

/// One claim in the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimOut {
    /// `"c0"`, `"c1"`, ... in document order.
    pub id: String,
    /// `direct` or `indirect`.
    pub kind: ClaimKind,
    /// Who said it, if found.
    pub speaker: Option<SpanOut>,
    /// Id of the entity the speaker resolves to, if any.
    pub speaker_ref: Option<String>,
    /// The cue words.
    pub cue: SpanOut,
    /// `speech`, `accusation`, `belief` or `denial`.
    pub cue_class: CueClass,
    /// What was said.
    pub content: SpanOut,
}

/// One denial in the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DenialOut {
    /// `"d0"`, `"d1"`, ... in document order.
    pub id: String,
    /// The denying words.
    pub cue: SpanOut,
    /// Who denies, if found.
    pub denier: Option<SpanOut>,
    /// What is denied, if found.
    pub target: Option<SpanOut>,
    /// Id of the claim denied, if the text supports the link.
    pub claim: Option<String>,
}

/// The whole contract for one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    /// Entity mentions.
    pub entities: Vec<EntityOut>,
    /// Claims.
    pub claims: Vec<ClaimOut>,
    /// Denials.
    pub denials: Vec<DenialOut>,
}

/// `prefix` then `i` in decimal ("e12"), without the formatting machinery
/// (`format!` was a visible share of `to_output`; perf, issue 7).
fn id(prefix: char, i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = digits.len();
    let mut v = i;
    loop {
        n -= 1;
        digits[n] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(1 + digits.len() - n);
    s.push(prefix);
    s.extend(digits[n..].iter().map(|&d| d as char));
    s
}

impl Annotations {
    /// Converts to the JSON contract with offsets in `unit`, building one
    /// offset table for the whole text.
    pub fn to_output(&self, text: &str, unit: OffsetUnit) -> Output {
        let map = OffsetMap::new(text, unit);
        let sp = |s: Span| SpanOut {
            start: map.get(s.start),
            end: map.get(s.end),
            text: s.slice(text).to_string(),
        };
        let eid = |i: usize| id('e', i);
        Output {
            entities: self
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityOut {
                    id: eid(i),
                    kind: e.kind,
                    start: map.get(e.span.start),
                    end: map.get(e.span.end),
                    text: e.span.slice(text).to_string(),
                    ref_: eid(e.canonical.unwrap_or(i)),
                })
                .collect(),
            claims: self
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| ClaimOut {
                    id: id('c', i),
                    kind: c.kind,
                    speaker: c.speaker.map(sp),
                    speaker_ref: c
                        .speaker_entity
                        .map(|e| eid(self.entities[e].canonical.unwrap_or(e))),
                    cue: sp(c.cue),
                    cue_class: c.cue_class,
                    content: sp(c.content),
                })
                .collect(),
            denials: self
                .denials
                .iter()
                .enumerate()
                .map(|(i, d)| DenialOut {
                    id: id('d', i),
                    cue: sp(d.cue),
                    denier: d.denier.map(sp),
                    target: d.target.map(sp),
                    claim: d.claim.map(|c| id('c', c)),
                })
                .collect(),
        }
    }
}
