//! Word-level helpers over the tokens of one sentence: clause limits, the
//! noun phrase before a cue (its subject), the words after it (its object).

use super::lexicon::LEXICON;
use crate::case::Case;
use crate::pat::Starts;
use crate::span::Span;
use crate::text::{Doc, Token, TokenKind};
use crate::wordlist::{WordSet, Words};

/// One sentence's tokens, with the text they index.
pub struct Sent<'d> {
    /// The whole text.
    pub text: &'d str,
    /// The sentence span.
    pub span: Span,
    /// The sentence's tokens.
    pub toks: &'d [Token],
    /// Where in the sentence text a lexicon entry may start.
    pub starts: Starts,
    /// The tokens lower-cased, a curly apostrophe made straight: made once
    /// per sentence, so that [`Sent::lw`] allocates nothing (perf, issue 7),
    /// and only when a rule first asks for a word: half the sentences of news
    /// hold no lexicon start, and no rule reads their words (perf, issue 7).
    /// An ASCII sentence is lower-cased whole (token `i` keeps its offsets,
    /// from the sentence start, and the ends are empty); otherwise token by
    /// token, one after the other: token `i` is `low[ends[i]..ends[i + 1]]`.
    low: std::cell::OnceCell<(String, Vec<u32>)>,
}

/// Forms of "be" (and "get" in passives) that stand before a predicate or participle.
pub static BE: WordSet = WordSet::new(
    "is|are|was|were|be|been|being|am|remain|remains|remained|get|gets|got|seem|seems|seemed|\
    appear|appears|appeared|proved|proven|prove",
);

/// Pronoun contractions with "be": the token "it's" is a subject and a copula.
const BE_CONTRACTED: Words =
    Words("it's|that's|this's|he's|she's|they're|we're|you're|there's|what's|who's|i'm");

/// Auxiliaries and modals skipped between a subject and its verb.
static AUX: WordSet = WordSet::new(
    "sometimes|often|usually|even|has|have|had|was|were|is|are|will|would|could|can|may|might|\
    should|must|did|does|do|also|later|again|then|since|now|still|already|once|earlier|\
    previously|'ve|’ve|been|being",
);

/// Words that end a subject noun phrase when walking back from a verb.
static NP_STOP: WordSet = WordSet::new(
    "that|which|who|whom|and|but|or|because|after|before|when|while|as|since|if|although|\
    though|where|said|says|say|told|tells|with|in|on|at|by|from|to|into|than|so|yet|however|\
    meanwhile|then|has|have|had|was|were|is|are|will|would|could|can|may|might|should|did|\
    does|do|not|even|over|about|against|under|amid|despite|during|without|through|like|why|\
    how|what|also|both|either",
);

/// Determiners and possessives that may open a noun phrase.
pub static DETERMINERS: WordSet = WordSet::new(
    "a|an|the|its|his|her|their|our|my|your|this|these|those|some|many|several|all|any|both|\
    each|one|two|three|no",
);

/// Subject pronouns.
pub const PRONOUNS: Words = Words("i|we|he|she|they|it|you|who|this|that");

/// Time words that may end a noun phrase walked back from a verb
/// ("the court this month rejected").
static TIME: WordSet = WordSet::new(
    "today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month|\
    week|year|morning|afternoon|evening|night|weekend",
);
const TIME_LEAD: Words = Words("this|last|on|that|next|each|late|early|earlier|on");

