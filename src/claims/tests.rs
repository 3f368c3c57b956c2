//! Every rule with sentences written for it.

use super::*;
use crate::model::EntityKind;

/// (speaker, cue, content) of every claim, as text.
fn claims(t: &str) -> Vec<(String, String, String)> {
    let d = Doc::new(t);
    find(&d, &[])
        .iter()
        .map(|c| {
            (
                c.speaker
                    .map(|s| s.slice(t).to_string())
                    .unwrap_or_default(),
                c.cue.slice(t).to_string(),
                c.content.slice(t).to_string(),
            )
        })
        .collect()
}

fn one(t: &str) -> (String, String, String) {
    let c = claims(t);
    assert_eq!(c.len(), 1, "{t:?} gave {c:?}");
    c[0].clone()
}

fn triple(s: &str, c: &str, x: &str) -> (String, String, String) {
    (s.to_string(), c.to_string(), x.to_string())
}

#[test]
fn quote_after_speaker_and_colon() {
    assert_eq!(
        one("A Foreign Office spokesperson said: \"We will act today, as planned.\""),
        triple(
            "A Foreign Office spokesperson",
            "said",
            "We will act today, as planned."
        )
    );
}

#[test]
fn quote_then_speaker_then_cue() {
    assert_eq!(
        one("“The bridge will open in May,” the mayor said on Tuesday."),
        triple("the mayor", "said", "The bridge will open in May,")
    );
}

#[test]
fn quote_then_inverted_cue() {
    assert_eq!(
        one("\"Nobody expected this result,\" said Jane Okafor, a local teacher."),
        triple("Jane Okafor", "said", "Nobody expected this result,")
    );
}

#[test]
fn quote_then_dash_and_name() {
    assert_eq!(
        one("\"Less is more, always.\" - Mies Rohe"),
        triple("Mies Rohe", "-", "Less is more, always.")
    );
}

/// A horizontal bar (U+2015), some sites' dash, attributes a quote like an
/// em dash, spaced or right after the closing mark.
#[test]
fn quote_then_horizontal_bar_and_name() {
    assert_eq!(
        one("“The ferry runs late every single day.” ― Ann Ode"),
        triple("Ann Ode", "―", "The ferry runs late every single day.")
    );
    assert_eq!(
        one("“We want a second bridge, not a toll.”―\u{a0}Tom Ames."),
        triple("Tom Ames", "―", "We want a second bridge, not a toll.")
    );
}

#[test]
fn split_quote_is_one_claim() {
    let t = "\"We tried everything,\" Ms. Alvarez said. \"Nothing worked for us.\"";
    let c = one(t);
    assert_eq!((c.0.as_str(), c.1.as_str()), ("Ms. Alvarez", "said"));
    assert!(c.2.starts_with("We tried") && c.2.ends_with("for us."));
}

#[test]
fn a_split_quote_across_a_long_attribution_with_abbreviations_and_a_title() {
    for t in [
        "\"It is late,\" said Tom Ode, a broker in Aldham, Fla., who sells farms. \"Nobody buys.\"",
        "\"It is late,\" said Tom Ode (D-N.C.). \"Nobody buys.\"",
        "\"It is late,\" Tom Ode told the \"Morning Show\" on Monday. \"Nobody buys.\"",
    ] {
        let c = one(t);
        assert_eq!(c.0, "Tom Ode", "{t}");
        assert!(
            c.2.starts_with("It is late") && c.2.ends_with("Nobody buys."),
            "{c:?}"
        );
    }
    // A quote of several words in the gap is a quote of its own.
    let t = "\"It is late,\" Tom Ode said, \"and we know it.\" \"Nobody buys.\"";
    assert!(
        !claims(t).iter().any(|c| c.2.ends_with("Nobody buys.")),
        "{:?}",
        claims(t)
    );
}

#[test]
fn a_cue_before_a_colon_introduces_the_next_quote_not_the_last() {
    let t = "\"We tried everything,\" Ann Ode said. \"Nothing worked.\" Tom Reyes said: \"It was bad.\"";
    let c = claims(t);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, "Ann Ode");
    assert!(c[0].2.ends_with("Nothing worked."), "{c:?}");
    assert_eq!(c[1], triple("Tom Reyes", "said", "It was bad."));
}

#[test]
fn a_quote_opening_the_next_paragraph_continues_the_split_quote() {
    let t = "\"The vote was close,\" Ms. Alvarez said.\n\n\"We will try again in the spring.\"";
    let c = one(t);
    assert_eq!((c.0.as_str(), c.1.as_str()), ("Ms. Alvarez", "said"));
    assert!(
        c.2.starts_with("The vote") && c.2.ends_with("spring."),
        "{c:?}"
    );
    // A quote with its own attribution is its own claim.
    let t = "\"The vote was close,\" Ms. Alvarez said.\n\n\"We lost,\" Tom Reyes said.";
    assert_eq!(claims(t).len(), 2);
}

#[test]
fn a_split_quote_after_a_party_label_is_one_claim() {
    let t = "\"The bridge stays,\" said Sen. Ann Ode (D-Ore.). \"We voted for it twice.\"";
    let c = one(t);
    assert_eq!(c.0, "Sen. Ann Ode");
    assert!(c.2.ends_with("twice."), "{c:?}");
}

#[test]
fn reported_content_that_opens_a_quote_runs_to_its_close() {
    let c = one("Ann Ode said the plan \"will fail. Nobody wants it.\" The vote is on Monday.");
    assert_eq!(c.0, "Ann Ode");
    assert!(
        c.2.starts_with("the plan") && c.2.contains("Nobody wants it."),
        "{c:?}"
    );
    assert!(!c.2.contains("Monday"), "{c:?}");
}

#[test]
fn an_unattributed_quote_after_reported_speech_continues_it() {
    let t = "Ann Ode said the plan would fail. \"Nobody wants it.\" The vote is on Monday.";
    let c = one(t);
    assert_eq!(c.0, "Ann Ode");
    assert!(
        c.2.starts_with("the plan") && c.2.ends_with("Nobody wants it.\""),
        "{c:?}"
    );
    // Also a quote that fills the next paragraph, but not one that goes on.
    let t = "Ann Ode said the plan would fail.\n\n\"Nobody wants it.\"";
    assert!(one(t).2.ends_with("Nobody wants it.\""), "{:?}", one(t));
    let t = "Ann Ode said the plan would fail.\n\n\"Nobody wants it.\" The vote is on Monday.";
    assert!(
        claims(t).iter().all(|c| !c.2.contains("Nobody")),
        "{:?}",
        claims(t)
    );
    // A quote with its own attribution stays its own claim.
    let t = "Ann Ode said the plan would fail. \"Nobody wants it,\" Tom Reyes said.";
    let c = claims(t);
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(
        !c.iter().any(|x| x.0 == "Ann Ode" && x.2.contains("Nobody")),
        "{c:?}"
    );
}

#[test]
fn a_long_adverbial_with_commas_before_that_is_not_content() {
    assert_eq!(
        one("The mayor said on Thursday at a meeting in Ames, Iowa, that the bridge would close."),
        triple("The mayor", "said", "the bridge would close")
    );
}

#[test]
fn speaker_in_the_paragraph_before() {
    let t = "The council leader told the meeting:\n\n\"Our budget is balanced for the first time in years.\"";
    assert_eq!(
        one(t),
        triple(
            "The council leader",
            "told",
            "Our budget is balanced for the first time in years."
        )
    );
}

#[test]
fn reported_speech_with_that_and_without() {
    assert_eq!(
        one("The minister said that the schools would reopen next week."),
        triple("The minister", "said", "the schools would reopen next week")
    );
    assert_eq!(
        one("Police said the driver had fled the scene."),
        triple("Police", "said", "the driver had fled the scene")
    );
}

