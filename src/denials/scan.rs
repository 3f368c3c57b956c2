//! The fixed patterns of the denial rules, hand-written with the semantics of
//! the regexes they replace (quoted on each; see [`crate::pat`]).

use crate::pat::{boundary, is_word, lit, run, run1, skip_ws, ws1, Match, Matcher, Seq};
use std::sync::LazyLock;

fn seq(spec: &[(&[&str], bool)]) -> Seq {
    Seq::of(spec)
}

/// `[\w'’-]`: a char of a word, with apostrophes and hyphens.
fn word_char(c: char) -> bool {
    is_word(c) || matches!(c, '\'' | '’' | '-')
}

/// `[\w.'’&-]`: a char of a name ("U.S.", "AT&T").
fn name_char(c: char) -> bool {
    is_word(c) || matches!(c, '.' | '\'' | '’' | '&' | '-')
}

/// "isn't true", "is not accurate": a negated copula with a truth adjective.
/// `(?i)\b(?:(?:is|are|was|were|it's|that's|it’s|that’s)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:entirely|completely|totally|at all|even|remotely)\s+)?(?:true|real|accurate|correct|the case)\b`
pub static NOT_TRUE: LazyLock<Matcher> = LazyLock::new(|| {
    const ADV: &[&str] = &[
        "entirely",
        "completely",
        "totally",
        "at all",
        "even",
        "remotely",
    ];
    const ADJ: &[&str] = &["true", "real", "accurate", "correct", "the case"];
    Matcher::new(vec![
        seq(&[
            (&["is", "are", "was", "were", "it's", "that's"], false),
            (&["not"], false),
            (ADV, true),
            (ADJ, false),
        ]),
        seq(&[
            (&["isn't", "aren't", "wasn't", "weren't"], false),
            (ADV, true),
            (ADJ, false),
        ]),
    ])
});

/// A coordinator between two predicates at the start of `s` ("false,
/// fabricated", "false and baseless"): the end of
/// `^\s*(?:,\s*and|,|and|or)\s*`.
pub fn coord(s: &str) -> Option<usize> {
    let i = skip_ws(s, 0);
    let r = &s[i..];
    let j = if r.starts_with(',') {
        let k = skip_ws(s, i + 1);
        if s[k..].starts_with("and") {
            k + 3
        } else {
            i + 1
        }
    } else if r.starts_with("and") {
        i + 3
    } else if r.starts_with("or") {
        i + 2
    } else {
        return None;
    };
    Some(skip_ws(s, j))
}

/// "despite rumours", "contrary to reports": a headline that sets itself
/// against a claim.
/// `(?i)\b(?:despite|contrary\s+to)\s+(?:[\w'’-]+\s+){0,3}?(?:rumou?rs|reports|claims|speculation)\b`
pub fn despite(s: &str) -> Option<Match<'_>> {
    let b = s.as_bytes();
    (0..s.len())
        .filter(|&i| matches!(b[i], b'd' | b'D' | b'c' | b'C') && boundary(s, i))
        .find_map(|i| {
            let e =
                lit(s, i, "despite").or_else(|| lit(s, ws1(s, lit(s, i, "contrary")?)?, "to"))?;
            let mut p = ws1(s, e)?;
            for n in 0..=3 {
                for w in ["rumours", "rumors", "reports", "claims", "speculation"] {
                    if let Some(e) = lit(s, p, w).filter(|&e| boundary(s, e)) {
                        return Some(Match::new(s, i, e));
                    }
                }
                if n == 3 {
                    break;
                }
                p = ws1(s, run1(s, p, word_char)?)?;
            }
            None
        })
}

/// A negated event in a headline ("hasn't been arrested", "did not say",
/// "NOT dead"): the negation and the word after it, for each match of
/// `(?i)\b(?P<neg>(?:did|has|have|had|was|were|is|are)(?:\s+not|n['’]t)|not|never)\b(?:\s+(?:actually|really|personally|accidentally|officially|yet|been|being|even|in\s+fact|ever))*\s+(?P<next>[\w'’-]+)`.
pub fn neg_events(s: &str) -> impl Iterator<Item = (Match<'_>, Match<'_>)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let m = neg_event_at(s, pos)?;
        pos = m.1.end();
        Some(m)
    })
}

