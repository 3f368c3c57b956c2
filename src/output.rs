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
        let eid = |i: usize| format!("e{i}");
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
                    id: format!("c{i}"),
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
                    id: format!("d{i}"),
                    cue: sp(d.cue),
                    denier: d.denier.map(sp),
                    target: d.target.map(sp),
                    claim: d.claim.map(|c| format!("c{c}")),
                })
                .collect(),
        }
    }
}

impl Output {
    /// The JSON of the contract, byte for byte what `serde_json::to_string`
    /// writes (a test checks), without serde: the wasm returns it through
    /// `JSON.parse`, which is smaller in the wasm than serde-wasm-bindgen
    /// (size budget, issue 7).
    pub fn to_json(&self) -> String {
        let mut w = Json(String::with_capacity(64));
        w.raw("{\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            w.raw(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
            w.str(&e.id);
            w.raw(",\"kind\":");
            w.str(e.kind.as_str());
            w.raw(",\"start\":");
            w.num(e.start);
            w.raw(",\"end\":");
            w.num(e.end);
            w.raw(",\"text\":");
            w.str(&e.text);
            w.raw(",\"ref\":");
            w.str(&e.ref_);
            w.raw("}");
        }
        w.raw("],\"claims\":[");
        for (i, c) in self.claims.iter().enumerate() {
            w.raw(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
            w.str(&c.id);
            w.raw(",\"kind\":");
            w.str(match c.kind {
                ClaimKind::Direct => "direct",
                ClaimKind::Indirect => "indirect",
            });
            w.raw(",\"speaker\":");
            w.span(c.speaker.as_ref());
            w.raw(",\"speaker_ref\":");
            w.opt_str(c.speaker_ref.as_deref());
            w.raw(",\"cue\":");
            w.span(Some(&c.cue));
            w.raw(",\"cue_class\":");
            w.str(match c.cue_class {
                CueClass::Speech => "speech",
                CueClass::Accusation => "accusation",
                CueClass::Belief => "belief",
                CueClass::Denial => "denial",
            });
            w.raw(",\"content\":");
            w.span(Some(&c.content));
            w.raw("}");
        }
        w.raw("],\"denials\":[");
        for (i, d) in self.denials.iter().enumerate() {
            w.raw(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
            w.str(&d.id);
            w.raw(",\"cue\":");
            w.span(Some(&d.cue));
            w.raw(",\"denier\":");
            w.span(d.denier.as_ref());
            w.raw(",\"target\":");
            w.span(d.target.as_ref());
            w.raw(",\"claim\":");
            w.opt_str(d.claim.as_deref());
            w.raw("}");
        }
        w.raw("]}");
        w.0
    }
}

/// A JSON writer for [`Output::to_json`].
struct Json(String);

impl Json {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn num(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
    }

    /// A string, escaped as serde_json escapes it.
    fn str(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                '\u{8}' => self.0.push_str("\\b"),
                '\u{c}' => self.0.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    self.0.push_str("\\u00");
                    self.0.push(HEX[(c as usize) >> 4] as char);
                    self.0.push(HEX[(c as usize) & 15] as char);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    fn span(&mut self, s: Option<&SpanOut>) {
        let Some(s) = s else {
            return self.raw("null");
        };
        self.raw("{\"start\":");
        self.num(s.start);
        self.raw(",\"end\":");
        self.num(s.end);
        self.raw(",\"text\":");
        self.str(&s.text);
        self.raw("}");
    }
}

#[cfg(test)]
mod tests {
    use crate::{annotate, OffsetUnit};

    #[test]
    fn to_json_writes_what_serde_json_writes() {
        let sample = include_str!("../www/sample.txt");
        let odd = "\"Quotes\\ and \t tabs\u{1}\u{1f}\u{7f} \u{8}\u{c}\r\n\u{2028}“é” 😀,\" \
            the minister said. She denied the report. Officials: No troops.";
        for text in [sample, odd, "", "x"] {
            for unit in [OffsetUnit::Utf16, OffsetUnit::Utf8] {
                let out = annotate(text).to_output(text, unit);
                assert_eq!(out.to_json(), serde_json::to_string(&out).unwrap());
            }
        }
    }
}
