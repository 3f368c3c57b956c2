//! The hand-written matchers against the regexes they replaced (the `regex`
//! crate is a dev-dependency only): the same matches on generated sentences
//! made of the patterns' own words, punctuation and odd whitespace and case,
//! and on the sample article.

use super::{is_word, lit};
use crate::denials::lexicon::{Kind, LEXICON};
use crate::denials::scan;
use proptest::prelude::*;
use regex::Regex;
use std::sync::LazyLock;

const LEXICON_SRC: &str = include_str!("../../data/denials.tsv");
const SAMPLE: &str = include_str!("../../www/sample.txt");

const KINDS: &[Kind] = &[
    Kind::Verb,
    Kind::ObjVerb,
    Kind::Noun,
    Kind::Predicate,
    Kind::Attribute,
    Kind::Phrase,
    Kind::NonEvent,
    Kind::NegSpeech,
    Kind::Label,
    Kind::HeadWord,
    Kind::Degree,
    Kind::ClaimNoun,
    Kind::Withhold,
];

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Verb => "verb",
        Kind::ObjVerb => "objverb",
        Kind::Noun => "noun",
        Kind::Predicate => "predicate",
        Kind::Attribute => "attribute",
        Kind::Phrase => "phrase",
        Kind::NonEvent => "nonevent",
        Kind::NegSpeech => "negspeech",
        Kind::Label => "label",
        Kind::HeadWord => "headword",
        Kind::Degree => "degree",
        Kind::ClaimNoun => "claimnoun",
        Kind::Withhold => "withhold",
    }
}

/// The regex the lexicon compiled `kind` to, built as the regex lexicon did.
fn old_lexicon_regex(kind: Kind) -> Regex {
    let mut alts: Vec<String> = Vec::new();
    for line in LEXICON_SRC.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, pattern) = line.split_once('\t').unwrap();
        if k.trim() != kind_name(kind) {
            continue;
        }
        let mut regex = String::new();
        for (n, w) in pattern.split_whitespace().enumerate() {
            let (w, optional) = match w.strip_suffix('?') {
                Some(x) => (x, true),
                None => (w, false),
            };
            let mut alts: Vec<String> = w
                .split('|')
                .filter(|a| !a.is_empty())
                .map(|a| regex::escape(&a.to_lowercase()).replace('\'', "['’]"))
                .collect();
            alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
            let group = format!("(?:{})", alts.join("|"));
            if n == 0 {
                regex.push_str(&group);
            } else if optional {
                regex.push_str(&format!(r"(?:\s+{group})?"));
            } else {
                regex.push_str(&format!(r"\s+{group}"));
            }
        }
        alts.push(regex);
    }
    alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", alts.join("|"))).unwrap()
}

struct Old {
    lexicon: Vec<(Kind, Regex)>,
    not_true: Regex,
    neg_event: Regex,
    coord: Regex,
    despite: Regex,
    no_opener: Regex,
    before: Regex,
    after: Regex,
    caption: Regex,
}

static OLD: LazyLock<Old> = LazyLock::new(|| {
    Old {
    lexicon: KINDS.iter().map(|&k| (k, old_lexicon_regex(k))).collect(),
    not_true: Regex::new(r"(?i)(?-u:\b)(?:(?:is|are|was|were|it's|that's|it’s|that’s)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:entirely|completely|totally|at all|even|remotely)\s+)?(?:true|real|accurate|correct|the case)(?-u:\b)").unwrap(),
    neg_event: Regex::new(r"(?i)(?-u:\b)(?P<neg>(?:did|has|have|had|was|were|is|are)(?:\s+not|n['’]t)|not|never)(?-u:\b)(?:\s+(?:actually|really|personally|accidentally|officially|yet|been|being|even|in\s+fact|ever))*\s+(?P<next>[\w'’-]+)").unwrap(),
    coord: Regex::new(r"^\s*(?:,\s*and|,|and|or)\s*").unwrap(),
    despite: Regex::new(r"(?i)(?-u:\b)(?:despite|contrary\s+to)\s+(?:[\w'’-]+\s+){0,3}?(?:rumou?rs|reports|claims|speculation)(?-u:\b)").unwrap(),
    no_opener: Regex::new(r"(?:^\s*|:\s+)(?P<cue>(?i:no|nope))(?:\s*[,:.!—–-]\s*\S|\s*$)|:\s+(?P<exist>No)\s+(?P<w>[\w'’-]+)").unwrap(),
    before: Regex::new(r"^\s*(?P<sp>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)\s*:\s+\S").unwrap(),
    after: Regex::new(r"(?:[,:]\s*|\s+-\s+)(?:(?P<a>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}?)\s+(?:says|say|said|suggests|suggest|insists|insist|confirms|confirm|claims|claim)|(?:says|said)\s+(?P<b>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3})|(?P<c>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}))\s*$").unwrap(),
    caption: Regex::new(r"(?i)(?-u:\b)(?:picture|photo|photograph|image|credit|illustration)s?\s*:|\((?:AP|AFP|Reuters|Getty)(?-u:\b)|(?-u:\b)(?:Getty Images|AP Photo)(?-u:\b)").unwrap(),
}
});

