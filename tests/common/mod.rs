//! The invariants every annotation must keep, whatever the input. Shared by
//! tests/properties.rs, tests/hostile.rs and the fuzz target
//! (fuzz/fuzz_targets/annotate.rs includes this file by path).
//!
//! `check(text)` annotates `text` and returns a description of the first
//! broken invariant, so that a property test, a plain test and the fuzzer all
//! report the same thing.

#![allow(dead_code)]

use annotator::{annotate, Annotations, OffsetUnit, Output, Span, SpanOut, MAX_SPEAKER_BYTES};

/// The longest claim cue: a phrase of the cue lexicon (the longest seen in
/// 1,150 articles is 16 bytes) with an adverb or two.
const MAX_CUE_BYTES: usize = 64;

/// Every span of `a`, with a name for messages and whether it may be empty.
fn all_spans(a: &Annotations) -> Vec<(String, Span)> {
    let mut v = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        v.push((format!("entity {i}"), e.span));
    }
    for (i, c) in a.claims.iter().enumerate() {
        v.push((format!("claim {i} cue"), c.cue));
        v.push((format!("claim {i} content"), c.content));
        if let Some(s) = c.speaker {
            v.push((format!("claim {i} speaker"), s));
        }
    }
    for (i, d) in a.denials.iter().enumerate() {
        v.push((format!("denial {i} cue"), d.cue));
        if let Some(s) = d.denier {
            v.push((format!("denial {i} denier"), s));
        }
        if let Some(s) = d.target {
            v.push((format!("denial {i} target"), s));
        }
    }
    v
}

