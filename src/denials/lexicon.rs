//! The denial lexicon, `data/denials.tsv`, parsed once and compiled into one
//! matcher per kind of entry (word sequences, see [`crate::pat`]).

use crate::case::Case;
use crate::hash::FxHashSet as HashSet;
use crate::pat::{FindIn, Index, Matcher, Seq, Slot, Starts};
use crate::text::Lower;
use std::sync::LazyLock;

/// The lexicon file, embedded at build time without its comment lines (`build.rs`).
const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/denials.tsv"));

/// What an entry of the lexicon does; the first column of `data/denials.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// "deny": the object is denied, the subject denies.
    Verb,
    /// "shoot down": a denial only when the object is a claim noun.
    ObjVerb,
    /// "denial": a noun naming a denial.
    Noun,
    /// "false": said of a claim after a copula.
    Predicate,
    /// "baseless": an adjective calling the claim noun after it untrue.
    Attribute,
    /// "there is no evidence that": denies what follows.
    Phrase,
    /// "never happened": denies that the event before it took place.
    NonEvent,
    /// "never said": negated speech.
    NegSpeech,
    /// "Fake:": a headline label.
    Label,
    /// "hoax": a word that marks a headline as a debunk.
    HeadWord,
    /// "entirely": an adverb that may stand inside a cue.
    Degree,
    /// "accusations": a noun for something said.
    ClaimNoun,
    /// "bail": an object that makes "deny" mean withhold.
    Withhold,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "verb" => Kind::Verb,
            "objverb" => Kind::ObjVerb,
            "noun" => Kind::Noun,
            "predicate" => Kind::Predicate,
            "attribute" => Kind::Attribute,
            "phrase" => Kind::Phrase,
            "nonevent" => Kind::NonEvent,
            "negspeech" => Kind::NegSpeech,
            "label" => Kind::Label,
            "headword" => Kind::HeadWord,
            "degree" => Kind::Degree,
            "claimnoun" => Kind::ClaimNoun,
            "withhold" => Kind::Withhold,
            _ => return None,
        })
    }
}

/// One parsed line: its kind and its pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the entry does.
    pub kind: Kind,
    /// Its words, each with its alternatives (longest first).
    pub seq: Seq,
    /// Its rank among the entries of its kind: the length of the regex it
    /// compiled to when the lexicon was a regex (longer entries are tried
    /// first, so that matches stay what they were).
    pub rank: usize,
    /// Every word form the pattern's single-word alternatives name, lower case.
    pub words: Vec<String>,
}

/// Parses the lexicon text. Unknown kinds and malformed lines are reported
/// (line number, what is wrong), not skipped silently: the test below fails
/// on any. No `format!`: it kept `core::fmt` in the wasm (size, issue 7).
pub fn parse(src: &str) -> (Vec<Entry>, Vec<(usize, &'static str)>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, pattern)) = line.split_once('\t') else {
            errors.push((n + 1, "no tab between kind and pattern"));
            continue;
        };
        let Some(kind) = Kind::parse(kind.trim()) else {
            errors.push((n + 1, "unknown kind"));
            continue;
        };
        // Each slot: its alternatives, and whether it may be left out ("word?").
        let slots: Vec<(Vec<String>, bool)> = pattern
            .split_whitespace()
            .map(|w| {
                let (w, optional) = match w.strip_suffix('?') {
                    Some(x) => (x, true),
                    None => (w, false),
                };
                let alts = w
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(|a| a.lowercase())
                    .collect();
                (alts, optional)
            })
            .filter(|(alts, _): &(Vec<String>, bool)| !alts.is_empty())
            .collect();
        if slots.is_empty() {
            errors.push((n + 1, "empty pattern"));
            continue;
        }
        if slots.last().is_some_and(|s| s.1) || slots.first().is_some_and(|s| s.1) {
            errors.push((n + 1, "an optional word must stand inside the pattern"));
            continue;
        }
        let words = if slots.len() == 1 {
            slots[0].0.clone()
        } else {
            Vec::new()
        };
        let mut rank = 0;
        let slots = slots
            .into_iter()
            .enumerate()
            .map(|(k, (mut alts, optional))| {
                crate::sort::by_key(&mut alts, |a| std::cmp::Reverse(regex_len(a)));
                // "(?:a|b)", after "\s+" or inside "(?:\s+...)?".
                let group = 4 + alts.iter().map(|a| regex_len(a)).sum::<usize>() + alts.len() - 1;
                rank += match (k, optional) {
                    (0, _) => group,
                    (_, true) => group + 8,
                    _ => group + 3,
                };
                Slot { alts, optional }
            })
            .collect();
        out.push(Entry {
            kind,
            seq: Seq { slots },
            rank,
            words,
        });
    }
    (out, errors)
}

/// The length of a word's regex source as the regex lexicon wrote it:
/// metacharacters escaped, an apostrophe as `['’]`.
fn regex_len(word: &str) -> usize {
    word.chars()
        .map(|c| match c {
            '\'' => "['’]".len(),
            '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$'
            | '#' | '&' | '-' | '~' => 2,
            c => c.len_utf8(),
        })
        .sum()
}

/// The compiled lexicon.
pub struct Lexicon {
    /// Every entry, in file order.
    pub entries: Vec<Entry>,
    matchers: Vec<(Kind, Matcher)>,
    /// Where the matchers (and [`super::scan::NOT_TRUE`], numbered last) may start.
    index: Index,
    claim_nouns: HashSet<String>,
    withhold: HashSet<String>,
    degree: HashSet<String>,
}

