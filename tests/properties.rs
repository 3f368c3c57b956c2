//! Property tests: the invariants of tests/common hold on arbitrary Unicode,
//! on "news soup" (pieces of news prose, quote marks, cue words, odd
//! characters, line ends, in random order) and on mutated copies of the
//! sample article; and annotating `a + b` agrees with annotating `b` on `b`'s
//! entities when no sentence crosses the join.
//!
//! `PROPTEST_CASES=2000 cargo test --test properties` runs more cases.

mod common;

use annotator::{annotate, text::Doc};
use common::{check, entities_in};
use proptest::prelude::*;
use proptest::test_runner::Config;

const SAMPLE: &str = include_str!("../www/sample.txt");

/// Sentences written for these tests (not from any evaluation data): names,
/// organisations, quotes, reported speech, denials, numbers and dates.
const SENTENCES: &[&str] = &[
    "The Harbour Authority said on Tuesday that 14 ships had been turned away.",
    "\"We have done nothing wrong,\" said Maria Okonkwo, the port's director.",
    "Officials in Lisbon denied the report, calling it baseless.",
    "According to the Ministry of Transport, the ferry was 40% full.",
    "Mr Petrov told reporters: \"The claims are entirely false.\"",
    "The allegations were unfounded, a spokeswoman for Northwind Energy said.",
    "Prices rose by £3.5m in March 2024, the Treasury said.",
    "“It is a sad day for Ghent,” the mayor, Elise Vandamme, said.",
    "She rejected accusations that the council had hidden the figures.",
    "Three people were arrested in Cardiff at 9.30am on Friday.",
    "The German chancellor met French and Italian leaders in Brussels.",
    "The company insisted its products were safe.",
    "« Nous refusons », a déclaré le ministre.",
    "Ahmed al-Rashid, 52, said he had never met the suspect.",
    "The UN Security Council will meet again on 3 June.",
];

/// Pieces of text the soup is made of: words, cues, quote marks, punctuation,
/// line ends and the characters that trip up offset code.
const PIECES: &[&str] = &[
    "The",
    "the",
    "Foreign Office",
    "spokesperson",
    "said",
    "says",
    "told",
    "denied",
    "rejected",
    "according to",
    "that",
    "were baseless",
    "is entirely false",
    "accusations",
    "Mr",
    "Dr",
    "Lammy",
    "David",
    "Moscow",
    "London",
    "Kremlin",
    "SVR",
    "UK",
    "Russia",
    "Russian",
    "Monday",
    "March",
    "11th",
    "2025",
    "3",
    "£5m",
    "12%",
    "1,000",
    "9.30am",
    "he",
    "she",
    "they",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    ".",
    ",",
    ":",
    ";",
    "—",
    "-",
    "!",
    "?",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{200d}",
    "\u{200b}",
    "\u{202e}",
    "\u{202c}",
    "\u{feff}",
    "\u{fffd}",
    "\0",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "e\u{301}",
    "É",
    "ß",
    "İ",
    "ﬁ",
    "😀",
    "👨‍👩‍👧",
    "🇬🇧",
    "中文",
    "قال",
    "שלום",
    "<script>",
    "</script>",
    "javascript:",
    "&amp;",
    "Ǆ",
    "ῼ",
];

/// Arbitrary news soup: up to `n` pieces, sometimes an arbitrary char.
fn soup(n: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(
        (piece, proptest::sample::select(&["", " ", " ", "\n"][..])),
        0..n,
    )
    .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
}

/// The nearest char boundary at or below `i` (mod the length).
fn boundary(t: &str, i: usize) -> usize {
    let mut i = if t.is_empty() { 0 } else { i % (t.len() + 1) };
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One edit to an article.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Duplicate(usize, usize),
    Truncate(usize),
    Upper(usize, usize),
    Lower(usize, usize),
    SwapQuotes,
    LineEnds(&'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0..200usize).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), soup(6)).prop_map(|(a, s)| Mutation::Insert(a, s)),
        (any::<usize>(), 0..400usize).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0..300usize).prop_map(|(a, n)| Mutation::Upper(a, n)),
        (any::<usize>(), 0..300usize).prop_map(|(a, n)| Mutation::Lower(a, n)),
        Just(Mutation::SwapQuotes),
        proptest::sample::select(&["\r\n", "\r", "\n\n", "\u{2028}"][..])
            .prop_map(Mutation::LineEnds),
    ]
}