/// Checks the byte-span invariants of `a` over `text`: inside the text, on
/// char boundaries, non-empty; cross-references in range; lists sorted; a
/// claim's speaker and cue do not overlap its content.
pub fn check_annotations(text: &str, a: &Annotations) -> Result<(), String> {
    for (name, s) in all_spans(a) {
        if s.start > s.end || s.end > text.len() {
            return Err(format!("{name} {s:?} outside text of {} bytes", text.len()));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("{name} {s:?} not on char boundaries"));
        }
        if s.is_empty() {
            return Err(format!("{name} {s:?} is empty"));
        }
    }
    // The output repeats each span's text: it must stay proportional to the
    // input (a target running to the end of a long sentence for every one of
    // many cues once made 1 MB of input into 23 GB of output). Speakers,
    // deniers and claim cues refer back to a phrase and may repeat it, once
    // per claim or denial (a quote of many paragraphs repeats its cue and
    // speaker in each part), so each is bounded in length. The spans found in
    // place are bounded in depth: at most five claim contents and five denial
    // targets over one byte, entities (two deep at most) and denial cues:
    // 5 + 5 + 2 + 1 = 13 layers; the limit allows 14.
    for c in &a.claims {
        if let Some(s) = c.speaker.filter(|s| s.len() > MAX_SPEAKER_BYTES) {
            return Err(format!(
                "speaker {s:?} longer than {MAX_SPEAKER_BYTES} bytes"
            ));
        }
        if c.cue.len() > MAX_CUE_BYTES {
            return Err(format!(
                "claim cue {:?} longer than {MAX_CUE_BYTES} bytes",
                c.cue
            ));
        }
    }
    for d in &a.denials {
        if let Some(s) = d.denier.filter(|s| s.len() > MAX_SPEAKER_BYTES) {
            return Err(format!(
                "denier {s:?} longer than {MAX_SPEAKER_BYTES} bytes"
            ));
        }
    }
    let total: usize = all_spans(a)
        .iter()
        .filter(|(n, _)| {
            n.starts_with("entity")
                || n.ends_with("content")
                || n.ends_with("target")
                || n.starts_with("denial") && n.ends_with("cue")
        })
        .map(|(_, s)| s.len())
        .sum();
    if total > 14 * text.len() + 1024 {
        return Err(format!(
            "spans cover {total} bytes of a {}-byte text",
            text.len()
        ));
    }
    let n = a.entities.len();
    for (i, e) in a.entities.iter().enumerate() {
        if let Some(c) = e.canonical {
            if c >= n {
                return Err(format!("entity {i} canonical {c} out of range ({n})"));
            }
            if a.entities[c].canonical.is_some_and(|cc| cc != c) {
                return Err(format!("entity {i} canonical {c} is not itself canonical"));
            }
        }
    }
    for w in a.entities.windows(2) {
        let k = |e: &annotator::Entity| (e.span.start, std::cmp::Reverse(e.span.end), e.kind);
        if k(&w[0]) > k(&w[1]) {
            return Err(format!(
                "entities out of order: {:?} before {:?}",
                w[0], w[1]
            ));
        }
    }
    for (i, c) in a.claims.iter().enumerate() {
        if c.speaker_entity.is_some_and(|e| e >= n) {
            return Err(format!("claim {i} speaker entity out of range"));
        }
        // The speaker and the cue lie outside the content, or wholly inside
        // it where the attribution interrupts the words it attributes (a split
        // quote: `"A," X said. "B"`; `A, according to X, B`): the content then
        // runs from the first part to the last, as the gold annotations of
        // attribution corpora do. They never straddle the content's edge, and
        // never overlap each other.
        let straddles = |s: Span| s.overlaps(&c.content) && !c.content.contains(&s);
        if let Some(sp) = c.speaker {
            if straddles(sp) {
                return Err(format!(
                    "claim {i}: speaker {:?} straddles content {:?}",
                    sp.slice(text),
                    c.content.slice(text)
                ));
            }
            if sp.overlaps(&c.cue) {
                return Err(format!(
                    "claim {i}: speaker {:?} overlaps cue {:?}",
                    sp.slice(text),
                    c.cue.slice(text)
                ));
            }
        }
        if straddles(c.cue) {
            return Err(format!(
                "claim {i}: cue {:?} straddles content {:?}",
                c.cue.slice(text),
                c.content.slice(text)
            ));
        }
        // The content is never just the cue or the speaker.
        if c.cue == c.content || c.speaker == Some(c.content) {
            return Err(format!("claim {i}: content is its own cue or speaker"));
        }
    }
    for w in a.claims.windows(2) {
        let k = |c: &annotator::Claim| (c.content.start, c.content.end, c.cue.start, c.cue.end);
        if k(&w[0]) > k(&w[1]) {
            return Err("claims out of order".into());
        }
    }
    for (i, d) in a.denials.iter().enumerate() {
        if d.claim.is_some_and(|c| c >= a.claims.len()) {
            return Err(format!("denial {i} claim out of range"));
        }
    }
    for w in a.denials.windows(2) {
        if (w[0].cue.start, w[0].cue.end) > (w[1].cue.start, w[1].cue.end) {
            return Err("denials out of order".into());
        }
    }
    Ok(())
}

/// The spans of the contract, with names.
pub fn out_spans(o: &Output) -> Vec<(String, SpanOut)> {
    let mut v = Vec::new();
    for e in &o.entities {
        v.push((
            e.id.clone(),
            SpanOut {
                start: e.start,
                end: e.end,
                text: e.text.clone(),
            },
        ));
    }
    for c in &o.claims {
        v.push((format!("{} cue", c.id), c.cue.clone()));
        v.push((format!("{} content", c.id), c.content.clone()));
        if let Some(s) = &c.speaker {
            v.push((format!("{} speaker", c.id), s.clone()));
        }
    }
    for d in &o.denials {
        v.push((format!("{} cue", d.id), d.cue.clone()));
        if let Some(s) = &d.denier {
            v.push((format!("{} denier", d.id), s.clone()));
        }
        if let Some(s) = &d.target {
            v.push((format!("{} target", d.id), s.clone()));
        }
    }
    v
}

