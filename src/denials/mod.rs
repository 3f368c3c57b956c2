//! Denials: who denies what, linked to the claim denied.
//!
//! Cues come from `data/denials.tsv` (see [`lexicon`]):
//! - denial verbs with their object ("The ministry **denied** the report"),
//!   and in the passive ("the claims **were rejected** by the court");
//! - nouns ("his **denial** of the report");
//! - predicates that call a claim untrue ("the accusations **are entirely
//!   false, fabricated**"), adjectives that do ("**baseless** accusations"),
//!   phrases ("**there is no evidence that** ..."), events said not to have
//!   happened ("it **never happened**") and negated speech ("I **never said**");
//! - in headlines (a line without final punctuation): labels ("**Fake:** ..."),
//!   "**No,** ...", debunk words ("... is a **hoax**") and negated events
//!   ("Star **hasn't been** arrested").
//!
//! Not denials: negated or refused denials ("did not deny"), questions,
//! conditionals ("if they reject ..."), "deny" meaning withhold ("denied
//! bail"), adjectives ("the disputed territory"), objects that are no claim
//! ("candidates who reject corporate money", "rejected the idea of a debate",
//! "a rejection of the treaty"), doubt ("raised questions about"), hedges
//! ("may be overstated") and ordinary negation in body text ("We do not take
//! this decision lightly").
//!
//! The denier is the verb's subject or, for a denial inside a quote or
//! reported speech, the speaker of that claim. The claim denied is the claim
//! in the article the target names ("the accusations" links to an
//! accusation made earlier).

pub mod lexicon;
mod link;
pub(crate) mod scan;
mod words;

use crate::case::Case;
use crate::model::{Claim, CueClass, Denial, Entity};
use crate::span::Span;
use crate::text::Doc;
use crate::wordlist::{WordSet, Words};
use lexicon::{Kind, LEXICON};
use scan::{coord, despite, head_speaker_after, head_speaker_before, neg_events, no_opener};
use words::Sent;

/// Words that end the agent after a passive's "by".
const AFTER_BY_STOP: Words = Words(
    "as|in|on|because|was|were|is|are|has|have|had|will|would|and|but|after|over|for|last|this|\
    at|amid|during|with",
);

/// Words of a copula chain before a predicate: "turned out to be", "appears to be", "may be".
static COPULA_CHAIN: WordSet = WordSet::new(
    "to|out|turned|turns|turn|appear|appears|appeared|seem|seems|seemed|proved|prove|proves|\
    may|might|could|must|will|would|be|been|has|have|had|likely|probably|also|still|all|just",
);

/// Claim nouns that an untruth adjective before them makes fabricated
/// things, not denied claims: "a fake report", "false information".
const MEDIA_NOUNS: Words = Words(
    "report|reports|reporting|information|news|story|stories|picture|photo|image|video|tweet|\
    post|posts|narrative|statement|statements|account|accounts",
);

/// Words after "dispute(s)" that show it is a noun: "disputes are common", "a dispute over".
const DISPUTE_NOUN_NEXT: Words = Words(
    "over|between|with|about|among|is|was|are|were|has|have|had|in|on|at|of|remain|remains|\
    continue|continues|erupted|flared|resolution|settlement",
);

/// Words before "to" that make the verb after it unreal: "urged them to
/// reject", "an attempt to debunk", "free to contradict".
const IRREALIS: Words = Words(
    "ask|asks|asked|asking|urge|urges|urged|urging|call|calls|called|calling|push|pushes|\
    pushed|pushing|pressure|pressed|want|wants|wanted|wanting|hope|hopes|hoped|attempt|\
    attempts|attempted|try|tries|tried|trying|free|refusal|continue|continues|commits|\
    committed|plan|plans|planned|expected|likely|unlikely|seek|seeks|seeking|sought|able|\
    unable|easier|harder|going|intend|intends|purporting|need|needs|needed|ought|chance|\
    opportunity|effort|efforts|way|ways|decision|vote|voted|votes|promised|promise|promises|\
    vowed|vows|threatened|threatens|order|ordered|encouraged|invited|allowed|allow|expect|\
    expects|would|pledged|plead|pleads|pleaded|pleading|begged|implored|reserve|reserves|\
    reserved|hard|difficult|impossible|easy|ready|prevent|prevents|prevented",
);

/// True when the "to" at token `t` follows a word that makes the verb after
/// it unreal, directly ("attempt to") or past its object ("urged the mayor to").
fn irrealis_to(s: &Sent, t: usize) -> bool {
    let lo = t.saturating_sub(4);
    (lo..t).rev().take_while(|&j| !s.punct(j)).any(|j| {
        let w = s.lw(j);
        IRREALIS.contains(&w) && (j + 1 == t || !matches!(w, "would" | "way" | "ways" | "vote"))
    })
}

/// Modals before a verb that make it hypothetical: "you could dismiss".
const MODALS: Words = Words("could|might|may|should|can|must|cannot");

/// Words after a headline negation that make it ordinary, not a debunk.
const NEG_EVENT_EXCLUDE: Words = Words(
    "happy|sure|ready|afraid|alone|only|just|so|too|enough|all|likely|expected|to|going|\
    interested|worried|surprised|impressed|amused|pleased|concerned|allowed|able|quite|that|\
    very|much|always|clear|yet|over|necessarily|exactly",
);

/// Untruth words: a negation before one of them affirms ("it's not a hoax").
const UNTRUTH: Words =
    Words("hoax|fake|false|fabricated|bogus|lie|faked|made|myth|rumour|rumor|untrue");

/// Words that open a conditional or a hedge: a cue after one of them in its clause is no denial.
static CONDITIONAL: WordSet =
    WordSet::new("if|unless|whether|hope|hopes|hoped|wish|wonder|wondered|suppose|imagine");

/// Verbs of speech or belief after which a predicate's clause is someone's words.
static SPEECH: WordSet = WordSet::new(
    "said|says|say|insisted|insists|insist|maintained|maintains|argued|argues|added|adds|\
    stressed|stresses|claimed|claims|stated|states|believes|believe|believed|told|tells|\
    declared|declares|countered|counters|replied|responded|wrote|writes|noted|notes|\
    confirmed|confirms|announced|explained|concluded|found|ruled",
);

/// One candidate before overlaps are resolved.
#[derive(Debug, Clone)]
struct Cand {
    d: Denial,
    /// Holder claim (the claim whose content holds the cue).
    holder: Option<usize>,
    /// Higher wins an overlap.
    rank: u8,
}

