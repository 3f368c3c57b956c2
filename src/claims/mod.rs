//! Claims: who said what. Direct quotes with their attribution, and reported
//! speech ("X said that ...", "according to X, ...", "X accused Y of ...").
//!
//! How it works, without a parser:
//! 1. Quotes are paired by [`crate::text::quotes`] (multi-paragraph quotes,
//!    captions in between, unbalanced marks).
//! 2. Every cue of `data/cues.tsv` is matched on the tokens ([`cues`]).
//! 3. A quote is attributed by the cue next to it: `X said: "..."`,
//!    `"...," X said.`, `"...," said X.`, `"..." - X`, or a paragraph ending
//!    in `X said:` before it. Every paragraph of a multi-paragraph quote gets
//!    the attribution of the quote; a split quote (`"...," X said. "..."`)
//!    is one claim whose content runs from the first part to the last.
//! 4. Every other cue outside a quote makes a reported claim: the speaker is
//!    the subject before the cue (or after it: "according to X", ", said X"),
//!    the content the clause after it (or before it: "..., X said.").
//! 5. Speakers are resolved to entities ([`resolve`]): the entity inside the
//!    speaker phrase, or for a pronoun or a back-reference ("he", "the
//!    statement") the nearest compatible earlier speaker or entity.

mod cues;
mod phrase;
mod resolve;

pub use cues::{Cue, Lexicon, Pattern, LEXICON};

use crate::model::{Claim, ClaimKind, CueClass, Entity};
use crate::span::Span;
use crate::text::{quotes, Doc, Lower, Quote, Token, TokenKind};
use crate::wordlist::{WordSet, Words};
use phrase::{is_abbrev, is_between, is_determiner, is_role_noun, is_stop, is_subject_pronoun};

/// A cue matched on the tokens: how many tokens, class, pattern. Small:
/// there is one `Option<CueAt>` per token (peak memory).
#[derive(Debug, Clone, Copy)]
struct CueAt {
    len: u8,
    class: CueClass,
    pattern: Pattern,
}

/// A speaker and cue found for some content, in token indices.
#[derive(Debug, Clone, Copy)]
struct Attr {
    /// Speaker tokens, inclusive.
    speaker: Option<(usize, usize)>,
    /// First cue token.
    cue: usize,
    /// Cue class.
    class: CueClass,
    /// Cue span (a dash for `"..." - X`).
    cue_span: Span,
}

/// Everything the rules look at, computed once per document.
struct Ctx<'a, 't> {
    doc: &'a Doc<'t>,
    toks: &'a [Token],
    lower: Vec<Lower<'a>>,
    cue: Vec<Option<CueAt>>,
    /// True for tokens inside a quote (marks included).
    in_quote: Vec<bool>,
    /// Token range [start, end) of each sentence.
    sents: Vec<(usize, usize)>,
}

/// Time words that may stand between a speaker and the cue ("on Wednesday").
static TIME_WORDS: WordSet = WordSet::new(
    "on|last|this|late|early|earlier|week|month|year|night|morning|afternoon|evening|today|\
    yesterday|tonight|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
);

/// Verbs of beginning, going on and stopping, whose subject is that of
/// the cue after them ("began talking", "went on to say").
static ASPECT_VERBS: WordSet = WordSet::new(
    "began|begun|begin|begins|start|starts|started|went|go|goes|stopped|stop|stops|\
    kept|keep|keeps|resumed|tried|try|tries",
);

/// Plural time words and "ago", which end a time phrase before a comma
/// ("A few days later, ...", "Two weeks ago, ...").
const TIME_SPANS: Words = Words("ago|minutes|hours|days|weeks|months|years|decades");

/// Words before an "-ing" cue whose subject is the clause's: "by saying", "while noting".
const ING_LEADS: Words = Words("by|while|after|before|when|in|without|despite|since|also|upon");

/// Determiners that can stand alone as a speaker ("Another said ...").
const LONE_DETERMINERS: Words = Words("another|some|many|most|several|both|all|few|others|one");

/// Auxiliaries that stand between a subject and a verb phrase.
const AUXILIARIES: Words =
    Words("has|have|had|is|was|are|were|will|would|did|does|do|could|should|may|might|must|can");

const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];
const SUBORDINATORS: Words =
    Words("after|as|when|because|since|while|although|though|that|if|and|but|before|once|until");
const OBJECT_WORDS: Words = Words(
    "me|us|him|her|them|reporters|journalists|supporters|voters|lawmakers|you|everyone|people|\
    listeners|viewers|members|colleagues",
);
static PREPOSITIONS: WordSet = WordSet::new(
    "of|in|on|at|for|with|from|by|about|into|over|under|the|a|an|his|her|its|their|our|my|\
    your|these|those|such",
);

