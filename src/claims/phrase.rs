//! Noun phrases around a cue, without a parser: small closed word classes
//! (determiners, pronouns, prepositions, auxiliaries) decide where a speaker
//! phrase starts and ends.

use crate::wordlist::{WordSet, Words};

/// Determiners and possessives: a speaker phrase going left ends on one, included.
static DETERMINERS: WordSet = WordSet::new(
    "the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|several|both|\
    each|every|another|any|all|no|such|other|few|more",
);

/// Pronouns that can be a speaker on their own.
static SUBJECT_PRONOUNS: WordSet = WordSet::new("he|she|they|it|we|i|you|who|which");

/// Words that end a speaker phrase going left (not included): prepositions,
/// conjunctions, verbs of being, object pronouns, time words, sentence adverbs.
static STOPS: WordSet = WordSet::new(
    "in|on|at|to|for|with|from|by|about|over|under|after|before|during|since|than|as|into|\
    onto|upon|against|between|among|through|without|within|via|per|like|and|or|but|nor|so|\
    yet|because|although|though|while|when|where|if|unless|whether|is|was|are|were|be|been|\
    being|has|have|had|do|does|did|will|would|could|should|may|might|must|can|that|whom|\
    whose|what|not|also|him|them|me|us|then|now|meanwhile|however|still|instead|indeed|\
    moreover|furthermore|thus|there|here|today|yesterday|tonight|tomorrow|monday|tuesday|\
    wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|\
    september|october|november|december|last|earlier|later|ago|week|month|year|morning|\
    afternoon|evening|night|even|just|only|too|again|said|says|say|told|asked|added|recently|\
    once|never|always|often|already|first|finally|it's|let|let's",
);

/// Words that may stand between a speaker and the cue ("X has also said").
static BETWEEN: WordSet = WordSet::new(
    "has|have|had|will|would|could|should|may|might|must|can|also|previously|later|repeatedly|\
    then|recently|once|reportedly|publicly|privately|did|does|do|not|never|often|even|just|\
    already|still|again|further|first|initially|originally|both|all|himself|herself|\
    themselves|itself|now|had|long|always|ever|n't|yet|too|quickly|earlier",
);

/// Titles and abbreviations whose full stop stays inside a name ("Mr. Pence").
const ABBREV: Words = Words(
    "mr|mrs|ms|dr|sen|rep|gov|gen|lt|sgt|capt|jr|sr|rev|prof|st|col|maj|adm|pres|hon|u.s|u.k|\
    d.c",
);

/// Lower-case words ending in "ly" that are nouns, not adverbs.
const LY_NOUNS: Words = Words("family|ally|rally|assembly|supply|monopoly|anomaly|bully|homily");

/// Lower-case heads that may follow a name in a speaker phrase ("a Foreign
/// Office spokesperson", "Trump aides").
static ROLE_NOUNS: WordSet = WordSet::new(
    "spokesperson|spokesman|spokeswoman|spokespeople|official|officials|aide|aides|adviser|\
    advisers|advisor|advisors|source|sources|staff|staffer|staffers|campaign|officer|\
    officers|leader|leaders|chief|director|executive|minister|secretary|representative|\
    representatives|supporters|critics|voters|lawmakers|members|spokesmen|statement|team|\
    report|analysts|researchers|poll|survey|study|data|figures|service|ministry|department|\
    office|agency|website|account|lawyer|lawyers|attorney|attorneys|chairman|chairwoman|\
    president|candidate|strategist|pollster|senator|governor|mayor|official's|group|party",
);

/// True for a lower-case head that may follow a name ("spokesperson").
pub fn is_role_noun(w: &str) -> bool {
    ROLE_NOUNS.contains(w)
}

/// True for a determiner or possessive ("the", "her").
pub fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(w)
}

/// True for a pronoun that can be a speaker ("he", "who").
pub fn is_subject_pronoun(w: &str) -> bool {
    SUBJECT_PRONOUNS.contains(w)
}

/// True for a word that ends a speaker phrase going left.
pub fn is_stop(w: &str) -> bool {
    STOPS.contains(w)
}

/// True for an auxiliary or adverb that may stand between speaker and cue.
pub fn is_between(w: &str) -> bool {
    BETWEEN.contains(w)
        || (w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(&w))
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// True for a title or abbreviation written with a full stop.
pub fn is_abbrev(w: &str) -> bool {
    ABBREV.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
        // A dotted acronym ("f.b.i", "n.a.a.c.p"), one token without its last dot.
        || (w.contains('.') && w.split('.').all(|s| s.chars().count() == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes() {
        assert!(is_determiner("the") && !is_determiner("minister"));
        assert!(is_subject_pronoun("she") && !is_subject_pronoun("her"));
        assert!(is_stop("and") && is_stop("monday") && !is_stop("spokesman"));
        assert!(is_between("reportedly") && is_between("has") && !is_between("family"));
        assert!(is_abbrev("mr") && is_abbrev("j") && !is_abbrev("mister"));
        assert!(is_abbrev("f.b.i") && !is_abbrev("e.on") && !is_abbrev("fbi"));
    }
}