/// Finds denials in `doc`. `claims` give the denier of a denial inside a
/// quote, and the claim a denial refers to.
pub fn find(doc: &Doc, _entities: &[Entity], claims: &[Claim]) -> Vec<Denial> {
    let text = doc.text;
    let by_start = ByStart::new(claims);
    let mut cands: Vec<Cand> = Vec::new();
    let mut head_of: Option<(Option<usize>, bool)> = None;
    for &s in &doc.sentences {
        let sent = Sent::new(doc, s);
        if sent.toks.is_empty() || is_question(&sent) {
            continue;
        }
        // One test per paragraph, not per sentence (perf, issue 7).
        let pi = doc.paragraph_at(s.start);
        let headline = match head_of {
            Some((p, h)) if p == pi => h,
            _ => {
                let h = pi.is_some_and(|pi| is_headline(doc, pi));
                head_of = Some((pi, h));
                h
            }
        };
        // Outside headlines every rule starts at a lexicon entry: a sentence
        // with none (half of news) has no denial (perf, issue 7).
        if !headline && sent.starts.is_empty() {
            continue;
        }
        let mut found: Vec<(Span, Option<Span>, Option<Span>, u8)> = Vec::new();
        verbs(&sent, headline, &mut found);
        nouns(&sent, &mut found);
        predicates(&sent, headline, &mut found);
        phrases(&sent, &mut found);
        if headline {
            headline_rules(&sent, &mut found);
        }
        let head_speaker = if headline {
            headline_speaker(&sent)
        } else {
            None
        };
        for (cue, denier, target, rank) in found {
            let denier = denier.or(head_speaker);
            let holder = by_start.holder_of(cue);
            cands.push(Cand {
                d: Denial {
                    cue,
                    denier,
                    target,
                    claim: None,
                },
                holder,
                rank,
            });
        }
    }
    // Claims whose cue is a denial cue are denials too.
    for (i, c) in claims.iter().enumerate() {
        if c.cue_class == CueClass::Denial && claim_cue_denies(doc, c) {
            let holder = by_start.holder_of(c.cue).filter(|&h| h != i);
            cands.push(Cand {
                d: Denial {
                    cue: c.cue,
                    denier: c.speaker,
                    target: Some(c.content),
                    claim: None,
                },
                holder,
                rank: 0,
            });
        }
    }
    let mut kept = resolve_overlaps(cands);
    let mut claim_words = link::ClaimWords::new(claims);
    for c in &mut kept {
        // The denier of a denial inside someone's words is that speaker,
        // unless the words name their own subject ("X said Y denied it").
        let own = c.d.denier.map(|d| d.slice(text).lowercase());
        let first_person = own.as_deref().is_some_and(|w| {
            let w = w.replace('’', "'");
            let w = w.split('\'').next().unwrap_or("");
            matches!(w, "i" | "we" | "us" | "me" | "our")
        });
        if let Some(h) = c.holder {
            if c.d.denier.is_none() || first_person {
                c.d.denier = claims[h].speaker.or(c.d.denier);
            }
        }
        // A claim carrying the same cue gives the missing parts.
        if let Some(k) = by_start.cue_over(c.d.cue) {
            c.d.denier =
                c.d.denier
                    .or(k.speaker.filter(|sp| plausible_speaker(text, *sp)));
            c.d.target = c.d.target.or(Some(k.content));
        }
        c.d.claim = link::claim_denied(text, &c.d, c.holder, claims, &mut claim_words);
    }
    let mut out: Vec<Denial> = kept.into_iter().map(|c| c.d).collect();
    cap_nesting(&mut out);
    for d in &mut out {
        d.denier = d
            .denier
            .filter(|s| s.len() <= crate::model::MAX_SPEAKER_BYTES);
    }
    out
}

/// The most denial targets that may cover one byte. "X denied that Y denied
/// that ..." runs each target to the sentence end inside the last one's: 60
/// such cues in 1.2 KB made 37 KB of target spans. Real news nests two or
/// three; output must stay proportional to the input.
const MAX_NESTING: usize = 5;

/// Takes the target (and so the linked claim) off each denial whose target
/// starts where `MAX_NESTING` kept targets already cover, in target order;
/// the denial, its cue and its denier stay.
fn cap_nesting(ds: &mut [Denial]) {
    let mut order: Vec<usize> = (0..ds.len()).filter(|&i| ds[i].target.is_some()).collect();
    crate::sort::by_key(&mut order, |&i| ds[i].target.map(|t| (t.start, t.end)));
    let mut cap = crate::span::DepthCap::new(MAX_NESTING);
    for i in order {
        if ds[i].target.is_some_and(|t| !cap.admit(t)) {
            ds[i].target = None;
            ds[i].claim = None;
        }
    }
}

/// True when a claim whose cue is a denial cue passes the same guards as the
/// verbs found here: not a question, conditional, negated or hedged, and not
/// "deny" meaning withhold.
fn claim_cue_denies(doc: &Doc, c: &Claim) -> bool {
    // A cue this lexicon knows was already judged by the rules above.
    let cue = c.cue.slice(doc.text);
    let known = [Kind::Verb, Kind::ObjVerb, Kind::Noun]
        .iter()
        .filter_map(|k| LEXICON.matcher(*k))
        .any(|re| {
            re.find_iter(cue)
                .any(|m| m.len() == cue.len() || m.start() == 0 || m.end() == cue.len())
        });
    if known {
        return false;
    }
    let Some(si) = doc.sentence_at(c.cue.start) else {
        return false;
    };
    let s = Sent::new(doc, doc.sentences[si]);
    if s.toks.is_empty() || is_question(&s) {
        return false;
    }
    let i0 = s.at(c.cue.start);
    let adv = s.back_over(i0, |w| LEXICON.is_degree(w));
    if negated_before(&s, i0) || conditional(&s, i0) || MODALS.contains(&s.prev_lw(adv)) {
        return false;
    }
    let cue = c.cue.slice(doc.text).lowercase();
    !(cue.starts_with("den") && withholds(&words_of(c.content.slice(doc.text))))
}

/// True when a speaker span opens like a noun phrase: a capital, a
/// determiner or a pronoun ("sometimes" is no speaker).
fn plausible_speaker(text: &str, sp: Span) -> bool {
    let t = sp.slice(text);
    let first = t.split_whitespace().next().unwrap_or("").lowercase();
    t.chars().next().is_some_and(char::is_uppercase)
        || words::DETERMINERS.contains(first.as_str())
        || words::PRONOUNS.contains(&first.as_str())
}