impl<'a, 't> Ctx<'a, 't> {
    fn new(doc: &'a Doc<'t>, quotes: &[Quote]) -> Ctx<'a, 't> {
        let toks = &doc.tokens[..];
        // Lower-cased once per text by the Doc (perf, issue 7).
        let lower: Vec<Lower<'a>> = (0..toks.len())
            .map(|i| Lower::borrowed(doc.lower(i)))
            .collect();
        let mut in_quote = vec![false; toks.len()];
        for q in quotes {
            let a = doc.token_index_at(q.span.start);
            let b = doc.token_index_at(q.span.end);
            for f in &mut in_quote[a..b] {
                *f = true;
            }
        }
        let mut sents = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let a = doc.token_index_at(s.start);
            let b = doc.token_index_at(s.end);
            sents.push((a, b));
        }
        // Tokens of title-case lines ("Senator Says Plan Will Fail"), where a
        // capitalised cue is still a cue.
        let mut headline = vec![false; toks.len()];
        for p in &doc.paragraphs {
            let (a, b) = (doc.token_index_at(p.start), doc.token_index_at(p.end));
            // Counted, not collected: a vector per paragraph grew through
            // most of the allocations here (perf, issue 7).
            if b - a > 30 {
                continue;
            }
            let (mut words, mut caps) = (0, 0);
            for t in &toks[a..b] {
                if t.kind == TokenKind::Word && t.span.len() > 3 {
                    words += 1;
                    caps += usize::from(t.upper);
                }
            }
            if words >= 3 && caps * 10 >= words * 8 {
                for h in &mut headline[a..b] {
                    *h = true;
                }
            }
        }
        let mut cue = vec![None; toks.len()];
        let mut words: Vec<&str> = Vec::with_capacity(4);
        for i in 0..toks.len() {
            if toks[i].kind != TokenKind::Word {
                continue;
            }
            let Some(forms) = LEXICON.starting(&lower[i]) else {
                continue;
            };
            words.clear();
            let mut j = i;
            while j < toks.len() && j < i + 4 && toks[j].kind == TokenKind::Word {
                words.push(&lower[j]);
                j += 1;
            }
            if let Some(c) = cues::longest_of(forms, &words) {
                // A capitalised form is a name ("the Post"), except a sentence-initial "According to".
                if toks[i].upper && c.pattern != Pattern::Source && !headline[i] {
                    continue;
                }
                cue[i] = Some(CueAt {
                    len: c.words.len() as u8,
                    class: c.class,
                    pattern: c.pattern,
                });
            }
        }
        Ctx {
            doc,
            toks,
            lower,
            cue,
            in_quote,
            sents,
        }
    }

    fn tok(&self, i: usize) -> &str {
        self.toks[i].span.slice(self.doc.text)
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Number)
    }

    /// The first comma outside quotes among tokens `r`.
    fn comma_in(&self, r: std::ops::Range<usize>) -> Option<usize> {
        r.into_iter()
            .find(|&k| self.tok(k) == "," && !self.in_quote[k])
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b].span.end)
    }

    fn sentence_of(&self, i: usize) -> (usize, usize) {
        let k = self.sents.partition_point(|&(_, b)| b <= i);
        self.sents.get(k).copied().unwrap_or((i, i + 1))
    }

    /// True when token `i` starts a sentence or follows an opening mark.
    fn clause_initial(&self, i: usize, lo: usize) -> bool {
        i == lo
            || matches!(
                self.tok(i - 1),
                "\"" | "“" | "‘" | ":" | "(" | "—" | "–" | "―"
            )
    }

    /// True when a word may not be part of a speaker phrase. A capitalised
    /// word inside a sentence is a name part ("Theresa May"), not a stop.
    fn stops(&self, k: usize, lo: usize) -> bool {
        let w = &self.lower[k];
        if !is_stop(w) {
            return false;
        }
        if self.toks[k].upper && !self.clause_initial(k, lo) {
            return MONTHS_DAYS.contains(w.as_str());
        }
        true
    }

    /// A noun phrase ending at token `j` (inclusive), starting no earlier than `lo`.
    fn np_left(&self, j: usize, lo: usize) -> Option<(usize, usize)> {
        let mut k = j;
        let mut head = j;
        let mut a: Option<usize> = None;
        loop {
            let t = self.toks[k];
            let w = self.lower[k].as_str();
            if self.is_word(k) {
                if is_determiner(w) {
                    let alone = a.is_none() && k == j && LONE_DETERMINERS.contains(&w);
                    if a.is_some() && !self.toks[k].upper
                        || a.is_some() && self.clause_initial(k, lo)
                        || alone
                    {
                        a = Some(k);
                    }
                    break;
                }
                if is_subject_pronoun(w) {
                    if a.is_none() {
                        a = Some(k);
                    }
                    break;
                }
                // "most of them said", "two of us wrote".
                let part = k == j && k >= lo + 2 && matches!(w, "them" | "us") && {
                    let q = self.lower[k - 2].as_str();
                    self.lower[k - 1] == "of"
                        && (LONE_DETERMINERS.contains(&q)
                            || matches!(
                                q,
                                "none"
                                    | "each"
                                    | "any"
                                    | "neither"
                                    | "either"
                                    | "two"
                                    | "three"
                                    | "half"
                            )
                            || self.toks[k - 2].kind == TokenKind::Number)
                };
                if part {
                    a = Some(k - 2);
                    break;
                }
                if self.stops(k, lo) || (self.cue[k].is_some() && a.is_some() && !t.upper) {
                    break;
                }
                a = Some(k);
            } else {
                let s = self.tok(k);
                let attached = k > lo && self.toks[k - 1].span.end == t.span.start;
                let possessive = matches!(s, "'" | "’");
                let title_stop = s == "." && k > lo && is_abbrev(&self.lower[k - 1]);
                if (possessive || title_stop) && attached && a.is_some() {
                    a = Some(k);
                } else if title_stop && attached && k == j && k > lo + 1 {
                    // "the F.B.I. has said", "Tom Ode Jr. said": the
                    // abbreviation's full stop ends the phrase.
                    k -= 1;
                    head = k;
                    continue;
                } else if s == ")" && a.is_none() {
                    // Skip a parenthetical: "Chuck Grassley (R-Iowa) said".
                    let mut m = k;
                    while m > lo && k - m < 8 && self.tok(m) != "(" {
                        m -= 1;
                    }
                    if self.tok(m) != "(" || m == lo {
                        return None;
                    }
                    k = m - 1;
                    head = k;
                    continue;
                } else {
                    break;
                }
            }
            if k == lo || j - k > 12 {
                break;
            }
            k -= 1;
        }
        let a = a?;
        let has_word = (a..=head).any(|m| self.is_word(m) && !is_determiner(&self.lower[m]))
            || (a == head && LONE_DETERMINERS.contains(&self.lower[a].as_str()));
        (has_word && self.is_word(head)).then_some((a, head))
    }

    /// A noun phrase starting at token `i`, ending before `hi`.
    fn np_right(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        if i >= hi || !self.is_word(i) {
            return None;
        }
        let w = self.lower[i].as_str();
        if is_subject_pronoun(w) && w != "which" {
            return Some((i, i));
        }
        let mut k = i;
        if is_determiner(w) {
            k += 1;
        }
        let mut end = None;
        let mut of_used = false;
        let mut and_used = false;
        while k < hi && k < i + 12 {
            let t = self.toks[k];
            let w = self.lower[k].as_str();
            if self.is_word(k) {
                if w == "and"
                    && !and_used
                    && end.is_some()
                    && k + 1 < hi
                    && self.toks[k + 1].upper
                    && self.is_word(k + 1)
                    && self.toks[k - 1].upper
                {
                    and_used = true;
                    k += 1;
                    continue;
                }
                if w == "of" && !of_used && end.is_some() && k + 1 < hi && self.is_word(k + 1) {
                    of_used = true;
                    k += 1;
                    continue;
                }
                if is_determiner(w) && of_used && self.lower[k - 1] == "of" {
                    k += 1;
                    continue;
                }
                if (self.stops(k, i) && !(t.upper && k > i)) || is_subject_pronoun(w) {
                    break;
                }
                if self.cue[k].is_some() && end.is_some() {
                    break;
                }
                // A past-tense verb ends the phrase: "Both parents stiffened ...".
                if end.is_some() && !t.upper && w.len() > 4 && w.ends_with("ed") {
                    break;
                }
                // After a name, only a role noun carries on: "a Foreign Office spokesperson".
                let after_name = k > i
                    && self.toks[k - 1].upper
                    && self.is_word(k - 1)
                    && !is_determiner(&self.lower[k - 1]);
                if after_name && !t.upper && t.kind == TokenKind::Word && !is_role_noun(w) {
                    break;
                }
                end = Some(k);
            } else {
                let s = self.tok(k);
                let attached = k > 0 && self.toks[k - 1].span.end == t.span.start;
                if !(matches!(s, "'" | "’") && attached
                    || s == "." && attached && k > i && is_abbrev(&self.lower[k - 1]))
                {
                    break;
                }
            }
            k += 1;
        }
        let end = end?;
        Some((i, end))
    }

    /// Skips auxiliaries and adverbs left of token `k` (inclusive); returns the
    /// first token that is neither, or `None` at `lo`.
    fn skip_between_left(&self, mut k: usize, lo: usize) -> Option<usize> {
        loop {
            let w = self.lower[k].as_str();
            let skippable =
                self.is_word(k) && !self.toks[k].upper && (is_between(w) || w == "together");
            if !skippable {
                return Some(k);
            }
            if k <= lo {
                return None;
            }
            k -= 1;
        }
    }

    /// The subject of the cue at token `c`: the phrase right before it
    /// (across auxiliaries, adverbs and an appositive), or for a participle
    /// or a second verb ("..., saying", "and said") the clause's subject.
    fn subject_left(&self, c: usize, lo: usize) -> Option<(usize, usize)> {
        if c <= lo {
            return None;
        }
        // "X began talking", "X went on to say": the subject of the verb
        // that governs the cue.
        if let Some(v) = self.aspect_verb(c, lo) {
            return self.subject_left(v, lo);
        }
        let mut k = self.skip_between_left(c - 1, lo)?;
        // "X on Wednesday said", "X late last week indicated": skip the time.
        let mut m = k;
        let mut timed = false;
        while m > lo && self.is_word(m) && TIME_WORDS.contains(self.lower[m].as_str()) {
            timed |= !matches!(
                self.lower[m].as_str(),
                "on" | "last" | "this" | "late" | "early"
            );
            m -= 1;
        }
        if timed && m < k && m >= lo {
            k = self.skip_between_left(m, lo)?;
        }
        // "X was calling for": skip the auxiliary of a progressive.
        // "X is worried that": a stative adjective, X holds the belief.
        let stative = STATIVE.contains(&self.lower[c].as_str());
        if (self.lower[c].ends_with("ing") || stative)
            && BE.contains(&self.lower[k].as_str())
            && k > lo
        {
            k = self.skip_between_left(k - 1, lo)?;
        }
        // "X continued to insist": the subject of the governing verb.
        if self.lower[k] == "to" && k > lo + 1 && self.is_word(k - 1) && !self.toks[k - 1].upper {
            let participle = self.lower[k - 1].ends_with("ed");
            k = self.skip_between_left(k - 2, lo)?;
            // "X was prompted to say": the subject of a passive.
            if participle && BE.contains(&self.lower[k].as_str()) && k > lo {
                let s = self.skip_between_left(k - 1, lo)?;
                if !matches!(
                    self.lower[s].as_str(),
                    "it" | "there" | "that" | "this" | "which"
                ) {
                    k = s;
                }
            }
        }
        let w = self.lower[k].as_str();
        let ing = self.lower[c].ends_with("ing");
        // `"...," adding`: a quote closed after its comma (by one mark or two).
        let mark = |m: usize| matches!(self.tok(m), "”" | "\"" | "’" | "'" | "''");
        let comma_quote = k > lo + 2
            && mark(k)
            && (self.tok(k - 1) == "," || mark(k - 1) && self.tok(k - 2) == ",");
        if w == "and"
            || w == "but"
            || ((self.tok(k) == "," || comma_quote) && ing)
            || (ing && ING_LEADS.contains(&w))
        {
            return self.main_subject(lo, c);
        }
        if self.tok(k) == "%" && k > lo && self.toks[k - 1].kind == TokenKind::Number {
            // "47% say ...".
            return Some((k - 1, k));
        }
        if matches!(self.tok(k), "," | "—" | "–" | "―") {
            // "X, a former aide, said" / "X, who ..., said" / "X — a teacher — says".
            let mark = self.tok(k).to_string();
            let mut m = k;
            while m > lo && k - m < 25 {
                m -= 1;
                if self.tok(m) == mark {
                    break;
                }
            }
            // "Ann Ode, who grew up in Leeds, England, in the 1990s, said": a
            // relative clause with commas of its own; its head is the speaker.
            if mark == "," && self.lower[m + 1] != "who" {
                let r = (m.saturating_sub(30).max(lo + 2)..m).rev().find(|&r| {
                    self.lower[r] == "who" && self.tok(r - 1) == "," && !self.in_quote[r]
                });
                if let Some(np) = r.and_then(|r| self.np_left(r - 2, lo)) {
                    return Some(np);
                }
            }
            if self.tok(m) == mark && m > lo && m + 1 < k {
                let np = self.np_left(m - 1, lo)?;
                // "Sen. Ann Ode, facing a challenge in Ohio, a swing state,
                // said": a phrase after a preposition is no subject; the
                // name opening the sentence is. "Ann Ode, the editor of a
                // paper, The Daily Ode, said": likewise.
                let object = np.0 > lo
                    && self.is_word(np.0 - 1)
                    && !self.toks[np.0 - 1].upper
                    && (is_stop(&self.lower[np.0 - 1])
                        || PREPOSITIONS.contains(self.lower[np.0 - 1].as_str()));
                let opener = appositive_subject(self, lo, c)
                    .filter(|s| !is_stop(&self.lower[s.0]))
                    .filter(|_| object);
                if mark == "," && opener.is_some() {
                    return opener;
                }
                // "The other candidate, Ann Ode, said": a name between the
                // marks after a lower-case description is the speaker.
                let named = self.toks[m + 1].upper
                    && self.is_word(m + 1)
                    && self.np_right(m + 1, k) == Some((m + 1, k - 1));
                let described = (np.0..=np.1)
                    .all(|t| !self.toks[t].upper || t == np.0 && is_determiner(&self.lower[t]));
                if named && described {
                    return Some((m + 1, k - 1));
                }
                // "Woodrow Ames, 58, who lives nearby, says": an age or a
                // relative clause before is another aside; go one further back.
                let aside = np.0 == np.1 && self.toks[np.0].kind == TokenKind::Number;
                if aside && mark == "," && np.0 > lo + 1 && self.tok(np.0 - 1) == "," {
                    return self.np_left(np.0 - 2, lo).or(Some(np));
                }
                return Some(np);
            }
            return None;
        }
        let np = self.np_left(k, lo)?;
        if let Some(s) = self.before_adverbial(np, lo) {
            return Some(s);
        }
        Some(self.past_verb_phrase(np, lo).unwrap_or(np))
    }

    /// The verb of beginning, going on or stopping that governs the cue at
    /// `c`: "began" in "began talking", "went" in "went on to say".
    fn aspect_verb(&self, c: usize, lo: usize) -> Option<usize> {
        let mut k = self.skip_between_left(c.checked_sub(1)?, lo)?;
        if self.lower[k] == "to" && k > lo + 1 {
            k -= 1;
            if self.lower[k] == "on" {
                k -= 1;
            }
        }
        (k > lo
            && self.is_word(k)
            && !self.toks[k].upper
            && ASPECT_VERBS.contains(self.lower[k].as_str()))
        .then_some(k)
    }

    /// "Ann at the time said", "critics have in particular noted": a
    /// lower-case phrase after a preposition is an adverbial, not the
    /// subject; the subject is the phrase (or pronoun) before it.
    fn before_adverbial(&self, (a, b): (usize, usize), lo: usize) -> Option<(usize, usize)> {
        if a < lo + 2 || (a..=b).any(|m| self.toks[m].upper) {
            return None;
        }
        if !matches!(
            self.lower[a - 1].as_str(),
            "at" | "in" | "on" | "during" | "over"
        ) {
            return None;
        }
        let k = self.skip_between_left(a - 2, lo)?;
        if is_subject_pronoun(&self.lower[k]) {
            return Some((k, k));
        }
        let np = self.np_left(k, lo)?;
        Some(self.past_verb_phrase(np, lo).unwrap_or(np))
    }

    /// "He went on to say", "Stories have emerged describing", "the group
    /// has twice complained": a lower-case phrase right after a subject
    /// pronoun or an auxiliary is a verb phrase, not the subject; the
    /// subject is the pronoun, or the phrase before the auxiliary.
    fn past_verb_phrase(&self, (a, b): (usize, usize), lo: usize) -> Option<(usize, usize)> {
        let w = self.lower[a].as_str();
        if a <= lo
            || self.toks[a].upper
            || is_determiner(w)
            || is_subject_pronoun(w)
            || !self.is_word(a)
        {
            return None;
        }
        let p = self.lower[a - 1].as_str();
        // "Farmers who grow barley warned": the verb phrase is a relative
        // clause's; the main verb's subject is the phrase it belongs to.
        if p == "who" && a >= lo + 2 && self.is_word(a - 2) {
            if let Some(np) = self.np_left(a - 2, lo) {
                return Some(np);
            }
        }
        if is_subject_pronoun(p) && !matches!(p, "which" | "you") {
            return Some((a - 1, a - 1));
        }
        if !AUXILIARIES.contains(&p) || is_role_noun(&self.lower[b]) {
            return None;
        }
        let k = self.skip_between_left(a - 1, lo)?;
        if is_subject_pronoun(&self.lower[k]) {
            return Some((k, k));
        }
        self.np_left(k, lo)
    }

    /// The subject of the last clause in `[lo, c)` that has one: the sentence
    /// start, or after a subordinator or a comma.
    fn main_subject(&self, lo: usize, c: usize) -> Option<(usize, usize)> {
        let mut starts = vec![lo];
        for k in lo..c {
            let quote_end = self.in_quote[k] && k + 1 < c && !self.in_quote[k + 1];
            if SUBORDINATORS.contains(&self.lower[k].as_str()) || self.tok(k) == "," || quote_end {
                starts.push(k + 1);
            }
        }
        // "..., Ann Ode said, adding ...": a subject right before a cue of its own.
        for &s in starts.iter() {
            if s >= c || self.in_quote[s] {
                continue;
            }
            let Some((a, b)) = self.np_right(s, c) else {
                continue;
            };
            let mut n = b + 1;
            while n < c && self.is_word(n) && is_between(&self.lower[n]) && self.cue[n].is_none() {
                n += 1;
            }
            let w = self.lower[a].as_str();
            if n < c
                && self.cue[n].is_some_and(|q| q.pattern != Pattern::Source)
                && !self.lower[n].ends_with("ing")
                && !matches!(w, "it" | "there" | "this" | "that" | "which" | "who")
                && !(is_determiner(w) && a == b)
                && (!w.ends_with("ing") || self.toks[a].upper)
                && !possessive(&self.lower[b])
            {
                return Some((a, b));
            }
        }
        // "As the votes came in, she gave a speech, predicting ...": the
        // clause subject is after an opening subordinate or introductory phrase.
        let mut f = lo;
        while f < c && (!self.is_word(f) || matches!(self.lower[f].as_str(), "and" | "but")) {
            f += 1;
        }
        let intro_end = if f < c && opens_intro(&self.lower[f]) {
            self.comma_in(f..c).unwrap_or(lo)
        } else {
            lo
        };
        for &s in starts.iter() {
            if s >= c || self.in_quote[s] || (s <= intro_end && intro_end > lo) {
                continue;
            }
            let Some((a, mut b)) = self.np_right(s, c) else {
                continue;
            };
            // Without a parser the phrase may run into the verb ("The mayor
            // hit back"): after a determiner and a lower-case noun, a
            // following lower-case word is taken as the verb.
            if is_determiner(&self.lower[a]) && b > a + 1 && !self.toks[a + 1].upper {
                if let Some(h) = (a + 1..b).find(|&h| {
                    !self.toks[h + 1].upper
                        && self.is_word(h + 1)
                        && (self.lower[h + 1].ends_with("ed") || self.cue[h + 1].is_some())
                }) {
                    b = h;
                } else if !self.toks[a + 2].upper {
                    b = a + 1;
                }
            }
            // "Hours later, Ann Ode ...": a time phrase before a comma is
            // not the clause's subject.
            let mut m = b + 1;
            while m < c && self.is_word(m) && !self.toks[m].upper && {
                let w = self.lower[m].as_str();
                TIME_WORDS.contains(w) || is_between(w) || TIME_SPANS.contains(&w)
            } {
                m += 1;
            }
            if m > b + 1 && m < c && self.tok(m) == "," {
                continue;
            }
            let w = self.lower[a].as_str();
            let mut next = b + 1;
            // "Tom Ode, the union's lawyer, issued ...": past an appositive.
            if next < c && self.tok(next) == "," && self.toks[b].upper {
                if let Some(m) = (next + 2..c.min(next + 25)).find(|&m| self.tok(m) == ",") {
                    next = m + 1;
                }
            }
            // "Ann Ode on Thursday stepped up ...": past a time phrase to the verb.
            let mut t = next;
            while t < c && self.is_word(t) && TIME_WORDS.contains(self.lower[t].as_str()) {
                t += 1;
            }
            let timed = t > next
                && !matches!(
                    self.lower[t - 1].as_str(),
                    "on" | "last" | "this" | "late" | "early"
                );
            if timed && t < c && self.is_word(t) && !self.toks[t].upper {
                next = t;
            }
            if next >= c || !self.is_word(next) || self.toks[next].upper {
                continue;
            }
            let mut nw = self.lower[next].as_str();
            // "A reporter for the Ode Gazette spotted ...": past a
            // prepositional phrase to the verb.
            if matches!(nw, "of" | "for" | "with" | "from" | "at") && b > a {
                let pp = self.np_right(next + 1, c).map(|(_, e)| e + 1);
                if let Some(v) = pp.filter(|&v| {
                    v < c && self.is_word(v) && !self.toks[v].upper && !is_stop(&self.lower[v])
                }) {
                    b = v - 1;
                    nw = self.lower[v].as_str();
                }
            }
            if (is_stop(nw) && !is_between(nw) && !BE.contains(&nw)) || nw == "of" {
                continue;
            }
            // "It's", "There's": an expletive, not a subject.
            let expletive = ["it'", "it’", "there'", "there’", "that'", "that’"]
                .iter()
                .any(|p| w.starts_with(p));
            // "Both parents stiffened ...": a determiner heading a noun is no adverb.
            if matches!(w, "it" | "there" | "this" | "that" | "which" | "who")
                || is_between(w) && !(is_determiner(w) && b > a)
                || expletive
            {
                continue;
            }
            return Some((a, b));
        }
        // "Then he cut into Bush, calling ...", "By Sunday she had left,
        // citing ...": an opening adverbial without a comma; the subject is
        // the first personal pronoun after it, before a verb.
        if f < c && (opens_intro(&self.lower[f]) || self.lower[f] == "then") {
            let comma = self.comma_in(f..c).unwrap_or(c);
            let k = (f + 1..comma.min(f + 8)).find(|&k| {
                matches!(self.lower[k].as_str(), "he" | "she" | "they" | "we" | "i")
                    && !self.in_quote[k]
            })?;
            let verb = k + 1 < comma && self.is_word(k + 1) && !self.toks[k + 1].upper;
            return verb.then_some((k, k));
        }
        None
    }

    /// The subject of the verb that takes the object starting at token `a`
    /// ("The Ode campaign sent an email ...", "a group of nurses with
    /// children in school sent a letter to the board ..."): a phrase at the
    /// start of the verb's clause, followed only by words (an adverbial).
    fn subject_of_verb(&self, lo: usize, a: usize) -> Option<(usize, usize)> {
        let mut v = a.checked_sub(1)?;
        if v > lo && PREP_OBJECT.contains(&self.lower[v].as_str()) {
            v = self.np_left(v - 1, lo)?.0.checked_sub(1)?;
        }
        if v <= lo || !self.is_word(v) || self.toks[v].upper || is_stop(&self.lower[v]) {
            return None;
        }
        // "she sent an email saying": a pronoun right before the verb.
        if let Some(k) = self.skip_between_left(v - 1, lo) {
            let w = self.lower[k].as_str();
            if is_subject_pronoun(w) && !matches!(w, "which" | "you") {
                return Some((k, k));
            }
        }
        // The clause of the verb starts after the last comma or subordinator.
        let s = (lo..v)
            .rev()
            .find(|&k| self.tok(k) == "," || SUBORDINATORS.contains(&self.lower[k].as_str()))
            .map_or(lo, |k| k + 1);
        if s >= v || self.in_quote[s] {
            return None;
        }
        let (x, b) = self.np_right(s, v)?;
        let w = self.lower[x].as_str();
        if matches!(w, "it" | "there" | "this" | "that" | "which" | "who") || is_between(w) {
            return None;
        }
        (b + 1..v)
            .all(|k| {
                let w = self.lower[k].as_str();
                self.is_word(k)
                    && (!self.toks[k].upper || MONTHS_DAYS.contains(w))
                    && self.cue[k].is_none()
                    || self.toks[k].kind == TokenKind::Number
            })
            .then_some((x, b))
    }

    /// Token index of the first token at or after byte `pos`.
    fn at(&self, pos: usize) -> usize {
        self.doc.token_index_at(pos)
    }

    /// Paragraph token range containing byte `pos`.
    fn para_tokens(&self, pos: usize) -> (usize, usize) {
        match self.doc.paragraph_at(pos) {
            Some(p) => {
                let p = self.doc.paragraphs[p];
                (self.at(p.start), self.at(p.end))
            }
            None => (0, self.toks.len()),
        }
    }

    fn attr_at(&self, c: usize, speaker: Option<(usize, usize)>) -> Attr {
        let cue = self.cue[c].expect("a cue");
        Attr {
            speaker,
            cue: c,
            class: cue.class,
            cue_span: self.span(c, c + usize::from(cue.len) - 1),
        }
    }

    /// `X said: "..."`, `X said "..."`, `X said in a statement: "..."`.
    /// `close` is the token after the quote, `hi` the paragraph end.
    fn attribute_before(&self, open: usize, close: usize, hi: usize, lo: usize) -> Option<Attr> {
        if open <= lo {
            return None;
        }
        let mut k = open - 1;
        let mut sep = false;
        if matches!(self.tok(k), ":" | ",") {
            sep = true;
            if k <= lo {
                return None;
            }
            k -= 1;
        }
        // Without a colon or comma the quote must follow the cue directly and
        // end the clause; otherwise it is part of reported speech
        // ("condemned the "aggressive" campaign against ...").
        let limit = if sep { 8 } else { 0 };
        let ends_clause = close >= hi || matches!(self.tok(close), "." | "," | ";" | "!" | "?");
        if !sep && !ends_clause {
            return None;
        }
        let mut c = k;
        loop {
            if let Some(cue) = self.cue[c] {
                let noun = c > lo && PREPOSITIONS.contains(self.lower[c - 1].as_str());
                if cue.pattern != Pattern::Source
                    && !self.in_quote[c]
                    && c + usize::from(cue.len) - 1 <= k
                    && !noun
                {
                    let sl = self.sentence_of(c).0.max(lo);
                    return Some(self.attr_at(c, self.subject_left(c, sl)));
                }
            }
            if !self.is_word(c) || c <= lo || k - c >= limit {
                return None;
            }
            c -= 1;
        }
    }

    /// `"...," X said.`, `"...," said X.`, `"..." - X`: from token `i` after the close.
    fn attribute_after(&self, i: usize, hi: usize) -> Option<Attr> {
        let mut c = i;
        if c < hi && self.tok(c) == "," {
            c += 1;
        }
        if c >= hi {
            return None;
        }
        if matches!(self.tok(c), "—" | "–" | "―" | "-") {
            let np = self.np_right(c + 1, hi)?;
            let after = np.1 + 1;
            if after < hi && !matches!(self.tok(after), "," | "." | ";") {
                return None;
            }
            return Some(Attr {
                speaker: Some(np),
                cue: c,
                class: CueClass::Speech,
                cue_span: self.toks[c].span,
            });
        }
        if let Some(cue) = self.cue[c] {
            if cue.pattern != Pattern::Source {
                let sp = self.speaker_right(c + usize::from(cue.len), hi);
                let after = sp.map_or(c + usize::from(cue.len), |(_, b)| b + 1);
                // `"...," said X, angered ...`: a quote closed by a comma,
                // "?" or "!" and a cue right after it is attributed whatever
                // follows the speaker.
                let open_close = sp.is_some() && self.quote_ends_open(i);
                if !open_close && !self.attribution_ends(after, hi, cue.pattern) {
                    return None;
                }
                return Some(self.attr_at(c, sp));
            }
        }
        let (a, b) = self.speaker_right(c, hi)?;
        let mut k = b + 1;
        // "James Ames Jr., a lawyer, said": the abbreviation's full stop.
        if k < hi && self.tok(k) == "." && is_abbrev(&self.lower[b]) {
            k += 1;
        }
        // "David Axelrod, a former strategist, said" / "Ramos, 58, told".
        if k < hi && matches!(self.tok(k), "," | "—" | "–" | "―") {
            let mark = self.tok(k).to_string();
            let close = (k + 1..hi.min(k + 30))
                .find(|&m| self.tok(m) == mark || (mark == "," && self.tok(m) == "."));
            if let Some(m) = close.filter(|&m| self.tok(m) == mark) {
                k = m + 1;
            }
        }
        while k < hi
            && self.is_word(k)
            && !self.toks[k].upper
            && is_between(&self.lower[k])
            && self.cue[k].is_none()
        {
            k += 1;
        }
        if k < hi {
            if let Some(cue) = self.cue[k] {
                if cue.pattern != Pattern::Source
                    && self.attribution_ends(k + usize::from(cue.len), hi, cue.pattern)
                {
                    return Some(self.attr_at(k, Some((a, b))));
                }
            }
        }
        // `"...," a spokesman for the group said`, `"...," Ann Ode (D-Ore.)
        // said`: after a quote closed by a comma, the first cue a few words
        // on, with nothing but the speaker's words before it.
        if self.quote_ends_open(i) {
            let lim = hi.min(c + 16);
            let stop = |m: usize| match self.tok(m) {
                // "(D-Ore.)": a full stop inside a parenthesis or after a title.
                "." => !(m + 1 < hi && self.tok(m + 1) == ")" || is_abbrev(&self.lower[m - 1])),
                "!" | "?" | ";" | ":" => true,
                _ => self.cue[m].is_some() || self.in_quote[m],
            };
            let k = (b + 1..lim).find(|&m| stop(m))?;
            let cue = self.cue[k]?;
            if cue.pattern != Pattern::Source
                && !self.lower[k].ends_with("ing")
                && self.attribution_ends(k + usize::from(cue.len), hi, cue.pattern)
            {
                let mut e = k - 1;
                while e > b && !self.is_word(e) && !matches!(self.tok(e), ")" | ".") {
                    e -= 1;
                }
                return Some(self.attr_at(k, Some((a, e))));
            }
        }
        None
    }

    /// A speaker phrase after a quote, where a name may carry a lower-case
    /// role and another name: "Senate leader Ann Ode", "city clerk Jo Ames".
    fn speaker_right(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let (a, mut b) = self.np_right(i, hi)?;
        for _ in 0..2 {
            let lower_word = |m: usize| {
                self.toks[m].kind == TokenKind::Word
                    && !self.toks[m].upper
                    && !is_stop(&self.lower[m])
                    && !is_determiner(&self.lower[m])
                    && self.cue[m].is_none()
            };
            let mut n = b + 1;
            while n < hi && n <= b + 3 && lower_word(n) {
                n += 1;
            }
            // "the Republican presidential nominee told": a lower-case head
            // right before the cue.
            if self.toks[b].upper
                && n > b + 1
                && (n >= hi
                    || matches!(self.tok(n), "," | "." | ";")
                    || self.cue[n].is_some_and(|q| q.pattern != Pattern::Source))
            {
                b = n - 1;
                break;
            }
            if !self.toks[b].upper
                || n == b + 1
                || n >= hi
                || !self.toks[n].upper
                || self.toks[n].kind != TokenKind::Word
            {
                break;
            }
            match self.np_right(n, hi) {
                Some((_, e)) => b = e,
                None => break,
            }
        }
        Some((a, b))
    }

    /// True when the quote closing right before token `i` ends with a comma,
    /// "?" or "!" inside the marks: the sentence goes on with its attribution.
    fn quote_ends_open(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && matches!(self.tok(k - 1), "\"" | "”" | "’" | "'") {
            k -= 1;
        }
        (k < i && k > 0 && matches!(self.tok(k - 1), "," | "?" | "!"))
            || (k < i && i < self.toks.len() && self.tok(i) == ",")
    }

    /// True when what follows an attribution's cue at token `k` is not a
    /// content of its own: the end, punctuation, a quote, an adverbial ("in
    /// an interview", "on Monday") or, for a cue with a listener, an object.
    fn attribution_ends(&self, k: usize, hi: usize, pattern: Pattern) -> bool {
        if k >= hi {
            return true;
        }
        let w = self.lower[k].as_str();
        // "X said: "..."": the colon hands the cue to the next quote.
        if w == ":" && k + 1 < hi && self.in_quote[k + 1] {
            return false;
        }
        if !self.is_word(k) {
            return true;
        }
        if w == "that" {
            return false;
        }
        adverbial(w)
            || is_between(w)
            || matches!(
                w,
                "of" | "about" | "for" | "but" | "and" | "as" | "who" | "whose"
            )
            || (pattern == Pattern::Object)
            || (w.ends_with("ing") && self.cue[k].is_some())
    }
}

