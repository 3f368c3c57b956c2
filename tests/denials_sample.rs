//! Denials on the sample article (www/sample.txt) and on sentences written
//! for this test that must not be marked.

use annotator::{annotate, denials, text::Doc, Claim, ClaimKind, CueClass, Span};

const SAMPLE: &str = include_str!("../www/sample.txt");

fn at(t: &str, w: &str) -> Span {
    let s = t.find(w).unwrap_or_else(|| panic!("{w:?} not in text"));
    Span::new(s, s + w.len())
}

#[test]
fn both_sample_denials_are_found_with_their_deniers() {
    let a = annotate(SAMPLE);
    let t = SAMPLE;
    let false_ = a
        .denials
        .iter()
        .find(|d| d.cue.slice(t).contains("entirely false"))
        .expect("the Foreign Office denial");
    assert!(false_.cue.slice(t).contains("fabricated"));
    assert_eq!(
        false_.target.unwrap().slice(t),
        "The accusations made against these individuals"
    );
    let baseless = a
        .denials
        .iter()
        .find(|d| {
            d.target.is_some_and(|x| x.slice(t) == "the accusations")
                && d.cue.slice(t).contains("baseless")
        })
        .expect("the British government denial");
    assert_eq!(baseless.denier.unwrap().slice(t), "The British government");
    // With the claims the pipeline finds: the quote's speaker denies, and
    // the denial links to Russia's spying accusation.
    assert_eq!(
        false_.denier.unwrap().slice(t),
        "A Foreign Office spokesperson"
    );
    let c = &a.claims[false_.claim.expect("a linked claim")];
    assert_eq!(c.cue.slice(t), "accusing");
    assert_eq!(c.content.slice(t), "them of spying");
}

#[test]
fn the_spying_accusation_is_linked_when_claims_carry_it() {
    // The claims the sample holds, built by hand so that the link is tested
    // whatever the claim finder finds: Russia's accusation, and the Foreign
    // Office spokesperson's quote that denies it.
    let t = SAMPLE;
    let quote_start = t.find("Russia’s expulsion this week").unwrap();
    let quote_end = quote_start
        + t[quote_start..]
            .find("harassment of UK diplomats.")
            .unwrap()
        + "harassment of UK diplomats.".len();
    let claims = vec![
        Claim {
            kind: ClaimKind::Indirect,
            speaker: Some(at(t, "Russia kicked"))
                .map(|s| Span::new(s.start, s.start + "Russia".len())),
            speaker_entity: None,
            cue: at(t, "accusing"),
            cue_class: CueClass::Accusation,
            content: at(t, "them of spying"),
        },
        Claim {
            kind: ClaimKind::Direct,
            speaker: Some(at(t, "A Foreign Office spokesperson")),
            speaker_entity: None,
            cue: {
                let s = at(t, "spokesperson said");
                Span::new(s.end - 4, s.end)
            },
            cue_class: CueClass::Speech,
            content: Span::new(quote_start, quote_end),
        },
    ];
    let doc = Doc::new(t);
    let found = denials::find(&doc, &[], &claims);
    let d = found
        .iter()
        .find(|d| d.cue.slice(t).contains("entirely false"))
        .expect("denial");
    assert_eq!(d.denier.unwrap().slice(t), "A Foreign Office spokesperson");
    assert_eq!(d.claim, Some(0), "linked to the spying accusation");
}

#[test]
fn sample_sentences_that_deny_nothing_are_not_marked() {
    let a = annotate(SAMPLE);
    for not in [
        "We do not take this decision lightly",
        "you will not succeed",
        "has not been named",
        "will not stand for",
    ] {
        let s = at(SAMPLE, not);
        let para = SAMPLE[..s.start].rfind('\n').map_or(0, |i| i + 1);
        assert!(
            !a.denials
                .iter()
                .any(|d| d.cue.start >= para && d.cue.start < s.end),
            "a denial marked near {not:?}"
        );
    }
}

/// Sentences written for this test: ordinary negation, questions,
/// conditionals, withholding and reporters' words that deny nothing.
const NOT_DENIALS: &[&str] = &[
    "The minister did not attend the meeting on Friday.",
    "We will not give up on the families.",
    "Nobody was hurt in the fire, police said.",
    "The bridge has not reopened since the storm.",
    "Will the council reject the plan?",
    "If the union rejects the offer, strikes will follow.",
    "The court denied the suspect bail.",
    "Visitors were denied entry to the palace.",
    "The players disputed the referee's decision in the dying minutes?",
    "The two countries are locked in a dispute over fishing rights.",
    "Fishermen returned to the disputed waters.",
    "He said he had no plans to retire.",
    "She did not say when the report would be published.",
    "The company refused to deny the reports.",
    "The manager was dismissed after a poor run of results.",
    "It is not clear who fired first.",
    "There is no reason to panic, the mayor said.",
    "Police arrested a man carrying a fake passport.",
];

#[test]
fn written_non_denials_are_not_marked() {
    let mut marked = Vec::new();
    for t in NOT_DENIALS {
        let a = annotate(t);
        if !a.denials.is_empty() {
            marked.push((
                *t,
                a.denials
                    .iter()
                    .map(|d| d.cue.slice(t).to_string())
                    .collect::<Vec<_>>(),
            ));
        }
    }
    assert!(marked.is_empty(), "{marked:?}");
}

/// Denials written for this test, one per kind of cue.
const DENIALS: &[&str] = &[
    "The ministry denied the report.",
    "The club has categorically rejected claims that the coach will leave.",
    "Her lawyer said the allegations were completely untrue.",
    "There is no truth in these rumours, a spokeswoman said.",
    "\"I never said that,\" the senator told reporters.",
    "Officials dismissed the video as a hoax.",
    "Hoax: photo of a whale in the river",
    "No, the museum is not closing",
    "Palace denies prince will move abroad",
    "Singer's death report is fake, says her manager",
];

#[test]
fn written_denials_are_marked() {
    let missed: Vec<&str> = DENIALS
        .iter()
        .copied()
        .filter(|t| annotate(t).denials.is_empty())
        .collect();
    assert!(missed.is_empty(), "{missed:?}");
}

#[test]
fn odd_text_never_panics_the_pipeline() {
    // Regression: a text ending in a name head and "of" indexed past the tokens.
    for t in [
        "Palace of",
        "The Bank of",
        "No,",
        "Fake:",
        "isn’tdeny",
        "x\n\nFake: 😀 hoax",
        "“denied”",
    ] {
        let a = annotate(t);
        for d in &a.denials {
            assert!(t.get(d.cue.start..d.cue.end).is_some());
        }
    }
}