/// The claims of a text by where their content and their cue start, to
/// find the ones around a cue without testing every claim (quadratic on one
/// long text; perf, issue 7).
struct ByStart<'c> {
    claims: &'c [Claim],
    /// Claim indices by content start, and the longest content.
    content: Vec<usize>,
    content_max: usize,
    /// Claim indices by cue start, and the longest cue.
    cue: Vec<usize>,
    cue_max: usize,
}

impl<'c> ByStart<'c> {
    fn new(claims: &'c [Claim]) -> ByStart<'c> {
        let mut content: Vec<usize> = (0..claims.len()).collect();
        crate::sort::by_key(&mut content, |&i| claims[i].content.start);
        let mut cue = content.clone();
        crate::sort::by_key(&mut cue, |&i| claims[i].cue.start);
        ByStart {
            claims,
            content,
            content_max: claims.iter().map(|c| c.content.len()).max().unwrap_or(0),
            cue,
            cue_max: claims.iter().map(|c| c.cue.len()).max().unwrap_or(0),
        }
    }

    /// The indices in `by` (sorted by `start`) of the claims whose span
    /// starts in `lo..=hi`.
    fn range(
        &self,
        by: &'c [usize],
        start: fn(&Claim) -> usize,
        lo: usize,
        hi: usize,
    ) -> &'c [usize] {
        let a = by.partition_point(|&i| start(&self.claims[i]) < lo);
        let b = by.partition_point(|&i| start(&self.claims[i]) <= hi);
        &by[a..b.max(a)]
    }

    /// The claim whose content holds `cue` (the innermost one; the first
    /// of equal ones).
    fn holder_of(&self, cue: Span) -> Option<usize> {
        // A content holding the cue starts at most `content_max` before its end.
        let lo = cue.end.saturating_sub(self.content_max);
        self.range(&self.content, |c| c.content.start, lo, cue.start)
            .iter()
            .copied()
            .filter(|&i| {
                let c = &self.claims[i];
                c.content.contains(&cue) && c.cue != cue
            })
            .min_by_key(|&i| (self.claims[i].content.len(), i))
    }

    /// The first claim (in order) whose cue overlaps `cue`.
    fn cue_over(&self, cue: Span) -> Option<&'c Claim> {
        let lo = (cue.start + 1).saturating_sub(self.cue_max);
        self.range(&self.cue, |c| c.cue.start, lo, cue.end)
            .iter()
            .copied()
            .filter(|&i| self.claims[i].cue.overlaps(&cue))
            .min()
            .map(|i| &self.claims[i])
    }
}

/// Keeps the best of overlapping cues: higher rank, then longer, then earlier.
fn resolve_overlaps(mut cands: Vec<Cand>) -> Vec<Cand> {
    crate::sort::by_key(&mut cands, |c| {
        (
            std::cmp::Reverse(c.rank),
            std::cmp::Reverse(c.d.cue.len()),
            c.d.cue.start,
        )
    });
    let mut kept: Vec<Cand> = Vec::new();
    // Kept cues (start, end), sorted by start: they never overlap, so only
    // the last one starting before a candidate's end can overlap it (a scan
    // made this quadratic). A sorted Vec, not a BTreeMap: 5.7 KB less code
    // in the wasm (size budget, issue 7).
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for c in cands {
        let (a, b) = (c.d.cue.start, c.d.cue.end);
        let before = taken.partition_point(|&(s, _)| s < b.max(a + 1));
        let clash = before > 0 && taken[before - 1].1 > a;
        if !clash {
            let at = taken.partition_point(|&(s, _)| s < a);
            match taken.get_mut(at) {
                Some(t) if t.0 == a => t.1 = b,
                _ => taken.insert(at, (a, b)),
            }
            kept.push(c);
        }
    }
    crate::sort::by_key(&mut kept, |c| (c.d.cue.start, c.d.cue.end));
    kept
}

/// True when the sentence asks (ends with a question mark, quotes aside).
fn is_question(s: &Sent) -> bool {
    s.str()
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
        .ends_with('?')
}

/// True when paragraph `pi` is a headline: one line of 3 to 40 words with
/// no final punctuation.
fn is_headline(doc: &Doc, pi: usize) -> bool {
    let p = doc.paragraphs[pi];
    // Forty words fit in far less; this also keeps a long line from being
    // scanned once per sentence (quadratic on a 1 MB line).
    if p.len() > 1000 {
        return false;
    }
    let t = p
        .slice(doc.text)
        .trim_end()
        .trim_end_matches(['"', '”', '“', '’', '\'', ')', ']', ' ']);
    // The final mark first: most paragraphs end with one, and need no count.
    if t.ends_with(['.', '!', '?', '…', ';', ',', ':']) {
        return false;
    }
    let n = t.split_whitespace().count();
    if !(3..=40).contains(&n) {
        return false;
    }
    // The first line of a text, or a line in Title Case.
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    pi == 0 || (!long.is_empty() && caps * 10 >= long.len() * 6)
}

/// True when a cue at token `i` stands in a conditional or hedged clause.
fn conditional(s: &Sent, i: usize) -> bool {
    let a = s.clause_start(i);
    s.any_of(a, i, |w| CONDITIONAL.contains(w))
        || (a > 0
            && s.any_of(0, i, |w| matches!(w, "if" | "unless"))
            && s.lw(0) == "if"
            && s.clause_start(a.saturating_sub(1)) == 0)
}

/// True when one of the three words before token `i` (in its clause) negates
/// it or refuses it: "did not deny", "refused to reject".
fn negated_before(s: &Sent, i: usize) -> bool {
    let a = s.clause_start(i).max(i.saturating_sub(3));
    (a..i).any(|j| {
        s.is_negation(j)
            || (s.lw(j) == "to"
                && j > 0
                && ["refus", "declin", "fail"]
                    .iter()
                    .any(|p| s.lw(j - 1).starts_with(p)))
    })
}

/// The degree adverbs right before token `i`, to widen a cue: "flatly denied".
fn widen_back(s: &Sent, i: usize) -> usize {
    s.back_over(i, |w| {
        LEXICON.is_degree(w) && !matches!(w, "also" | "all" | "just" | "likely" | "probably")
    })
}