/// Words that start an adverbial after a cue ("said in an interview"), not its content.
static ADVERBIAL_STARTS: WordSet = WordSet::new(
    "in|on|at|during|after|before|while|when|just|late|early|earlier|later|last|this|today|\
    yesterday|tonight|recently|via|through|from|to|with|as|of|afterward|afterwards|then|\
    again",
);

static MONTHS_DAYS: WordSet = WordSet::new(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|\
    june|july|august|september|october|november|december",
);

/// A claim before resolution, in tokens where useful.
struct Found {
    kind: ClaimKind,
    speaker: Option<(usize, usize)>,
    cue: Span,
    class: CueClass,
    content: Span,
}

/// Finds claims in `doc`; `entities` are used to resolve speakers.
pub fn find(doc: &Doc, entities: &[Entity]) -> Vec<Claim> {
    let qs = quotes(doc);
    let cx = Ctx::new(doc, &qs);
    let mut used = vec![false; cx.toks.len()];
    let mut found: Vec<Found> = Vec::new();
    direct(&cx, &qs, &mut used, &mut found);
    // The speaker of each direct quote's cue, by cue token, sorted (the last
    // found wins): a vector over all tokens was the peak of memory.
    let mut spoke: Vec<(usize, Option<(usize, usize)>)> = found
        .iter()
        .map(|f| (cx.at(f.cue.start), f.speaker))
        .filter(|&(c, _)| c < cx.toks.len())
        .collect();
    crate::sort::by_key(&mut spoke, |&(c, _)| c);
    reported(&cx, &mut used, &spoke, &mut found);
    colon_claims(&cx, &mut used, &mut found);
    asked_claims(&cx, &mut used, &mut found);
    hearsay_claims(&cx, &mut found);
    let mut claims: Vec<Claim> = found
        .iter()
        .map(|f| Claim {
            kind: f.kind,
            speaker: f.speaker.map(|(a, b)| cx.span(a, b)),
            speaker_entity: None,
            cue: f.cue,
            cue_class: f.class,
            content: f.content,
        })
        .collect();
    crate::sort::by_key(&mut claims, |c| {
        (c.content.start, c.content.end, c.cue.start)
    });
    claims.dedup_by(|a, b| a.content == b.content && a.cue == b.cue);
    cap_nesting(&mut claims);
    drop_minor_nested(&cx, &mut claims);
    // A speaker never overlaps its cue (a fuzzed text of NULs and stray
    // marks made "calling" both), and a speaker or cue lies outside the
    // content or wholly inside it, never across its edge: a quote mark between two letters, which may open or
    // close a quote ("waxed poetic about"joint ..."), can end a quote inside
    // a token that then becomes the speaker (a fuzzed "a'''gy said").
    let straddles = |s: &Span, c: &Claim| s.overlaps(&c.content) && !c.content.contains(s);
    claims.retain(|c| !straddles(&c.cue, c));
    for c in &mut claims {
        let keep = |s: &Span| {
            s.len() <= crate::model::MAX_SPEAKER_BYTES && !straddles(s, c) && !s.overlaps(&c.cue)
        };
        c.speaker = c.speaker.filter(keep);
    }
    resolve::resolve(doc, entities, &mut claims);
    claims
}

/// The most claim contents that may cover one byte. "A said B denied C
/// claimed D ..." nests each cue's content, to the sentence end, inside the
/// last one's. Real news reaches five ("a poll found that 70 percent said
/// they would vote for X, a drop from 76 percent who said ..."; a cap of four
/// dropped two such claims in 1,150 articles), but a run of cues in one long
/// sentence made output quadratic in the input (a fuzzed 743-byte text gave
/// 8.5 KB of content spans).
const MAX_NESTING: usize = 5;