fn neg_event_at(s: &str, start: usize) -> Option<(Match<'_>, Match<'_>)> {
    let b = s.as_bytes();
    (start..s.len())
        .filter(|&i| {
            matches!(
                b[i].to_ascii_lowercase(),
                b'd' | b'h' | b'w' | b'i' | b'a' | b'n'
            ) && boundary(s, i)
        })
        .find_map(|i| {
            let mut negs: Vec<usize> = Vec::new();
            for aux in ["did", "has", "have", "had", "was", "were", "is", "are"] {
                if let Some(e) = lit(s, i, aux) {
                    negs.extend(ws1(s, e).and_then(|j| lit(s, j, "not")));
                    negs.extend(lit(s, e, "n't"));
                }
            }
            negs.extend(lit(s, i, "not"));
            negs.extend(lit(s, i, "never"));
            negs.into_iter()
                .filter(|&ne| boundary(s, ne))
                .find_map(|ne| neg_event_rest(s, ne).map(|nx| (Match::new(s, i, ne), nx)))
        })
}

/// The adverbs after the negation (greedy, given back one by one), then the
/// next word.
fn neg_event_rest(s: &str, ne: usize) -> Option<Match<'_>> {
    const ADV: &[&str] = &[
        "actually",
        "really",
        "personally",
        "accidentally",
        "officially",
        "yet",
        "been",
        "being",
        "even",
        "in",
        "ever",
    ];
    let mut ends = vec![ne];
    while let Some(q) = ws1(s, *ends.last().unwrap()) {
        let e = ADV.iter().find_map(|a| {
            let e = lit(s, q, a)?;
            if *a == "in" {
                lit(s, ws1(s, e)?, "fact")
            } else {
                Some(e)
            }
        });
        match e {
            Some(e) => ends.push(e),
            None => break,
        }
    }
    ends.into_iter().rev().find_map(|p| {
        let q = ws1(s, p)?;
        Some(Match::new(s, q, run1(s, q, word_char)?))
    })
}

/// A "No" opening a headline sentence: the cue ("No," "Nope:"), or for
/// ": No troops", the "No" and the word after it.
pub struct NoOpener<'h> {
    /// `cue`: "No"/"Nope" at the start or after a colon, then punctuation or the end.
    pub cue: Option<Match<'h>>,
    /// `exist`: "No" after a colon before a word.
    pub exist: Option<Match<'h>>,
    /// `w`: the word after `exist`.
    pub w: Option<Match<'h>>,
}

/// `(?:^\s*|:\s+)(?P<cue>(?i:no|nope))(?:\s*[,:.!—–-]\s*\S|\s*$)|:\s+(?P<exist>No)\s+(?P<w>[\w'’-]+)`
pub fn no_opener(s: &str) -> Option<NoOpener<'_>> {
    let b = s.as_bytes();
    let tail = |e: usize| {
        let p = skip_ws(s, e);
        let punct = s[p..]
            .chars()
            .next()
            .filter(|c| matches!(c, ',' | ':' | '.' | '!' | '—' | '–' | '-'));
        punct.is_some_and(|c| skip_ws(s, p + c.len_utf8()) < s.len()) || p == s.len()
    };
    (0..s.len())
        .filter(|&i| i == 0 || b[i] == b':')
        .find_map(|i| {
            let colon = b[i] == b':';
            let after_colon = if colon { ws1(s, i + 1) } else { None };
            let starts = [(i == 0).then(|| skip_ws(s, 0)), after_colon];
            for j in starts.into_iter().flatten() {
                for w in ["no", "nope"] {
                    if let Some(e) = lit(s, j, w).filter(|&e| tail(e)) {
                        return Some(NoOpener {
                            cue: Some(Match::new(s, j, e)),
                            exist: None,
                            w: None,
                        });
                    }
                }
            }
            let j = after_colon.filter(|&j| s[j..].starts_with("No"))?;
            let k = ws1(s, j + 2)?;
            let e = run1(s, k, word_char)?;
            Some(NoOpener {
                cue: None,
                exist: Some(Match::new(s, j, j + 2)),
                w: Some(Match::new(s, k, e)),
            })
        })
}