/// Denial verbs (and claim-object verbs): cue, subject, object; passives.
fn verbs(s: &Sent, headline: bool, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    let base = s.span.start;
    for kind in [Kind::Verb, Kind::ObjVerb] {
        for m in LEXICON.find_iter(kind, &s.starts, st) {
            if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
                continue;
            }
            let (a, b) = (base + m.start(), base + m.end());
            if st[..m.start()].ends_with('-') || st[m.end()..].starts_with('-') {
                continue; // "now-denied", "denial-proof"
            }
            let i0 = s.at(a);
            let i1 = s.at(b);
            let lemma = m.as_str().lowercase();
            let adv_start = s.back_over(i0, |w| LEXICON.is_degree(w));
            let prev = s.prev_lw(adv_start);
            if words::DETERMINERS.contains(prev) || prev.ends_with("'s") {
                continue; // "a dispute", "the disputed waters", "their widely repudiated theories"
            }
            if negated_before(s, i0) || conditional(s, i0) || MODALS.contains(&prev) {
                continue; // "did not deny", "if they reject", "you could dismiss"
            }
            if prev == "to" && irrealis_to(s, adv_start - 1) {
                continue; // "urged them to reject", "an attempt to debunk"
            }
            let by_next = s.toks.get(i1).is_some_and(|_| s.lw(i1) == "by");
            let passive =
                lemma.ends_with("ed") && ((adv_start > 0 && s.is_copula(adv_start - 1)) || by_next);
            let stops = Words("as|because|after|while|saying|calling|but");
            let mut obj = s.object_after(i1, stops);
            let mut subj = s.subject_before(i0, |w| LEXICON.is_degree(w));
            let obj_words: Vec<String> = obj.map(|o| words_of(o.slice(s.text))).unwrap_or_default();
            if passive {
                // "the claims were rejected by the court": the target is the subject.
                let by = obj_words.first().is_some_and(|w| w == "by");
                let as_ = s.toks.get(i1).is_some_and(|_| s.lw(i1) == "as");
                let target = if adv_start > 0 && s.is_copula(adv_start - 1) {
                    s.subject_before(adv_start - 1, |w| LEXICON.is_degree(w))
                } else {
                    s.subject_before(adv_start, |w| LEXICON.is_degree(w))
                };
                let target_is_claim = target.is_some_and(|t| {
                    words_of(t.slice(s.text))
                        .iter()
                        .any(|w| LEXICON.is_claim_noun(w))
                });
                if lemma.starts_with("den") && !by && !target_is_claim {
                    continue; // "the request was denied": withheld
                }
                if lemma.starts_with("dismiss") && !by && !as_ && !target_is_claim {
                    continue; // "the case was dismissed", "he was dismissed"
                }
                if kind == Kind::ObjVerb && !target_is_claim {
                    continue;
                }
                let denier = if by {
                    s.object_after(i1 + 1, AFTER_BY_STOP)
                } else {
                    None
                };
                obj = target;
                subj = denier;
            } else {
                if lemma.starts_with("den") && withholds(&obj_words) {
                    continue;
                }
                if lemma.starts_with("dismiss") && obj_words.first().is_some_and(|w| w == "from") {
                    continue;
                }
                // "dispute(s)" is a noun too: "a pay dispute", "zoning disputes are common".
                if (lemma == "dispute" || lemma == "disputes")
                    && (DISPUTE_NOUN_NEXT.contains(&s.lw(i1.min(s.toks.len() - 1)))
                        && i1 < s.toks.len()
                        || (i1 >= s.toks.len() || s.punct(i1))
                            && relative_object(s, adv_start).is_none())
                {
                    continue;
                }
                // Someone rejected, not something said: "rebuffed the senator"
                // (but "contradicted him", "dismissed him as naive" deny what he said).
                let as_after = obj.is_some_and(|o| {
                    let j = s.at(o.end);
                    j < s.toks.len() && s.lw(j) == "as"
                });
                let rejects_people = [
                    "reject", "rebuff", "disavow", "repudiat", "retract", "dismiss",
                ]
                .iter()
                .any(|p| lemma.starts_with(p));
                let dismiss_as = as_after && lemma.starts_with("dismiss");
                if rejects_people && !headline && !dismiss_as && person_object(s, obj) {
                    continue;
                }
                // "deny" with a person object withholds: "denied Roe a seat", "denied Roe."
                if lemma.starts_with("den") && !headline && denies_someone(s, obj) {
                    continue;
                }
                // Only something said or held true is denied: "rejected the
                // claim", not "rejected Wall Street money" or "the wishes of voters".
                if !lemma.starts_with("den")
                    && !headline
                    && !dismiss_as
                    && obj.is_some_and(|o| !claim_object(s, o, &lemma))
                {
                    continue;
                }
                // An object gap: "a claim that the office strongly disputes".
                if obj.is_none() {
                    if let Some((target, who)) = relative_object(s, adv_start) {
                        obj = Some(target);
                        subj = who.or(subj);
                    }
                }
                // A denial verb needs an object; only "deny" stands alone ("Palace denies").
                if obj.is_none() && !lemma.starts_with("den") {
                    continue;
                }
                if kind == Kind::ObjVerb
                    && obj_words.first().is_none_or(|w| w != "that")
                    && !obj_words.iter().take(12).any(|w| LEXICON.is_claim_noun(w))
                {
                    continue;
                }
            }
            let cue = Span::new(s.toks[widen_back(s, i0).min(i0)].span.start, b);
            out.push((cue, subj, obj, 5));
        }
    }
}

/// True when the object is a person or group rather than something said:
/// only capitalised words or object pronouns ("disavowed Duke", "rebuffed him").
fn person_object(s: &Sent, obj: Option<Span>) -> bool {
    let Some(o) = obj else { return false };
    let (a, b) = (s.at(o.start), s.at(o.end));
    let words: Vec<usize> = (a..b).filter(|&j| !s.punct(j)).collect();
    let Some(&first) = words.first() else {
        return false;
    };
    if matches!(s.lw(first), "him" | "them" | "us" | "me" | "you")
        || (s.lw(first) == "her" && words.len() == 1)
    {
        return true;
    }
    // The leading run of capitalised words, and what follows it.
    let run = words.iter().take_while(|&&j| s.toks[j].upper).count();
    run > 0
        && words.get(run).is_none_or(|&j| {
            let w = s.lw(j);
            LINK_WORDS.contains(&w)
        })
        && !words[..run].iter().any(|&j| LEXICON.is_claim_noun(s.lw(j)))
}