/// Drops each claim (sorted by content start) whose content starts where
/// `MAX_NESTING` kept contents already cover: the outer claims stay, and no
/// byte is covered by more than `MAX_NESTING` contents.
fn cap_nesting(claims: &mut Vec<Claim>) {
    let mut cap = crate::span::DepthCap::new(MAX_NESTING);
    claims.retain(|c| cap.admit(c.content));
}

/// The most words a reported claim inside another's content may have and
/// still be dropped by [`drop_minor_nested`].
const MINOR_WORDS: usize = 8;

/// Drops a reported claim whose cue lies inside a longer reported content
/// (more than 1.5 times its words) when its own content is short: "She said
/// the group's hopes for the plan had faded" is one claim, not also "hopes"
/// of "for the plan". Such claims matched a gold attribution one time in
/// three on PolNeAR train, while a nested claim that makes
/// up most of the outer one ("he said he saw no need to ...") stays. Claims
/// are sorted by content start and nest at most [`MAX_NESTING`] deep, so the
/// open outer contents at a cue are few.
fn drop_minor_nested(cx: &Ctx, claims: &mut Vec<Claim>) {
    let words = |s: Span| {
        let (a, b) = (cx.at(s.start), cx.at(s.end));
        (a..b.min(cx.toks.len())).filter(|&k| cx.is_word(k)).count()
    };
    let mut cues: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].kind == ClaimKind::Indirect)
        .collect();
    crate::sort::by_key(&mut cues, |&i| claims[i].cue.start);
    let mut drop = vec![false; claims.len()];
    // Reported contents that start at or before the cue: (end, words, index).
    let mut open: Vec<(usize, usize, usize)> = Vec::new();
    let mut next = 0;
    for i in cues {
        let (cue, n) = (claims[i].cue.start, words(claims[i].content));
        while next < claims.len() && claims[next].content.start <= cue {
            let c = &claims[next];
            // Not "A, X said, B", whose content spans its own attribution.
            let spans_own_cue = c.content.start <= c.cue.start && c.cue.end <= c.content.end;
            if c.kind == ClaimKind::Indirect && !spans_own_cue {
                open.push((c.content.end, words(c.content), next));
            }
            next += 1;
        }
        open.retain(|&(end, _, _)| end > cue);
        // An accusation keeps its object ("... after she accused him of
        // lying"): 43% of such nested claims matched gold on PolNeAR train.
        drop[i] = n <= MINOR_WORDS
            && claims[i].cue_class != CueClass::Accusation
            && open.iter().any(|&(_, m, o)| o != i && 2 * m > 3 * n);
    }
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Direct quotes and their attribution.
fn direct(cx: &Ctx, qs: &[Quote], used: &mut [bool], found: &mut Vec<Found>) {
    let mut attrs: Vec<Option<Attr>> = vec![None; qs.len()];
    // Content end override for split quotes: quote index -> merged end.
    let mut merged_into: Vec<Option<usize>> = vec![None; qs.len()];
    // Content start override for a quote whose sentence starts before the attribution.
    let mut prefix: Vec<Option<usize>> = vec![None; qs.len()];
    // The later parts of each multi-paragraph quote, linked in text order by
    // one pass (a scan of all later quotes per quote made long texts
    // quadratic; perf, issue 7).
    let mut next_part = vec![usize::MAX; qs.len()];
    let mut tail: Vec<usize> = (0..qs.len()).collect();
    for (j, q) in qs.iter().enumerate() {
        if q.first < j {
            next_part[tail[q.first]] = j;
            tail[q.first] = j;
        }
    }
    for (qi, q) in qs.iter().enumerate() {
        if q.first != qi || merged_into[qi].is_some() {
            continue;
        }
        let mut parts = vec![qi];
        let mut j = next_part[qi];
        while j != usize::MAX {
            parts.push(j);
            j = next_part[j];
        }
        let last = *parts.last().unwrap_or(&qi);
        let open = cx.at(q.span.start);
        let (plo, _) = cx.para_tokens(q.span.start);
        let (_, phi) = cx.para_tokens(qs[last].span.start);
        let mut attr = cx.attribute_before(open, cx.at(q.span.end), phi, plo);
        if attr.is_none() && qs[last].closed {
            attr = cx.attribute_after(cx.at(qs[last].span.end), phi);
            // "defended "our values," saying ...": a participle after a quote
            // that opens mid-sentence goes with that sentence's subject.
            if attr.is_some_and(|a| cx.lower[a.cue].ends_with("ing"))
                && open > plo
                && cx.is_word(open - 1)
            {
                attr = None;
            }
        }
        if attr.is_none() && open == plo && plo > 0 {
            // The paragraph before ends "X said:".
            let prev = plo - 1;
            if cx.tok(prev) == ":" {
                let (pplo, _) = cx.para_tokens(cx.toks[prev].span.start);
                attr = cx.attribute_before(prev + 1, prev + 1, prev + 1, pplo);
            }
        }
        let Some(attr) = attr else { continue };
        // "There was, she said, "a bargain."": the sentence around the
        // attribution belongs to the content.
        if let Some((sa, sb)) = attr.speaker {
            let (slo, _) = cx.sentence_of(sa);
            // The attribution is an aside only when the cue follows the
            // speaker ("..., telling reporters" after a clause is not).
            let aside = (sb + 1..attr.cue).all(|k| cx.is_word(k) && is_between(&cx.lower[k]));
            let first = cx.lower[slo].as_str();
            let plain_prefix = (slo..sa.saturating_sub(1)).all(|k| cx.tok(k) != ",")
                && !ADVERBIAL_STARTS.contains(first)
                && !first.ends_with("ed")
                && !first.ends_with("ing");
            if attr.cue < open
                && aside
                && sa > slo + 1
                && cx.tok(sa - 1) == ","
                && !cx.in_quote[slo]
                && plain_prefix
            {
                prefix[qi] = Some(cx.toks[slo].span.start);
            }
        }
        // "Teachers are "very keen," Ann Ode said.": a quote that starts
        // mid-sentence takes the sentence's start.
        let (slo, _) = cx.sentence_of(open);
        if attr.cue > open
            && open > slo
            && cx.is_word(open - 1)
            && !(slo..open).any(|k| cx.in_quote[k] || matches!(cx.tok(k), ":" | ";"))
        {
            prefix[qi] = Some(cx.toks[slo].span.start);
        }
        for p in &parts {
            attrs[*p] = Some(attr);
        }
        // A split quote: "...," X said. "..." — the next quote in the paragraph
        // right after the attribution continues this one.
        if qs[last].closed && attr.cue >= cx.at(qs[last].span.end) {
            // "he told NBC's "Today."": a short capitalised title inside the
            // attribution is no quote of its own.
            let title = |j: usize| {
                let (a, b) = (cx.at(qs[j].inner.start), cx.at(qs[j].inner.end));
                a > 1
                    && !matches!(cx.tok(a - 2), "." | "!" | "?" | ":")
                    && b - a <= 5
                    && (a..b).all(|k| !cx.is_word(k) || cx.toks[k].upper)
            };
            let next =
                (last + 1..qs.len()).find(|&j| qs[j].first == j && !qs[j].single && !title(j));
            if let Some(nj) = next.filter(|&j| qs[j].span.start >= attr.cue_span.end) {
                let nq = &qs[nj];
                let gap_start = attr.cue_span.end;
                let npara = cx.doc.paragraph_at(nq.span.start);
                let same_para = npara == cx.doc.paragraph_at(q.span.start);
                // "...," X said. / "More of it.": a quote that opens the next
                // paragraph goes on with the same speaker.
                let (nplo, nphi) = cx.para_tokens(nq.span.start);
                let next_para = npara.is_some()
                    && npara == cx.doc.paragraph_at(qs[last].span.start).map(|p| p + 1)
                    && nplo == cx.at(nq.span.start);
                let (g0, g1) = (cx.at(gap_start), cx.at(nq.span.start));
                // The gap is the rest of the attribution sentence: at most one
                // sentence end, right before the next quote.
                let ends = (g0..g1)
                    .filter(|&k| matches!(cx.tok(k), "." | "!" | "?" | ":"))
                    .filter(|&k| !(cx.tok(k) == "." && k > g0 && is_abbrev(&cx.lower[k - 1])))
                    // "(D-Conn.)", "Tampa, Fla., who": a full stop before a
                    // bracket, a comma or a lower-case word ends no sentence.
                    .filter(|&k| {
                        !(cx.tok(k) == "." && k + 1 < g1 && {
                            let n = cx.tok(k + 1);
                            matches!(n, ")" | ",")
                                || cx.is_word(k + 1) && !cx.toks[k + 1].upper
                                || cx.toks[k].span.end == cx.toks[k + 1].span.start
                        })
                    })
                    .count();
                // A title's closing mark may follow the full stop: "on ABC's "This Week.""
                let mut e = g1;
                while e > g0 + 1 && matches!(cx.tok(e - 1), "\"" | "”" | "''") {
                    e -= 1;
                }
                // "...," she said, and "...": a sentence that goes on with ", and".
                if ends == 0 && e > g0 + 1 && matches!(cx.tok(e - 1), "and" | "but") {
                    e -= 1;
                }
                let ends_right = e > g0 && matches!(cx.tok(e - 1), "." | "," | ":" | "!" | "?");
                if (same_para || next_para)
                    && g1 - g0 <= 45
                    && ends <= 1
                    && (ends_right || g1 == g0)
                    && (last + 1..nj).all(title)
                    && (g0..g1)
                        .filter(|&k| matches!(cx.tok(k), "\"" | "“" | "”"))
                        .all(|k| {
                            qs[last + 1..nj]
                                .iter()
                                .any(|t| t.span.overlaps(&cx.toks[k].span))
                        })
                {
                    let nopen = cx.at(nq.span.start);
                    let (nlo, nhi) = if next_para { (nplo, nphi) } else { (plo, phi) };
                    let own = cx.attribute_after(cx.at(nq.span.end), nhi);
                    if own.is_none()
                        && cx
                            .attribute_before(nopen, cx.at(nq.span.end), nhi, nlo)
                            .is_none_or(|a| a.cue == attr.cue)
                    {
                        merged_into[nj] = Some(qi);
                    }
                }
            }
        }
    }
    // The first later quote merged into each quote, by one pass.
    let mut merged_first: Vec<Option<usize>> = vec![None; qs.len()];
    for (j, m) in merged_into.iter().enumerate() {
        if let Some(q) = *m {
            if q < j && merged_first[q].is_none() {
                merged_first[q] = Some(j);
            }
        }
    }
    for (qi, q) in qs.iter().enumerate() {
        let Some(attr) = attrs[qi] else { continue };
        if q.inner.is_empty() {
            continue;
        }
        let mut content = q.inner;
        if let Some(p) = prefix[qi] {
            content = Span::new(p.min(content.start), content.end);
        }
        if let Some(nj) = merged_first[qi] {
            content = Span::new(q.inner.start, qs[nj].inner.end.max(q.inner.end));
        }
        used[attr.cue] = true;
        found.push(Found {
            kind: ClaimKind::Direct,
            speaker: attr.speaker,
            cue: attr.cue_span,
            class: attr.class,
            content,
        });
    }
}

/// True for a cue form that may as well be a noun ("support", "claims",
/// "comments"): not a past tense, not a participle.
fn present_form(w: &str) -> bool {
    NOUNISH.contains(w.strip_suffix('s').unwrap_or(w)) || NOUNISH.contains(w)
}

/// Cue forms that are also common nouns ("his comments", "strong support").
static NOUNISH: WordSet = WordSet::new(
    "comment|remark|tweet|support|report|claim|call|fear|hope|view|plan|estimate|answer|doubt|\
    demand|promise|charge|question|post|note|find|show|offer|praise|reply|replie|worry|\
    worrie|concern|warning|pledge|vow|quip|joke|boast|complaint|respond|state|statement|\
    blame|suspect|dispute|rebut|slam|blast|attack|mock|feel|want|need|think|see|seek",
);

/// True when a speaker phrase is plainly a subject: a pronoun, a name, a
/// role noun, a plural noun, or a short phrase with a determiner.
fn clean_subject(cx: &Ctx, (a, b): (usize, usize)) -> bool {
    let head = cx.lower[b].as_str();
    if a == b && is_subject_pronoun(head) {
        return true;
    }
    let named = (a..=b).any(|k| cx.toks[k].upper && !(k == a && is_determiner(&cx.lower[k])));
    named
        || is_role_noun(head)
        || (head.ends_with('s') && !head.ends_with("ss") && b - a <= 2)
        || (is_determiner(&cx.lower[a]) && b - a <= 2)
}

/// True when a cue that may be a noun reads as one after its would-be
/// subject: "a favourable view", "her previous support", "rallying grassroots
/// support" (a singular determiner with a base form, or a phrase that starts
/// with a gerund).
fn noun_use(cx: &Ctx, (a, b): (usize, usize), cue: usize) -> bool {
    let first = cx.lower[a].as_str();
    if a < b && !cx.toks[a].upper && first.ends_with("ing") && !is_determiner(first) {
        return true;
    }
    let base = !cx.lower[cue].ends_with('s');
    let singular_det = SINGULAR_DETERMINERS.contains(&first);
    let head = cx.lower[b].as_str();
    base && singular_det
        && a < b
        && !head.ends_with('s')
        && !cx.toks[b].upper
        && cx.toks[b].kind == TokenKind::Word
}

/// "Asked about X, ...": the question put to someone, at the start of a
/// sentence; the asker when the sentence names one ("Asked by X whether ...").
fn asked_claims(cx: &Ctx, used: &mut [bool], found: &mut Vec<Found>) {
    for &(lo, hi) in &cx.sents {
        if hi < lo + 4 || cx.lower[lo] != "asked" || !cx.toks[lo].upper || used[lo] {
            continue;
        }
        let mut k = lo + 1;
        let mut speaker = None;
        if cx.lower[k] == "by" {
            if let Some((a, b)) = cx.np_right(k + 1, hi) {
                speaker = Some((a, b));
                k = b + 1;
            }
        }
        let Some(comma) = (k..hi).find(|&m| cx.tok(m) == ",") else {
            continue;
        };
        if comma < k + 2 {
            continue;
        }
        used[lo] = true;
        found.push(Found {
            kind: ClaimKind::Indirect,
            speaker,
            cue: cx.toks[lo].span,
            class: CueClass::Speech,
            content: cx.span(k, comma - 1),
        });
    }
}

