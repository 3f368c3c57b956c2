//! The cue lexicon (`data/cues.tsv`): every written form of a cue with its
//! class and its pattern, parsed once.

use crate::case::Case;
use crate::hash::FxHashMap;
use crate::model::CueClass;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How a cue relates to its speaker and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// The speaker is the subject: "X said (that) ...", "..., X said", "..., said X".
    Verb,
    /// Like `Verb`, and a listener may come before the content: "told reporters that ...".
    Object,
    /// The speaker follows the cue: "according to X, ...".
    Source,
}

/// One cue form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue<'a> {
    /// The form's words, lower case ("according", "to"): borrowed from the
    /// lexicon's text unless a word had to be lower-cased (the first call
    /// parses the lexicon; one allocation per word was most of it, page
    /// load, issue 7).
    pub words: Vec<Cow<'a, str>>,
    /// Its class.
    pub class: CueClass,
    /// Its pattern.
    pub pattern: Pattern,
}

/// The parsed lexicon: forms by their first word, longest first.
pub struct Lexicon<'a> {
    // A hash map (never iterated for output): the ordered map's string
    // comparisons were most of the per-token lookups (perf, issue 7).
    by_first: FxHashMap<Cow<'a, str>, Vec<Cue<'a>>>,
}

/// `data/cues.tsv` without its comment lines (`build.rs`).
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/cues.tsv"));

/// The lexicon from `data/cues.tsv`.
pub static LEXICON: LazyLock<Lexicon<'static>> = LazyLock::new(|| Lexicon::parse(DATA));

impl<'a> Lexicon<'a> {
    /// Parses the TSV format documented at the top of `data/cues.tsv`. Lines
    /// that do not parse are skipped (a unit test keeps the shipped file clean).
    pub fn parse(data: &'a str) -> Lexicon<'a> {
        // Sized for every form up front: no rehashing at first use.
        let forms = data.bytes().filter(|&b| b == b'|' || b == b'\n').count();
        let mut by_first: FxHashMap<Cow<'a, str>, Vec<Cue<'a>>> =
            FxHashMap::with_capacity_and_hasher(forms, Default::default());
        for line in data.lines() {
            if let Some(cues) = parse_line(line) {
                for c in cues {
                    by_first.entry(c.words[0].clone()).or_default().push(c);
                }
            }
        }
        for v in by_first.values_mut() {
            crate::sort::by_key(v, |c| std::cmp::Reverse(c.words.len()));
        }
        Lexicon { by_first }
    }

    /// The longest cue whose words are `words[0..n]`, if any (for the
    /// tests; the claims look the first word up once with [`Lexicon::starting`]).
    #[cfg(test)]
    pub fn longest<S: AsRef<str>>(&self, words: &[S]) -> Option<&Cue<'a>> {
        longest_of(self.starting(words.first()?.as_ref())?, words)
    }

    /// The cues whose first word is `first`, longest first: most words start
    /// none, and need no words after them gathered (perf, issue 7).
    pub fn starting(&self, first: &str) -> Option<&[Cue<'a>]> {
        self.by_first.get(first).map(Vec::as_slice)
    }
}

/// The longest of `cues` (longest first, as [`Lexicon::starting`] gives them)
/// whose words are `words[0..n]`.
pub fn longest_of<'c, 'a, S: AsRef<str>>(cues: &'c [Cue<'a>], words: &[S]) -> Option<&'c Cue<'a>> {
    cues.iter().find(|c| {
        c.words.len() <= words.len() && c.words.iter().zip(words).all(|(a, b)| a == b.as_ref())
    })
}

/// One line of the TSV: its forms, or `None` for a comment, a blank or a bad line.
fn parse_line(line: &str) -> Option<Vec<Cue<'_>>> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut cols = line.split('\t');
    let forms = cols.next()?;
    let class = match cols.next()?.trim() {
        "speech" => CueClass::Speech,
        "accusation" => CueClass::Accusation,
        "belief" => CueClass::Belief,
        "denial" => CueClass::Denial,
        _ => return None,
    };
    let pattern = match cols.next()?.trim() {
        "verb" => Pattern::Verb,
        "object" => Pattern::Object,
        "source" => Pattern::Source,
        _ => return None,
    };
    let cues: Vec<Cue> = forms
        .split('|')
        .map(|f| f.split_whitespace().map(lower).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .map(|words| Cue {
            words,
            class,
            pattern,
        })
        .collect();
    (!cues.is_empty()).then_some(cues)
}

/// `w` lower case: borrowed when it is plain ASCII with no capital (every
/// shipped form), else lower-cased.
fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_line_parses() {
        for line in DATA.lines() {
            let blank = line.trim().is_empty() || line.starts_with('#');
            assert!(
                blank || parse_line(line).is_some(),
                "bad line in data/cues.tsv: {line:?}"
            );
        }
    }

    #[test]
    fn finds_the_longest_form_with_its_class() {
        let l = &*LEXICON;
        let c = l.longest(&["according", "to", "x"]).unwrap();
        assert_eq!((c.words.len(), c.pattern), (2, Pattern::Source));
        assert_eq!(
            l.longest(&["accusing", "them"]).unwrap().class,
            CueClass::Accusation
        );
        assert_eq!(
            l.longest(&["pointed", "out", "that"]).unwrap().words.len(),
            2
        );
        assert_eq!(l.longest(&["denied"]).unwrap().class, CueClass::Denial);
        assert!(l.longest(&["table"]).is_none());
    }

    #[test]
    fn a_newsroom_line_extends_the_lexicon() {
        let l = Lexicon::parse("# mine\nopine|Opined|RÉFUTE\tbelief\tverb\nbad line\n");
        assert_eq!(l.longest(&["opined"]).unwrap().class, CueClass::Belief);
        assert_eq!(l.longest(&["opine"]).unwrap().words, ["opine"]);
        assert_eq!(l.longest(&["réfute"]).unwrap().words, ["réfute"]);
        assert!(l.longest(&["bad"]).is_none());
    }
}