/// Nouns for what can be held true or false, or said, beyond the claim
/// nouns of the lexicon (a final "s" is dropped before the lookup).
static CLAIMISH: WordSet = WordSet::new(
    "characterization|premise|point|argument|account|version|description|label|implication|\
    insinuation|contention|conclusion|finding|assessment|critique|attack|objection|concern|\
    complaint|view|perception|impression|possibility|existence|knowledge|wrongdoing|\
    involvement|role|link|tie|connection|responsibility|guilt|fact|truth|evidence|data|figure|\
    number|estimate|suspicion|rationale|explanation|belief|testimony|analysis|forecast|\
    prediction|term|word|wisdom|ideology|orthodoxy|doctrine|science|request|proposal|offer|\
    demand|plea|appeal|call|challenge|push|judgment|apology|promise|pledge|inquiry|misconduct|\
    blame|lie|smear|myth|conspiracy|study|document|letter|article|book|film|ad|message|\
    interview|speech|talk|stereotype|question|critic|skeptic|case",
);

/// Words that end the head of an object noun phrase: "the wishes of voters".
static OBJ_STOP: WordSet = WordSet::new(
    "of|that|which|who|whom|to|for|from|by|about|on|in|at|with|as|against|over|into|because|\
    after|while|when|since|than|until|before|during|thereof",
);

/// Words before "of" that pass on to the noun after it: "many of the points".
const PARTITIVE: Words = Words(
    "many|some|all|any|several|parts|part|much|most|each|one|none|both|kinds|kind|sort|type|\
    aspects|aspect|elements|substance|gist|rest|series|number|couple|host",
);

/// True when `w` (lower case) names something said or held true.
fn claimish(w: &str) -> bool {
    LEXICON.is_claim_noun(w)
        || CLAIMISH.contains(w)
        || w.strip_suffix('s').is_some_and(|x| CLAIMISH.contains(x))
}

/// True when the object of a denial verb at `o` is a claim or something
/// said: a that-clause, a quote, a pronoun ("denied it"), a free relative
/// ("what he said") or a noun phrase whose head is a claim noun ("the
/// allegation", "many of the points"). Not: "Wall Street money", "the
/// wishes of progressives", "the idea of a wage hike" (a proposal). A person
/// is what they said only after verbs that contradict: "contradicted him".
fn claim_object(s: &Sent, o: Span, lemma: &str) -> bool {
    let (a, b) = (s.at(o.start), s.at(o.end).min(s.toks.len()));
    if a >= b {
        return true;
    }
    let quote = |j: usize| matches!(s.w(j), "\"" | "“" | "'" | "‘");
    if quote(a) || (a > 0 && quote(a - 1)) {
        return true;
    }
    let first = s.lw(a);
    let next = if a + 1 < b { s.lw(a + 1) } else { "" };
    let alone = a + 1 >= b || s.punct(a + 1) || OBJ_STOP.contains(next);
    if matches!(
        first,
        "it" | "what" | "whatever" | "everything" | "anything" | "so"
    ) || (matches!(first, "this" | "that" | "these" | "those" | "all" | "both") && alone)
    {
        return true;
    }
    // "that the vote was rigged", "that he knew": a clause, not "that idea".
    if first == "that"
        && (words::DETERMINERS.contains(next)
            || words::PRONOUNS.contains(&next)
            || next == "there"
            || (a + 1 < b && s.toks[a + 1].upper))
    {
        return true;
    }
    let contradicts = ["contradict", "disput", "refut", "rebut", "debunk", "hit"]
        .iter()
        .any(|p| lemma.starts_with(p));
    if contradicts && (person_object(s, Some(o)) || matches!(first, "him" | "her" | "them")) {
        return true;
    }
    // Past a determiner or a demonstrative: "that criticism", "those claims".
    let mut j = a;
    if matches!(first, "that" | "this" | "these" | "those") {
        j += 1;
    }
    while j < b {
        let w = s.lw(j);
        if s.clause_mark(j) {
            return false;
        }
        if OBJ_STOP.contains(w) {
            let part = j > a && w == "of" && PARTITIVE.contains(&s.lw(j - 1));
            if !part {
                return false;
            }
        } else if claimish(w) {
            // "the idea of a wage hike", "the notion of a third party": proposals.
            let proposal = matches!(w, "idea" | "notion") && j + 1 < b && s.lw(j + 1) == "of";
            return !proposal;
        }
        j += 1;
    }
    false
}

/// True when the object of "deny" is a named person alone, or one given
/// something: "denied Roe", "denied Roe a seat" (withheld, not contradicted).
fn denies_someone(s: &Sent, obj: Option<Span>) -> bool {
    let Some(o) = obj else { return false };
    let (a, b) = (s.at(o.start), s.at(o.end).min(s.toks.len()));
    let run = (a..b)
        .take_while(|&j| s.toks[j].upper && !s.punct(j))
        .count();
    let name =
        run > 0 && !(a..a + run).any(|j| s.lw(j).ends_with("'s") || LEXICON.is_claim_noun(s.lw(j)));
    name && (a + run >= b
        || matches!(
            s.lw(a + run),
            "a" | "an" | "the" | "any" | "his" | "her" | "their"
        ))
}

/// For a verb at token `v` with no object after it, the noun phrase a
/// relative clause refers back to, and the clause's subject: "a point that
/// officials have disputed" gives ("a point", "officials").
fn relative_object(s: &Sent, v: usize) -> Option<(Span, Option<Span>)> {
    let lo = v.saturating_sub(8);
    let rel = (lo..v)
        .rev()
        .find(|&j| matches!(s.lw(j), "that" | "which"))?;
    if (rel + 1..v).any(|j| s.punct(j)) || rel + 1 >= v {
        return None;
    }
    let who = s.subject_before(v, |w| LEXICON.is_degree(w));
    let mut end = rel;
    if end > 0 && s.w(end - 1) == "," {
        end -= 1;
    }
    // The noun phrase before "that": back to a clause mark or a verb-like word.
    let start = (0..end)
        .rev()
        .take(6)
        .take_while(|&j| !s.clause_mark(j))
        .last()?;
    let np = s.span_of(start, end)?;
    let first_det = (start..end).find(|&j| words::DETERMINERS.contains(s.lw(j)));
    let np = first_det.and_then(|d| s.span_of(d, end)).unwrap_or(np);
    Some((np, who))
}

/// Lower-cased words of `t`.
fn words_of(t: &str) -> Vec<String> {
    t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.lowercase().replace('’', "'"))
        .collect()
}

/// True when the object of "deny" shows it means withhold: "denied bail",
/// "deny them a chance".
fn withholds(obj: &[String]) -> bool {
    let Some(first) = obj.first() else {
        return false;
    };
    if matches!(first.as_str(), "him" | "her" | "them" | "us" | "me" | "you") && obj.len() > 1 {
        return true;
    }
    obj.iter()
        .take_while(|w| *w != "that")
        .take(12)
        .any(|w| LEXICON.is_withhold(w))
}