#[test]
fn told_skips_the_listener() {
    assert_eq!(
        one("The coach told reporters that his team was exhausted."),
        triple("The coach", "told", "his team was exhausted")
    );
}

#[test]
fn content_before_the_speaker() {
    assert_eq!(
        one("The factory will close by June, the company said on Monday."),
        triple("the company", "said", "The factory will close by June")
    );
}

#[test]
fn according_to_both_ways() {
    assert_eq!(
        one("According to the health board, waiting times fell last year."),
        triple(
            "the health board",
            "According to",
            "waiting times fell last year"
        )
    );
    assert_eq!(
        one("Waiting times fell last year, according to the health board."),
        triple(
            "the health board",
            "according to",
            "Waiting times fell last year"
        )
    );
}

#[test]
fn accusation_by_a_participle_takes_the_clause_subject() {
    let t = "It came after Norway expelled two attaches, accusing them of spying, and said the matter was closed.";
    let c = claims(t);
    assert_eq!(
        c,
        vec![
            triple("Norway", "accusing", "them of spying"),
            triple("Norway", "said", "the matter was closed")
        ]
    );
    let d = Doc::new(t);
    let found = find(&d, &[]);
    assert_eq!(found[0].cue_class, CueClass::Accusation);
    assert_eq!(found[1].cue_class, CueClass::Speech);
}

#[test]
fn appositive_speaker() {
    assert_eq!(
        one("Tom Reyes, a spokesman for the airline, said the flights were cancelled."),
        triple("Tom Reyes", "said", "the flights were cancelled")
    );
}

#[test]
fn impersonal_and_passive_forms() {
    assert_eq!(
        one("It was claimed that the vote had been rigged."),
        triple("", "claimed", "the vote had been rigged")
    );
    let c = one("The singer is said to be recording a new album.");
    assert_eq!((c.0.as_str(), c.1.as_str()), ("", "said"));
}

#[test]
fn nouns_and_names_are_not_cues() {
    assert!(claims("His claims were never tested in court.").is_empty());
    assert!(claims("She read the Post every morning.").is_empty());
}

#[test]
fn unbalanced_quote_does_not_swallow_the_article() {
    let t = "He said: \"this is never closed.\n\nThe next paragraph is plain narrative text.";
    let c = claims(t);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].2, "this is never closed.");
}

#[test]
fn pronoun_and_back_reference_resolve_to_earlier_speakers() {
    let t = "Ann Lee said the plan was ready. She said it would start soon. The Harbour Board said costs rose. The statement said more was needed.";
    let d = Doc::new(t);
    let ents = vec![
        Entity {
            span: Span::new(0, 7),
            kind: EntityKind::Person,
            canonical: None,
        },
        Entity {
            span: Span::new(t.find("Harbour").unwrap(), t.find(" said costs").unwrap()),
            kind: EntityKind::Organization,
            canonical: None,
        },
    ];
    let c = find(&d, &ents);
    let by_speaker = |s: &str| {
        c.iter()
            .find(|x| x.speaker.map(|p| p.slice(t)) == Some(s))
            .and_then(|x| x.speaker_entity)
    };
    assert_eq!(by_speaker("Ann Lee"), Some(0));
    assert_eq!(by_speaker("She"), Some(0));
    assert_eq!(by_speaker("The Harbour Board"), Some(1));
    assert_eq!(by_speaker("The statement"), Some(1));
}

#[test]
fn split_quote_with_inverted_cue_is_one_claim() {
    let t = "\"We can win,\" said Sanders. \"Where is he.\"";
    let c = one(t);
    assert_eq!((c.0.as_str(), c.1.as_str()), ("Sanders", "said"));
    assert!(c.2.ends_with("Where is he."), "{c:?}");
}

#[test]
fn title_case_headline_cue() {
    assert_eq!(
        one("Harbour Board Says Ferry Fares Will Rise"),
        triple("Harbour Board", "Says", "Ferry Fares Will Rise")
    );
}

#[test]
fn name_and_colon_at_paragraph_start() {
    assert_eq!(
        one("Okafor: The committee was misled from the start."),
        triple("Okafor", ":", "The committee was misled from the start")
    );
    assert!(claims("Update: The road has reopened to traffic.").is_empty());
    // A running news digest's label is no speaker: the headline's own cue is.
    assert_eq!(
        claims("The Latest: Mayor Tolvane urges residents to save water."),
        vec![triple("Mayor Tolvane", "urges", "residents to save water")]
    );
}

/// An interview transcript: one capitalised name per turn is a speaker once
/// two different names take turns, quoted paragraph by paragraph or not; a
/// lone "BYLINE:" or a repeated label is not.
#[test]
fn one_capitalised_name_per_turn_in_a_transcript() {
    let t = "Partial transcript:\n\n\"ODELL: Will the ferry run this winter?\n\n\"MARSH: It will run twice a day, I promise you that.";
    assert_eq!(
        claims(t),
        vec![
            triple("ODELL", ":", "Will the ferry run this winter"),
            triple("MARSH", ":", "It will run twice a day, I promise you that")
        ]
    );
    assert!(claims("BYLINE: Ann Ode.\n\nThe ferry runs twice a day in winter.").is_empty());
    assert!(claims("EXCLUSIVE: Ferry fares rise.\n\nUPDATE: The ferry runs again.").is_empty());
}

/// A participle after a clause that opens with an adverbial and no comma
/// takes the pronoun after the adverbial as its speaker.
#[test]
fn a_participle_after_an_opening_adverbial_without_a_comma() {
    assert_eq!(
        one("Then she turned on the harbour board, calling its plan a scandal."),
        triple("she", "calling", "its plan a scandal")
    );
    assert_eq!(
        one("By Friday evening he had cancelled the ferry trip, citing the storm."),
        triple("he", "citing", "the storm")
    );
}

/// A sentence opening with a participle and an auxiliary is a clause, the
/// content of "..., X said in ...", not an introductory phrase.
#[test]
fn a_participle_clause_before_the_speaker_is_the_content() {
    assert_eq!(
        one("Rising tides could flood the old harbour, Mayor Ode said in an interview."),
        triple(
            "Mayor Ode",
            "said",
            "Rising tides could flood the old harbour"
        )
    );
}

/// A speaker phrase may end in an abbreviation's full stop: a dotted
/// acronym or a title.
#[test]
fn a_speaker_ending_in_a_dotted_acronym() {
    assert_eq!(
        one("The F.A.A. has said the runway was safe."),
        triple("The F.A.A", "said", "the runway was safe")
    );
    assert_eq!(
        one("Tom Ode Jr. said the ferry was late again."),
        triple("Tom Ode Jr", "said", "the ferry was late again")
    );
}

/// "Most of them", "two of us": a part of a group is a speaker.
#[test]
fn a_part_of_a_group_as_speaker() {
    assert_eq!(
        one("Most of them said the ferry had never been late."),
        triple("Most of them", "said", "the ferry had never been late")
    );
    assert_eq!(
        one("Two of us wrote that the toll was too high."),
        triple("Two of us", "wrote", "the toll was too high")
    );
}

#[test]
fn appositive_between_quote_and_cue() {
    assert_eq!(
        one("\"We were wrong from the start,\" Lena Ortiz, 58, told the radio station."),
        triple("Lena Ortiz", "told", "We were wrong from the start,")
    );
}

#[test]
fn asked_at_the_start_of_a_sentence_is_the_question() {
    let c = claims("Asked about the closure, the mayor said the decision was final.");
    assert!(
        c.contains(&triple("", "Asked", "about the closure")),
        "{c:?}"
    );
    assert!(
        c.contains(&triple("the mayor", "said", "the decision was final")),
        "{c:?}"
    );
}