fn apply(mut t: String, m: &Mutation) -> String {
    let range = |t: &str, a: usize, n: usize| {
        let s = boundary(t, a);
        (s, boundary(t, s + n).max(s))
    };
    match m {
        Mutation::Delete(a, n) => {
            let (s, e) = range(&t, *a, *n);
            t.replace_range(s..e, "");
        }
        Mutation::Insert(a, x) => {
            let s = boundary(&t, *a);
            t.insert_str(s, x);
        }
        Mutation::Duplicate(a, n) => {
            let (s, e) = range(&t, *a, *n);
            let piece = t[s..e].to_string();
            t.insert_str(e, &piece);
        }
        Mutation::Truncate(a) => {
            let s = boundary(&t, *a);
            t.truncate(s);
        }
        Mutation::Upper(a, n) | Mutation::Lower(a, n) => {
            let (s, e) = range(&t, *a, *n);
            let x = if matches!(m, Mutation::Upper(..)) {
                t[s..e].to_uppercase()
            } else {
                t[s..e].to_lowercase()
            };
            t.replace_range(s..e, &x);
        }
        Mutation::SwapQuotes => {
            t = t
                .chars()
                .map(|c| match c {
                    '"' => '“',
                    '“' => '"',
                    '”' => '"',
                    '‘' => '\'',
                    c => c,
                })
                .collect();
        }
        Mutation::LineEnds(le) => t = t.replace('\n', le),
    }
    t
}

fn article() -> impl Strategy<Value = String> {
    let base = prop_oneof![
        Just(SAMPLE.to_string()),
        proptest::collection::vec(proptest::sample::select(SENTENCES), 1..12)
            .prop_map(|v| v.join(" ")),
    ];
    (base, proptest::collection::vec(mutation(), 1..6)).prop_map(|(b, ms)| ms.iter().fold(b, apply))
}

/// `n` cases, or `PROPTEST_CASES` when set.
fn cases(n: u32) -> Config {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n);
    Config {
        cases: n,
        ..Config::default()
    }
}

fn ok(r: Result<annotator::Annotations, String>, text: &str) -> Result<(), TestCaseError> {
    r.map(|_| ())
        .map_err(|e| TestCaseError::fail(format!("{e}\n  text: {text:?}")))
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn invariants_hold_on_arbitrary_unicode(text in any::<String>()) {
        ok(check(&text), &text)?;
    }

    #[test]
    fn invariants_hold_on_news_soup(text in soup(120)) {
        ok(check(&text), &text)?;
    }

    #[test]
    fn invariants_hold_on_mutated_articles(text in article()) {
        ok(check(&text), &text)?;
    }
}

/// Whether some sentence of `doc` has text on both sides of byte `join`
/// (white space at the join belongs to neither side).
fn crosses(doc: &Doc, a_end: usize, b_start: usize) -> bool {
    doc.sentences
        .iter()
        .any(|s| s.start < a_end && s.end > b_start)
}

/// Text with no capital letter, quote mark, digit or cue word: nothing in it
/// can seed a document-level decision about `b`.
fn neutral() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(
            &[
                "it", "was", "a", "quiet", "day", "by", "the", "river", "and", "boats", "came",
                "in", "slowly", ".",
            ][..],
        ),
        1..30,
    )
    .prop_map(|w| w.join(" ") + ".")
}

/// Unmutated prose: the sample article or some of the test sentences.
fn prose() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(SENTENCES), 1..6)
            .prop_map(|v| v.join(" ")),
        Just(SAMPLE.to_string()),
    ]
}

