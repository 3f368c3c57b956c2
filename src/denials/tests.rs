//! Rule examples: each rule with sentences written for it, and the near
//! misses it must leave alone.

use super::*;
use crate::model::ClaimKind;

/// Denials found in `t` with no claims, as (cue, denier, target) texts.
fn den(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let d = Doc::new(t);
    find(&d, &[], &[])
        .into_iter()
        .map(|x| {
            (
                x.cue.slice(t).to_string(),
                x.denier.map(|s| s.slice(t).to_string()),
                x.target.map(|s| s.slice(t).to_string()),
            )
        })
        .collect()
}

fn cues(t: &str) -> Vec<String> {
    den(t).into_iter().map(|x| x.0).collect()
}

#[test]
fn a_denial_verb_with_subject_and_object() {
    let got = den("The ministry flatly denied the report, saying it was a misunderstanding.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "flatly denied");
    assert_eq!(got[0].1.as_deref(), Some("The ministry"));
    assert_eq!(got[0].2.as_deref(), Some("the report"));
}

#[test]
fn a_relative_clause_subject() {
    let got = den("Officials blamed the regional council, which has strongly rejected any responsibility for the flooding.");
    assert_eq!(got[0].1.as_deref(), Some("the regional council"));
    assert_eq!(
        got[0].2.as_deref(),
        Some("any responsibility for the flooding")
    );
}

#[test]
fn a_passive_denial_names_its_denier_after_by() {
    let got = den("The allegations were rejected by the company on Tuesday.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("The allegations"));
    assert_eq!(got[0].1.as_deref(), Some("the company"));
}

#[test]
fn dismissed_as_and_phrasal_verbs() {
    let got = den("The mayor dismissed the leaked memo as a forgery.");
    assert_eq!(got[0].2.as_deref(), Some("the leaked memo"));
    assert_eq!(
        cues("The coach pushed back against claims that he had lost the dressing room."),
        vec!["pushed back against"]
    );
    assert_eq!(
        cues("The club shot down the rumours within an hour."),
        vec!["shot down"]
    );
    assert!(cues("The army shot down a drone over the border.").is_empty());
}

#[test]
fn predicates_of_untruth() {
    let got = den("The claims about the factory are completely baseless.");
    assert_eq!(got[0].0, "completely baseless");
    assert_eq!(got[0].2.as_deref(), Some("The claims about the factory"));
    assert_eq!(cues("Her lawyer said the story was a lie."), vec!["a lie"]);
    assert_eq!(
        den("Her lawyer said the story was a lie.")[0].1.as_deref(),
        Some("Her lawyer")
    );
    assert_eq!(
        cues("That is simply not true, the spokesman said."),
        vec!["simply not true"]
    );
    assert_eq!(cues("The rumour isn't true."), vec!["isn't true"]);
    assert_eq!(
        cues("The video was completely made up."),
        vec!["completely made up"]
    );
    assert_eq!(
        cues("These charges are false and baseless."),
        vec!["false and baseless"]
    );
}

#[test]
fn adjectives_before_a_claim_noun() {
    let got =
        den("He spent a year fighting what he called baseless allegations about his finances.");
    assert_eq!(got[0].0, "baseless");
    assert_eq!(got[0].2.as_deref(), Some("allegations about his finances"));
    assert!(cues("Police seized two fake passports.").is_empty());
}

#[test]
fn phrases_nonevents_and_negated_speech() {
    assert_eq!(
        cues("Investigators said there was no evidence that the vote had been rigged."),
        vec!["there was no evidence that"]
    );
    assert_eq!(
        cues("The meeting never happened, his office said."),
        vec!["never happened"]
    );
    let got = den("\"I never said that,\" the minister told reporters.");
    assert_eq!(got[0].0, "never said");
    assert!(cues("The minister did not say when the bill would pass.").is_empty());
}

#[test]
fn nouns_need_of_that_or_a_possessive() {
    let got = den("The agency's denial of the report came hours later.");
    assert_eq!(got[0].0, "denial");
    assert_eq!(got[0].1.as_deref(), Some("The agency"));
    assert_eq!(got[0].2.as_deref(), Some("the report came hours later"));
    assert!(cues("The patient was in denial for years.").is_empty());
    assert!(cues("A denial of service attack hit the bank.").is_empty());
}

#[test]
fn headlines() {
    assert_eq!(
        cues("Fake: picture of shark swimming down flooded motorway"),
        vec!["Fake"]
    );
    assert_eq!(
        cues("Palace denies the prince is leaving the country"),
        vec!["denies"]
    );
    assert_eq!(
        den("Palace denies the prince is leaving the country")[0]
            .1
            .as_deref(),
        Some("Palace")
    );
    assert_eq!(cues("No, the city is not banning bicycles"), vec!["No"]);
    assert_eq!(
        cues("Harbour Police: No sharks seen off the beach"),
        vec!["No"]
    );
    assert_eq!(
        cues("The park might close in winter UPDATE: Nope"),
        vec!["Nope"]
    );
    assert_eq!(
        cues("Sky Watch: No, the sun will not go dark next week"),
        vec!["No"]
    );
    assert_eq!(
        cues("Famous painter hasn't been arrested, police say"),
        vec!["hasn't"]
    );
    assert_eq!(
        den("Famous painter hasn't been arrested, police say")[0]
            .1
            .as_deref(),
        Some("police")
    );
    assert_eq!(
        cues("Story about a talking dog in a village is a hoax"),
        vec!["a hoax"]
    );
    assert_eq!(
        cues("Ministry: report of closed border totally false"),
        vec!["totally false"]
    );
    assert_eq!(
        den("Ministry: report of closed border totally false")[0]
            .1
            .as_deref(),
        Some("Ministry")
    );
    assert_eq!(
        cues("Singer not dead despite social media posts"),
        vec!["not"]
    );
}

#[test]
fn withholding_and_adjectival_uses_are_not_denials() {
    for t in [
        "The judge denied him bail.",
        "The court denied bail to the suspect.",
        "Rebels want to deny the army access to the port.",
        "His application was denied.",
        "The case was dismissed last year.",
        "Troops patrolled the disputed territory.",
        "The two states are locked in a dispute over water.",
        "The coach was dismissed from his job.",
        "Man removed from train over ticket dispute",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
}

#[test]
fn negation_questions_and_conditionals_are_not_denials() {
    for t in [
        "We do not take this decision lightly.",
        "You will not succeed.",
        "The diplomat has not been named.",
        "The company did not deny the report.",
        "She refused to deny the claims.",
        "Did the minister deny the report?",
        "Is the story false?",
        "If the council rejects the plan, the works will stop.",
        "If you think the landing was fake, you will find friends online.",
        "The results are not false.",
        "It is wrong to say nothing.",
        "Police made false arrests.",
        "Nobody disputed a word of it.",
        "The recovery didn't happen in the north.",
        "The gap will be made up by new voters.",
        "They made it up to the summit before dark.",
        "He is proud of being politically incorrect.",
        "There was never any question that the team would win.",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
}

#[test]
fn ordinary_headlines_are_not_denials() {
    for t in [
        "Minister is not happy with the budget",
        "New phone won't be on sale until spring",
        "Tickets may or may not go on sale this week",
        "Council votes to build a bridge, not a tunnel",
        "Is the famous painting a fake?",
        "Woman insists her story was not a hoax",
        "Real or hoax? Video of flying car sparks debate",
        "Five reasons not to give up on the team",
        "Coach: No more excuses after cup exit",
        "Diners keep a seat for a friend who never showed up",
        "I never intended to hurt anyone, says driver",
        "Striker is not a fan of the new pitch",
        "Minister insists the scheme is not a hoax",
        "Residents doubt the new bridge",
        "The study left little doubt that the lake is shrinking",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
}

#[test]
fn the_denier_inside_a_quote_is_the_speaker() {
    let t = "A spokesman said: \"These allegations are entirely false, fabricated to cause harm.\"";
    let d = Doc::new(t);
    let sp = t.find("A spokesman").unwrap();
    let q = t.find("These").unwrap();
    let qe = t.rfind('"').unwrap();
    let cue = t.find("said").unwrap();
    let claims = vec![Claim {
        kind: ClaimKind::Direct,
        speaker: Some(Span::new(sp, sp + 11)),
        speaker_entity: None,
        cue: Span::new(cue, cue + 4),
        cue_class: CueClass::Speech,
        content: Span::new(q, qe),
    }];
    let got = find(&d, &[], &claims);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].cue.slice(t), "entirely false, fabricated");
    assert_eq!(got[0].denier.unwrap().slice(t), "A spokesman");
    assert_eq!(got[0].target.unwrap().slice(t), "These allegations");
    assert_eq!(got[0].claim, None);
}

#[test]
fn a_denial_links_to_the_accusation_it_denies() {
    let t = "Ruritania expelled two envoys, accusing them of bribery. The government said the accusations were baseless.";
    let d = Doc::new(t);
    let at = |w: &str| {
        let s = t.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    let claims = vec![
        Claim {
            kind: ClaimKind::Indirect,
            speaker: Some(at("Ruritania")),
            speaker_entity: None,
            cue: at("accusing"),
            cue_class: CueClass::Accusation,
            content: at("them of bribery"),
        },
        Claim {
            kind: ClaimKind::Indirect,
            speaker: Some(at("The government")),
            speaker_entity: None,
            cue: at("said"),
            cue_class: CueClass::Speech,
            content: at("the accusations were baseless"),
        },
    ];
    let got = find(&d, &[], &claims);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].denier.unwrap().slice(t), "The government");
    assert_eq!(got[0].claim, Some(0));
}

#[test]
fn a_claim_with_a_denial_cue_is_a_denial() {
    let t = "The firm rebuffed the reports.";
    let d = Doc::new(t);
    let at = |w: &str| {
        let s = t.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    let claims = vec![Claim {
        kind: ClaimKind::Indirect,
        speaker: Some(at("The firm")),
        speaker_entity: None,
        cue: at("rebuffed"),
        cue_class: CueClass::Denial,
        content: at("the reports"),
    }];
    let got = find(&d, &[], &claims);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].denier.unwrap().slice(t), "The firm");
}

#[test]
fn never_panics_on_odd_text() {
    for t in [
        "",
        "denied",
        "“",
        "No,",
        "Fake:",
        "é denied ü",
        "not",
        "is false",
        "- denied -",
        "Denials",
        "x\n\nFake: 😀 hoax",
    ] {
        let _ = den(t);
    }
}

#[test]
fn reduced_passives_modals_and_object_verbs() {
    let got = den("A claim rejected by the unions was dropped.");
    assert_eq!(got[0].1.as_deref(), Some("the unions"), "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("A claim"));
    // "rebuff" refuses an approach; it denies only a claim.
    assert!(cues("A compromise rebuffed by the unions was dropped.").is_empty());
    assert_eq!(cues("The club rebuffed the rumours."), vec!["rebuffed"]);
    assert!(cues("You could dismiss these moves as a stunt.").is_empty());
    assert!(cues("The driver was killed by a falling tree.").is_empty());
    assert!(cues("The city has done nothing to dispel that notion.").is_empty());
    assert!(cues("Critics cite their widely repudiated theories.").is_empty());
    assert!(cues("The bank opened fake accounts for years.").is_empty());
}

#[test]
fn irrealis_person_objects_and_made_up_things() {
    for t in [
        "Campaigners urged the mayor to reject the plan.",
        "The board rebuffed him.",
        "Several senators disavowed Smith at the convention.",
        "The agency was accused of planting false information in newspapers.",
        "The team is made up largely of young players.",
        "Local zoning disputes.",
        "The party's denial of access angered the campaign.",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
    let got = den("Several of the figures turned out to be completely false.");
    assert_eq!(
        got[0].2.as_deref(),
        Some("Several of the figures"),
        "{got:?}"
    );
}

#[test]
fn body_lines_are_not_headlines() {
    // A line without a full stop inside an article is no headline: no negation rule.
    let t = "Council budget approved\n\nThe council met on Monday.\n\nThe mayor was not at the meeting\n\nShe sent a letter.";
    assert!(cues(t).is_empty(), "{:?}", cues(t));
}

#[test]
fn relative_object_gaps_and_person_objects() {
    let got = den("He repeated a claim that the ministry strongly disputes.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("a claim"));
    assert_eq!(got[0].1.as_deref(), Some("the ministry"));
    assert_eq!(
        cues("The new figures contradicted her public statements."),
        vec!["contradicted"]
    );
    assert_eq!(
        cues("The governor dismissed him as a crank."),
        vec!["dismissed"]
    );
    assert!(cues("The governor rejected Smith.").is_empty());
}

#[test]
fn dispute_as_a_noun() {
    for t in [
        "Classification disputes are common in government.",
        "The latest dispute has flared again.",
        "They settled the territorial disputes with neighbours.",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
    assert_eq!(
        cues("The woman disputes the idea that she was ill."),
        vec!["disputes"]
    );
}

#[test]
fn deny_with_its_object_before_it() {
    let got = den("He rejected the allegations, which the agency denies, and left.");
    assert!(
        got.iter()
            .any(|d| d.0 == "denies" && d.1.as_deref() == Some("the agency")),
        "{got:?}"
    );
}

#[test]
fn a_denial_far_past_the_link_window_links_to_nothing() {
    // The accusation and its denial, 70 KB apart: longer than any article, so
    // no link (this bound keeps linking linear on a huge paste).
    let filler = "The weather stayed mild and the market opened late.\n".repeat(1400);
    for (gap, linked) in [("\n", Some(0)), (filler.as_str(), None)] {
        let t = format!(
            "Ruritania expelled two envoys, accusing them of bribery.\n{gap}The government said the accusations were baseless."
        );
        let t = t.as_str();
        let d = Doc::new(t);
        let at = |w: &str| {
            let s = t.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let claims = vec![
            Claim {
                kind: ClaimKind::Indirect,
                speaker: Some(at("Ruritania")),
                speaker_entity: None,
                cue: at("accusing"),
                cue_class: CueClass::Accusation,
                content: at("them of bribery"),
            },
            Claim {
                kind: ClaimKind::Indirect,
                speaker: Some(at("The government")),
                speaker_entity: None,
                cue: at("said"),
                cue_class: CueClass::Speech,
                content: at("the accusations were baseless"),
            },
        ];
        let got = find(&d, &[], &claims);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].claim, linked, "gap of {} bytes", gap.len());
    }
}

#[test]
fn denial_verbs_need_a_claim_as_object() {
    for t in [
        "The senator backs candidates who reject corporate money.",
        "Her rivals rejected the idea of a televised debate.",
        "The board rebuffed an offer from the buyers.",
        "The minister contradicted the wishes of his own party.",
        "The group pushed back against the new parking rules.",
        "Young voters completely reject the kinds of policies he backs.",
        "Lawmakers denied Jane Roe a seat on the panel.",
        "The chamber denied Jane Roe.",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
    for t in [
        "The minister rejected the idea that taxes would rise.",
        "She dismissed many of the points raised by the panel.",
        "The agency rejected that criticism.",
        "The firm disputed Mr. Smith's account of the meeting.",
        "The ruling party disavowed the remarks.",
        "The mayor contradicted him.",
        "The coach rejected what the players had said.",
        "The court rejected a request from the defence.",
        // A demonstrative object at the very end of the text.
        "The coach rejected that",
    ] {
        assert_eq!(cues(t).len(), 1, "{t}: {:?}", cues(t));
    }
}

#[test]
fn denial_nouns_hedges_and_comparisons() {
    for t in [
        "The vote was a firm rejection of the trade treaty.",
        "Voters delivered a rejection of the governor.",
        "The senator, stung by his rejection in the race, stayed home.",
        "It is a denial of who we are as a nation.",
        "The same is not true of the other teams.",
        "Some analysts say the risks may be overstated.",
        "Critics say it would be hard to dispute the figures.",
        "The club reserved the right to reject any claims.",
        "Residents pleaded with the council to reject the report.",
        "Nothing will prevent the board to dispute the figures.",
        // Doubt is not denial.
        "The audit raised questions about the mayor's account.",
    ] {
        assert!(cues(t).is_empty(), "{t}: {:?}", cues(t));
    }
    for t in [
        "Her rejection of the claim that she lied was firm.",
        "His rejection of 'a politics of fear' won applause.",
        "The agency's denial of the report came late.",
        "Analysts say the risks are overstated.",
    ] {
        assert_eq!(cues(t).len(), 1, "{t}: {:?}", cues(t));
    }
}

#[test]
fn overlapping_cues_keep_the_best_and_never_overlap() {
    // (start, end, rank): greedy by rank, then length, then start, as a
    // pairwise check over everything kept before would choose.
    let cues = [
        (0, 5, 1),
        (3, 9, 2),
        (8, 12, 1),
        (10, 14, 1),
        (20, 24, 0),
        (14, 20, 0),
        (2, 4, 3),
        (30, 31, 0),
    ];
    let cands: Vec<Cand> = cues
        .iter()
        .map(|&(a, b, rank)| Cand {
            d: Denial {
                cue: Span::new(a, b),
                denier: None,
                target: None,
                claim: None,
            },
            holder: None,
            rank,
        })
        .collect();
    let kept: Vec<(usize, usize)> = resolve_overlaps(cands)
        .iter()
        .map(|c| (c.d.cue.start, c.d.cue.end))
        .collect();
    assert_eq!(kept, [(2, 4), (8, 12), (14, 20), (20, 24), (30, 31)]);
}

#[test]
fn a_run_of_nested_denials_keeps_at_most_five_targets_over_a_word() {
    // Each "denied that" target runs to the sentence end, inside the last.
    let t = "Ann Ode denied that Bo Lee denied that Cy Fox denied that Di Ray \
             denied that Ed Roe denied that Flo Kim denied that Gus Hale denied \
             that the report was true.";
    let got = den(t);
    assert_eq!(got.len(), 7, "{got:?}");
    let with_target = got.iter().filter(|x| x.2.is_some()).count();
    assert_eq!(with_target, MAX_NESTING, "{got:?}");
    // The outer denials keep theirs.
    assert!(
        got[0]
            .2
            .as_deref()
            .is_some_and(|x| x.starts_with("that Bo Lee")),
        "{got:?}"
    );
}