#[test]
fn percentages_and_dash_appositives_as_speakers() {
    assert_eq!(
        one("In the survey, 47% say the economy is the main issue."),
        triple("47%", "say", "the economy is the main issue")
    );
    assert_eq!(
        one("Jo Park — a nurse from the valley — says the ward is understaffed."),
        triple("Jo Park", "says", "the ward is understaffed")
    );
}

#[test]
fn a_participle_after_by_or_while_takes_the_clause_subject() {
    assert_eq!(
        one("The union ended the strike on Friday by saying that talks had resumed."),
        triple("The union", "saying", "talks had resumed")
    );
}

#[test]
fn an_age_and_a_relative_clause_before_the_cue() {
    assert_eq!(
        one("Nora Diaz, 58, who lives outside the city, says the buses never run on time."),
        triple("Nora Diaz", "says", "the buses never run on time")
    );
}

#[test]
fn a_noun_cue_before_a_colon_is_skipped_for_the_verb() {
    let c =
        one("The mayor hit back, saying in a post on social media: \"We will not be bullied.\"");
    assert_eq!((c.0.as_str(), c.1.as_str()), ("The mayor", "saying"));
}

#[test]
fn progressive_and_asked_passive() {
    assert_eq!(
        one("The council was calling for a full inquiry into the fire."),
        triple("The council", "calling for", "a full inquiry into the fire")
    );
    assert_eq!(
        one("In the interview he was asked whether he would run again."),
        triple("", "asked", "whether he would run again")
    );
}

#[test]
fn inverted_speaker_with_a_relative_clause() {
    let c = one("\"We saw nothing,\" said a guard who works nights.");
    assert_eq!(
        (c.0.as_str(), c.1.as_str(), c.2.as_str()),
        ("a guard", "said", "We saw nothing,")
    );
}

#[test]
fn a_time_phrase_between_speaker_and_cue() {
    assert_eq!(
        one("The governor on Wednesday said the budget would be cut."),
        triple("The governor", "said", "the budget would be cut")
    );
}

#[test]
fn quote_with_a_long_speaker_after_it() {
    assert_eq!(
        one("\"The pier is unsafe,\" said county engineer Mara Voss, frustrated by the delays."),
        triple("county engineer Mara Voss", "said", "The pier is unsafe,")
    );
    assert_eq!(
        one("\"We will appeal,\" Paul Brandt Jr., the firm's lawyer, said on Friday."),
        triple("Paul Brandt Jr", "said", "We will appeal,")
    );
    assert_eq!(
        one("\"Rates will rise,\" Harbour board chair Ines Lowe told reporters."),
        triple("Harbour board chair Ines Lowe", "told", "Rates will rise,")
    );
}

#[test]
fn a_stance_verb_takes_its_object_as_content() {
    assert_eq!(
        one("The union endorsed Maria Lopez last week."),
        triple("The union", "endorsed", "Maria Lopez")
    );
    assert_eq!(
        one("Most growers are backing Tom Reyes because of the water plan."),
        triple("Most growers", "backing", "Tom Reyes")
    );
    assert!(claims("The council backed away from the plan.").is_empty());
}

#[test]
fn verbs_of_depiction_and_instruction_are_cues() {
    assert_eq!(
        one("The governor ordered a review of the ferry contracts."),
        triple("The governor", "ordered", "a review of the ferry contracts")
    );
    assert_eq!(
        one("Tom Reyes portrayed the plan as a gift to developers."),
        triple("Tom Reyes", "portrayed", "the plan as a gift to developers")
    );
    assert_eq!(
        one("The union encouraged members to vote early."),
        triple("The union", "encouraged", "members to vote early")
    );
}

#[test]
fn a_noun_cue_takes_the_clause_subject_as_speaker() {
    assert_eq!(
        one("The mayor made a firm promise to fix the roads before winter."),
        triple("The mayor", "promise", "to fix the roads before winter")
    );
}

#[test]
fn a_participle_after_an_object_takes_the_clause_subject() {
    let c = claims("The airline sent an email saying the flight was cancelled.");
    assert!(
        c.contains(&triple("The airline", "saying", "the flight was cancelled")),
        "{c:?}"
    );
    let c = claims(
        "Ann Ode, the union's lawyer, issued a statement on Monday, saying the strike would go on.",
    );
    assert!(
        c.contains(&triple("Ann Ode", "saying", "the strike would go on")),
        "{c:?}"
    );
}

#[test]
fn according_to_a_survey_by_someone() {
    assert_eq!(
        one("Prices rose sharply last year, according to a survey by the Retail Council."),
        triple(
            "a survey by the Retail Council",
            "according to",
            "Prices rose sharply last year"
        )
    );
}

#[test]
fn transcript_lines_and_round_up_names() {
    assert_eq!(
        one("Q: Will the ferry run again next summer?"),
        triple("Q", ":", "Will the ferry run again next summer")
    );
    assert_eq!(
        one("LENA ORTIZ: Nobody came to fix the roof."),
        triple("LENA ORTIZ", ":", "Nobody came to fix the roof")
    );
    assert_eq!(
        one("Turnout was low - Ann Ode: \"Nobody wanted to queue in the rain.\""),
        triple("Ann Ode", ":", "\"Nobody wanted to queue in the rain.\"")
    );
    assert!(claims("BREAKING: The bridge has reopened to traffic.").is_empty());
}

#[test]
fn a_quote_starting_mid_sentence_takes_the_sentence_start() {
    assert_eq!(
        one("The new ward is \"a huge relief for us,\" the head nurse said."),
        triple(
            "the head nurse",
            "said",
            "The new ward is \"a huge relief for us,"
        )
    );
}

#[test]
fn content_ends_with_an_opening_subordinate_clause() {
    let c = claims("While most residents say the new road is useful, few drive on it.");
    assert_eq!(
        c,
        vec![triple("most residents", "say", "the new road is useful")]
    );
}

#[test]
fn a_participle_after_x_said_takes_x() {
    let c =
        claims("The two sides will meet next week, Ann Ode said, adding that talks were close.");
    assert!(
        c.contains(&triple("Ann Ode", "adding", "talks were close")),
        "{c:?}"
    );
}

#[test]
fn a_quote_after_x_said_adding_is_x_s() {
    let c = claims("\"We are close,\" Ann Ode said, adding, \"Talks resume tomorrow.\"");
    assert!(
        c.contains(&triple("Ann Ode", "adding", "Talks resume tomorrow.")),
        "{c:?}"
    );
}

#[test]
fn when_asked_is_a_question_without_a_speaker() {
    let c = claims("\"Of course,\" the coach said when asked whether the team would travel.");
    assert_eq!(
        c,
        vec![
            triple("the coach", "said", "Of course,"),
            triple("", "asked", "whether the team would travel")
        ]
    );
}

#[test]
fn idioms_with_say_are_not_claims() {
    assert!(claims("Fixing the roof is easier said than done this winter.").is_empty());
    assert!(claims("It is safe to say the fair was a success this year.").is_empty());
    assert!(claims("Suffice it to say the bridge is closed again.").is_empty());
    // A supposition, not anyone's words.
    assert!(claims("Let's say a new boiler will cost $900 next winter.").is_empty());
    assert!(claims("Let’s say the ferry runs twice a day.").is_empty());
}

#[test]
fn a_passive_with_by_names_the_speaker() {
    assert_eq!(
        one("The new budget was backed by most council members."),
        triple("most council members", "backed", "The new budget")
    );
    assert_eq!(
        one("It was reported by the local paper that the mill would close."),
        triple("the local paper", "reported", "the mill would close")
    );
}

#[test]
fn a_quote_speaker_with_a_lower_case_head() {
    assert_eq!(
        one("\"We must act,\" the former Labour party leader told reporters."),
        triple("the former Labour party leader", "told", "We must act,")
    );
    assert_eq!(
        one("\"We must act,\" said the Green party candidate."),
        triple("the Green party candidate", "said", "We must act,")
    );
}