fn joined_pool() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(SENTENCES), 1..6)
            .prop_map(|v| v.join(" ")),
        Just(SAMPLE.to_string()),
        article(),
    ]
}

proptest! {
    #![proptest_config(cases(128))]

    /// After a text that cannot influence it, `b` gets exactly the same
    /// entities (spans and kinds) as on its own.
    #[test]
    fn neutral_prefix_leaves_b_unchanged(
        a in neutral(),
        b in joined_pool(),
        sep in proptest::sample::select(&["\n\n", "\r\n\r\n", "\n"][..]),
    ) {
        let text = format!("{a}{sep}{b}");
        let join = a.len() + sep.len();
        let doc = Doc::new(&text);
        prop_assume!(!crosses(&doc, a.len(), join));
        let whole = annotate(&text);
        let alone = annotate(&b);
        prop_assert_eq!(entities_in(&whole, join, text.len()), entities_in(&alone, 0, b.len()));
    }

    /// After any article, every entity `b` has on its own is still there:
    /// inside an entity of `a + b` in `b`. Document-level consistency may
    /// re-type a mention (an earlier "Mr Petrov" makes a later "Petrov" a
    /// person), extend it to the longer form the document uses, or add
    /// mentions (a bare surname after the full name); so kinds may differ, a
    /// span may grow, and `a + b` may have more entities in `b`, but none of
    /// `b`'s own is lost, cut short or moved.
    ///
    /// A name may also go, or lose a word, when `a` writes that word in
    /// lower case: the document then has evidence that it is a common noun.
    ///
    /// `a` is real prose here (the sample, the test sentences): a mutated
    /// `a` can write "alamy" in lower case, and a document that does has
    /// every right to stop taking "Alamy" for a name.
    #[test]
    fn any_prefix_keeps_b_entities(
        a in prose(),
        b in joined_pool(),
        sep in proptest::sample::select(&["\n\n", "\r\n\r\n"][..]),
    ) {
        let text = format!("{a}{sep}{b}");
        let join = a.len() + sep.len();
        let doc = Doc::new(&text);
        prop_assume!(!crosses(&doc, a.trim_end().len(), join));
        let whole = annotate(&text);
        prop_assert!(
            !whole.entities.iter().any(|e| e.span.start < join && e.span.end > a.trim_end().len()),
            "an entity crosses the join"
        );
        let in_whole = entities_in(&whole, join, text.len());
        // The document may also take a capitalised word for a common noun
        // when it writes the word in lower case more often ("THE Allegations"
        // in a headline, "the allegations" in `a`): a name with such a word
        // may go or lose that word.
        let lower_in_a = |name: &str| {
            name.split(' ').any(|w| {
                let w = w.to_lowercase();
                a.split(|c: char| !c.is_alphanumeric()).any(|x| x == w)
            })
        };
        for (s, e, kind) in entities_in(&annotate(&b), 0, b.len()) {
            prop_assert!(
                in_whole.iter().any(|&(ws, we, _)| ws <= s && e <= we) || lower_in_a(&b[s..e]),
                "b's {} {:?} ({s}..{e}) is missing after a", kind, &b[s..e]
            );
        }
    }
}

#[test]
fn sample_is_consistent_and_stable() {
    let a = check(SAMPLE).unwrap();
    assert!(a.entities.len() > 10, "the sample has entities");
    // The sample twice: the second copy keeps the spans the first copy has alone.
    let twice = format!("{SAMPLE}\n\n{SAMPLE}");
    let whole = check(&twice).unwrap();
    let join = SAMPLE.len() + 2;
    let second: Vec<(usize, usize)> = entities_in(&whole, join, twice.len())
        .into_iter()
        .map(|(s, e, _)| (s, e))
        .collect();
    for (s, e, _) in entities_in(&a, 0, SAMPLE.len()) {
        assert!(
            second.contains(&(s, e)),
            "{:?} lost in the second copy",
            &SAMPLE[s..e]
        );
    }
}