type Spans = Vec<(usize, usize)>;

fn span(m: Option<regex::Match>) -> Option<(usize, usize)> {
    m.map(|m| (m.start(), m.end()))
}

/// Checks every matcher against its regex on `s`.
fn check(s: &str) {
    let o = &*OLD;
    let starts = LEXICON.starts(s);
    for (k, re) in &o.lexicon {
        let new: Spans = LEXICON
            .matcher(*k)
            .unwrap()
            .find_iter(s)
            .map(|m| (m.start(), m.end()))
            .collect();
        let old: Spans = re.find_iter(s).map(|m| (m.start(), m.end())).collect();
        assert_eq!(new, old, "{k:?} on {s:?}");
        let indexed: Spans = LEXICON
            .find_iter(*k, &starts, s)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(indexed, old, "{k:?} through the index on {s:?}");
    }
    let new: Spans = scan::NOT_TRUE
        .find_iter(s)
        .map(|m| (m.start(), m.end()))
        .collect();
    let old: Spans = o
        .not_true
        .find_iter(s)
        .map(|m| (m.start(), m.end()))
        .collect();
    assert_eq!(new, old, "NOT_TRUE on {s:?}");
    let indexed: Spans = LEXICON
        .not_true(&starts, s)
        .map(|m| (m.start(), m.end()))
        .collect();
    assert_eq!(indexed, old, "NOT_TRUE through the index on {s:?}");
    let new: Vec<_> = scan::neg_events(s)
        .map(|(a, b)| ((a.start(), a.end()), (b.start(), b.end())))
        .collect();
    let old: Vec<_> = o
        .neg_event
        .captures_iter(s)
        .map(|c| (span(c.name("neg")).unwrap(), span(c.name("next")).unwrap()))
        .collect();
    assert_eq!(new, old, "NEG_EVENT on {s:?}");
    assert_eq!(
        scan::coord(s),
        o.coord.find(s).map(|m| m.end()),
        "COORD on {s:?}"
    );
    assert_eq!(
        scan::despite(s).map(|m| (m.start(), m.end())),
        span(o.despite.find(s)),
        "DESPITE on {s:?}"
    );
    let new = scan::no_opener(s).map(|c| {
        let f = |m: Option<crate::pat::Match>| m.map(|m| (m.start(), m.end()));
        (f(c.cue), f(c.exist), f(c.w))
    });
    let old = o.no_opener.captures(s).map(|c| {
        (
            span(c.name("cue")),
            span(c.name("exist")),
            span(c.name("w")),
        )
    });
    assert_eq!(new, old, "NO_OPENER on {s:?}");
    assert_eq!(
        scan::head_speaker_before(s).map(|m| (m.start(), m.end())),
        o.before.captures(s).and_then(|c| span(c.name("sp"))),
        "HEAD_SPEAKER_BEFORE on {s:?}"
    );
    assert_eq!(
        scan::head_speaker_after(s).map(|m| (m.start(), m.end())),
        o.after
            .captures(s)
            .and_then(|c| span(c.name("a").or(c.name("b")).or(c.name("c")))),
        "HEAD_SPEAKER_AFTER on {s:?}"
    );
    assert_eq!(
        crate::text::caption_like_for_tests(s),
        o.caption.is_match(s),
        "CAPTION on {s:?}"
    );
}