#[test]
fn a_quote_then_a_longer_speaker_phrase_and_its_cue() {
    assert_eq!(
        one("\"The facts have not changed,\" a spokesman for the harbour board said."),
        triple(
            "a spokesman for the harbour board",
            "said",
            "The facts have not changed,"
        )
    );
    assert_eq!(
        one("\"They should be held to account,\" Sen. Ann Ode (D-Ore.) said Tuesday."),
        triple(
            "Sen. Ann Ode (D-Ore.)",
            "said",
            "They should be held to account,"
        )
    );
}

#[test]
fn a_verb_after_a_pronoun_or_an_auxiliary_is_not_the_speaker() {
    let c = one("She went on to say the budget was too small.");
    assert_eq!((c.0.as_str(), c.1.as_str()), ("She", "say"));
    let c = one("The farmers' union has twice complained that the rules are unfair.");
    assert_eq!(c.0, "The farmers' union");
    let c = one("Several mayors have begun urging the council to act.");
    assert_eq!(c.0, "Several mayors");
    // An object pronoun before the subject is not taken: "who he said".
    let c = claims("She thanked the nurses, who she said had worked all night.");
    assert!(c.iter().any(|x| x.0 == "she" && x.1 == "said"), "{c:?}");
}

#[test]
fn an_introductory_phrase_before_the_speaker_is_not_the_content() {
    assert_eq!(
        one("In the coming weeks, the governor vowed to close the old mine."),
        triple("the governor", "vowed", "to close the old mine")
    );
    assert_eq!(
        one("Last spring, the committee called on the bank to cut its fees."),
        triple("the committee", "called", "on the bank to cut its fees")
    );
    // A clause before the speaker is still the content.
    assert_eq!(
        one("The new bridge is far too costly, the mayor said on Friday."),
        triple("the mayor", "said", "The new bridge is far too costly")
    );
}

#[test]
fn a_participle_takes_the_subject_after_an_opening_clause() {
    let c =
        claims("As the results came in, the senator gave a short speech, predicting a win in May.");
    assert!(
        c.iter()
            .any(|x| x.0 == "the senator" && x.1 == "predicting"),
        "{c:?}"
    );
    let c =
        claims("It's a long shot, but the mayor was in town on Monday, urging voters to turn out.");
    assert!(
        c.iter().any(|x| x.0 == "the mayor" && x.1 == "urging"),
        "{c:?}"
    );
}

#[test]
fn a_participle_after_a_comma_is_not_an_inverted_cue() {
    let c = claims("\"We will win this,\" Ann Ode said, citing strong early turnout.");
    assert!(c.iter().all(|x| x.0 != "strong early turnout"), "{c:?}");
    assert!(c.iter().any(|x| x.0 == "Ann Ode" && x.1 == "said"), "{c:?}");
}

#[test]
fn a_relative_clause_or_an_opening_phrase_ends_the_content_at_its_comma() {
    let c = claims("Ann Ode, who said the new tax was unfair, voted for it anyway.");
    assert!(
        c.iter()
            .any(|x| x.0 == "who" && x.2 == "the new tax was unfair"),
        "{c:?}"
    );
    let c = claims("Despite the builder's claims that the tower is safe, many tenants moved out.");
    assert!(c.iter().any(|x| x.2 == "the tower is safe"), "{c:?}");
}

#[test]
fn a_comma_and_but_end_the_reported_content() {
    let c = one("The mayor said the bridge would open in May, but the builders were less sure.");
    assert_eq!(c.2, "the bridge would open in May");
}

#[test]
fn adverbial_phrase_before_cue_is_not_the_speaker() {
    let c = one("The mayor at the time said the bridge would reopen in spring.");
    assert_eq!(c.0, "The mayor");
    let c = one("Local critics have in particular warned that the levy will hurt farmers.");
    assert_eq!(c.0, "Local critics");
    let c = one("Dana, who has in the past argued that rents are too high, spoke on Monday.");
    assert_eq!(c.0, "who");
}

#[test]
fn participle_after_a_prepositional_object_takes_the_clause_subject() {
    let c =
        one("The governor made an appeal to rural voters saying the new road will be built soon.");
    assert_eq!(c.0, "The governor");
}

#[test]
fn participle_after_role_noun_to_object_keeps_the_phrase() {
    // (A content of more than eight words: a shorter one nested in the
    // critics' content is dropped, see drop_minor_nested.)
    let c = claims(
        "Critics pointed to an aide to the mayor admitting that the budget was \
         short by several million over the last two years.",
    );
    let c = c.iter().find(|c| c.1 == "admitting").unwrap();
    assert_eq!(c.0, "the mayor");
}

#[test]
fn worried_after_be_keeps_its_subject() {
    let c = one("Dairy farmers are worried that the new tariff will close their markets.");
    assert_eq!(c.0, "Dairy farmers");
    assert_eq!(c.2, "the new tariff will close their markets");
}

#[test]
fn a_participle_after_a_nested_claim_takes_the_outer_speaker() {
    let c = claims("On Sunday, she defended Tom Ames's views on trade, saying the deal was fair.");
    assert!(
        c.contains(&triple("she", "saying", "the deal was fair")),
        "{c:?}"
    );
}

#[test]
fn a_participle_skips_an_opening_time_phrase() {
    let c = claims("Hours later, Ann Ode returned the favour to Tom Ames, telling reporters, \"He is a good man.\"");
    assert!(
        c.contains(&triple("Ann Ode", "telling", "He is a good man.")),
        "{c:?}"
    );
}

#[test]
fn a_participle_skips_a_possessive_before_a_noun_cue() {
    let c = claims(
        "Tom Ames hardly helped, treating Ann Ode's remark first as a compliment -- ''That is fine'' -- and, when pressed, asserting, ''Of course, I pay my taxes.''",
    );
    assert!(
        c.contains(&triple(
            "Tom Ames",
            "asserting",
            "Of course, I pay my taxes."
        )),
        "{c:?}"
    );
}

#[test]
fn a_participle_after_an_object_takes_the_subject_of_its_verb() {
    let c = claims("The Ode campaign sent a fundraising email Wednesday saying that the polls show a tight race.");
    assert!(
        c.contains(&triple(
            "The Ode campaign",
            "saying",
            "the polls show a tight race"
        )),
        "{c:?}"
    );
    let c = claims("In late May, a group of nurses with children in local schools sent a letter to the board urging them to reconsider.");
    assert!(
        c.contains(&triple("a group of nurses", "urging", "them to reconsider")),
        "{c:?}"
    );
    let c = claims(
        "The Springfield City Council on Wednesday approved a resolution condemning the plan.",
    );
    assert!(
        c.contains(&triple(
            "The Springfield City Council",
            "condemning",
            "the plan"
        )),
        "{c:?}"
    );
}

#[test]
fn a_participle_after_a_verb_phrase_takes_the_clause_subject() {
    let c = claims("Ann Ode, the teacher who has mounted a challenge to the mayor, has drawn huge crowds describing a city run by developers.");
    assert!(
        c.contains(&triple("Ann Ode", "describing", "a city run by developers")),
        "{c:?}"
    );
}

#[test]
fn a_second_verb_takes_a_subject_with_a_prepositional_phrase() {
    assert_eq!(
        one("A reporter for the Ode Gazette spotted Ann Ames and her press secretary and reported her presence on the radio."),
        triple(
            "A reporter for the Ode Gazette",
            "reported",
            "her presence on the radio"
        )
    );
}

#[test]
fn a_participle_after_a_lone_verb_takes_the_subject_before_it() {
    assert_eq!(
        one("In their report they could not resist pointing out that every shooting was not a homicide."),
        triple(
            "they",
            "pointing out",
            "every shooting was not a homicide"
        )
    );
}

