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
    let mut s = String::with_capacity(8);
    s.push(prefix);
    push_decimal(&mut s, i);
    s
}

/// Appends `n` in decimal to `s`, with no allocation of its own.
fn push_decimal(s: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let k = decimal(&mut digits, n);
    // ASCII digits: always a str.
    s.push_str(std::str::from_utf8(&digits[k..]).unwrap_or(""));
}

/// Writes `n` in decimal at the end of `digits`; returns where it starts.
fn decimal(digits: &mut [u8; 20], n: usize) -> usize {
    let mut k = digits.len();
    let mut v = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    k
}

impl Annotations {
    /// The index of entity `i`'s canonical mention (its `ref`), `i` itself
    /// when it is one: what every writer below gives as a reference.
    fn entity_ref(&self, i: usize) -> usize {
        self.entities.get(i).and_then(|e| e.canonical).unwrap_or(i)
    }

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
                    ref_: eid(self.entity_ref(i)),
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
                    speaker_ref: c.speaker_entity.map(|e| eid(self.entity_ref(e))),
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

impl Annotations {
    /// The JSON of [`Annotations::to_output`], byte for byte what
    /// `serde_json::to_string` writes of it (a test checks), written straight
    /// from the annotations, with no `Output` beside the string (memory): the
    /// CLI's output. (The wasm gives JS numbers instead, `to_packed`.)
    pub fn to_json(&self, text: &str, unit: OffsetUnit) -> String {
        let mut out = String::new();
        self.write_json(text, unit, &mut |s| out.push_str(s));
        out
    }

    /// Writes [`Annotations::to_json`] to `sink` in pieces of about 64 KB
    /// (a piece ends between two values or strings), so that the JSON of a
    /// large text is never held whole (memory budget).
    pub fn write_json(&self, text: &str, unit: OffsetUnit, sink: &mut dyn FnMut(&str)) {
        let map = OffsetMap::new(text, unit);
        let mut w = Json {
            // The JSON runs to about six bytes a byte of text (the texts of
            // spans); sized once rather than grown (perf, issue 7).
            buf: Vec::with_capacity(text.len().saturating_mul(6).min(1 << 16) + 256),
            sink,
        };
        let sp = |w: &mut Json, s: Option<Span>| match s {
            Some(s) => {
                w.raw("{\"start\":");
                w.num(map.get(s.start));
                w.raw(",\"end\":");
                w.num(map.get(s.end));
                w.raw(",\"text\":");
                w.str(s.slice(text));
                w.raw("}");
            }
            None => w.raw("null"),
        };
        w.raw("{\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            w.item(i, "e");
            w.raw("\",\"kind\":");
            w.name(e.kind.as_str());
            w.raw(",\"start\":");
            w.num(map.get(e.span.start));
            w.raw(",\"end\":");
            w.num(map.get(e.span.end));
            w.raw(",\"text\":");
            w.str(e.span.slice(text));
            w.raw(",\"ref\":\"e");
            w.num(self.entity_ref(i));
            w.raw("\"}");
        }
        w.raw("],\"claims\":[");
        for (i, c) in self.claims.iter().enumerate() {
            w.item(i, "c");
            w.raw("\",\"kind\":");
            w.name(c.kind.as_str());
            w.raw(",\"speaker\":");
            sp(&mut w, c.speaker);
            w.raw(",\"speaker_ref\":");
            match c.speaker_entity {
                Some(e) => {
                    w.raw("\"e");
                    w.num(self.entity_ref(e));
                    w.raw("\"");
                }
                None => w.raw("null"),
            }
            w.raw(",\"cue\":");
            sp(&mut w, Some(c.cue));
            w.raw(",\"cue_class\":");
            w.name(c.cue_class.as_str());
            w.raw(",\"content\":");
            sp(&mut w, Some(c.content));
            w.raw("}");
        }
        w.raw("],\"denials\":[");
        for (i, d) in self.denials.iter().enumerate() {
            w.item(i, "d");
            w.raw("\",\"cue\":");
            sp(&mut w, Some(d.cue));
            w.raw(",\"denier\":");
            sp(&mut w, d.denier);
            w.raw(",\"target\":");
            sp(&mut w, d.target);
            w.raw(",\"claim\":");
            match d.claim {
                Some(c) => {
                    w.raw("\"c");
                    w.num(c);
                    w.raw("\"");
                }
                None => w.raw("null"),
            }
            w.raw("}");
        }
        w.raw("]}");
        w.flush();
    }
}

impl Annotations {
    /// The annotations as numbers, for a caller that builds the contract's
    /// objects itself (js/index.js, from the wasm: `JSON.parse` of the JSON
    /// was the largest single cost of the wasm's path in Chromium; perf,
    /// issue 7). Offsets in `unit`; a span's text is `text` between them, so
    /// none is written. A kind is its variant's position in its enum
    /// (declaration order); `0` for an absent span or reference, else a
    /// span `1, start, end` and a reference its index plus one:
    ///
    /// `n`, per entity `kind, start, end, ref`;
    /// `n`, per claim `kind, speaker (span), speaker_ref + 1, cue start, cue
    /// end, cue_class, content start, content end`;
    /// `n`, per denial `cue start, cue end, denier (span), target (span), claim + 1`.
    pub fn to_packed(&self, text: &str, unit: OffsetUnit) -> Vec<u32> {
        let map = OffsetMap::new(text, unit);
        let at = |b: usize| map.get(b) as u32;
        let mut v = Vec::with_capacity(
            3 + self.entities.len() * 4 + self.claims.len() * 12 + self.denials.len() * 11,
        );
        let span = |v: &mut Vec<u32>, s: Option<Span>| match s {
            Some(s) => v.extend([1, at(s.start), at(s.end)]),
            None => v.push(0),
        };
        v.push(self.entities.len() as u32);
        for (i, e) in self.entities.iter().enumerate() {
            v.extend([
                e.kind as u32,
                at(e.span.start),
                at(e.span.end),
                self.entity_ref(i) as u32,
            ]);
        }
        v.push(self.claims.len() as u32);
        for c in &self.claims {
            v.push(c.kind as u32);
            span(&mut v, c.speaker);
            let r = c.speaker_entity.map(|e| self.entity_ref(e));
            v.extend([
                r.map_or(0, |r| r as u32 + 1),
                at(c.cue.start),
                at(c.cue.end),
                c.cue_class as u32,
                at(c.content.start),
                at(c.content.end),
            ]);
        }
        v.push(self.denials.len() as u32);
        for d in &self.denials {
            v.extend([at(d.cue.start), at(d.cue.end)]);
            span(&mut v, d.denier);
            span(&mut v, d.target);
            v.push(d.claim.map_or(0, |c| c as u32 + 1));
        }
        v
    }
}

/// A JSON writer for [`Annotations::to_json`].
struct Json<'a> {
    /// UTF-8 (every piece written is a `str` or ASCII, and pieces end
    /// between values): bytes, so that a number needs no UTF-8 check of its
    /// digits (`str::from_utf8` of them was a tenth of the writer's time;
    /// perf, issue 7; a `String` with the digits pushed as chars was slower).
    buf: Vec<u8>,
    sink: &'a mut dyn FnMut(&str),
}