/// "Ann Ode, a ferry pilot from Corvallo who ..., said ...": a named subject
/// opening the sentence, then an aside too long for `subject_left` closed
/// right before the cue: between commas, dashes ("Ann Ode -- and her crew --
/// said") or brackets ("Ann Ode (D-Ore.) said").
fn appositive_subject(cx: &Ctx, lo: usize, cue: usize) -> Option<(usize, usize)> {
    if cue < lo + 3 || cx.lower[cue].ends_with("ing") {
        return None;
    }
    let close = cx.tok(cue - 1);
    let open = match close {
        "," | "--" | "-" | "—" | "–" | "―" => close,
        ")" => "(",
        _ => return None,
    };
    // The capitalised words opening the sentence ("Sen. Ann Ode").
    let mut n = lo;
    while n < cue && (cx.toks[n].upper && cx.is_word(n) || n > lo && cx.tok(n) == ".") {
        n += 1;
    }
    let (a, b) = (lo, n.checked_sub(1)?);
    // Two words at least: "Now, after the cuts, workers fear ..." opens
    // with an adverb, not a name.
    let named = n > lo + 1 && cx.is_word(b);
    // The aside may hold a participle of its own ("Ann Ode, speaking on
    // local radio, said") and a state's abbreviation ("Ann Ode, D-Ore., a
    // candidate, said").
    let clean = (b + 1..cue).all(|k| {
        (cx.cue[k].is_none() || cx.lower[k].ends_with("ing") && cx.tok(k - 1) == ",")
            && !cx.in_quote[k]
            && (cx.tok(k) != "."
                || is_abbrev(&cx.lower[k - 1])
                || cx.tok(k - 1).len() <= 3
                || matches!(cx.tok(k + 1), ")" | ","))
    });
    (named && a == lo && b + 2 < cue && cx.tok(b + 1) == open && clean).then_some((a, b))
}

/// True when the words before the cue at `cue` are a name opening the
/// sentence and an aside between commas ("Ann Ode, the mayor's aide,
/// urged a vote, ..."): the name is the subject, not the content of an
/// inverted "..., said X".
fn named_aside(cx: &Ctx, lo: usize, cue: usize) -> bool {
    cx.tok(cue - 1) == ","
        && cx.subject_left(cue, lo).is_some_and(|(a, b)| {
            a == lo
                && cx.toks[a].upper
                && !cx.lower[a].ends_with("ing")
                && b + 1 < cue
                && cx.tok(b + 1) == ","
        })
}

/// "X is reportedly planning ...": a sentence that a hearsay adverb marks
/// as reported, with no claim of its own, is a claim without a speaker.
fn hearsay_claims(cx: &Ctx, found: &mut Vec<Found>) {
    let before = found.len();
    // The cues found so far in start order, made on first need: a sentence's
    // own cues are then a binary search away, not a scan of every claim of
    // the text per sentence (quadratic on long texts; perf, issue 7).
    let mut cues: Option<Vec<Span>> = None;
    for &(lo, hi) in &cx.sents {
        // "Ann Ode leads in the latest polls": the polls are the source
        // (the head of the phrase after "in", within ten words).
        let poll = |k: usize| {
            if cx.lower[k] != "in" {
                return None;
            }
            (k + 1..hi.min(k + 10))
                .take_while(|&n| cx.is_word(n) && cx.lower[n] != "in" || cx.tok(n) == "-")
                .find(|&n| {
                    matches!(
                        cx.lower[n].as_str(),
                        "poll" | "polls" | "survey" | "surveys"
                    )
                })
        };
        let Some((k, poll_head)) = (lo..hi).find_map(|k| {
            if cx.in_quote[k] {
                return None;
            }
            let h = poll(k);
            (cx.lower[k] == "reportedly" || h.is_some()).then_some((k, h))
        }) else {
            continue;
        };
        let (a, b) = (cx.toks[lo].span.start, cx.toks[hi - 1].span.end);
        let mut end = trim_end(cx, lo, hi);
        let mut start = lo;
        let mut speaker = None;
        if let Some(h) = poll_head {
            speaker = Some((k + 1, h));
            // "In national polls, Ann Ode leads." / "Ann Ode leads in polls."
            match cx.comma_in(h + 1..(h + 2).min(hi)) {
                Some(c) if k == lo => start = c + 1,
                _ if h + 1 >= end => end = trim_end(cx, lo, k),
                _ => continue,
            }
        }
        let cues = cues.get_or_insert_with(|| {
            let mut c: Vec<Span> = found[..before].iter().map(|f| f.cue).collect();
            crate::sort::by_key(&mut c, |s| (s.start, s.end));
            c
        });
        let from = cues.partition_point(|c| c.start < a);
        let own_cue = cues[from..]
            .iter()
            .take_while(|c| c.start <= b)
            .any(|c| c.end <= b);
        if end < start + 3 || own_cue {
            continue;
        }
        found.push(Found {
            kind: ClaimKind::Indirect,
            speaker,
            cue: cx.toks[k].span,
            class: CueClass::Speech,
            content: cx.span(start, end - 1),
        });
    }
}

/// Labels that end in a colon without being a speaker ("Update: ...").
const LABELS: Words = Words(
    "update|updated|photo|picture|image|source|sources|note|related|read|watch|see|video|\
    editor|abstract|correction|caption|credit|listen|more|full|text|transcript|\
    advertisement|exclusive|breaking|question|answer|subscribe|contact|follow|share|latest",
);

/// "Name: what they said" at the start of a paragraph (interview transcripts,
/// headlines such as "Senator: Plan Will Fail").
fn colon_claims(cx: &Ctx, used: &mut [bool], found: &mut Vec<Found>) {
    let transcript = transcript(cx);
    for (pi, p) in cx.doc.paragraphs.iter().enumerate() {
        let (a, b) = (cx.at(p.start), cx.at(p.end));
        // "\"ODE: ...": a transcript quoted paragraph by paragraph.
        let a = if transcript && a + 2 < b && matches!(cx.tok(a), "\"" | "“") {
            a + 1
        } else {
            a
        };
        let Some(c) = (a + 1..b.min(a + 14)).find(|&k| cx.tok(k) == ":") else {
            continue;
        };
        // "Polls agree - Ann Ode: ...": a name after a dash in a round-up.
        let a = (a..c)
            .rev()
            .find(|&k| matches!(cx.tok(k), "-" | "—" | "–" | "―"))
            .map_or(a, |k| k + 1);
        if c <= a || c > a + 7 {
            continue;
        }
        // "Report: ...", "WSJ editorial: ...": a headline's noun cue is its source.
        let noun_cue =
            |k: usize| pi == 0 && k + 1 == c && cx.toks[a].upper && !cx.lower[k].ends_with("ed");
        if used[c]
            || c + 3 > b
            || (a..c).any(|k| !cx.is_word(k) || cx.cue[k].is_some() && !noun_cue(k))
        {
            continue;
        }
        let named = (a..c).any(|k| cx.toks[k].upper);
        // One capitalised word is a label ("BREAKING:"); two are a name
        // in a transcript ("ANN ODE:").
        // In a transcript, where two or more such names take turns, one
        // is a speaker ("TAPPER:").
        let all_caps = c == a + 1
            && cx.cue[a].is_none()
            && !cx.tok(a).chars().any(char::is_lowercase)
            && cx.tok(a).len() > 1
            && !transcript;
        // "Ann Ode to Voters: ...", "Mayor On Harbour Plan: ...": a headline
        // naming the speaker, then whom or what the words are about.
        let prep = (a + 1..c).find(|&k| is_stop(&cx.lower[k])).filter(|&k| {
            pi == 0
                && matches!(cx.lower[k].as_str(), "to" | "on" | "at" | "about")
                && (a..k).all(|m| cx.toks[m].upper)
                && k + 1 < c
                && cx.toks[k + 1].upper
                // A name, not a section heading ("Success on Climate:").
                && (a..k).any(|m| !crate::entities::lexicon::is_english(cx.tok(m)))
        });
        // A label word, unless a name ends in it ("Judicial Watch:").
        let label = (a..c)
            .any(|k| LABELS.contains(&cx.lower[k].as_str()) && (k == a || cx.lower[k] != "watch"))
            || (a..c).any(|k| is_stop(&cx.lower[k])) && prep.is_none();
        if !named || all_caps || label {
            continue;
        }
        // "Q:" and "A:" in an interview.
        let letter = c == a + 1 && matches!(cx.tok(a), "Q" | "A");
        let speaker = match prep {
            Some(k) => cx.np_left(k - 1, a).filter(|&(s, _)| s == a),
            None => cx.np_left(c - 1, a).or(letter.then_some((a, a))),
        };
        let Some(speaker) = speaker else {
            continue;
        };
        let end = trim_end(cx, c + 1, b);
        // "Contributing: Ann Ode", "Ode: A narrow win": a by-line or a
        // headline's label, not words said (three words or fewer after a
        // colon matched a PolNeAR train attribution once in 21).
        let direct = matches!(cx.tok(c + 1), "\"" | "“" | "‘");
        if end < c + 3 || !direct && (c + 1..end).filter(|&k| cx.is_word(k)).count() < 4 {
            continue;
        }
        used[c] = true;
        found.push(Found {
            kind: if direct {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            },
            speaker: Some(speaker),
            cue: cx.toks[c].span,
            class: CueClass::Speech,
            content: cx.span(c + 1, end - 1),
        });
    }
}

/// The capitalised word before a colon that opens the paragraph starting at
/// token `a` ("TAPPER:", "\"ODE:"), unless it is a label ("UPDATE:").
fn caps_turn<'a>(cx: &'a Ctx, a: usize, b: usize) -> Option<&'a str> {
    // A paragraph of quote marks alone has no turn (fuzzed input).
    if a + 3 > b || b > cx.toks.len() {
        return None;
    }
    let a = if matches!(cx.tok(a), "\"" | "“") {
        a + 1
    } else {
        a
    };
    let w = cx.tok(a);
    (a + 2 < b
        && cx.tok(a + 1) == ":"
        && cx.toks[a].kind == TokenKind::Word
        && w.len() > 1
        && !w.chars().any(char::is_lowercase)
        && !LABELS.contains(&cx.lower[a].as_str()))
    .then_some(w)
}

/// True when two or more different capitalised names open paragraphs with a
/// colon: an interview transcript ("TAPPER: ...", "FALLIN: ...").
fn transcript(cx: &Ctx) -> bool {
    let mut first: Option<&str> = None;
    for p in &cx.doc.paragraphs {
        let (a, b) = (cx.at(p.start), cx.at(p.end));
        match (caps_turn(cx, a, b), first) {
            (Some(w), None) => first = Some(w),
            (Some(w), Some(f)) if w != f => return true,
            _ => {}
        }
    }
    false
}

/// Trims sentence-final punctuation tokens from the token range `[a, b)`.
fn trim_end(cx: &Ctx, a: usize, mut b: usize) -> usize {
    while b > a
        && matches!(
            cx.tok(b - 1),
            "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "―" | "-"
        )
    {
        b -= 1;
    }
    b
}

/// Reported speech: every cue outside quotes that is not used yet.
fn reported(
    cx: &Ctx,
    used: &mut [bool],
    spoke: &[(usize, Option<(usize, usize)>)],
    found: &mut Vec<Found>,
) {
    for (si, &(lo, hi)) in cx.sents.iter().enumerate() {
        let mut last_speaker: Option<(usize, usize)> = None;
        let mut last_content: Option<Span> = None;
        let first_found = found.len();
        let mut i = lo;
        while i < hi {
            let Some(cue) = cx.cue[i] else {
                i += 1;
                continue;
            };
            let ce = i + usize::from(cue.len);
            if used[i] || cx.in_quote[i] {
                let k = spoke.partition_point(|&(c, _)| c <= i);
                if let Some(&(_, Some(sp))) =
                    k.checked_sub(1).map(|k| &spoke[k]).filter(|e| e.0 == i)
                {
                    last_speaker = Some(sp);
                    last_content = None;
                }
                i = ce;
                continue;
            }
            if let Some(mut f) = reported_at(cx, lo, hi, i, cue, last_speaker) {
                f.content = quote_tail(cx, f.content);
                used[i] = true;
                // "He defended Ann Ode's views on trade, saying ...": a claim
                // whose speaker lies inside the last one's content is nested;
                // a later participle still takes the outer speaker.
                let nested = f.speaker.zip(last_content).is_some_and(|((a, _), c)| {
                    c.start <= cx.toks[a].span.start && cx.toks[a].span.start < c.end
                });
                // "She gave no details of how he planned to ..., saying ...":
                // a speaker inside an embedded question is not the clause's.
                let embedded = f.speaker.is_some_and(|(a, _)| {
                    a >= lo + 2
                        && matches!(
                            cx.lower[a - 1].as_str(),
                            "how" | "what" | "whether" | "why" | "where"
                        )
                        && cx.is_word(a - 2)
                });
                if f.speaker.is_some() && !nested && !embedded {
                    last_speaker = f.speaker;
                    last_content = Some(f.content);
                }
                found.push(f);
            }
            i = ce;
        }
        // "Ann Ode said the plan would fail. "Nobody wants it."": a quote
        // without attribution of its own right after the sentence goes on
        // with its last claim.
        if found.len() > first_found {
            if let Some(end) = next_quote(cx, found, si) {
                let f = found.last_mut().expect("found after first_found");
                f.content = Span::new(f.content.start, end.max(f.content.end));
            }
        }
    }
}