/// Words of every pattern, with near misses and other words.
fn vocabulary() -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for line in LEXICON_SRC.lines().filter(|l| !l.starts_with('#')) {
        if let Some((_, p)) = line.split_once('\t') {
            for w in p.split_whitespace() {
                v.extend(w.trim_end_matches('?').split('|').map(str::to_string));
            }
        }
    }
    let more = "is are was were it's that's it’s that’s isn't aren’t wasn't weren’t not never \
        did has have had didn't hasn’t hadn't entirely completely totally at all even remotely \
        true real accurate correct the case actually really personally accidentally officially \
        yet been being in fact ever evenly every yeti despite contrary to rumours rumors reports \
        claims speculation rumour and or No no nope Nope NO says say said suggests suggest \
        insists insist confirms confirm claim Officials Police U.S. AT&T O’Brien Minister \
        police officials Update picture photo photograph photos image credit illustration AP \
        AFP Reuters Getty Images Photo (AP (Getty (Reuters) São Zoë Kraków ² x1 _a de-nied \
        denialist notably isn hasn";
    v.extend(
        more.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string),
    );
    v
}

fn sentence() -> impl Strategy<Value = String> {
    let words = vocabulary();
    let seps = vec![
        " ", " ", " ", " ", "  ", "\n", "\u{a0}", ", ", ",", ": ", ":", " - ", "-", "—", "–", ". ",
        "! ", "’", "'", "(", ") ", "\t", " ; ", "",
    ];
    let word = (prop::sample::select(words), 0u8..10).prop_map(|(w, case)| match case {
        0 => w.to_uppercase(),
        1 | 2 => {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        }
        3 => w.replace('k', "\u{212A}").replace('s', "\u{17F}"),
        _ => w,
    });
    prop::collection::vec((word, prop::sample::select(seps)), 1..12)
        .prop_map(|parts| parts.into_iter().map(|(w, s)| w + s).collect::<String>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn matchers_find_what_the_regexes_found(s in sentence()) {
        check(&s);
        check(s.trim_end());
    }
}

#[test]
fn matchers_find_what_the_regexes_found_in_the_sample() {
    for line in SAMPLE.lines() {
        check(line);
        for part in line.split_inclusive(['.', '?', '!']) {
            check(part);
        }
    }
    check(SAMPLE);
    for s in [
        "Officials: No troops at the border",
        "Nope, it never happened",
        "No",
        ": No one",
        "Star hasn't actually been arrested",
        "It is not really",
        "Despite the latest rumours, it goes on",
        "Contrary  to   what the reports say",
        "Fire kills 3 - Police",
        "Fire kills 3, says Police Chief John Doe",
        "Storm hits town, officials say",
        "Update: it was not at all true",
        "Picture: Getty",
        "Photographs : Reuters",
        "(AP Photo/John)",
        "That’s not the case, and that isn’t true either",
    ] {
        check(s);
    }
}

/// Every char, and the chars of it that `re` matches (one char each).
fn matched_chars(re: &str) -> (Vec<char>, std::collections::HashSet<usize>) {
    let all: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
    let text: String = all.iter().collect();
    let starts: std::collections::HashSet<usize> = Regex::new(re)
        .unwrap()
        .find_iter(&text)
        .map(|m| m.start())
        .collect();
    (all, starts)
}

#[test]
fn word_class_is_the_regex_one() {
    let (all, starts) = matched_chars(r"\w");
    let mut at = 0;
    for c in all {
        assert_eq!(is_word(c), starts.contains(&at), "{c:?}");
        at += c.len_utf8();
    }
}

#[test]
fn case_folding_is_the_regex_one() {
    let mut buf = [0u8; 4];
    for p in ('a'..='z').chain(['\'', ' ', '-']) {
        let pat = match p {
            '\'' => "(?i)['’]".to_string(),
            _ => format!("(?i){}", regex::escape(&p.to_string())),
        };
        let (all, starts) = matched_chars(&pat);
        let mut at = 0;
        for c in all {
            let t = c.encode_utf8(&mut buf);
            let mine = lit(t, 0, &p.to_string()) == Some(t.len());
            assert_eq!(mine, starts.contains(&at), "{p:?} {c:?}");
            at += c.len_utf8();
        }
    }
}