/// Checks the contract in every offset unit: each span slices, in that unit,
/// to exactly the text it carries; ids are e0.., c0.., d0..; every reference
/// names an existing id, and an entity's `ref` names a canonical mention.
pub fn check_output(text: &str, a: &Annotations) -> Result<(), String> {
    for unit in [OffsetUnit::Utf16, OffsetUnit::Utf8, OffsetUnit::Codepoints] {
        let o = a.to_output(text, unit);
        // One UTF-16 / code point table per unit, not per span.
        let units: Vec<u16> = if unit == OffsetUnit::Utf16 {
            text.encode_utf16().collect()
        } else {
            Vec::new()
        };
        let chars: Vec<char> = if unit == OffsetUnit::Codepoints {
            text.chars().collect()
        } else {
            Vec::new()
        };
        let slice = |s: usize, e: usize| -> Option<String> {
            if s > e {
                return None;
            }
            match unit {
                OffsetUnit::Utf8 => text.get(s..e).map(str::to_string),
                OffsetUnit::Utf16 => units.get(s..e).map(String::from_utf16_lossy),
                OffsetUnit::Codepoints => chars.get(s..e).map(|c| c.iter().collect()),
            }
        };
        for (name, s) in out_spans(&o) {
            match slice(s.start, s.end) {
                Some(got) if got == s.text => {}
                got => {
                    return Err(format!(
                        "{unit:?} {name} {}..{} slices to {got:?}, says {:?}",
                        s.start, s.end, s.text
                    ))
                }
            }
        }
        for (i, e) in o.entities.iter().enumerate() {
            if e.id != format!("e{i}") {
                return Err(format!("entity id {} at {i}", e.id));
            }
            let r: usize = e.ref_[1..]
                .parse()
                .map_err(|_| format!("bad ref {}", e.ref_))?;
            if r >= o.entities.len() || o.entities[r].ref_ != e.ref_ {
                return Err(format!(
                    "{} ref {} is not a canonical mention",
                    e.id, e.ref_
                ));
            }
        }
        for (i, c) in o.claims.iter().enumerate() {
            if c.id != format!("c{i}") {
                return Err(format!("claim id {} at {i}", c.id));
            }
            if let Some(r) = &c.speaker_ref {
                let k = r.strip_prefix('e').and_then(|k| k.parse::<usize>().ok());
                if k.is_none_or(|k| k >= o.entities.len()) {
                    return Err(format!("{} speaker_ref {r} names no entity", c.id));
                }
            }
        }
        for (i, d) in o.denials.iter().enumerate() {
            if d.id != format!("d{i}") {
                return Err(format!("denial id {} at {i}", d.id));
            }
            if let Some(r) = &d.claim {
                let k = r.strip_prefix('c').and_then(|k| k.parse::<usize>().ok());
                if k.is_none_or(|k| k >= o.claims.len()) {
                    return Err(format!("{} claim {r} names no claim", d.id));
                }
            }
        }
    }
    Ok(())
}

/// Annotates `text` twice and checks every invariant, including that the
/// two runs give the same JSON byte for byte. Returns the first annotation.
pub fn check(text: &str) -> Result<Annotations, String> {
    let a = check_once(text)?;
    let b = annotate(text);
    if a != b {
        return Err("second run differs".into());
    }
    let ja = serde_json::to_string(&a.to_output(text, OffsetUnit::Utf16)).unwrap();
    let jb = serde_json::to_string(&b.to_output(text, OffsetUnit::Utf16)).unwrap();
    if ja != jb {
        return Err("second run's JSON differs".into());
    }
    Ok(a)
}

/// Annotates `text` once and checks every invariant but determinism.
pub fn check_once(text: &str) -> Result<Annotations, String> {
    let a = annotate(text);
    check_annotations(text, &a)?;
    check_output(text, &a)?;
    Ok(a)
}

/// Entities whose span lies in `[from, to)`, shifted to start at `from`, as
/// (start, end, kind name).
pub fn entities_in(a: &Annotations, from: usize, to: usize) -> Vec<(usize, usize, &'static str)> {
    a.entities
        .iter()
        .filter(|e| e.span.start >= from && e.span.end <= to)
        .map(|e| (e.span.start - from, e.span.end - from, e.kind.as_str()))
        .collect()
}