/// The end of the quote that opens sentence `si + 1` in the same paragraph
/// (or fills the next one), when it is closed and no direct claim covers it.
fn next_quote(cx: &Ctx, found: &[Found], si: usize) -> Option<usize> {
    let &(_, hi) = cx.sents.get(si)?;
    let &(nlo, _) = cx.sents.get(si + 1)?;
    if nlo != hi || nlo >= cx.toks.len() || !cx.in_quote[nlo] || cx.in_quote[nlo - 1] {
        return None;
    }
    let (_, phi) = cx.para_tokens(cx.toks[nlo].span.start);
    let (m, closed) = quote_run(cx, nlo + 1, phi);
    // In the next paragraph only a quote that fills it: "...would fail.\n\n"Nobody wants it.""
    if cx.para_tokens(cx.toks[hi - 1].span.start).1 != phi && m < phi {
        return None;
    }
    let quote = Span::new(cx.toks[nlo].span.start, cx.toks[m - 1].span.end);
    let direct = found
        .iter()
        .any(|d| d.kind == ClaimKind::Direct && d.content.overlaps(&quote));
    (closed && !direct).then_some(quote.end)
}

/// The end (exclusive) of the quoted tokens from `from`, at most `phi`,
/// and whether a closing quote mark ends them.
fn quote_run(cx: &Ctx, from: usize, phi: usize) -> (usize, bool) {
    let mut m = from;
    while m < phi && cx.in_quote[m] {
        m += 1;
    }
    (m, matches!(cx.tok(m - 1), "\"" | "”" | "'" | "’" | "''"))
}

/// "Ann Ode said the plan "will fail. Nobody wants it."": reported content
/// that stops inside a quote runs on to the quote's end, past sentence ends.
fn quote_tail(cx: &Ctx, content: Span) -> Span {
    let n = cx.at(content.end);
    if n == 0 || n >= cx.toks.len() || !cx.in_quote[n] || !cx.in_quote[n - 1] {
        return content;
    }
    let a = cx.at(content.start);
    if !(a..n).any(|k| k > 0 && !cx.in_quote[k - 1] && cx.in_quote[k]) {
        return content;
    }
    let (_, phi) = cx.para_tokens(content.start);
    // Only to a closing mark: an unclosed quote runs to the paragraph end.
    let (m, closed) = quote_run(cx, n, phi);
    if !closed || (n..m).filter(|&k| cx.is_word(k)).count() == 0 {
        return content;
    }
    Span::new(content.start, cx.toks[m - 1].span.end)
}