/// The speaker named before a headline colon ("Officials: ..."): `sp` of
/// `^\s*(?P<sp>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)\s*:\s+\S`.
pub fn head_speaker_before(s: &str) -> Option<Match<'_>> {
    let st = skip_ws(s, 0);
    if !s[st..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut p = run(s, st + 1, name_char);
    for n in 0..=4 {
        let q = skip_ws(s, p);
        if s[q..].starts_with(':') && ws1(s, q + 1).is_some_and(|r| r < s.len()) {
            return Some(Match::new(s, st, p));
        }
        if n == 4 {
            break;
        }
        p = run1(s, ws1(s, p)?, name_char)?;
    }
    None
}

/// The speaker named at a headline's end (", officials say", ": Police",
/// "says Minister"): the group `a`, `b` or `c` that matched of
/// `(?:[,:]\s*|\s+-\s+)(?:(?P<a>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?)\s+(?:says|say|said|suggests|suggest|insists|insist|confirms|confirm|claims|claim)|(?:says|said)\s+(?P<b>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3})|(?P<c>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}))\s*$`.
pub fn head_speaker_after(s: &str) -> Option<Match<'_>> {
    let b = s.as_bytes();
    let mut prev_ws = false;
    for (i, c) in s.char_indices() {
        let ws = c.is_whitespace();
        let start = if c == ',' || c == ':' {
            Some(skip_ws(s, i + 1))
        } else if ws && !prev_ws {
            // A later start inside the same run of spaces ends the same way.
            let j = skip_ws(s, i);
            (b.get(j) == Some(&b'-')).then(|| ws1(s, j + 1)).flatten()
        } else {
            None
        };
        prev_ws = ws;
        if let Some(m) = start.and_then(|j| head_speaker_after_body(s, j)) {
            return Some(m);
        }
    }
    None
}

fn head_speaker_after_body(s: &str, j: usize) -> Option<Match<'_>> {
    const VERBS: &[&str] = &[
        "says", "say", "said", "suggests", "suggest", "insists", "insist", "confirms", "confirm",
        "claims", "claim",
    ];
    let at_end = |p: usize| skip_ws(s, p) == s.len();
    // a: up to four words (as few as will do), then a speech verb.
    if let Some(mut p) = run1(s, j, name_char) {
        for n in 0..=3 {
            if let Some(q) = ws1(s, p) {
                if VERBS
                    .iter()
                    .any(|v| s[q..].starts_with(v) && at_end(q + v.len()))
                {
                    return Some(Match::new(s, j, p));
                }
            }
            if n == 3 {
                break;
            }
            match ws1(s, p).and_then(|q| run1(s, q, name_char)) {
                Some(e) => p = e,
                None => break,
            }
        }
    }
    // b: "says" and up to four words to the end.
    if s[j..].starts_with("says") || s[j..].starts_with("said") {
        if let Some(q) = ws1(s, j + 4) {
            if let Some(mut p) = run1(s, q, name_char) {
                for _ in 0..3 {
                    match ws1(s, p).and_then(|k| run1(s, k, name_char)) {
                        Some(e) => p = e,
                        None => break,
                    }
                }
                // Fewer words leave a word before the end: only the most can do.
                if at_end(p) {
                    return Some(Match::new(s, q, p));
                }
            }
        }
    }
    // c: up to three capitalised words to the end.
    if s[j..].starts_with(|c: char| c.is_ascii_uppercase()) {
        let mut p = run(s, j + 1, name_char);
        for _ in 0..2 {
            match ws1(s, p).filter(|&k| s[k..].starts_with(|c: char| c.is_ascii_uppercase())) {
                Some(k) => p = run(s, k + 1, name_char),
                None => break,
            }
        }
        if at_end(p) {
            return Some(Match::new(s, j, p));
        }
    }
    None
}