impl Lexicon {
    fn build(src: &str) -> Lexicon {
        let (entries, _) = parse(src);
        let mut kinds: Vec<Kind> = entries.iter().map(|e| e.kind).collect();
        crate::sort::by(&mut kinds, Ord::cmp);
        kinds.dedup();
        let matchers = kinds
            .into_iter()
            .map(|k| {
                let mut of_kind: Vec<&Entry> = entries.iter().filter(|e| e.kind == k).collect();
                // Longest first, so that "not true" wins over "true"-less shorter entries.
                crate::sort::by_key(&mut of_kind, |e| std::cmp::Reverse(e.rank));
                let seqs = of_kind.into_iter().map(|e| e.seq.clone()).collect();
                (k, Matcher::new(seqs))
            })
            .collect::<Vec<(Kind, Matcher)>>();
        let mut all: Vec<&Matcher> = matchers.iter().map(|(_, m)| m).collect();
        all.push(&super::scan::NOT_TRUE);
        let index = Index::new(&all);
        let set = |k: Kind| -> HashSet<String> {
            entries
                .iter()
                .filter(|e| e.kind == k)
                .flat_map(|e| e.words.iter().cloned())
                .collect()
        };
        Lexicon {
            claim_nouns: set(Kind::ClaimNoun),
            withhold: set(Kind::Withhold),
            degree: set(Kind::Degree),
            entries,
            matchers,
            index,
        }
    }

    /// The matcher of every entry of `kind` (whole words, any case).
    pub fn matcher(&self, kind: Kind) -> Option<&Matcher> {
        self.matchers
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, r)| r)
    }

    /// Where in `s` an entry may start: one pass for every kind (see [`Index`]).
    pub fn starts(&self, s: &str) -> Starts {
        self.index.starts(s)
    }

    /// The matches of `kind` in `s`, as `matcher(kind)?.find_iter(s)` finds
    /// them, through the `starts` of `s`.
    pub fn find_iter<'h, 'm>(
        &'m self,
        kind: Kind,
        starts: &'m Starts,
        s: &'h str,
    ) -> FindIn<'h, 'm> {
        let n = self.matchers.iter().position(|(k, _)| *k == kind);
        let m = n.map(|n| &self.matchers[n].1);
        FindIn::new(m, n.unwrap_or(0) as u8, starts, s)
    }

    /// [`Lexicon::find_iter`] for [`super::scan::NOT_TRUE`].
    pub fn not_true<'h, 'm>(&'m self, starts: &'m Starts, s: &'h str) -> FindIn<'h, 'm> {
        super::scan::NOT_TRUE.find_iter_in(self.matchers.len() as u8, starts, s)
    }

    /// True when `word` (any case) is a claim noun: "accusations", "report".
    pub fn is_claim_noun(&self, word: &str) -> bool {
        // (Borrowed when already lower case, as the words of `Sent::lw` are:
        // a String per lookup was most of the allocations of the denials;
        // perf, issue 7.)
        self.claim_nouns.contains(Lower::new(word).as_str())
    }

    /// True when `word` is an object that makes "deny" mean withhold: "bail".
    pub fn is_withhold(&self, word: &str) -> bool {
        self.withhold.contains(Lower::new(word).as_str())
    }

    /// True when `word` is a degree adverb that may stand inside a cue.
    pub fn is_degree(&self, word: &str) -> bool {
        let w = Lower::new(word);
        self.degree.contains(w.as_str())
            || (w.len() > 4
                && w.ends_with("ly")
                && !matches!(
                    w.as_str(),
                    "only"
                        | "early"
                        | "family"
                        | "july"
                        | "italy"
                        | "ally"
                        | "rally"
                        | "supply"
                        | "reply"
                        | "fly"
                        | "apply"
                ))
    }
}

/// The lexicon from `data/denials.tsv`.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(SOURCE));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicon_parses_without_errors() {
        let (entries, errors) = parse(SOURCE);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(entries.iter().any(|e| e.kind == Kind::Verb));
        assert!(entries.iter().any(|e| e.kind == Kind::Label));
    }

    #[test]
    fn bad_lines_are_reported() {
        let (entries, errors) = parse("verb\tdeny\nnoverb deny\nfrob\tx\n");
        assert_eq!(entries.len(), 1);
        assert_eq!(errors.len(), 2);
    }

    fn one(src: &str) -> Matcher {
        let (e, _) = parse(src);
        Matcher::new(vec![e[0].seq.clone()])
    }

    #[test]
    fn patterns_compile_to_whole_word_alternatives() {
        let re = one("verb\tpush|pushed back on|against\n");
        assert!(re.is_match("She Pushed back  against the report"));
        assert!(!re.is_match("he pushed back the date"));
        // Next to curly quotes and dashes (non-ASCII), the boundaries still hold.
        assert!(re.is_match("“Pushed back against”—she said"));
        let re = one("predicate\ta|an giant|total? hoax\n");
        assert!(re.is_match("it is a giant hoax") && re.is_match("it is a hoax"));
        assert!(!parse("predicate\thoax giant?\n").1.is_empty());
        let re = one("predicate\tisn't true\n");
        assert!(re.is_match("That isn’t true"));
    }

    #[test]
    fn word_sets_and_kind_matchers() {
        let l = &*LEXICON;
        assert!(l.is_claim_noun("Accusations"));
        assert!(l.is_withhold("bail"));
        assert!(l.is_degree("categorically") && l.is_degree("vehemently") && !l.is_degree("only"));
        let v = l.matcher(Kind::Verb).unwrap();
        assert!(v.is_match("The ministry denied it") && !v.is_match("a denialist"));
        let p = l.matcher(Kind::Predicate).unwrap();
        assert_eq!(p.find("the claim is a lie").unwrap().as_str(), "a lie");
        assert!(!p.is_match("the photos were faked"));
    }
}