fn reported_at(
    cx: &Ctx,
    lo: usize,
    hi: usize,
    i: usize,
    cue: CueAt,
    last_speaker: Option<(usize, usize)>,
) -> Option<Found> {
    let ce = i + usize::from(cue.len);
    let cue_span = cx.span(i, ce - 1);
    let hi = trim_end(cx, ce, hi).max(ce);
    if cue.pattern == Pattern::Source {
        let mut np = cx.np_right(ce, hi)?;
        // "according to a tally by the news agency": the agency is the source.
        if np.1 + 2 < hi && matches!(cx.lower[np.1 + 1].as_str(), "by" | "from") {
            if let Some((_, b)) = cx.np_right(np.1 + 2, hi) {
                np.1 = b;
            }
        }
        let mut after = np.1 + 1;
        if after < hi && cx.tok(after) != "," {
            // A long source: "according to cables released later by X, ...".
            if let Some(m) = (after..hi.min(after + 25)).find(|&m| cx.tok(m) == ",") {
                if (after..m).all(|k| cx.tok(k) != "." && !cx.in_quote[k]) {
                    after = m;
                }
            }
        }
        let pre_end = trim_end(cx, lo, i);
        let has_pre = pre_end > lo + 2;
        let has_post = after + 2 < hi && cx.tok(after) == ",";
        // "Ann Ode won 43 percent of the vote, according to the count, the
        // most since 1990": after a clause of its own the tail is no part of
        // the content (on PolNeAR train 14 near misses became matches, 7
        // matches were lost; after a shorter opening phrase it loses).
        let pre_words = (lo..pre_end).filter(|&k| cx.is_word(k)).count();
        let clause_first = pre_words >= PRE_CLAUSE_WORDS && cx.lower[pre_end - 1] != "that";
        let content = match (has_pre, has_post) {
            (true, true) if clause_first => cx.span(lo, pre_end - 1),
            // "Fundraising, according to X, has surged": a short opening
            // (a subject, an adverb) belongs to the content too.
            (_, true) if pre_end > lo => cx.span(lo, hi - 1),
            (true, _) => cx.span(lo, pre_end - 1),
            (false, true) => cx.span(after + 1, hi - 1),
            (false, false) => return None,
        };
        return Some(Found {
            kind: ClaimKind::Indirect,
            speaker: Some(np),
            cue: cue_span,
            class: cue.class,
            content,
        });
    }
    // A noun or adjective use: "his claims", "the alleged plot".
    if i > lo {
        let p = cx.lower[i - 1].as_str();
        let gerund = cx.lower[i].ends_with("ing") && ING_LEADS.contains(&p);
        if PREPOSITIONS.contains(p) && !cx.toks[i - 1].upper && !gerund || p == "to" && i < lo + 2 {
            return None;
        }
    }
    // Idioms: "easier said than done", "suffice it to say", "that said".
    if i > lo && matches!(cx.lower[i].as_str(), "said" | "say") {
        let p = cx.lower[i - 1].as_str();
        let pp = if i > lo + 1 {
            cx.lower[i - 2].as_str()
        } else {
            ""
        };
        // "Let's say ...": a supposition, no one's words.
        if matches!(p, "easier" | "let's" | "let’s")
            || p == "that" && i == lo + 1
            || p == "to" && matches!(pp, "safe" | "suffice" | "needless" | "fair" | "so")
            || p == "to" && pp == "it" && i > lo + 2 && cx.lower[i - 3] == "suffice"
        {
            return None;
        }
    }
    // "... when asked whether he would run": the question, no speaker.
    if cx.lower[i] == "asked" && i > lo && asked_lead(cx, i) && ce + 1 < hi {
        let end = cx.comma_in(ce + 1..hi).unwrap_or(hi);
        return Some(Found {
            kind: ClaimKind::Indirect,
            speaker: None,
            cue: cue_span,
            class: cue.class,
            content: cx.span(ce, end - 1),
        });
    }
    // Passive and impersonal: "it was claimed that ...", "X is said to ...".
    if i > lo {
        if let Some(k) = cx.skip_between_left(i - 1, lo) {
            // A progressive ("was calling for") is active, handled below.
            if BE.contains(&cx.lower[k].as_str())
                && !cx.lower[i].ends_with("ing")
                && !STATIVE.contains(&cx.lower[i].as_str())
            {
                let next = cx.lower.get(ce).map(|w| w.as_str());
                // "The plan was backed by the union": the union is the
                // speaker, the plan the content (or a that-clause after it).
                if next == Some("by") && k > lo {
                    let by = cx.np_right(ce + 1, hi);
                    let subject = cx
                        .skip_between_left(k - 1, lo)
                        .and_then(|m| cx.np_left(m, lo));
                    if let (Some(by), Some(subject)) = (by, subject) {
                        let content = if by.1 + 3 < hi && cx.lower[by.1 + 1] == "that" {
                            cx.span(by.1 + 2, hi - 1)
                        } else {
                            cx.span(subject.0, subject.1)
                        };
                        return Some(Found {
                            kind: ClaimKind::Indirect,
                            speaker: Some(by),
                            cue: cue_span,
                            class: cue.class,
                            content,
                        });
                    }
                }
                let content =
                    match next {
                        Some("that") if k > lo && cx.lower[k - 1] == "it" && ce + 2 < hi => {
                            cx.span(ce + 1, hi - 1)
                        }
                        Some("to") if ce + 2 < hi && k > lo => cx.span(lo, hi - 1),
                        // "he was asked what happened": the question, no speaker.
                        Some(
                            "what" | "whether" | "if" | "why" | "how" | "about" | "when" | "who",
                        ) if ce + 2 < hi => cx.span(ce, hi - 1),
                        _ => return None,
                    };
                return Some(Found {
                    kind: ClaimKind::Indirect,
                    speaker: None,
                    cue: cue_span,
                    class: cue.class,
                    content,
                });
            }
        }
    }
    // Where is the content: after the cue, or before ("..., X said.")?
    let mut start = ce;
    // "said in a statement that", "told reporters on Monday that".
    // "telling customers at a breakfast spot in Ames, Iowa, that ...": a
    // listener and where, commas and all.
    let reach = if cx.lower[i].starts_with("tel") || cx.lower[i] == "told" {
        20
    } else {
        8
    };
    if let Some(t) = (ce..hi.min(ce + reach)).find(|&k| cx.lower[k] == "that") {
        if (ce..t).all(|k| (cx.is_word(k) || reach > 8 && cx.tok(k) == ",") && cx.cue[k].is_none())
        {
            start = t + 1;
        }
    }
    // "said Thursday during a town hall in Ames, Iowa, that ...": a longer
    // adverbial, commas and all.
    if start == ce && ce < hi && adverbial(&cx.lower[ce]) {
        if let Some(t) = (ce + 1..hi.min(ce + 20)).find(|&k| cx.lower[k] == "that") {
            if cx.tok(t - 1) == ","
                && (ce..t).all(|k| (cx.is_word(k) || cx.tok(k) == ",") && cx.cue[k].is_none())
            {
                start = t + 1;
            }
        }
    }
    if start == ce && cue.pattern == Pattern::Object && ce < hi {
        let w = cx.lower[ce].as_str();
        if OBJECT_WORDS.contains(&w) {
            start = ce + 1;
        } else if cx.toks[ce].upper || is_determiner(w) {
            if let Some((_, b)) = cx.np_right(ce, hi) {
                start = b + 1;
            }
        }
    }
    // "..., analysts say; in 2012, ...": a semicolon right after the cue
    // ends the attribution, whose content is before it.
    let semicolon = start < hi && cx.tok(start) == ";";
    while start < hi && matches!(cx.tok(start), ":" | ",") {
        start += 1;
    }
    // Content ends before a following participle cue: ", adding that ...".
    let mut end = if semicolon { start } else { hi };
    // "Ann Ode, who calls the plan a fraud, said ...": a cue in a relative
    // clause after its subject; the clause ends before the main verb.
    let relative = i > lo
        && cx
            .skip_between_left(i - 1, lo)
            .is_some_and(|k| cx.lower[k] == "who");
    for k in start..hi {
        if relative && k > start + 1 && !cx.in_quote[k] {
            let w = cx.lower[k].as_str();
            // The comma before `k`, across closing quote marks (`"a fraud,"`).
            let mut c = k - 1;
            while c > start && matches!(cx.tok(c), "”" | "\"" | "’" | "'" | "''") {
                c -= 1;
            }
            let comma = cx.tok(c) == ",";
            // "who want to ban it said Monday ...", "who refused, said ...".
            // Not a cue with a subject of its own: "believe anything he says".
            let own_subject = cx.is_word(k - 1)
                && (cx.toks[k - 1].upper
                    || is_subject_pronoun(&cx.lower[k - 1])
                    || matches!(cx.lower[k - 1].as_str(), "who" | "that" | "which"));
            let main = matches!(w, "said" | "says" | "say") && !own_subject
                || comma
                    && !cx.toks[k].upper
                    && (cx.cue[k].is_some_and(|c| c.pattern != Pattern::Source)
                        && !w.ends_with("ing")
                        || w.ends_with("ed")
                        || matches!(
                            w,
                            "will" | "would" | "has" | "had" | "is" | "was" | "are" | "were"
                        ));
            if main {
                // A quote closed by the comma keeps its marks.
                end = if comma && c + 1 == k { c } else { k };
                break;
            }
        }
        // A semicolon, a dash aside or a ", while ..." clause closes the content.
        if k >= start + 2 && !cx.in_quote[k] && clause_break(cx, k, hi) {
            end = k;
            break;
        }
        // "... and celebrated the ruling", "..., and he reiterated": a second cue.
        if k > start + 1 && matches!(cx.lower[k].as_str(), "and" | "but") {
            let mut n = k + 1;
            if n < hi && cx.tok(k - 1) == "," {
                if let Some((_, b)) = cx.np_right(n, hi) {
                    if b + 1 < hi && cx.cue[b + 1].is_some() {
                        n = b + 1;
                    }
                }
            }
            while n < hi && cx.cue[n].is_none() && is_between(&cx.lower[n]) {
                n += 1;
            }
            if n < hi && cx.cue[n].is_some_and(|c| c.pattern != Pattern::Source) {
                end = k;
                break;
            }
        }
        // "... the refuge - noting that ...": a dash before a participle cue.
        if k > start
            && k + 1 < hi
            && matches!(cx.tok(k), "-" | "—" | "–" | "--")
            && cx.cue[k + 1].is_some()
            && cx.lower[k + 1].ends_with("ing")
        {
            end = k;
            break;
        }
        if cx.tok(k) != "," || k + 1 >= hi {
            continue;
        }
        // "called it "a mistake," adding ...": the quote closes after the comma.
        let close = k + 2 < hi && cx.in_quote[k] && !cx.in_quote[k + 2];
        let mut n = k + 1 + usize::from(close);
        let coordinated = matches!(cx.lower[n].as_str(), "and" | "but");
        if coordinated {
            n += 1;
        }
        while n < hi && cx.cue[n].is_none() && is_between(&cx.lower[n]) {
            n += 1;
        }
        if n < hi && cx.cue[n].is_some() && (coordinated || cx.lower[n].ends_with("ing")) {
            end = k + 2 * usize::from(close);
            break;
        }
        // A non-restrictive relative clause closes the content after a name
        // ("praised Ann Ode, who ...") or when it holds a cue of its own
        // ("cited the fees, which she said ..."); otherwise it belongs to
        // the content ("said the fares would rise, which would hurt ...").
        let own_cue = (k + 2..end.min(k + 12)).any(|n| cx.cue[n].is_some() && !cx.in_quote[n]);
        if k >= start + 3
            && matches!(cx.lower[k + 1].as_str(), "which" | "who" | "whom" | "whose")
            && (own_cue || cx.toks[k - 1].upper)
            && !inside_subject(cx, start, k, end)
        {
            end = k;
            break;
        }
    }
    // "While most voters say the plan is fair, few expect it to pass": in a
    // sentence that opens with a subordinate clause, the content ends with it.
    // "Despite the mayor's claims that ..., few ...": likewise for a cue
    // inside an opening introductory phrase.
    let first = (lo..i).find(|&k| cx.is_word(k)).unwrap_or(i);
    let intro_cue = opens_intro(&cx.lower[first]) && cx.comma_in(lo..hi).is_some_and(|f| f > i);
    if (opens_subordinate(cx, lo) || intro_cue) && i > lo {
        if let Some(k) = cx.comma_in(start + 2..end) {
            end = k;
        }
    }
    // "X endorsed Ann Ode last week": a stance verb's content is its object.
    let stance = is_stance(&cx.lower[ce - 1]);
    // "backed away from", "backing down": a phrasal verb, not support.
    if cx.lower[ce - 1].starts_with("back")
        && ce < hi
        && BACK_PARTICLES.contains(&cx.lower[ce].as_str())
    {
        return None;
    }
    if ce < hi && other_sense(cx, i, ce, hi) {
        return None;
    }
    let named = start < end
        && (cx.toks[start].upper && cx.is_word(start)
            || matches!(cx.lower[start].as_str(), "him" | "her" | "them"));
    if stance && named {
        end = stance_object_end(cx, start, end);
    }
    // "... the rules in an interview published Saturday": the occasion of the
    // words at the end is no part of them.
    if let Some(k) = (start + 3..end).find(|&k| {
        matches!(cx.lower[k].as_str(), "in" | "at" | "during")
            && !cx.in_quote[k]
            && (k + 1..end.min(k + 5)).any(|n| OCCASIONS.contains(cx.lower[n].as_str()))
            && (k + 1..end).all(|n| cx.is_word(n) && cx.cue[n].is_none())
    }) {
        end = k;
    }
    let right_len = end.saturating_sub(start);
    let prev_is_comma =
        |a: usize| a > lo && matches!(cx.tok(a - 1), "," | "”" | "\"" | "’" | "—" | "―");
    // Inverted: "..., said X." — the speaker follows, the content is before.
    // Not a participle: "..., McCain said, citing low growth" cites growth.
    // Nor after a named subject and its appositive: "Ann Ode, the harbour
    // master, voiced her doubts" voices the doubts.
    if right_len > 0
        && i > lo
        && prev_is_comma(i)
        && !cx.lower[i].ends_with("ing")
        && appositive_subject(cx, lo, i).is_none()
    {
        if let Some((a, b)) = cx.np_right(ce, hi) {
            if b + 1 >= hi || cx.tok(b + 1) == "," {
                let cend = trim_end(cx, lo, i - 1);
                if cend > lo + 1 && !named_aside(cx, lo, i) {
                    return Some(Found {
                        kind: ClaimKind::Indirect,
                        speaker: Some((a, b)),
                        cue: cue_span,
                        class: cue.class,
                        content: cx.span(lo, cend - 1),
                    });
                }
            }
        }
    }
    // "and began talking": the verb that governs the cue stands in for it.
    let iv = cx.aspect_verb(i, lo).unwrap_or(i);
    let coordinated = iv > lo
        && cx
            .skip_between_left(iv - 1, lo)
            .is_some_and(|k| matches!(cx.lower[k].as_str(), "and" | "but"));
    // ", saying" or ",\" saying" (after a quote closed by its comma).
    let after_comma = iv > lo
        && (cx.tok(iv - 1) == ","
            || iv > lo + 1 && cx.tok(iv - 2) == "," && cx.in_quote[iv - 1] && !cx.in_quote[iv]);
    let speaker = if cx.lower[iv].ends_with("ing") && after_comma || coordinated {
        last_speaker.or_else(|| cx.main_subject(lo, i))
    } else {
        let left = cx.subject_left(i, lo);
        // "Ann Ode sent an email saying ...": the phrase before a participle
        // is the object of a verb; the speaker is that verb's subject.
        let object = left.filter(|&(a, _)| {
            cx.lower[i].ends_with("ing")
                && a > lo
                && cx.is_word(a - 1)
                && !cx.toks[a - 1].upper
                && (!is_stop(&cx.lower[a - 1])
                    || PREP_OBJECT.contains(&cx.lower[a - 1].as_str())
                        && a > lo + 1
                        && !is_role_noun(&cx.lower[a - 2]))
                && !is_determiner(&cx.lower[a - 1])
                && !SUBORDINATORS.contains(&cx.lower[a - 1].as_str())
        });
        // "Ann Ode has drawn crowds describing ...": a verb phrase after an
        // auxiliary, likewise.
        // "they could not resist pointing out": a lone verb after an adverb.
        let verb_phrase = left.filter(|&(a, b)| {
            let p = if a > lo { cx.lower[a - 1].as_str() } else { "" };
            cx.lower[i].ends_with("ing")
                && a > lo
                && (a < b && AUXILIARIES.contains(&p)
                    || a == b && is_between(p) && !AUXILIARIES.contains(&p))
                && !cx.toks[a].upper
                && cx.is_word(a)
                && !is_determiner(&cx.lower[a])
        });
        // The subject right before the auxiliaries and adverbs: "they could not".
        let before_verb = verb_phrase.filter(|&(a, b)| a == b).and_then(|(a, _)| {
            let k = cx.skip_between_left(a - 1, lo)?;
            if is_subject_pronoun(&cx.lower[k]) && !matches!(cx.lower[k].as_str(), "which" | "who")
            {
                Some((k, k))
            } else {
                cx.np_left(k, lo)
            }
        });
        // "she said at a news conference announcing ...": a participle after
        // a cue's adverbial is that cue's speaker's.
        let after_cue = left.is_some_and(|(a, _)| {
            cx.lower[i].ends_with("ing")
                && a > lo + 1
                && matches!(cx.lower[a - 1].as_str(), "at" | "in" | "on" | "during")
                && cx.cue[a - 2].is_some()
        });
        // "One of the doctors who signed the letter called him ...": the
        // phrase before the cue is the object inside a relative clause; the
        // speaker is the phrase the clause belongs to.
        let relative_object = left.and_then(|(a, _)| {
            if cx.lower[i].ends_with("ing") || a < lo + 3 {
                return None;
            }
            let (v, r) = (a - 1, a - 2);
            let verb = cx.is_word(v)
                && !cx.toks[v].upper
                && !is_stop(&cx.lower[v])
                && !is_determiner(&cx.lower[v]);
            (verb && matches!(cx.lower[r].as_str(), "who" | "that") && cx.tok(r - 1) != ",")
                .then(|| cx.np_left(r - 1, lo))
                .flatten()
        });
        match object.or(verb_phrase) {
            _ if relative_object.is_some() => relative_object,
            _ if after_cue => {
                last_speaker.or_else(|| left.and_then(|(a, _)| cx.subject_left(a - 2, lo)))
            }
            Some(_) if before_verb.is_some() => before_verb,
            Some((a, _)) => cx
                .subject_of_verb(lo, a)
                .or_else(|| cx.main_subject(lo, a))
                .or(left),
            None => left,
        }
        .or_else(|| {
            let k = cx.skip_between_left(i.checked_sub(1)?, lo)?;
            matches!(cx.lower[k].as_str(), "and" | "but")
                .then_some(last_speaker)
                .flatten()
        })
    };
    // "After saying he was tired, the mayor left ...", "Noting that ...,
    // Ann Ode added": a participle opening the sentence has the main
    // clause's subject, after the comma that closes its phrase.
    let opening = if speaker.is_none() && cx.lower[i].ends_with("ing") && i < lo + 5 {
        let lead = (lo..i).all(|k| cx.is_word(k) && !cx.toks[k].upper || k == lo);
        let m = cx.comma_in(start + 1..(end + 1).min(hi).min(start + 30));
        m.filter(|_| lead)
            .and_then(|m| Some((m, cx.np_right(m + 1, hi)?)))
            // "the man stood up": after a determiner and a lower-case noun,
            // the next lower-case word is the verb.
            .map(|(m, (a, b))| {
                let lower = |k: usize| !cx.toks[k].upper;
                let verb = is_determiner(&cx.lower[a]) && b > a + 1 && lower(a + 1) && lower(a + 2);
                (m, (a, if verb { a + 1 } else { b }))
            })
            .filter(|&(_, (a, b))| {
                let w = cx.lower[a].as_str();
                b + 1 < hi
                    && cx.is_word(b + 1)
                    && !cx.toks[b + 1].upper
                    && !matches!(w, "it" | "there" | "this" | "that" | "which" | "who")
                    && !cx.in_quote[b + 1]
            })
    } else {
        None
    };
    if let Some((m, _)) = opening {
        end = m;
    }
    let speaker = speaker
        .or(opening.map(|(_, np)| np))
        .or_else(|| appositive_subject(cx, lo, i))?;
    // "Ann Ode, who said the plan was fair, voted ...": a relative clause
    // between commas ends at its closing comma.
    let relative = speaker.0 == speaker.1
        && speaker.0 > lo
        && matches!(cx.lower[speaker.0].as_str(), "who" | "which")
        && cx.tok(speaker.0 - 1) == ",";
    if relative {
        if let Some(k) = cx.comma_in(start + 2..end) {
            end = k;
        }
    }
    let right_len = end.saturating_sub(start);
    if present_form(&cx.lower[i]) && !clean_subject(cx, speaker) {
        return None;
    }
    // "a Facebook post", "his Twitter comments": the noun, after the medium.
    if present_form(&cx.lower[i])
        && matches!(
            cx.lower[speaker.1].as_str(),
            "facebook" | "twitter" | "instagram" | "youtube" | "blog" | "reddit" | "tiktok"
        )
    {
        return None;
    }
    // "Ann Ode made a forceful promise to ...": a noun cue; the speaker is
    // the clause's subject, not the words before the noun.
    let shown = if present_form(&cx.lower[i]) && noun_use(cx, speaker, i) {
        cx.main_subject(lo, speaker.0)
    } else {
        Some(speaker)
    };
    // "The figures appear to be wrong": a raising verb's subject is part of
    // what seems so.
    if RAISING.contains(cx.lower[i].as_str())
        && right_len >= 2
        && start == ce
        && cx.lower[ce] == "to"
    {
        return Some(Found {
            kind: ClaimKind::Indirect,
            speaker: shown,
            cue: cue_span,
            class: cue.class,
            content: cx.span(speaker.0, end - 1),
        });
    }
    // "A, X said, B": the content is the whole sentence around the attribution.
    if speaker.0 > lo + 1
        && prev_is_comma(speaker.0)
        && start > ce
        && cx.tok(start - 1) == ","
        && start == ce + 1
        && right_len >= 2
    {
        return Some(Found {
            kind: ClaimKind::Indirect,
            speaker: shown,
            cue: cue_span,
            class: cue.class,
            content: cx.span(lo, end - 1),
        });
    }
    // "..., the company agreed to pay": "to" and a verb is the content, not
    // an adverbial ("..., she said to reporters").
    let infinitive = start + 1 < hi
        && cx.lower[start] == "to"
        && cx.toks[start + 1].kind == TokenKind::Word
        && !cx.toks[start + 1].upper
        && !is_determiner(&cx.lower[start + 1])
        && !OBJECT_WORDS.contains(&cx.lower[start + 1].as_str())
        && !cx.lower[start + 1].ends_with('s');
    let adverbial_right = start < hi && adverbial(&cx.lower[start]) && !infinitive;
    let intro = speaker.0 > lo && intro_only(cx, lo, speaker.0 - 1);
    // ", who vowed to ...": a relative clause's content follows its cue.
    let relative_pronoun = matches!(cx.lower[speaker.0].as_str(), "who" | "which");
    let content_before = speaker.0 > lo + 2
        && prev_is_comma(speaker.0)
        && adverbial_right
        && !intro
        && !relative_pronoun;
    let long_enough = right_len >= 2 || (stance && right_len == 1 && cx.is_word(start));
    // "won broad support from the unions", "Ann Ode reported from the
    // harbour": a phrase with "from" names a source or a place, not what was
    // said (fewer than one in three such claims matched gold on PolNeAR).
    if long_enough && cx.lower[start] == "from" && start == ce {
        return None;
    }
    if long_enough && !(right_len < 4 && fillers_only(cx, start, end)) && !content_before {
        // "the fees, which she said would rise": the content of a cue in a
        // relative clause starts at the pronoun (not after "in which").
        let rel = speaker.0 > lo + 1
            && matches!(cx.lower[speaker.0 - 1].as_str(), "which" | "whom" | "who")
            && !PREPOSITIONS.contains(cx.lower[speaker.0 - 2].as_str());
        let from = if rel { speaker.0 - 1 } else { start };
        return Some(Found {
            kind: ClaimKind::Indirect,
            speaker: shown,
            cue: cue_span,
            class: cue.class,
            content: cx.span(from, end - 1),
        });
    }
    // "..., X said (on Monday)." — content before the speaker.
    let intro = intro && !clause_before(cx, lo, speaker.0, start, end);
    if speaker.0 > lo && prev_is_comma(speaker.0) && !intro {
        let cend = trim_end(cx, lo, speaker.0 - 1);
        if cend > lo + 1 {
            return Some(Found {
                kind: ClaimKind::Indirect,
                speaker: shown,
                cue: cue_span,
                class: cue.class,
                content: cx.span(lo, cend - 1),
            });
        }
    }
    // "..., people close to the mayor say.", "..., campaign and finance
    // records show.": a speaker phrase too long for `np_left`, from the last
    // comma to the cue that ends the sentence.
    let plain_cue = matches!(
        cx.lower[i].as_str(),
        "say" | "says" | "said" | "show" | "shows" | "showed"
    );
    let pronoun = is_subject_pronoun(&cx.lower[speaker.0]);
    if plain_cue && !pronoun && (right_len == 0 || fillers_only(cx, start, end)) {
        if let Some(c0) = (speaker.0.saturating_sub(12).max(lo + 2)..speaker.0)
            .rev()
            .find(|&k| cx.tok(k) == ",")
        {
            let plain = (c0 + 1..speaker.0).all(|k| {
                let w = cx.lower[k].as_str();
                cx.is_word(k)
                    && !cx.in_quote[k]
                    && cx.cue[k].is_none()
                    && !AUXILIARIES.contains(&w)
                    && !is_subject_pronoun(w)
                    && (w == "and" && k > c0 + 1 || !SUBORDINATORS.contains(&w))
                    && !matches!(w, "that" | "which" | "whom" | "whose" | "but" | "or")
            });
            let cend = trim_end(cx, lo, c0);
            if plain && c0 + 1 < speaker.0 && cend > lo + 2 && !intro {
                return Some(Found {
                    kind: ClaimKind::Indirect,
                    speaker: Some((c0 + 1, speaker.1)),
                    cue: cue_span,
                    class: cue.class,
                    content: cx.span(lo, cend - 1),
                });
            }
        }
    }
    None
}