/// Denial nouns: "his denial of the report", "Moscow's rejection of".
fn nouns(s: &Sent, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    for m in LEXICON.find_iter(Kind::Noun, &s.starts, st) {
        if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
            continue;
        }
        let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
        let i0 = s.at(a);
        let i1 = s.at(b);
        let next = s.toks.get(i1).map_or("", |_| s.lw(i1));
        let prev = s.prev_lw(i0);
        let possessive =
            prev.ends_with("'s") || matches!(prev, "his" | "her" | "their" | "its" | "our" | "my");
        if !(matches!(next, "of" | "that") || possessive) || prev == "in" {
            continue;
        }
        let lemma = s.lw(i0);
        // "his rejection in the primary": without "of", he was the one rejected.
        if lemma == "rejection" && !matches!(next, "of" | "that") {
            continue;
        }
        let after = s.object_after(i1, Words(""));
        if after.is_some_and(|o| o.slice(s.text).lowercase().starts_with("of service")) {
            continue;
        }
        if negated_before(s, i0) || conditional(s, i0) {
            continue;
        }
        let target = if matches!(next, "of" | "that") {
            s.object_after(i1 + 1, Words("as|because")).or(after)
        } else {
            None
        };
        // Only a claim is denied: "rejection of the idea that", not "rejection
        // of the treaty" or "of him"; "denial of who the enemy is" refuses to
        // see, it contradicts no one.
        if next == "of" {
            if let Some(t) = target {
                let first = s.lw(s.at(t.start));
                if lemma.starts_with("den") {
                    if matches!(first, "who" | "where" | "how" | "why" | "when") {
                        continue;
                    }
                } else if !claim_object(s, t, lemma) {
                    continue;
                }
            }
        }
        // "the party's denial of access": withheld, not denied.
        if lemma.starts_with("den") && target.is_some_and(|t| withholds(&words_of(t.slice(s.text))))
        {
            continue;
        }
        let denier = if possessive {
            s.subject_before(i0, |_| false)
                .map(|d| strip_possessive(s.text, d))
        } else {
            None
        };
        out.push((Span::new(a, b), denier, target, 4));
    }
}

/// "Moscow's" -> "Moscow".
fn strip_possessive(text: &str, d: Span) -> Span {
    let t = d.slice(text);
    for suf in ["'s", "’s"] {
        if let Some(x) = t.strip_suffix(suf) {
            return Span::new(d.start, d.start + x.len());
        }
    }
    d
}

/// Untruth predicates ("are entirely false"), "isn't true", adjectives
/// before a claim noun ("baseless accusations"), and events said not to
/// have happened ("never happened").
fn predicates(s: &Sent, headline: bool, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    let base = s.span.start;
    let mut hits: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, needs copula)
    hits.extend(
        LEXICON
            .find_iter(Kind::Predicate, &s.starts, st)
            .filter(|m| s.aligned(base + m.start(), base + m.end()))
            .map(|m| (m.start(), m.end(), true)),
    );
    hits.extend(
        LEXICON
            .not_true(&s.starts, st)
            .filter(|m| s.aligned(base + m.start(), base + m.end()))
            .map(|m| (m.start(), m.end(), false)),
    );
    // Only at the end of its clause: "That never happened." (not "didn't happen in Iowa").
    hits.extend(
        LEXICON
            .find_iter(Kind::NonEvent, &s.starts, st)
            .filter(|m| s.aligned(base + m.start(), base + m.end()))
            .filter(|m| {
                let j = s.at(base + m.end());
                j >= s.toks.len() || s.punct(j)
            })
            .map(|m| (m.start(), m.end(), false)),
    );
    for (ms, me, needs_copula) in hits {
        if st[me..].starts_with('-') || st[..ms].ends_with('-') {
            continue;
        }
        let i0 = s.at(base + ms);
        let i1 = s.at(base + me);
        let mut adv = s.back_over(i0, |w| LEXICON.is_degree(w));
        // "is not false": a negation between copula and predicate.
        let negated = adv > 0 && s.is_negation(adv - 1);
        if negated {
            adv = s.back_over(adv - 1, |w| LEXICON.is_degree(w));
        }
        if negated && !s.lw(i0).starts_with("not") {
            continue;
        }
        if needs_copula {
            let cop = adv.checked_sub(1);
            let copula = cop.is_some_and(|c| s.is_copula(c))
                || cop.is_some_and(|c| s.lw(c) == "as" && c > 0 && !s.punct(c - 1));
            // A headline drops the copula: "Report Totally Fake", "Rumours Not True".
            let bare = headline
                && cop.is_some_and(|c| {
                    !s.punct(c) && !words::DETERMINERS.contains(s.lw(c)) && !s.is_negation(c)
                })
                && s.toks
                    .get(i1)
                    .is_none_or(|_| s.clause_mark(i1) || s.punct(i1));
            if !(copula || bare) {
                continue;
            }
            // "isn't false" affirms.
            if cop.is_some_and(|c| s.lw(c).ends_with("n't")) && !s.lw(i0).starts_with("not") {
                continue;
            }
            // "It is wrong to", "the lie that" are not predicates of a claim.
            if s.toks
                .get(i1)
                .is_some_and(|_| matches!(s.lw(i1), "to" | "that" | "of"))
                && !s.lw(i0).starts_with("not")
            {
                continue;
            }
            // "is made up largely of": composed of; "made up by/for": compensated.
            if s.lw(i0) == "made"
                && (i1..(i1 + 2).min(s.toks.len())).any(|j| matches!(s.lw(j), "of" | "by" | "for"))
            {
                continue;
            }
            // "politically incorrect" is no verdict on a claim.
            if i0 > 0 && s.lw(i0 - 1) == "politically" {
                continue;
            }
        }
        // "a lie unless proven otherwise", "false if the figures hold".
        if conditional(s, i0) || (i1 < s.toks.len() && matches!(s.lw(i1), "unless" | "if")) {
            continue;
        }
        let matched = st[ms..me].lowercase();
        // "not true of the others", "isn't true for everyone": a comparison.
        if matched.ends_with("true") && i1 < s.toks.len() && matches!(s.lw(i1), "of" | "for") {
            continue;
        }
        // Extend over a coordinated predicate: "entirely false, fabricated".
        let mut end = base + me;
        if let Some(re) = LEXICON.matcher(Kind::Predicate) {
            let rest = &st[me..];
            if let Some(c) = coord(rest) {
                if let Some(m2) = re.match_at(&rest[c..], 0) {
                    end = base + me + c + m2.end();
                }
            }
        }
        let mut cop_i = if needs_copula {
            adv.saturating_sub(1)
        } else {
            adv
        };
        // "turned out to be", "appear to be", "may be": the subject is before the chain.
        while cop_i > 0 && !s.punct(cop_i - 1) && COPULA_CHAIN.contains(s.lw(cop_i - 1)) {
            cop_i -= 1;
        }
        // "may be overstated", "could be false": a hedge, not a verdict.
        if (cop_i..i0).any(|j| matches!(s.lw(j), "may" | "might" | "could")) {
            continue;
        }
        let target = subject_clause(s, cop_i);
        let denier = speaker_before(s, target.map_or(cop_i, |t| s.at(t.start)));
        if matched.ends_with("the case") && denier.is_none() {
            continue; // "but that wasn't the case": narrative, unless someone says it
        }
        let cue = Span::new(s.toks[widen_back(s, i0).min(i0)].span.start, end);
        out.push((cue, denier, target, 3));
    }
    for m in LEXICON.find_iter(Kind::Attribute, &s.starts, st) {
        if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
            continue;
        }
        let i0 = s.at(base + m.start());
        let i1 = s.at(base + m.end());
        // The noun may follow one more adjective: "malicious and completely baseless accusations".
        let noun = (i1..(i1 + 2).min(s.toks.len()))
            .find(|&j| !s.punct(j) && LEXICON.is_claim_noun(s.lw(j)));
        let Some(n) = noun else { continue };
        // Made-up things are not denied claims: "fake reports", "false information".
        if MEDIA_NOUNS.contains(&s.lw(n)) && !s.lw(i0).starts_with("baseless") {
            continue;
        }
        if (i1..n).any(|j| s.punct(j)) || negated_before(s, i0) || conditional(s, i0) {
            continue;
        }
        let start = widen_back(s, i0).min(i0);
        let target = s
            .object_after(n, Words("and|that|which|who|as|in|on|by|from|to"))
            .or(s.span_of(n, n + 1));
        let denier = speaker_before(s, start);
        out.push((
            Span::new(s.toks[start].span.start, base + m.end()),
            denier,
            target,
            2,
        ));
    }
}