/// The index of the first byte from `i` that JSON escapes (a control
/// character, `"` or `\`), or the length: eight bytes a test while none is
/// there (a claim's content is hundreds of plain bytes; perf, issue 7).
fn plain_to(b: &[u8], mut i: usize) -> usize {
    use crate::swar::{below, load, splat};
    while let Some(x) = load(b, i) {
        // A byte below 0x20, or equal to '"' or '\\' (a zero after the xor).
        if below(x, 0x20) | below(x ^ splat(b'"'), 1) | below(x ^ splat(b'\\'), 1) != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c < 0x20 || c == b'"' || c == b'\\' {
            return i;
        }
        i += 1;
    }
    b.len()
}

impl Json<'_> {
    /// Hands the buffer to the sink once it holds 64 KB.
    fn spill(&mut self) {
        if self.buf.len() >= 1 << 16 {
            self.flush();
        }
    }

    /// Hands the buffer to the sink and empties it.
    fn flush(&mut self) {
        // Always UTF-8 (see `buf`): one check of the whole piece.
        (self.sink)(std::str::from_utf8(&self.buf).unwrap_or(""));
        self.buf.clear();
    }

    /// Opens element `i` of an array of objects, after a comma from the
    /// second on: `{"id":"e0"` for `prefix` "e" (the closing quote of the
    /// id is the caller's).
    fn item(&mut self, i: usize, prefix: &str) {
        self.raw(if i == 0 { "{\"id\":\"" } else { ",{\"id\":\"" });
        self.raw(prefix);
        self.num(i);
    }

    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        self.spill();
    }

    /// A string that needs no escaping: the name of a kind.
    fn name(&mut self, s: &str) {
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
        self.spill();
    }

    fn num(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let k = decimal(&mut digits, n);
        self.buf.extend_from_slice(&digits[k..]);
        self.spill();
    }

    /// A string, escaped as serde_json escapes it: the runs between
    /// characters to escape copied whole (all ASCII, so every index here is
    /// a char boundary), not char by char (perf, issue 7).
    fn str(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.buf.push(b'"');
        let b = s.as_bytes();
        let mut a = 0;
        loop {
            let i = plain_to(b, a);
            self.buf.extend_from_slice(b.get(a..i).unwrap_or_default());
            let Some(&c) = b.get(i) else { break };
            let esc = match c {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                8 => "\\b",
                12 => "\\f",
                _ => "\\u00",
            };
            self.buf.extend_from_slice(esc.as_bytes());
            if esc.len() > 2 {
                self.buf.push(HEX[usize::from(c >> 4)]);
                self.buf.push(HEX[usize::from(c & 15)]);
            }
            a = i + 1;
        }
        self.buf.push(b'"');
        self.spill();
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
                let a = annotate(text);
                let out = a.to_output(text, unit);
                assert_eq!(a.to_json(text, unit), serde_json::to_string(&out).unwrap());
            }
        }
    }

    #[test]
    fn numbers_written_in_decimal() {
        let mut out = String::new();
        let mut sink = |p: &str| out.push_str(p);
        let mut w = super::Json {
            buf: Vec::new(),
            sink: &mut sink,
        };
        let ns = [0, 7, 10, 99, 100, 101, 999, 1000, 12345, 100000, usize::MAX];
        for n in ns {
            w.num(n);
            w.raw(",");
        }
        w.flush();
        let want: Vec<String> = ns.iter().map(|n| format!("{n},")).collect();
        assert_eq!(out, want.concat());
    }

    #[test]
    fn escapes_found_at_every_offset_of_the_eight_byte_test() {
        // The eight-byte test of `plain_to` at each position of a long plain
        // run, and the bytes just outside what it looks for.
        for c in [
            '"', '\\', '\n', '\u{1f}', '\u{0}', ' ', '!', '#', '[', ']', 'é', '\u{7f}',
        ] {
            for at in 0..20 {
                let mut s: String = "abcdefghijklmnopqrst".into();
                s.insert(at, c);
                assert_eq!(
                    escaped(&s),
                    serde_json::to_string(&s).unwrap(),
                    "{c:?} at {at}"
                );
            }
        }
    }

    /// `s` as [`super::Json::str`] writes it.
    fn escaped(s: &str) -> String {
        let mut out = String::new();
        let mut sink = |p: &str| out.push_str(p);
        let mut w = super::Json {
            buf: Vec::new(),
            sink: &mut sink,
        };
        w.str(s);
        w.flush();
        out
    }

    /// The packed numbers hold what the JSON holds: each entity's kind,
    /// offsets and reference, and as many numbers as the layout gives for
    /// the claims and denials (spans present or absent).
    #[test]
    fn packed_numbers_hold_what_the_json_holds() {
        let sample = include_str!("../www/sample.txt");
        for text in [sample, "", "Café 😀 — the Kremlin denied it."] {
            let a = annotate(text);
            let v = a.to_packed(text, OffsetUnit::Utf16);
            let out: serde_json::Value =
                serde_json::from_str(&a.to_json(text, OffsetUnit::Utf16)).unwrap();
            let ents = out["entities"].as_array().unwrap();
            assert_eq!(v[0] as usize, ents.len());
            for (i, e) in ents.iter().enumerate() {
                let k = 1 + 4 * i;
                // (The names of the positions are js/packed.js's; tests/js checks them.)
                assert_eq!(v[k], a.entities[i].kind as u32);
                assert_eq!(a.entities[i].kind.as_str(), e["kind"]);
                assert_eq!(
                    (v[k + 1], v[k + 2]),
                    (
                        e["start"].as_u64().unwrap() as u32,
                        e["end"].as_u64().unwrap() as u32
                    )
                );
                assert_eq!(format!("e{}", v[k + 3]), e["ref"]);
            }
            let spans = |x: &serde_json::Value, keys: &[&str]| {
                keys.iter()
                    .map(|k| if x[k].is_null() { 1 } else { 3 })
                    .sum::<usize>()
            };
            let claims = out["claims"].as_array().unwrap();
            let denials = out["denials"].as_array().unwrap();
            let want = 3
                + 4 * ents.len()
                + claims
                    .iter()
                    .map(|c| 7 + spans(c, &["speaker"]))
                    .sum::<usize>()
                + denials
                    .iter()
                    .map(|d| 3 + spans(d, &["denier", "target"]))
                    .sum::<usize>();
            assert_eq!(v.len(), want, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "(\\PC|[\\x00-\\x1f\"\\\\])*") {
            proptest::prop_assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap());
        }
    }
}