impl<'d> Sent<'d> {
    /// The sentence `span` of `doc`, with its tokens.
    pub fn new(doc: &'d Doc<'d>, span: Span) -> Sent<'d> {
        let a = doc.token_index_at(span.start);
        let b = doc.token_index_at(span.end);
        let toks = &doc.tokens[a..b];
        Sent {
            text: doc.text,
            span,
            toks,
            starts: LEXICON.starts(span.slice(doc.text)),
            low: std::cell::OnceCell::new(),
        }
    }

    /// The lower-cased tokens (see `low`).
    fn lower(&self) -> (String, Vec<u32>) {
        let (toks, span) = (self.toks, self.span);
        let st = self.str();
        let (mut low, mut ends) = (String::new(), Vec::new());
        // Whole when every token lies inside the sentence (they do: sentences
        // are made of tokens), so that the offsets hold.
        // Also whole when its only chars beyond ASCII are dashes, quotation
        // marks but the apostrophe, ellipses (none of which lower-casing or
        // straightening changes) or spaces (in no token): most sentences in
        // news with curly quotes (perf, issue 7).
        let plain = |c: char| {
            c.is_ascii() || ('\u{2010}'..='\u{2027}').contains(&c) && c != '’' || c.is_whitespace()
        };
        if toks.last().is_none_or(|t| t.span.end <= span.end)
            && (st.is_ascii() || st.chars().all(plain))
        {
            low = st.to_ascii_lowercase();
        } else {
            low.reserve(st.len());
            ends.reserve(toks.len() + 1);
            ends.push(0);
            for t in toks {
                let w = t.span.slice(self.text);
                if w.is_ascii() {
                    let k = low.len();
                    low.push_str(w);
                    low[k..].make_ascii_lowercase();
                } else {
                    low.push_str(&w.lowercase().replace('’', "'"));
                }
                ends.push(low.len() as u32);
            }
        }
        (low, ends)
    }

    /// The sentence text.
    pub fn str(&self) -> &'d str {
        self.span.slice(self.text)
    }

    /// Text of token `i`.
    pub fn w(&self, i: usize) -> &'d str {
        self.toks[i].span.slice(self.text)
    }

    /// Lower-cased text of token `i`, with a curly apostrophe made straight.
    pub fn lw(&self, i: usize) -> &str {
        let (low, ends) = self.low.get_or_init(|| self.lower());
        if ends.is_empty() {
            let t = self.toks[i].span;
            return &low[t.start - self.span.start..t.end - self.span.start];
        }
        &low[ends[i] as usize..ends[i + 1] as usize]
    }

    /// Lower-cased text of the token before `i`, or "" at the start.
    pub fn prev_lw(&self, i: usize) -> &str {
        if i > 0 {
            self.lw(i - 1)
        } else {
            ""
        }
    }

    /// True when bytes `a..b` start at a token start and end at a token end
    /// (or a hyphen: "Fake-News"); a lexicon match inside a word ("isn’tdeny") is no match.
    pub fn aligned(&self, a: usize, b: usize) -> bool {
        let i = self.at(a);
        i < self.toks.len()
            && self.toks[i].span.start == a
            && (self.toks[i..].iter().any(|t| t.span.end == b) || self.text[b..].starts_with('-'))
    }

    /// True when token `i` is punctuation.
    pub fn punct(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Punct
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < pos)
    }

    /// True when token `i` ends a clause: , ; : ( ) dashes and quote marks.
    pub fn clause_mark(&self, i: usize) -> bool {
        self.punct(i)
            && matches!(
                self.w(i),
                "," | ";" | ":" | "(" | ")" | "—" | "–" | "\"" | "“" | "”" | "?" | "!" | "[" | "]"
            )
            || (self.w(i) == "-" && self.spaced(i))
    }

    /// True when token `i` has white space on both sides ("a - b").
    fn spaced(&self, i: usize) -> bool {
        let s = self.toks[i].span;
        let before = self.text[..s.start]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let after = self.text[s.end..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
        before && after
    }

    /// Index of the first token of the clause holding token `i`.
    pub fn clause_start(&self, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&j| self.clause_mark(j))
            .map_or(0, |j| j + 1)
    }

    /// The byte span of tokens `a..b` (empty at `a` when `a >= b`).
    pub fn span_of(&self, a: usize, b: usize) -> Option<Span> {
        (a < b && b <= self.toks.len())
            .then(|| Span::new(self.toks[a].span.start, self.toks[b - 1].span.end))
    }

    /// True when any token in `a..b` is one of `words` (lower case).
    pub fn any_of(&self, a: usize, b: usize, words: impl Fn(&str) -> bool) -> bool {
        (a..b.min(self.toks.len())).any(|j| words(self.lw(j)))
    }

    /// True when token `i` is a copula: a form of "be", or a pronoun contracted with it.
    pub fn is_copula(&self, i: usize) -> bool {
        let w = self.lw(i);
        BE.contains(w) || BE_CONTRACTED.contains(&w)
    }

    /// True when token `i` negates: "not", "never", "no", "didn't", "cannot".
    pub fn is_negation(&self, i: usize) -> bool {
        let w = self.lw(i);
        NEGATIONS.contains(w) || w.ends_with("n't")
    }

    /// Walks back from token `i` (exclusive) over words `skip` accepts; returns the index of the first skipped word (or `i`).
    pub fn back_over(&self, i: usize, skip: impl Fn(&str) -> bool) -> usize {
        let mut j = i;
        while j > 0 && !self.punct(j - 1) && skip(self.lw(j - 1)) {
            j -= 1;
        }
        j
    }

    /// The subject noun phrase of a verb at token `i`: the words before it,
    /// past auxiliaries, adverbs and a relative pronoun ("the ministry,
    /// which has denied" gives "the ministry").
    pub fn subject_before(&self, i: usize, is_adverb: impl Fn(&str) -> bool) -> Option<Span> {
        let skippable = |w: &str| AUX.contains(w) || is_adverb(w);
        let mut j = self.back_over(i, skippable);
        // "went on to rebut", "moved to dismiss": skip the catenative verb.
        if j >= 2 && self.lw(j - 1) == "to" && !self.punct(j - 2) {
            let mut v = j - 2;
            if v > 0 && matches!(self.lw(v), "on" | "up") && !self.punct(v - 1) {
                v -= 1;
            }
            j = self.back_over(v, skippable);
        }
        // "Trump on Tuesday dismissed", "the mayor this week rejected": skip the time.
        loop {
            let before = j;
            if j > 0 && TIME.contains(self.lw(j - 1)) {
                j -= 1;
                while j > 0 && TIME_LEAD.contains(&self.lw(j - 1)) {
                    j -= 1;
                }
                j = self.back_over(j, skippable);
            }
            if j == before {
                break;
            }
        }
        if j == 0 {
            return None;
        }
        // An appositive subject: "Jane Roe, 33, of Springfield, dismisses".
        if self.w(j - 1) == "," && j - 1 <= 14 && self.toks[0].upper {
            let head = j - 1;
            let verbish = (0..head).any(|p| {
                let w = self.lw(p);
                (NP_STOP.contains(w) && !matches!(w, "of" | "in" | "from" | "at"))
                    || (w.ends_with("ed") && !self.toks[p].upper)
            });
            if !verbish {
                return self.span_of(0, head);
            }
        }
        let rel = self.lw(j - 1);
        if matches!(rel, "which" | "who" | "that") {
            j -= 1;
            if j > 0 && self.w(j - 1) == "," {
                j -= 1;
            }
        }
        let end = j;
        let mut k = end;
        while k > 0 && end - k < 8 {
            let p = k - 1;
            let w = self.lw(p);
            if self.punct(p) || NP_STOP.contains(w) {
                break;
            }
            // A lower-case past tense ends the phrase ("Officials blamed the council")
            // unless a determiner makes it an adjective ("the accused man").
            if w.ends_with("ed")
                && !self.toks[p].upper
                && !(p > 0 && DETERMINERS.contains(self.lw(p - 1)))
            {
                break;
            }
            k = p;
        }
        // Drop trailing time words: "the court this month".
        let mut e = end;
        while e > k && TIME.contains(self.lw(e - 1)) {
            e -= 1;
            while e > k && TIME_LEAD.contains(&self.lw(e - 1)) {
                e -= 1;
            }
        }
        // A bare plural noun right before the verb: "critics dismissed".
        if e == end
            && e > 0
            && k + 1 == e
            && self.lw(k).ends_with('s')
            && !self.lw(k).ends_with("ss")
        {
            return self.span_of(k, e);
        }
        // Start at a determiner, a pronoun or a capitalised word.
        while k < e {
            let w = self.lw(k);
            if DETERMINERS.contains(w)
                || PRONOUNS.contains(&w)
                || self.toks[k].upper
                || self.toks[k].kind == TokenKind::Number
            {
                break;
            }
            k += 1;
        }
        self.span_of(k, e)
    }

    /// The words after token `i` up to the end of its clause; also stops
    /// before any of `stops` (lower case) once a word has been taken
    /// (`Words("")`: none; a token is never empty).
    pub fn object_after(&self, i: usize, stops: Words) -> Option<Span> {
        if i >= self.toks.len() {
            return None;
        }
        let mut j = i;
        // An opening quote mark may start the object.
        while j < self.toks.len() && matches!(self.w(j), "\"" | "“" | "'" | "‘") {
            j += 1;
        }
        let start = j;
        while j < self.toks.len() {
            let w = self.w(j);
            if j > start && (self.clause_mark(j) || stops.contains(&self.lw(j))) {
                break;
            }
            if self.punct(j) && matches!(w, "." | "?" | "!" | "…") && j + 1 >= self.toks.len() {
                break;
            }
            if self.punct(j) && matches!(w, "," | ";" | ":" | ")" | "?" | "!") {
                break;
            }
            j += 1;
        }
        // Never end on a closing quote or a full stop.
        while j > start && self.punct(j - 1) && !matches!(self.w(j - 1), "”" | "\"" | "’" | "'")
        {
            j -= 1;
        }
        // Keep a closing quote only when the object holds its opening one.
        if j > start
            && matches!(self.w(j - 1), "”" | "\"")
            && !(start..j - 1).any(|k| matches!(self.w(k), "“" | "\""))
        {
            j -= 1;
        }
        self.span_of(
            if start > i && start > 0 && matches!(self.w(start - 1), "“" | "\"") {
                start - 1
            } else {
                start
            },
            j,
        )
        .filter(|s| !s.is_empty())
    }
}