#[test]
fn a_participle_after_a_cue_and_its_adverbial_takes_the_cue_s_speaker() {
    let c = claims("\"We will get there,\" she said at a recent news conference announcing that her office was suing the state.");
    assert!(
        c.contains(&triple(
            "she",
            "announcing",
            "her office was suing the state"
        )),
        "{c:?}"
    );
}

#[test]
fn a_cue_after_a_relative_clause_s_object_takes_the_clause_s_head() {
    assert_eq!(
        one("One of the doctors who signed the letter called him a fraud."),
        triple("the doctors", "called", "him a fraud")
    );
}

#[test]
fn a_relative_pronoun_speaker_keeps_the_content_after_its_cue() {
    assert_eq!(
        one("Most of the push came from the two biggest ports, which together vowed to cut emissions by half."),
        triple("which", "vowed", "to cut emissions by half")
    );
    assert_eq!(
        one("The money went to the council, which vowed on Monday to rebuild the bridge."),
        triple("which", "vowed", "on Monday to rebuild the bridge")
    );
}

#[test]
fn a_cue_after_a_relative_clause_takes_the_phrase_the_clause_belongs_to() {
    assert_eq!(
        one("Farmers who grow barley warned on Monday that prices would fall."),
        triple("Farmers", "warned", "prices would fall")
    );
    // The relative clause's own cue keeps "who".
    let c = claims("The money went to growers who said the rain came too late.");
    assert!(c.iter().any(|t| t.0 == "who" && t.1 == "said"), "{c:?}");
}

#[test]
fn a_participle_skips_a_speaker_inside_an_embedded_question() {
    let t = "The mayor has given no details about how she planned to fund the bridge, saying only that she was reviewing the budget.";
    let c = claims(t);
    let saying = c.iter().find(|x| x.1 == "saying").expect("a saying claim");
    assert!(saying.0.starts_with("The mayor"), "{c:?}");
}

#[test]
fn a_name_between_commas_after_a_description_is_the_speaker() {
    assert_eq!(
        one("A local teacher, Ann Ode, said the plan was fair."),
        triple("Ann Ode", "said", "the plan was fair")
    );
    // A description after a name leaves the name.
    assert_eq!(
        one("Tom Ode, the union's lawyer, said the plan was fair."),
        triple("Tom Ode", "said", "the plan was fair")
    );
}

#[test]
fn a_relative_clause_with_commas_of_its_own_leaves_its_head_as_the_speaker() {
    assert_eq!(
        one("Ann Ode, who grew up in Leeds, England, in the 1990s, said the plan was fair."),
        triple("Ann Ode", "said", "the plan was fair")
    );
}

#[test]
fn verbs_of_rebuke_and_comparison_are_cues() {
    assert_eq!(
        one("The harbour board chided the ferry operators for the delays."),
        triple(
            "The harbour board",
            "chided",
            "the ferry operators for the delays"
        )
    );
    assert_eq!(
        one("Ann Ode likened the new toll to a tax on commuters."),
        triple("Ann Ode", "likened", "the new toll to a tax on commuters")
    );
    assert_eq!(
        one("The mayor bemoaned the lack of housing near the docks."),
        triple(
            "The mayor",
            "bemoaned",
            "the lack of housing near the docks"
        )
    );
    assert_eq!(
        claims("He interjected that the vote was never held.")[0].1,
        "interjected"
    );
    assert_eq!(
        one("The governor laid out a plan to rebuild the pier."),
        triple("The governor", "laid out", "a plan to rebuild the pier")
    );
    assert_eq!(
        one("The minister credited the volunteers with saving the pier."),
        triple(
            "The minister",
            "credited",
            "the volunteers with saving the pier"
        )
    );
    assert_eq!(
        one("Ann Ode alluded to a deal with the ferry company."),
        triple("Ann Ode", "alluded", "to a deal with the ferry company")
    );
}

#[test]
fn a_seem_or_appear_claim_takes_its_subject_into_the_content() {
    let c = claims("The new figures appear to be wrong, and few trust them.");
    assert!(
        c.iter()
            .any(|x| x.2.starts_with("The new figures appear to be wrong")),
        "{c:?}"
    );
    // No panic when the verb ends the text.
    for t in ["They seem", "They seem to", "The plan appears"] {
        claims(t);
    }
    // Other cues keep the content after them.
    let c = one("Ann Ode wants to close the old bridge.");
    assert_eq!(c.2, "to close the old bridge");
}

#[test]
fn a_participle_after_a_quote_inside_a_sentence_is_the_sentence_s() {
    let t = "Ann Ode praised the \"quiet courage,\" saying the town had done well.";
    let c = claims(t);
    assert!(
        c.iter()
            .any(|x| x.0 == "Ann Ode" && x.1 == "saying" && x.2 == "the town had done well"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|x| x.1 == "praised" && x.2.ends_with("courage,\"")),
        "{c:?}"
    );
    // A full quote before the participle keeps it as its attribution.
    let c = claims("\"We will win,\" Ann Ode said, adding that the vote was close.");
    assert!(
        c.iter().any(|x| x.0 == "Ann Ode" && x.2 == "We will win,"),
        "{c:?}"
    );
}

#[test]
fn a_clause_before_a_closing_x_said_is_the_content() {
    assert_eq!(
        one("This has been a worry for the harbour all year, Ann Ode said."),
        triple(
            "Ann Ode",
            "said",
            "This has been a worry for the harbour all year"
        )
    );
    assert_eq!(
        one("Seeing the flood up close changed her mind, she said."),
        triple("she", "said", "Seeing the flood up close changed her mind")
    );
    // An introductory phrase is still no content.
    assert!(claims("In a speech last July, she said.").is_empty());
    assert!(claims("This week, she said.").is_empty());
}

#[test]
fn a_sentence_marked_reportedly_is_a_claim_without_a_speaker() {
    let t = "The harbour board is reportedly buying a second ferry for the line.";
    let d = Doc::new(t);
    let c = find(&d, &[]);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].speaker.is_none());
    assert_eq!(c[0].cue.slice(t), "reportedly");
    assert_eq!(
        c[0].content.slice(t),
        "The harbour board is reportedly buying a second ferry for the line"
    );
    // A sentence with a claim of its own keeps only that one.
    assert_eq!(
        claims("Ann Ode said the board is reportedly buying a second ferry.").len(),
        1
    );
}

#[test]
fn a_named_subject_before_a_long_appositive_is_the_speaker() {
    assert_eq!(
        one("Ann Ode, a ferry pilot from Corvallo, Ore., who has worked the harbour crossing for two decades and trains the new crews, said the new schedule would fail."),
        triple("Ann Ode", "said", "the new schedule would fail")
    );
    assert_eq!(
        one("Ann Ode -- who ran the harbour board for a decade before the merger -- said the ferry would sail."),
        triple("Ann Ode", "said", "the ferry would sail")
    );
}

#[test]
fn relative_clause_stays_unless_after_a_name_or_with_a_cue_of_its_own() {
    // A plain relative clause belongs to the reported content.
    assert_eq!(
        one("Ann Ode said the council would raise the ferry fares, which would hurt commuters."),
        triple(
            "Ann Ode",
            "said",
            "the council would raise the ferry fares, which would hurt commuters"
        )
    );
    // After a name it is an aside about that person.
    assert_eq!(
        one("Ann Ode praised the harbour master Tom Reyes, who runs the night ferry."),
        triple("Ann Ode", "praised", "the harbour master Tom Reyes")
    );
    // With a cue of its own it is another claim.
    let c = claims("Ann Ode criticised the ferry fares, which she said would hurt commuters.");
    assert_eq!(c[0], triple("Ann Ode", "criticised", "the ferry fares"));
    assert_eq!(
        c[1],
        triple("she", "said", "which she said would hurt commuters")
    );
}