/// Cues of motion and presence ("spoke at a rally", "showed up at the
/// caucus") and of "talk" with a listener or a place, which say nothing.
static SPEAK: WordSet = WordSet::new("speak|speaks|spoke|speaking|talk|talks|talked|talking");
/// Where "spoke"/"talked" go when no content follows ("spoke to voters").
/// Where words are said: "in an interview", "at a news conference".
static OCCASIONS: WordSet = WordSet::new(
    "interview|interviews|statement|speech|conference|debate|rally|briefing|hearing|appearance",
);

const SPEAK_PLACES: Words = Words("to|on|at|with|for|in|before|during|from");

/// True when the word at `start`, right after the cue at `i`, turns the cue
/// into something other than an attribution (each matched a PolNeAR train
/// attribution fewer than one time in four):
/// a passive agent ("a report by the agency", "backed by the union"; not
/// "responded by saying"), a particle ("showed up", "added up to",
/// "called off"), "added to" ("adding to his lead"), "appeared on
/// television", nouns ("a plan for", "requests for comment", "charges
/// against him"), "found himself", "you know, ...", and "spoke to
/// reporters", "talked with voters" (a listener or a place and no content;
/// "spoke about" stays).
fn other_sense(cx: &Ctx, i: usize, start: usize, hi: usize) -> bool {
    let (cue, next) = (cx.lower[i].as_str(), cx.lower[start].as_str());
    let gerund = start + 1 < hi && cx.lower[start + 1].ends_with("ing");
    let stem = |s: &str| cue.starts_with(s);
    if SPEAK.contains(cue) && SPEAK_PLACES.contains(&next) {
        return true;
    }
    let prev = if i > 0 { cx.lower[i - 1].as_str() } else { "" };
    // "the roll call", "a conference call with reporters": the noun.
    if matches!(cue, "call" | "calls") && matches!(prev, "roll" | "conference" | "press" | "phone")
    {
        return true;
    }
    // "seeking the nomination", "sought re-election": running for office.
    let after = cx.lower.get(start + 1).map_or("", |w| w.as_str());
    if (stem("seek") || stem("sought"))
        && (matches!(next, "reelection" | "re-election" | "office")
            || next == "the" && matches!(after, "nomination" | "presidency"))
    {
        return true;
    }
    match next {
        // "pledged delegates": the adjective.
        "delegate" | "delegates" => stem("pledg"),
        // "said by telephone": the manner of an active cue.
        "by" => !gerund && cue != "asked" && !stem("sa"),
        "up" | "off" => stem("show") || stem("add") || stem("call"),
        // "called in to a radio show": a telephone call.
        // "showing in the polls" (not "shows in detail how ...").
        "in" | "into" => {
            let after = cx.lower.get(start + 1).map_or("", |w| w.as_str());
            stem("call") && after != "question" || stem("show") && after != "detail"
        }
        // "found himself at odds": a state, not a finding.
        "himself" | "herself" | "itself" | "themselves" => stem("found") || stem("find"),
        // "a plan for", "requests for comment": the noun.
        "for" => stem("plan") || stem("request"),
        // "charges against him", "charged with fraud": the legal sense.
        // "a call with reporters": the noun.
        "against" | "with" => stem("charg") || matches!(cue, "call" | "calls") && next == "with",
        // "you know, ...": a filler.
        "," => cue == "know",
        "to" => stem("add"),
        "on" | "before" | "at" => stem("appear"),
        _ => false,
    }
}

/// Fewest words before "according to X," that make a content of their own.
const PRE_CLAUSE_WORDS: usize = 6;

/// Most words of a reported content's subject before a relative clause
/// that [`inside_subject`] keeps.
const SUBJECT_WORDS: usize = 7;

/// True when the relative clause at the comma `k` sits inside the subject of
/// the content `[start, end)`: a short phrase before it, and a comma that
/// closes it followed by a lower-case word that goes on with the verb
/// ("said that Ann Ode, who chairs the board, still opposes the plan").
/// Not a new clause after the comma: a pronoun, a conjunction, a cue ("...,
/// he said", "..., and", "..., saying").
fn inside_subject(cx: &Ctx, start: usize, k: usize, end: usize) -> bool {
    if (start..k).filter(|&n| cx.is_word(n)).count() > SUBJECT_WORDS {
        return false;
    }
    let Some(m) = (k + 2..end).find(|&m| cx.tok(m) == "," && !cx.in_quote[m]) else {
        return false;
    };
    let mut n = m + 1;
    if n < end && matches!(cx.tok(n), "\"" | "“" | "'" | "‘") {
        n += 1;
    }
    if n >= end || !cx.is_word(n) || cx.toks[n].upper || cx.cue[n].is_some() {
        return false;
    }
    let w = cx.lower[n].as_str();
    !(is_subject_pronoun(w)
        || w.ends_with("ing")
        || SUBORDINATORS.contains(&w)
        || CLAUSE_AFTER_COMMA.contains(&w)
        || matches!(w, "and" | "or" | "but" | "said" | "says"))
}

/// True when the sentence ends after the cue (`[start, end)` holds at most
/// time words) and the words before the speaker's comma open with a
/// demonstrative or a gerund and run on: a clause, the content, not an
/// introductory phrase ("This was a worry all year, Ann Ode said.",
/// "Seeing the flood up close changed her mind, she said.").
fn clause_before(cx: &Ctx, lo: usize, speaker: usize, start: usize, end: usize) -> bool {
    let ends =
        (start >= end || fillers_only(cx, start, end)) && end < cx.toks.len() && cx.tok(end) == ".";
    if !ends {
        return false;
    }
    let mut words = (lo..speaker).filter(|&k| cx.is_word(k));
    let Some(first) = words.next().map(|k| cx.lower[k].as_str()) else {
        return false;
    };
    words.count() >= 3
        && (matches!(first, "this" | "that" | "these" | "those") || first.ends_with("ing"))
}

/// True for a possessive word ("Ode's", "Ode’s"), not a pronoun's
/// contraction ("he's", "it’s").
fn possessive(w: &str) -> bool {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|stem| !is_subject_pronoun(stem) && !matches!(stem, "that" | "there" | "what"))
}

/// Words that open an introductory phrase rather than a clause ("Last
/// week, ...", "Like her rival, ...", "Despite the polls, ...").
static INTRO_STARTS: WordSet = WordSet::new(
    "like|unlike|among|despite|amid|throughout|for|with|without|by|under|over|following|\
    rather|almost|soon|still|yet|instead|also|now|meanwhile|however|asked|given|every|each|\
    even|nevertheless|moreover|indeed",
);

/// Cue participles that after a form of "be" are adjectives of the subject's
/// own stance ("the council is opposed to"), not passives.
const STATIVE: &[&str] = &["worried", "opposed"];

/// Prepositions whose object may stand right before a participle cue
/// ("made an appeal to farmers saying ..."): the speaker is the clause's
/// subject. Not after a role noun: "an aide to the mayor saying".
const PREP_OBJECT: &[&str] = &["to"];

/// True for a word that opens an adverbial: "on", "last", a month or a day.
fn adverbial(w: &str) -> bool {
    ADVERBIAL_STARTS.contains(w) || MONTHS_DAYS.contains(w)
}

/// True for a word that opens an introductory phrase or a subordinate clause.
fn opens_intro(w: &str) -> bool {
    INTRO_STARTS.contains(w)
        || ADVERBIAL_STARTS.contains(w)
        || SUBORDINATE_OPENERS.contains(&w)
        || matches!(w, "besides" | "since")
}

/// True when tokens `[lo, comma)` before a speaker are only an introductory
/// phrase ("In the coming months, he vowed ...", "If elected, she promised
/// ..."): one stretch without a comma that opens with a preposition, a
/// subordinator, a time word or a participle, or is one or two words long.
fn intro_only(cx: &Ctx, lo: usize, comma: usize) -> bool {
    let mut a = lo;
    while a < comma && (!cx.is_word(a) || matches!(cx.lower[a].as_str(), "and" | "but" | "so")) {
        a += 1;
    }
    if a >= comma || (a..comma).any(|k| cx.tok(k) == "," || cx.in_quote[k]) {
        return false;
    }
    let w = cx.lower[a].as_str();
    let words = (a..comma).filter(|&k| cx.is_word(k)).count();
    words <= 2
        || INTRO_STARTS.contains(w)
        || adverbial(w)
        || SUBORDINATE_OPENERS.contains(&w)
        || TIME_WORDS.contains(w)
        || (w.ends_with("ing") || w.ends_with("ed"))
            && a + 1 < comma
            // "Rising seas could flood the port, she said": a participle
            // with an auxiliary after it opens a clause, the content.
            && !(a + 1..comma).any(|k| AUXILIARIES.contains(&cx.lower[k].as_str()))
}

/// Words that open a sentence with a subordinate clause.
const SUBORDINATE_OPENERS: &[&str] = &[
    "while", "although", "though", "if", "as", "because", "when", "since", "after", "before",
    "whereas", "until", "once", "unless",
];

/// True when the sentence starting at token `lo` opens with a subordinate
/// clause ("While ...", "But if ...", "Even as ...").
fn opens_subordinate(cx: &Ctx, lo: usize) -> bool {
    let mut k = lo;
    while k < cx.toks.len() && !cx.is_word(k) && k < lo + 2 {
        k += 1;
    }
    if k < cx.toks.len() && matches!(cx.lower[k].as_str(), "but" | "and" | "even") {
        k += 1;
    }
    k < cx.toks.len() && SUBORDINATE_OPENERS.contains(&cx.lower[k].as_str())
}

/// True for a form of a verb of support or opposition ("endorsed", "backing"),
/// whose content is the object it takes, often one name.
fn is_stance(w: &str) -> bool {
    ["support", "endors", "oppos"]
        .iter()
        .any(|s| w.starts_with(s))
        || matches!(w, "back" | "backs" | "backed" | "backing")
}

/// Words that end the object of a stance verb: "backed Ann Ode in the
/// primary", "endorsed him last week because ...".
const STANCE_ENDS: &[&str] = &[
    "in", "by", "because", "last", "during", "as", "but", "and", "if", "when", "while", "after",
    "before", "since", "on", "at", "over", "among", "from", "until", "though", "although",
    "despite", "who", "which", "this", "next", "earlier", "later", "with", "even", "so", "or",
];

/// The end (exclusive) of the object of a stance verb starting at `start`.
fn stance_object_end(cx: &Ctx, start: usize, end: usize) -> usize {
    for k in start + 1..end {
        let w = cx.lower[k].as_str();
        if cx.is_word(k) {
            if STANCE_ENDS.contains(&w)
                || MONTHS_DAYS.contains(w)
                || TIME_WORDS.contains(w) && !cx.toks[k].upper
                || cx.cue[k].is_some()
            {
                return k;
            }
        } else {
            let attached = cx.toks[k - 1].span.end == cx.toks[k].span.start;
            let abbrev = w == "." && attached && is_abbrev(&cx.lower[k - 1]);
            if !(abbrev || matches!(w, "'" | "’") && attached || matches!(w, "-" | "‑")) {
                return k;
            }
        }
    }
    end
}

/// Verbs whose subject belongs to the content: "the figures seem to be wrong".
static RAISING: WordSet = WordSet::new("seem|seems|seemed|appear|appears|appeared");

/// Words after a comma that open a clause outside the reported content.
const CLAUSE_AFTER_COMMA: Words = Words("while|although|though|whereas|according|but|compared");

/// True when token `k` ends the reported content: ";", a spaced dash, or a
/// comma before "while", "although", "but", "according to" ...
fn clause_break(cx: &Ctx, k: usize, hi: usize) -> bool {
    match cx.tok(k) {
        ";" => true,
        // "..., a higher level than ...": a last appositive on the clause, not
        // on a name before it ("Ann Ode, a teacher").
        "," if k + 1 < hi
            && k > 0
            && matches!(cx.lower[k + 1].as_str(), "a" | "an")
            && cx.is_word(k - 1)
            && !cx.toks[k - 1].upper
            && !(k + 2..hi).any(|n| cx.tok(n) == ",") =>
        {
            true
        }
        "," => k + 1 < hi && CLAUSE_AFTER_COMMA.contains(&cx.lower[k + 1].as_str()),
        // "... when asked whether ...": the question starts another claim.
        _ => {
            let n = if k + 1 < hi && cx.lower[k + 1] == "being" {
                k + 2
            } else {
                k + 1
            };
            n < hi && cx.lower[n] == "asked" && asked_lead(cx, n)
        }
    }
}

/// True when "asked" at token `i` follows "when", "after being", "if" ...: a
/// question put to the clause's subject.
fn asked_lead(cx: &Ctx, i: usize) -> bool {
    let mut k = i - 1;
    if cx.lower[k] == "being" && k > 0 {
        k -= 1;
    }
    matches!(
        cx.lower[k].as_str(),
        "when" | "after" | "before" | "while" | "if" | "once" | "until" | "being"
    )
}

/// True when tokens `[a, b)` are only time words or prepositional filler ("on Monday").
fn fillers_only(cx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = cx.lower[k].as_str();
        MONTHS_DAYS.contains(w) || FILLERS.contains(w)
    })
}

#[cfg(test)]
mod tests;

// Word lists of single rules, as `Words` (smaller in the wasm than `matches!`).
static FILLERS: WordSet = WordSet::new("on|in|at|a|an|the|statement|interview|today|yesterday|tuesday|later|earlier|last|week|night|friday");
const BACK_PARTICLES: Words = Words("away|down|off|out|up|into|onto|from|up,|in");
const SINGULAR_DETERMINERS: Words = Words("a|an|his|her|its|this|that|every|each|my|your");