/// The subject clause before token `i` (a copula): back to the clause start
/// or to a complementiser or speech verb ("said that the claims are false").
fn subject_clause(s: &Sent, i: usize) -> Option<Span> {
    let a = s.clause_start(i);
    let mut k = i;
    while k > a {
        let w = s.lw(k - 1);
        let noun = !speech_verb(s, k - 1);
        if CLAUSE_LINKS.contains(w) || (SPEECH.contains(w) && !noun) {
            break;
        }
        k -= 1;
    }
    s.span_of(k, i)
}

/// True when token `j` is used as a verb, not a noun: "claims" after a
/// determiner or a possessive ("the president's claims") is a noun.
fn speech_verb(s: &Sent, j: usize) -> bool {
    if j == 0 {
        return true;
    }
    let p = s.lw(j - 1);
    let adjectival = [
        "many",
        "republican",
        "democratic",
        "earlier",
        "recent",
        "new",
        "such",
        "other",
    ];
    !(words::DETERMINERS.contains(p) || p.ends_with("'s") || adjectival.contains(&p))
}

/// The speaker of the clause before token `i`: "Officials said (that) ...".
fn speaker_before(s: &Sent, i: usize) -> Option<Span> {
    let lo = i.saturating_sub(8);
    let v = (lo..i)
        .rev()
        .find(|&j| SPEECH.contains(s.lw(j)) && speech_verb(s, j))?;
    s.subject_before(v, |w| LEXICON.is_degree(w))
}

/// Phrases ("there is no evidence that") and negated speech ("never said").
fn phrases(s: &Sent, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    let base = s.span.start;
    for m in LEXICON.find_iter(Kind::Phrase, &s.starts, st) {
        if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
            continue;
        }
        let i0 = s.at(base + m.start());
        let i1 = s.at(base + m.end());
        if conditional(s, i0) || (i0 > 0 && s.is_negation(i0 - 1)) {
            continue;
        }
        // "made it all up." ends its clause; "made it up to the summit" does not.
        let low = m.as_str().lowercase();
        if low.ends_with("up") && i1 < s.toks.len() && !s.punct(i1) {
            continue;
        }
        // "there was never any question that": an affirmation.
        if low.ends_with("never") {
            let next: Vec<String> = (i1..(i1 + 2).min(s.toks.len()))
                .map(|j| s.lw(j).to_string())
                .collect();
            let next = next.join(" ");
            if [
                "any ",
                "a doubt",
                "a question",
                "a time",
                "a moment",
                "a chance",
                "been",
                "more",
                "enough",
            ]
            .iter()
            .any(|p| next.starts_with(p))
            {
                continue;
            }
        }
        let target = s.object_after(i1, Words(""));
        let denier = speaker_before(s, i0);
        out.push((
            Span::new(base + m.start(), base + m.end()),
            denier,
            target,
            4,
        ));
    }
    for m in LEXICON.find_iter(Kind::NegSpeech, &s.starts, st) {
        if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
            continue;
        }
        let i0 = s.at(base + m.start());
        let i1 = s.at(base + m.end());
        let next = s.toks.get(i1).map(|_| s.lw(i1));
        // "did not say when": withholding an answer, not denying.
        let ok = match next {
            None => true,
            Some(w) => matches!(
                w,
                "that"
                    | "so"
                    | "it"
                    | "this"
                    | "those"
                    | "these"
                    | "anything"
                    | "such"
                    | "any"
                    | "."
                    | "\""
                    | "”"
                    | "i"
                    | "we"
                    | "he"
                    | "she"
                    | "they"
            ),
        };
        if !ok || conditional(s, i0) {
            continue;
        }
        let subj = s.subject_before(i0, |w| LEXICON.is_degree(w));
        let target = s.object_after(i1, Words(""));
        out.push((Span::new(base + m.start(), base + m.end()), subj, target, 4));
    }
}

/// Headline rules: labels, "No, ...", debunk words, negated events.
fn headline_rules(s: &Sent, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let before = out.len();
    let mut weak = Vec::new();
    strong_headline_rules(s, out);
    weak_headline_rules(s, &mut weak);
    // Debunk words and negated events count only when nothing firmer did.
    if out.len() == before {
        out.extend(weak);
    }
}