#[test]
fn a_cue_in_a_relative_clause_has_content_from_the_pronoun() {
    let c =
        claims("The board thanked the ferry crews, whom the mayor called the best in the state.");
    assert!(
        c.contains(&triple(
            "the mayor",
            "called",
            "whom the mayor called the best in the state"
        )),
        "{c:?}"
    );
    // Not after a preposition: "in which" opens no content.
    let c = one("The bridge in which the engineers found cracks will close.");
    assert_eq!((c.0.as_str(), c.1.as_str()), ("the engineers", "found"));
    assert!(c.2.starts_with("cracks"), "{c:?}");
}

#[test]
fn infinitive_after_the_cue_is_the_content_not_an_adverbial() {
    assert_eq!(
        one("The firm was fined twice by the regulator, and near the end of the year, the company agreed to pay the fine."),
        triple("the company", "agreed", "to pay the fine")
    );
    // "to" and a listener stays an adverbial: the content is before.
    assert_eq!(
        one("The ferry will run all winter, and after the storm, the captain said to reporters."),
        triple(
            "the captain",
            "said",
            "The ferry will run all winter, and after the storm"
        )
    );
}

#[test]
fn a_named_subject_and_its_appositive_before_the_cue_are_no_content() {
    let c = one("Ann Ode, the harbour master of Corvallo, voiced her disapproval of the schedule.");
    assert_eq!(
        (c.1.as_str(), c.2.as_str()),
        ("voiced", "her disapproval of the schedule")
    );
}

#[test]
fn a_split_quote_goes_on_after_a_comma_and_and() {
    assert_eq!(
        one("\"The ferry must run on time,\" she said, and \"nobody should wait an hour.\""),
        triple(
            "she",
            "said",
            "The ferry must run on time,\" she said, and \"nobody should wait an hour."
        )
    );
}

#[test]
fn a_name_and_an_aside_before_a_cue_are_its_subject_not_inverted_content() {
    // "Name, aside, urged X," is no "..., said X," with X the speaker.
    assert_eq!(
        claims("Tom Ames, the harbour board's lawyer, urged a strong stand, saying the ferry would fail.")[0],
        triple("Tom Ames", "urged", "a strong stand")
    );
    // The inverted form itself stays.
    assert_eq!(
        one("The ferry will fail, warned Tom Ames, a lawyer."),
        triple("Tom Ames", "warned", "The ferry will fail")
    );
    // A participle opening the sentence is no name.
    let c = claims("Sounding keenly aware of how rural ferry riders, mostly in winter, view his shaky record, Tom Ames said on Friday that the ferry will fail.");
    assert!(c.iter().all(|c| !c.0.starts_with("Sounding")), "{c:?}");
}

#[test]
fn a_name_and_a_relative_clause_aside_before_a_cue_are_its_subject() {
    // The aside is a relative clause (not an appositive): the name opening
    // the sentence is still the subject, not the content of "..., said X".
    assert_eq!(
        one("The Ode Institute, which tracks ferry fares, criticized the plan."),
        triple("The Ode Institute", "criticized", "the plan")
    );
    assert_eq!(
        one("Several local leaders, including Tom Ames and Ann Ode, criticized the plan."),
        triple("Several local leaders", "criticized", "the plan")
    );
}

#[test]
fn a_participle_after_a_quote_closed_by_its_comma_takes_the_clause_subject() {
    let c = claims("Tom Ames said the board was \"a disgrace,\" adding, \"It has to go.\"");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1], triple("Tom Ames", "adding", "It has to go."));
    let c = claims("In the email, Ann Ode called the move a “breach of trust,” adding: “I am informing all of our members.”");
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Ann Ode"), "{c:?}");
}

#[test]
fn a_cue_after_began_or_went_on_to_takes_that_verbs_subject() {
    assert_eq!(
        one("The mayor closed the pier and began talking about what would happen next."),
        triple("The mayor", "talking", "about what would happen next")
    );
    assert_eq!(
        claims("Ann Ode joked about the ferry, but went on to say that the harbour is unsafe.")
            .last()
            .map(|c| c.0.clone()),
        Some("Ann Ode".to_string())
    );
    assert_eq!(
        one("Since the vote, the board has all but stopped supporting the ferry line.").0,
        "the board"
    );
}

#[test]
fn a_full_stop_inside_a_party_and_state_bracket_ends_no_sentence() {
    assert_eq!(
        one("Rep. Tom Ames (D-N.Y.) said the ferry would fail."),
        triple("Rep. Tom Ames", "said", "the ferry would fail")
    );
    // A sentence that ends before a bracket still ends.
    assert_eq!(
        claims("Ann Ode said the plan was dead. (Her aide denied it.)").len(),
        2
    );
}

#[test]
fn a_phrase_after_a_preposition_before_the_cue_is_no_subject_the_opening_name_is() {
    assert_eq!(
        claims("Sen. Tom Ames, facing a spirited challenge in Ohio, a swing state, said he would welcome the plan.")[0],
        triple("Sen. Tom Ames", "said", "he would welcome the plan")
    );
    assert_eq!(
        one("Tom Ames, the editor of the city's official newspaper, The Daily Ode, said every mayor was political.").0,
        "Tom Ames"
    );
    // A sentence opening with a preposition has no such name.
    assert_eq!(
        one("In Ohio, the other candidate, Ann Ode, said the plan was fair.").0,
        "Ann Ode"
    );
}

#[test]
fn a_participle_after_a_verbs_object_takes_a_pronoun_subject_of_that_verb() {
    assert_eq!(
        one("Later that night she sent an email saying the deal was done."),
        triple("she", "saying", "the deal was done")
    );
}

#[test]
fn a_time_phrase_with_a_plural_unit_before_a_comma_is_no_subject() {
    assert_eq!(
        one("Two weeks later, the mayor changed course, saying the ferry would stay."),
        triple("the mayor", "saying", "the ferry would stay")
    );
}

#[test]
fn a_run_of_nested_cues_stays_proportional() {
    // Each cue nests its content, to the sentence end, in the last one's
    // (the tail keeps each content too long for drop_minor_nested).
    let t = "Ann Ode said Bo Lee denied Cy Fox claimed Di Ray told Ed Roe \
             that Flo Kim denied Gus Hale said Hal Ito denied it at the long \
             harbour meeting in the old town hall last week.";
    let d = Doc::new(t);
    let cs = find(&d, &[]);
    assert_eq!(cs.len(), MAX_NESTING, "{:?}", claims(t));
    assert_eq!(cs[0].speaker.map(|s| s.slice(t)), Some("Ann Ode"));
    let covered: usize = cs.iter().map(|c| c.content.len()).sum();
    assert!(covered <= MAX_NESTING * t.len(), "{covered}");
}

#[test]
fn a_short_claim_nested_in_a_longer_reported_one_is_dropped() {
    // "hopes" inside the mayor's words is part of them, not a claim.
    assert_eq!(
        claims("The mayor said the union's hopes for reform had faded."),
        vec![triple(
            "The mayor",
            "said",
            "the union's hopes for reform had faded"
        )]
    );
    // A nested claim that makes up most of the outer content stays.
    assert_eq!(
        claims("The mayor said he saw no need to change the plan."),
        vec![
            triple("The mayor", "said", "he saw no need to change the plan"),
            triple("he", "saw", "no need to change the plan"),
        ]
    );
    // So does a longer one.
    assert_eq!(
        claims(
            "Ann Ode said on Monday at the harbour that the union's hopes for \
             the new ferry plan had faded over the long winter months."
        )[1],
        triple(
            "the union's",
            "hopes",
            "for the new ferry plan had faded over the long winter months"
        )
    );
}