// The words `Sent::is_negation` takes for a negation (besides any "...n't").
static NEGATIONS: WordSet =
    WordSet::new("not|never|no|cannot|nobody|nothing|neither|nor|without|hardly");

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(doc: &Doc<'_>) -> Span {
        doc.sentences[0]
    }

    #[test]
    fn lower_case_words_are_the_same_whether_made_whole_or_word_by_word() {
        // Curly quotes, dashes and no-break spaces: lower-cased whole; an
        // apostrophe or a capital beyond ASCII: word by word.
        for t in [
            "“The REPORT is false” — the Ministry\u{a0}said… ‘Fake’",
            "The Minister’s “report” is false – ÉMILE said.",
            "ÉMILE DENIED it\u{2028}",
        ] {
            let d = Doc::new(t);
            for &span in &d.sentences {
                let s = Sent::new(&d, span);
                for i in 0..s.toks.len() {
                    assert_eq!(s.lw(i), s.w(i).lowercase().replace('’', "'"), "{t}");
                }
            }
        }
        for c in '\u{2010}'..='\u{2027}' {
            let w = c.to_string();
            assert!(c == '’' || w.lowercase() == w, "{c}");
        }
    }

    #[test]
    fn subject_before_skips_auxiliaries_adverbs_and_relatives() {
        let t = "The ministry, which has strongly denied any role, said nothing.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        let i = s.at(t.find("denied").unwrap());
        let subj = s.subject_before(i, |w| w.ends_with("ly")).unwrap();
        assert_eq!(subj.slice(t), "The ministry");
        let t = "In July, a New York judge this month rejected the request.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        let i = s.at(t.find("rejected").unwrap());
        assert_eq!(
            s.subject_before(i, |_| false).unwrap().slice(t),
            "a New York judge"
        );
        let t = "The senator went on to rebut the points.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        let i = s.at(t.find("rebut").unwrap());
        assert_eq!(
            s.subject_before(i, |_| false).unwrap().slice(t),
            "The senator"
        );
    }

    #[test]
    fn subject_before_past_times_appositives_and_bare_plurals() {
        for (t, verb, want) in [
            (
                "The mayor on Tuesday rejected the plan.",
                "rejected",
                "The mayor",
            ),
            (
                "Jane Roe, 33, of Springfield, dismisses the idea.",
                "dismisses",
                "Jane Roe, 33, of Springfield",
            ),
            (
                "While critics dismissed him, he won.",
                "dismissed",
                "critics",
            ),
        ] {
            let d = Doc::new(t);
            let s = Sent::new(&d, sent(&d));
            let i = s.at(t.find(verb).unwrap());
            assert_eq!(
                s.subject_before(i, |_| false).map(|x| x.slice(t)),
                Some(want),
                "{t}"
            );
        }
    }

    #[test]
    fn object_after_stops_at_the_clause_end() {
        let t = "The firm denied the report, saying it was wrong.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        let i = s.at(t.find("the report").unwrap());
        assert_eq!(s.object_after(i, Words("")).unwrap().slice(t), "the report");
        let t = "He dismissed the idea as silly.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        let i = s.at(t.find("the idea").unwrap());
        assert_eq!(s.object_after(i, Words("as")).unwrap().slice(t), "the idea");
    }

    #[test]
    fn copulas_and_negations() {
        let t = "It's not true and they're wrong, he didn't say.";
        let d = Doc::new(t);
        let s = Sent::new(&d, sent(&d));
        assert!(s.is_copula(0));
        assert!(s.is_negation(1));
        let i = s.at(t.find("didn't").unwrap());
        assert!(s.is_negation(i));
        assert!(s.clause_mark(s.at(t.find(',').unwrap())));
    }
}