/// Labels and "No," openers.
fn strong_headline_rules(s: &Sent, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    let base = s.span.start;
    let speaker = headline_speaker(s);
    if let Some(re) = LEXICON.matcher(Kind::Label) {
        // A label opens the line: the match (if any) after the leading spaces.
        let lead = st.len() - st.trim_start().len();
        if let Some(m) = re
            .match_at(st, lead)
            .filter(|m| s.aligned(base + m.start(), base + m.end()))
        {
            if let Some(rest) =
                st[m.end()..].strip_prefix(|c: char| matches!(c, ':' | '!' | '-' | '—' | '–'))
            {
                let off = st.len() - rest.len();
                let target = Span::new(base + off, s.span.end).trim(s.text);
                out.push((
                    Span::new(base + m.start(), base + m.end()),
                    speaker,
                    Some(target),
                    6,
                ));
            }
        }
    }
    if let Some(c) = no_opener(st) {
        // "Officials: No troops at the border": a speaker's "No" before a noun.
        let exist_ok = c.w.is_some_and(|w| {
            !matches!(
                w.as_str().lowercase().as_str(),
                "one" | "longer" | "more" | "matter" | "doubt" | "wonder" | "problem"
            )
        });
        let m = match (c.cue, c.exist) {
            (Some(m), _) => m,
            (None, Some(m)) if exist_ok => m,
            _ => return,
        };
        if !s.aligned(base + m.start(), base + m.end()) {
            return;
        }
        let rest = s.at(base + m.end());
        let target = s.object_after(rest + 1, Words(""));
        out.push((
            Span::new(base + m.start(), base + m.end()),
            speaker,
            target,
            6,
        ));
    }
}

/// Debunk words ("hoax") and negated events ("hasn't been arrested").
fn weak_headline_rules(s: &Sent, out: &mut Vec<(Span, Option<Span>, Option<Span>, u8)>) {
    let st = s.str();
    let base = s.span.start;
    let speaker = headline_speaker(s);
    let whole = s.span_of(0, s.toks.len());
    for m in LEXICON.find_iter(Kind::HeadWord, &s.starts, st) {
        if !s.aligned(s.span.start + m.start(), s.span.start + m.end()) {
            continue;
        }
        let i0 = s.at(base + m.start());
        let i1 = s.at(base + m.end());
        let lo = i0.saturating_sub(2);
        let negated = (lo..i0).any(|j| s.is_negation(j));
        let alternative =
            (lo..i0).any(|j| s.lw(j) == "or") || s.toks.get(i1).is_some_and(|_| s.lw(i1) == "or");
        if (negated && !s.lw(i0).starts_with("not")) || alternative {
            continue;
        }
        out.push((
            Span::new(base + m.start(), base + m.end()),
            speaker,
            whole,
            1,
        ));
    }
    if let Some(m) = despite(st).filter(|m| s.aligned(base + m.start(), base + m.end())) {
        let cue = Span::new(base + m.start(), base + m.end());
        out.push((cue, speaker, whole, 1));
    }
    for (neg, nx) in neg_events(st) {
        if !s.aligned(base + neg.start(), base + neg.end())
            || !s.aligned(base + nx.start(), base + nx.end())
        {
            continue;
        }
        let next = nx.as_str().lowercase().replace('’', "'");
        let i0 = s.at(base + neg.start());
        let prev = s.prev_lw(i0);
        let bare = neg.as_str().eq_ignore_ascii_case("not");
        let never = neg.as_str().eq_ignore_ascii_case("never");
        if NEG_EVENT_EXCLUDE.contains(&next.as_str()) || UNTRUTH.contains(&next.as_str()) {
            continue;
        }
        // "is not a hoax" affirms; "is not the only", "not a fan" are ordinary.
        if matches!(next.as_str(), "a" | "an" | "the") {
            let after = s.at(base + nx.end());
            let w = if after < s.toks.len() {
                s.lw(after)
            } else {
                ""
            };
            if w.is_empty()
                || UNTRUTH.contains(&w)
                || NEG_EVENT_EXCLUDE.contains(&w)
                || NOT_EVENT_NOUNS.contains(&w)
            {
                continue;
            }
        }
        if bare
            && (BARE_PREV.contains(&prev)
                || prev.ends_with("n't")
                || (i0 > 0 && s.punct(i0 - 1))
                || next.ends_with("ing"))
        {
            continue;
        }
        if never
            && !(next.ends_with("ed")
                || matches!(
                    next.as_str(),
                    "said" | "was" | "were" | "been" | "took" | "made" | "existed"
                ))
        {
            continue;
        }
        // "a friend who never showed up", "I never intended to": no debunk.
        if never
            && (matches!(prev, "who" | "that" | "which")
                || matches!(
                    next.as_str(),
                    "intended" | "wanted" | "expected" | "imagined" | "dreamed" | "thought"
                ))
        {
            continue;
        }
        if conditional(s, i0) {
            continue;
        }
        let cue = Span::new(base + neg.start(), base + neg.end());
        out.push((cue, speaker, whole, 1));
    }
}

/// The speaker a headline names: "Officials: ...", "..., police say".
fn headline_speaker(s: &Sent) -> Option<Span> {
    let st = s.str();
    let base = s.span.start;
    if let Some(m) = head_speaker_before(st) {
        let label = LEXICON.matcher(Kind::Label).is_some_and(|re| {
            re.match_at(m.as_str(), 0)
                .is_some_and(|l| l.len() == m.len())
        });
        if !label && !m.as_str().eq_ignore_ascii_case("update") {
            return Some(Span::new(base + m.start(), base + m.end()));
        }
    }
    let m = head_speaker_after(st)?;
    Some(Span::new(base + m.start(), base + m.end()))
}

#[cfg(test)]
mod tests;

// Word lists of single rules, as `Words` (smaller in the wasm than `matches!`),
// or as a `WordSet` where one is looked up often.
const BARE_PREV: Words = Words("but|or|if|whether|and|why|may|might|could|should|would|will|must|can|do|does|to|for|with|of|in|");
const NOT_EVENT_NOUNS: Words = Words("fan|problem|priority|first|last|same|end|big|good|bad|lot|bit|question|kind|type|way|answer|solution|point|issue|time|case|reason");
static CLAUSE_LINKS: WordSet =
    WordSet::new("that|and|but|because|while|although|though|when|as|so");
const LINK_WORDS: Words = Words("as|and|on|in|at|for|over|because|after|from");