#[test]
fn a_from_phrase_after_a_cue_names_a_source_or_place_not_content() {
    assert_eq!(
        claims("The mayor has won broad praise from the dock unions."),
        vec![]
    );
    assert_eq!(claims("Ann Ode reported from the harbour in Oslo."), vec![]);
    // "from" later in the content is no matter.
    assert_eq!(
        one("Ann Ode said the ferry from Oslo would stop running."),
        triple("Ann Ode", "said", "the ferry from Oslo would stop running")
    );
    // Nor after "that".
    assert_eq!(
        one("Ann Ode said from the outset that the ferry would stop.").2,
        "the ferry would stop"
    );
}

#[test]
fn a_short_nested_accusation_stays() {
    assert_eq!(
        claims("The mayor said the council had accused him of lying."),
        vec![
            triple("The mayor", "said", "the council had accused him of lying"),
            triple("the council", "accused", "him of lying"),
        ]
    );
}

#[test]
fn a_content_around_its_own_attribution_drops_no_nested_claim() {
    // "A, X said, B" spans the whole sentence: "adding" is not inside the
    // words of another speaker.
    assert_eq!(
        claims("The ferry will stop next week, Ann Ode said, adding that talks failed."),
        vec![
            triple(
                "Ann Ode",
                "said",
                "The ferry will stop next week, Ann Ode said, adding that talks failed"
            ),
            triple("Ann Ode", "adding", "talks failed"),
        ]
    );
}

#[test]
fn bare_forms_read_mostly_as_nouns_are_no_cues() {
    // "remarks", "support", "release", "note" and "talk" were nouns far
    // more often than cues; their other forms stay.
    assert_eq!(
        claims("The mayor's remarks on the ferry angered the union."),
        vec![]
    );
    assert_eq!(
        one("Ann Ode supports the new ferry plan."),
        triple("Ann Ode", "supports", "the new ferry plan")
    );
    assert_eq!(
        one("Ann Ode noted that the ferry was late.").2,
        "the ferry was late"
    );
}

#[test]
fn an_aside_with_a_state_abbreviation_or_a_participle_keeps_the_opening_name() {
    assert_eq!(
        one("Ann Ode, D-Ore., a long-shot mayoral candidate, said the council is overselling the bridge."),
        triple("Ann Ode", "said", "the council is overselling the bridge")
    );
    assert_eq!(
        one("Ann Ode, D-Ore., speaking after the vote, said the council failed to act."),
        triple("Ann Ode", "said", "the council failed to act")
    );
}

#[test]
fn a_participle_takes_the_clause_subject_past_a_time_phrase_or_a_determiner() {
    assert_eq!(
        one("Ann Ode on Thursday stepped up her attacks on Jo Ames, saying he is weak on roads."),
        triple("Ann Ode", "saying", "he is weak on roads")
    );
    assert_eq!(
        one("Both parents sharpened their criticism of Mr. Ames, saying that he lacked the character to lead."),
        triple("Both parents", "saying", "he lacked the character to lead")
    );
    // "on" alone is no time phrase: "attacks on the council" is no subject.
    assert_eq!(
        one("Ann Ode stepped up attacks on the council, saying it was weak.").0,
        "Ann Ode"
    );
}

#[test]
fn a_headline_names_the_speaker_before_a_preposition_and_a_colon() {
    assert_eq!(
        one("Mayor Kowalczyk to Harbour Board: Ferry fares will rise.\n\nThe board met on Monday."),
        triple("Mayor Kowalczyk", ":", "Ferry fares will rise")
    );
    // Common words are a section heading, not a speaker; nor is a later paragraph.
    assert!(claims("Success on Climate: The board met on Monday.\n\nIt rained.").is_empty());
    assert!(
        claims("It rained.\n\nKowalczyk on Harbour Board: The board met on Monday.").is_empty()
    );
}

#[test]
fn a_participle_after_upon_or_after_a_quote_closed_by_two_marks_takes_the_subject() {
    assert_eq!(
        one("Ann Ode, herself a fan of the plan, drew boos upon saying, “The mayor heard the people.”"),
        triple("Ann Ode", "saying", "The mayor heard the people.")
    );
    let c = claims("She said she was thinking, ''This cannot be happening,'' adding, ''I had no words for it.''");
    assert!(
        c.contains(&triple("She", "adding", "I had no words for it.")),
        "{c:?}"
    );
}

#[test]
fn an_infinitive_cue_after_a_passive_takes_its_subject() {
    assert_eq!(
        one("Mr. Ames was prompted to say, ''I cannot believe how civil it is.''"),
        triple("Mr. Ames", "say", "I cannot believe how civil it is.")
    );
    // An expletive is no speaker.
    assert!(claims("It was expected to say little.")
        .iter()
        .all(|c| c.0 != "It"));
}

#[test]
fn a_long_speaker_phrase_between_the_last_comma_and_a_final_say_or_show() {
    assert_eq!(
        one("The fee was never paid, people close to the mayor say."),
        triple("people close to the mayor", "say", "The fee was never paid")
    );
    assert_eq!(
        one("Much of the money came from firms that no longer exist, campaign and corporate records show."),
        triple(
            "campaign and corporate records",
            "show",
            "Much of the money came from firms that no longer exist"
        )
    );
    // A clause after the comma is no speaker phrase.
    assert!(
        claims("The fee was paid, but nobody knows what the records show.")
            .iter()
            .all(|c| !c.0.starts_with("but"))
    );
}

#[test]
fn a_semicolon_after_a_final_cue_ends_the_attribution() {
    assert_eq!(
        one("To win, a candidate needs 40 percent of the vote, analysts say; in 2012, Ode got 27 percent."),
        triple(
            "analysts",
            "say",
            "To win, a candidate needs 40 percent of the vote"
        )
    );
}

#[test]
fn a_participle_opening_the_sentence_takes_the_subject_after_its_comma() {
    assert_eq!(
        claims("After saying he was nervous, the man stood up in the middle of the room.")[0],
        triple("the man", "saying", "he was nervous")
    );
    assert_eq!(
        claims("While saying that he does respect Ms. Ode, he continued to express doubts.")[0],
        triple("he", "saying", "he does respect Ms. Ode")
    );
    // "It" after the comma is an expletive, no speaker.
    assert!(
        claims("After saying the plan was late, it was hard to defend it.")
            .iter()
            .all(|c| c.1 != "saying")
    );
}

#[test]
fn three_words_after_a_colon_are_a_label_not_a_claim() {
    assert!(claims("Contributing: Lena Ortiz.").is_empty());
    assert!(claims("Okafor: A narrow win.").is_empty());
    // A quote after the colon is still the speaker's words.
    assert_eq!(
        one("Okafor: \"Nobody came.\""),
        triple("Okafor", ":", "\"Nobody came.\"")
    );
    // Four words make a headline's claim.
    assert_eq!(
        one("Okafor: Ferry fares will rise.").2,
        "Ferry fares will rise"
    );
}

#[test]
fn a_cue_in_another_sense_makes_no_claim() {
    for t in [
        "A plan backed by the dock unions failed in the vote.",
        "Ann Ode showed up at the harbour on Monday.",
        "The new fees will add up to a large sum.",
        "The storm added to the ferry's troubles.",
        "The council called off the vote.",
        "Ann Ode called in to a radio show on Monday.",
        "Ann Ode appeared on local television last night.",
        "Ann Ode spoke to reporters at the harbour.",
        "The mayor talked with voters for an hour.",
        "Well, you know, the ferry runs late.",
        "Ann Ode found herself in a tight race.",
        "The gains were showing in the polls by May.",
        "The council has a plan for the harbour.",
        "The charges against the pilot were dropped.",
    ] {
        assert!(claims(t).is_empty(), "{t:?} gave {:?}", claims(t));
    }
    // A report by someone is no one's claim; what it found is.
    assert_eq!(
        one("A report by the harbour board found nothing new.").1,
        "found"
    );
    // The attribution senses stay.
    assert_eq!(
        one("Ann Ode spoke about the new ferry fares.").2,
        "about the new ferry fares"
    );
    assert!(
        claims("Ann Ode responded by saying the fares were fair.").contains(&triple(
            "Ann Ode",
            "responded",
            "by saying the fares were fair"
        ))
    );
    assert_eq!(
        one("Ann Ode added that the fares were fair.").2,
        "the fares were fair"
    );
}

