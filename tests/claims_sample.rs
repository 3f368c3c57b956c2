//! Claims on the sample article (www/sample.txt): every quote is attributed.

use annotator::{annotate, ClaimKind, CueClass};

const SAMPLE: &str = include_str!("../www/sample.txt");

struct C<'a> {
    kind: ClaimKind,
    speaker: Option<&'a str>,
    speaker_entity: Option<&'a str>,
    cue: &'a str,
    class: CueClass,
    content: &'a str,
}

fn claims(t: &str) -> Vec<C<'_>> {
    let a = annotate(t);
    a.claims
        .iter()
        .map(|c| C {
            kind: c.kind,
            speaker: c.speaker.map(|s| s.slice(t)),
            speaker_entity: c.speaker_entity.map(|e| a.entities[e].span.slice(t)),
            cue: c.cue.slice(t),
            class: c.cue_class,
            content: c.content.slice(t),
        })
        .collect()
}

#[test]
fn the_foreign_office_quote_runs_over_six_paragraphs_past_a_caption() {
    let cs = claims(SAMPLE);
    let fo: Vec<&C> = cs
        .iter()
        .filter(|c| {
            c.kind == ClaimKind::Direct && c.speaker == Some("A Foreign Office spokesperson")
        })
        .collect();
    assert_eq!(fo.len(), 7, "one claim per paragraph of the quote");
    assert!(fo
        .iter()
        .all(|c| c.cue == "said" && c.class == CueClass::Speech));
    assert!(fo[0].content.starts_with("During the past twelve months"));
    assert!(fo[1].content.starts_with("Russia’s expulsion this week"));
    assert!(fo[6].content.ends_with("responded to accordingly."));
    assert!(cs.iter().all(|c| !c.content.contains("Picture: Getty")));
}

#[test]
fn the_svr_statement_is_attributed_and_the_statement_resolves_to_the_svr() {
    let cs = claims(SAMPLE);
    let svr: Vec<&C> = cs
        .iter()
        .filter(|c| c.speaker == Some("Russia's foreign intelligence service"))
        .collect();
    assert_eq!(svr.len(), 3);
    assert!(svr[0].content.starts_with("As we can see, London today"));
    assert!(
        svr[0].content.contains("'instigator'"),
        "nested single quotes stay inside"
    );
    assert!(svr[2].content.ends_with("you will not succeed."));
    let st = cs
        .iter()
        .find(|c| c.speaker == Some("the statement"))
        .expect("the statement said");
    assert!(st.content.starts_with("London fears"));
    assert_eq!(st.speaker_entity, Some("SVR"));
}

#[test]
fn every_quote_in_the_sample_is_inside_an_attributed_claim() {
    let a = annotate(SAMPLE);
    let doc = annotator::text::Doc::new(SAMPLE);
    for q in annotator::text::quotes(&doc) {
        let inside = a
            .claims
            .iter()
            .any(|c| c.content.contains(&q.inner) && c.speaker.is_some());
        assert!(inside, "unattributed quote: {:?}", q.inner.slice(SAMPLE));
    }
}

#[test]
fn reported_speech_and_accusations_in_the_sample() {
    let cs = claims(SAMPLE);
    let find = |cue: &str, start: &str| {
        cs.iter()
            .find(|c| c.cue == cue && c.content.starts_with(start))
            .unwrap_or_else(|| panic!("no claim {cue} {start}"))
    };
    let acc = find("accusing", "them of spying");
    assert_eq!(
        (acc.speaker, acc.class),
        (Some("Russia"), CueClass::Accusation)
    );
    let ww = find("said", "the UK had instigated both world wars");
    assert_eq!(ww.speaker, Some("Russia"));
    let k = find("said", "a man, 34 and woman, 32");
    assert_eq!(k.speaker, Some("the Kremlin"));
    let b = find("said", "the accusations were baseless");
    assert_eq!(b.speaker, Some("The British government"));
    let c = find("claimed", "Britain");
    assert_eq!(
        (c.speaker, c.class),
        (Some("The SVR"), CueClass::Accusation)
    );
}