#[test]
fn a_relative_clause_inside_the_content_s_subject_stays_in_it() {
    // The clause closes with a comma and the verb goes on: all one content.
    assert_eq!(
        one("Tom Ames said that Ann Ode, who chairs the harbour board, still opposes the ferry plan.").2,
        "Ann Ode, who chairs the harbour board, still opposes the ferry plan"
    );
    // Without a closing comma nothing changes (two words: no aside cut).
    assert_eq!(
        one("Tom Ames praised Ann Ode, who chairs the harbour board.").2,
        "Ann Ode, who chairs the harbour board"
    );
    // After the closing comma a new clause starts: the aside still ends it.
    assert_eq!(
        claims("Tom Ames praised Ann Ode, who chairs the board, saying the ferry runs well.")[0],
        triple("Tom Ames", "praised", "Ann Ode, who chairs the board")
    );
}

#[test]
fn according_to_in_mid_sentence_ends_a_clause_before_it() {
    // A clause of its own before "according to X,": the tail is left out.
    assert_eq!(
        one("The ferry carried more passengers than ever last year, according to the harbour board, the most since 1990.").2,
        "The ferry carried more passengers than ever last year"
    );
    // A short opening phrase is no content of its own: the whole sentence.
    assert_eq!(
        one("Since last May, according to the harbour board, the ferry has carried more passengers.").2,
        "Since last May, according to the harbour board, the ferry has carried more passengers"
    );
}

#[test]
fn a_cue_in_a_relative_clause_ends_before_the_main_verb() {
    // The clause closes with a comma and the main clause's verb follows.
    let c = claims("Ann Ode, who calls the ferry plan a fraud, said she would vote against it.");
    assert!(
        c.contains(&triple("who", "calls", "the ferry plan a fraud")),
        "{c:?}"
    );
    // A scare quote closed by the comma keeps its marks.
    let c = claims("Tom Ames, who called the plan \"a scam,\" voted for it on Monday.");
    assert!(
        c.contains(&triple("who", "called", "the plan \"a scam,\"")),
        "{c:?}"
    );
    // A restrictive clause: no comma before the main verb.
    let c = claims("Residents who want to keep the ferry said the vote was rushed.");
    assert!(
        c.contains(&triple("who", "want", "to keep the ferry")),
        "{c:?}"
    );
    // A cue with a subject of its own stays in the content.
    let c = claims("Voters who believe anything he says are fools.");
    assert!(
        c.iter()
            .any(|t| t.1 == "believe" && t.2.starts_with("anything he says")),
        "{c:?}"
    );
}

#[test]
fn calls_pledges_and_seeking_in_another_sense() {
    for t in [
        "Ann Ode won 40 pledged delegates in the state.",
        "The roll call began at noon.",
        "Ann Ode held a call with reporters on Monday.",
        "Tom Ames is seeking the nomination for a second time.",
        "Tom Ames sought re-election in 2014.",
    ] {
        assert_eq!(claims(t), vec![], "{t:?}");
    }
    // The cues themselves still make claims.
    assert_eq!(
        one("Ann Ode pledged to keep the ferry running.").1,
        "pledged"
    );
    assert_eq!(one("Tom Ames is seeking to overturn the ban.").1, "seeking");
    assert_eq!(one("Unions call the plan a disgrace.").1, "call");
}

#[test]
fn a_noun_cue_after_a_medium_is_the_noun() {
    for t in [
        "A Facebook post after the speech drew replies.",
        "A series of Twitter posts Sunday drew replies.",
    ] {
        assert_eq!(claims(t), vec![], "{t:?}");
    }
    assert_eq!(
        one("Ann Ode posted on Twitter that the ferry was late.").1,
        "posted"
    );
}

#[test]
fn a_poll_after_in_is_the_source() {
    assert_eq!(
        one("Ann Ode leads Tom Ames by nine points in the latest harbour board poll."),
        triple(
            "the latest harbour board poll",
            "in",
            "Ann Ode leads Tom Ames by nine points"
        )
    );
    assert_eq!(
        one("In most surveys, the ferry is more popular than the bridge."),
        triple(
            "most surveys",
            "In",
            "the ferry is more popular than the bridge"
        )
    );
    // Only the last "in" before the poll: "in fourth" is no source.
    assert_eq!(
        one("Tom Ames remains mired in fourth in most polls.").0,
        "most polls"
    );
    // A sentence with a cue of its own keeps it; a poll mid-sentence is none.
    assert_eq!(
        one("Ann Ode, who leads in the polls, said the ferry would run.").1,
        "said"
    );
    assert_eq!(
        claims("In the polls taken last May the ferry plan led."),
        vec![]
    );
}

#[test]
fn a_headline_s_noun_cue_or_watchdog_is_its_source() {
    let t = "Report: Harbour Board to close the ferry in May\n\nThe board met on Monday.";
    assert_eq!(
        claims(t)[0],
        triple("Report", ":", "Harbour Board to close the ferry in May")
    );
    let t = "Harbour Watch: Board Hid Ferry Safety Records For Years\n\nThe board met.";
    assert_eq!(claims(t)[0].0, "Harbour Watch");
    // Labels stay labels.
    for t in [
        "Watch: the ferry leaves the harbour at dawn\n\nIt was late.",
        "Editor's note: this story was updated on Monday\n\nIt was late.",
    ] {
        assert_eq!(claims(t), vec![], "{t:?}");
    }
}

#[test]
fn a_one_word_opening_before_according_to_belongs_to_the_content() {
    assert_eq!(
        one("Ridership, according to the harbour board, has doubled since May.").2,
        "Ridership, according to the harbour board, has doubled since May"
    );
    assert_eq!(
        one("Now, according to the harbour board, the ferry runs at a loss.").2,
        "Now, according to the harbour board, the ferry runs at a loss"
    );
}

#[test]
fn a_comparison_or_a_dashed_participle_ends_the_content() {
    assert_eq!(
        claims(
            "Most riders say the ferry is late, compared with 40 percent who say so of the bus."
        )[0]
        .2,
        "the ferry is late"
    );
    assert_eq!(
        claims("Ann Ode said the ferry was late again - noting that it had been late all week.")[0],
        triple("Ann Ode", "said", "the ferry was late again")
    );
}

#[test]
fn a_last_appositive_on_the_clause_ends_the_content() {
    assert_eq!(
        claims("Ann Ode said fares would rise by a third, a bigger jump than any since 1990.")[0].2,
        "fares would rise by a third"
    );
    // On a name it belongs to the content.
    assert_eq!(
        claims("Ann Ode criticised Tom Ames, a former harbour master.")[0].2,
        "Tom Ames, a former harbour master"
    );
}

#[test]
fn told_reaches_past_a_long_listener_to_that() {
    assert_eq!(
        one("Ann Ode told customers at a breakfast spot in Ames, Iowa, on Monday that the ferry would run.").2,
        "the ferry would run"
    );
}

#[test]
fn the_occasion_at_the_end_is_no_part_of_the_content() {
    assert_eq!(
        one("Ann Ode said the ferry would run all winter in an interview on Saturday.").2,
        "the ferry would run all winter"
    );
    // Not one with a cue of its own, nor inside a quote.
    assert_eq!(
        claims("Ann Ode said the ferry would run in a statement Tom Ames wrote.")[0].2,
        "the ferry would run in a statement Tom Ames wrote"
    );
    assert_eq!(
        one("Ann Ode said: \"The ferry will run in an interview season.\"").2,
        "The ferry will run in an interview season."
    );
}
