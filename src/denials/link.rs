//! Linking a denial to the claim it denies.
//!
//! A link is made only when the text supports it: the target overlaps the
//! claim's words, or names a claim ("the accusations", "the report", "it")
//! that an earlier claim fills; an accusation noun prefers a claim whose cue
//! is an accusation, and shared words ("spying") decide between claims.

use super::lexicon::LEXICON;
use crate::case::Case;
use crate::model::{Claim, CueClass, Denial};
use crate::text::Lower;
use crate::wordlist::{WordSet, Words};
use std::cell::OnceCell;

/// Words too common to tie a denial to a claim.
static STOP: WordSet = WordSet::new(
    "that|this|these|those|there|their|them|they|with|from|have|has|been|were|will|would|\
    about|which|what|when|where|against|made|said|says|also|into|over|after|before|than|such|\
    some|very|only|just|more|most|other|being",
);

/// Pronouns and demonstratives that point back to a claim.
const ANAPHORS: Words = Words("it|this|that|these|those|them|such");

/// A stem: up to five lower-case characters (at most 20 bytes of UTF-8),
/// packed big-endian into integers, padded with zero bytes (no word
/// character is NUL), so that comparing stems compares their bytes. Kept
/// inline: a `String` per word made [`stems`] mostly allocation (perf, issue 7).
/// Three words of 8, 8 and 4 bytes, not a `u128` and a `u32`: a `u128` is
/// 16-byte aligned, which made a stem 32 bytes and an index entry with its
/// claim 48 (see [`Entry`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(test, derive(Debug))]
struct Stem(u64, u64, u32);

impl Stem {
    fn from_bytes(b: &[u8; 20]) -> Stem {
        let mut hi = [0u8; 8];
        hi.copy_from_slice(&b[..8]);
        let mut mid = [0u8; 8];
        mid.copy_from_slice(&b[8..16]);
        let mut lo = [0u8; 4];
        lo.copy_from_slice(&b[16..]);
        Stem(
            u64::from_be_bytes(hi),
            u64::from_be_bytes(mid),
            u32::from_be_bytes(lo),
        )
    }
    fn of(lower: &str) -> Stem {
        let mut b = [0u8; 20];
        let mut n = 0;
        for c in lower.chars().take(5) {
            n += c.encode_utf8(&mut b[n..]).len();
        }
        Stem::from_bytes(&b)
    }
}

/// Comparable stems of the content words of `t`: lower case, first five
/// letters; sorted, each once.
fn stems(t: &str) -> Vec<Stem> {
    let mut v: Vec<Stem> = Vec::new();
    each_stem(t, &mut |st| v.push(st));
    crate::sort::by(&mut v, Ord::cmp);
    v.dedup();
    v
}

/// Calls `f` with the stem of each content word of `t`, in order (repeats
/// included): no vector of words (perf, issue 7).
fn each_stem(t: &str, f: &mut dyn FnMut(Stem)) {
    if t.is_ascii() {
        // By bytes, in one loop (the same split for ASCII): decoding each
        // char, then splitting into words, was most of the time (perf, issue 7).
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let a = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let w = &b[a..i];
            i += 1;
            // ASCII lower-casing keeps the length.
            if w.len() < 4 {
                continue;
            }
            let mut low = [0u8; 20];
            let k = w.len().min(8);
            low[..k].copy_from_slice(&w[..k]);
            low[..k].make_ascii_lowercase();
            // ASCII bytes: always a str.
            if w.len() <= 8 && std::str::from_utf8(&low[..k]).is_ok_and(|w| STOP.contains(w)) {
                continue;
            }
            low[5..].fill(0);
            f(Stem::from_bytes(&low));
        }
        return;
    }
    for w in t.split(|c: char| !c.is_alphanumeric()) {
        if w.is_ascii() {
            each_stem(w, f);
            continue;
        }
        if w.chars().count() < 4 {
            continue;
        }
        let l = w.lowercase();
        if STOP.contains(&l) {
            continue;
        }
        f(Stem::of(&l));
    }
}

/// True when `w` (lower case) names an accusation.
fn accusation_word(w: &str) -> bool {
    w.starts_with("accus") || w.starts_with("alleg") || w.starts_with("charge")
}

/// What [`claim_denied`] compares of each claim, computed at most once per
/// claim for all the denials of a text, and an index of the claims by their
/// words: each denial looks up the few claims that can be linked to it
/// instead of testing every claim near it (60 KB around each denial was most
/// of the run on a long text; perf, issue 7).
pub struct ClaimWords {
    speaker: Vec<OnceCell<Option<String>>>,
    /// Claim indices by content start (a claim's rank is its position
    /// here), their content starts, and the longest content (bytes): the
    /// claims of a stretch of text are found by binary search.
    by_start: Vec<usize>,
    starts: Vec<usize>,
    max_len: usize,
    /// (stem, rank) for each stem of each claim's content and cue, and
    /// ([`ACCUSATION`], rank) for each accusation, grouped by a hash of the
    /// stem (a counting sort: no comparisons), by rank within a group; and
    /// where each group starts. Made at the first denial with a target. Not
    /// a hash map: less code in the wasm (size budget, issue 7).
    by_stem: Option<StemIndex>,
    /// Per rank, while one denial is linked: 0, or 1 + the target stems the
    /// claim shares when it is a candidate.
    mark: Vec<u32>,
}

impl ClaimWords {
    /// An empty cache for `claims`.
    pub fn new(claims: &[Claim]) -> ClaimWords {
        let mut by_start: Vec<usize> = (0..claims.len()).collect();
        crate::sort::by_key(&mut by_start, |&i| claims[i].content.start);
        ClaimWords {
            speaker: claims.iter().map(|_| OnceCell::new()).collect(),
            starts: by_start.iter().map(|&i| claims[i].content.start).collect(),
            mark: vec![0; claims.len()],
            by_start,
            max_len: claims.iter().map(|c| c.content.len()).max().unwrap_or(0),
            by_stem: None,
        }
    }
    /// The ranks of the claims whose content starts in `lo..hi`.
    fn ranks(&self, lo: usize, hi: usize) -> std::ops::Range<usize> {
        let a = self.starts.partition_point(|&s| s < lo);
        a..self.starts.partition_point(|&s| s < hi).max(a)
    }
}

/// A stem and a claim's rank, in 24 bytes: the rank fills what would be a
/// stem's padding. The index holds one per content word of every claim, and
/// at 48 bytes (a `u128` stem and the rank) it was the peak of memory on a
/// 10 MB text: 20.2x the input, over the budget of 20 (issue 7).
#[derive(Clone, Copy)]
struct Entry(u64, u64, u32, u32);

impl Entry {
    fn new(st: Stem, rank: u32) -> Entry {
        Entry(st.0, st.1, st.2, rank)
    }
    fn stem(&self) -> Stem {
        Stem(self.0, self.1, self.2)
    }
    fn rank(&self) -> u32 {
        self.3
    }
}

/// (stem, claim rank) entries grouped by stem hash, and where each group
/// starts (see [`ClaimWords::by_stem`]).
type StemIndex = (Vec<Entry>, Vec<u32>);

/// The stem that stands for "an accusation" in [`ClaimWords::by_stem`]: no
/// word has it (a word stem has at least four letters).
const ACCUSATION: Stem = Stem(0, 0, 0);

/// The group of `st` in [`ClaimWords::by_stem`], of `1 << bits`.
fn group(st: Stem, bits: u32) -> usize {
    let h = (st.1 ^ st.0 ^ u64::from(st.2)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (63 - bits) >> 1) as usize
}

/// Makes rank `r` a candidate (once) that shares `n` more stems.
fn mark(mark: &mut [u32], cands: &mut Vec<usize>, r: usize, n: u32) {
    if mark[r] == 0 {
        cands.push(r);
        mark[r] = 1;
    }
    mark[r] += n;
}

/// How far (bytes) a denial may stand from the claim it is linked to: longer
/// than a long news article (5,000 words is about 30 KB).
pub const LINK_WINDOW: usize = 60_000;

/// The index of the claim `d` denies, if the text supports one. `holder` is
/// the claim whose words hold the denial (never the one denied); `words_of`
/// caches what is compared of each claim.
pub fn claim_denied(
    text: &str,
    d: &Denial,
    holder: Option<usize>,
    claims: &[Claim],
    words_of: &mut ClaimWords,
) -> Option<usize> {
    let target = d.target?;
    let tt = target.slice(text);
    // Borrowed from the text when already lower case (most words): a String
    // per word of every target was most of the allocations here (perf, issue 7).
    let words: Vec<Lower> = tt
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(Lower::new)
        .collect();
    let names_claim = words.iter().any(|w| LEXICON.is_claim_noun(w));
    let wants_accusation = words.iter().any(|w| accusation_word(w));
    let anaphoric = words.len() <= 2 && words.iter().any(|w| ANAPHORS.contains(&w.as_str()));
    let denier = d.denier.map(|s| s.slice(text).lowercase());
    let tstems = stems(tt);
    // Every claim that may lie within LINK_WINDOW of the denial: it starts
    // at most LINK_WINDOW after the cue, and ends at most LINK_WINDOW before
    // it, so starts at most `max_len` earlier still. Only a claim made
    // before the denial, or one the target overlaps, is denied: both start
    // before the later of the two.
    let w = &mut *words_of;
    let near = w.ranks(
        d.cue.start.saturating_sub(LINK_WINDOW + w.max_len),
        (d.cue.end + LINK_WINDOW + 1).min(d.cue.start.max(target.end)),
    );
    // The candidates: a claim is linked only when it shares a stem with the
    // target, overlaps it, is an accusation the target wants, or ends
    // shortly before a target that names a claim.
    let by_start = &w.by_start;
    let (by_stem, starts) = w.by_stem.get_or_insert_with(|| {
        let mut v: Vec<Entry> = Vec::new();
        for (r, &i) in by_start.iter().enumerate() {
            let c = &claims[i];
            let mut add = |st: Stem| v.push(Entry::new(st, r as u32));
            each_stem(c.content.slice(text), &mut add);
            each_stem(c.cue.slice(text), &mut add);
            if c.cue_class == CueClass::Accusation {
                add(ACCUSATION);
            }
        }
        let bits = v.len().max(1).next_power_of_two().trailing_zeros();
        let mut starts = vec![0u32; (1 << bits) + 1];
        for e in &v {
            starts[group(e.stem(), bits) + 1] += 1;
        }
        for g in 1..starts.len() {
            starts[g] += starts[g - 1];
        }
        let mut out = vec![Entry::new(ACCUSATION, 0); v.len()];
        let mut fill = starts.clone();
        for e in v {
            let g = group(e.stem(), bits);
            out[fill[g] as usize] = e;
            fill[g] += 1;
        }
        (out, starts)
    });
    let bits = (starts.len() - 1).trailing_zeros();
    let mut cands: Vec<usize> = Vec::new();
    let acc = wants_accusation.then_some((ACCUSATION, 0));
    for (st, n) in tstems.iter().map(|&st| (st, 1)).chain(acc) {
        let g = group(st, bits);
        let grp = &by_stem[starts[g] as usize..starts[g + 1] as usize];
        let a = grp.partition_point(|e| (e.rank() as usize) < near.start);
        let mut last = None;
        for e in grp[a..]
            .iter()
            .take_while(|e| (e.rank() as usize) < near.end)
        {
            // A claim's entries are together: a repeated stem counts once.
            if e.stem() == st && last != Some(e.rank()) {
                last = Some(e.rank());
                mark(&mut w.mark, &mut cands, e.rank() as usize, n);
            }
        }
    }
    let overlapping = w.ranks(target.start.saturating_sub(w.max_len), target.end);
    let close = if names_claim || anaphoric {
        w.ranks(d.cue.start.saturating_sub(1500 + w.max_len), d.cue.start)
    } else {
        0..0
    };
    for r in overlapping.chain(close) {
        if near.contains(&r) {
            mark(&mut w.mark, &mut cands, r, 0);
        }
    }
    let mut best: Option<(i64, usize)> = None;
    for r in cands {
        let shared = i64::from(w.mark[r]) - 1;
        w.mark[r] = 0;
        let i = w.by_start[r];
        let c = &claims[i];
        // A denial answers a claim of the same article: past LINK_WINDOW bytes
        // no link is made, which keeps one huge pasted text linear.
        if d.cue.start.saturating_sub(c.content.end) > LINK_WINDOW
            || c.content.start.saturating_sub(d.cue.end) > LINK_WINDOW
        {
            continue;
        }
        if Some(i) == holder
            || c.cue_class == CueClass::Denial
            || c.cue.overlaps(&d.cue)
            || c.content.contains(&d.cue)
        {
            continue;
        }
        // Someone does not deny their own claim.
        let sp = w.speaker[i].get_or_init(|| c.speaker.map(|sp| sp.slice(text).lowercase()));
        if let (Some(dn), Some(sp)) = (&denier, sp) {
            if dn == sp {
                continue;
            }
        }
        let overlap = c.content.overlaps(&target);
        if !overlap && c.content.start >= d.cue.start {
            continue; // only claims made before the denial
        }
        let class = wants_accusation && c.cue_class == CueClass::Accusation;
        let supported = overlap
            || shared > 0
            || class
            || ((names_claim || anaphoric)
                && d.cue
                    .start
                    .checked_sub(c.content.end)
                    .is_some_and(|g| g < 1500));
        if !supported {
            continue;
        }
        let distance = (d.cue.start.saturating_sub(c.content.end) / 200) as i64;
        let score =
            if overlap { 1000 } else { 0 } + shared * 20 + if class { 40 } else { 0 } - distance;
        // The best score; of equal ones, the first claim.
        if best.is_none_or(|(b, j)| score > b || (score == b && i < j)) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;
    use crate::span::Span;

    #[test]
    fn stem_index_entries_are_24_bytes() {
        // The index holds one entry per content word of every claim: on a
        // 10 MB text, 48-byte entries were the peak of memory (issue 7).
        assert_eq!(std::mem::size_of::<Entry>(), 24);
        let e = Entry::new(Stem(1, 2, 3), 4);
        assert!(e.stem() == Stem(1, 2, 3) && e.rank() == 4);
        // Ordered as their bytes: "abcdefgh" + "ijklmnop" + "qrst" words.
        let b = |s: &str| {
            let mut a = [0u8; 20];
            a[..s.len()].copy_from_slice(s.as_bytes());
            Stem::from_bytes(&a)
        };
        assert!(b("abcdefghijklmnopqrs") < b("abcdefghijklmnopqrt"));
        assert!(b("abcdefghijklmnoz") > b("abcdefghijklmnopqrst"));
        assert!(b("abcdefgz") > b("abcdefghijklmnopqrst"));
        assert_eq!(b("abcdefghijklmnopqrst"), b("abcdefghijklmnopqrst"));
    }

    fn claim(t: &str, speaker: &str, cue: &str, content: &str, class: CueClass) -> Claim {
        let at = |w: &str| {
            let s = t.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        Claim {
            kind: ClaimKind::Indirect,
            speaker: Some(at(speaker)),
            speaker_entity: None,
            cue: at(cue),
            cue_class: class,
            content: at(content),
        }
    }

    /// A denial with only its cue and target: the last `cue` and `target`
    /// words in `t` (a denial follows the claims it may deny).
    fn denial(t: &str, cue: &str, target: &str) -> Denial {
        let at = |w: &str| {
            let s = t.rfind(w).unwrap();
            Span::new(s, s + w.len())
        };
        Denial {
            cue: at(cue),
            denier: None,
            target: Some(at(target)),
            claim: None,
        }
    }

    /// The claim that the denial of [`denial`] links to.
    fn linked(t: &str, claims: &[Claim], cue: &str, target: &str) -> Option<usize> {
        let d = denial(t, cue, target);
        claim_denied(t, &d, None, claims, &mut ClaimWords::new(claims))
    }

    #[test]
    fn an_accusation_noun_links_to_the_accusation() {
        let t = "Ruritania expelled two envoys, accusing them of bribery. It also said the talks were over. Officials said the accusations were baseless.";
        let claims = vec![
            claim(
                t,
                "Ruritania",
                "accusing",
                "them of bribery",
                CueClass::Accusation,
            ),
            claim(t, "It", "said", "the talks were over", CueClass::Speech),
        ];
        assert_eq!(
            linked(t, &claims, "were baseless", "the accusations"),
            Some(0)
        );
    }

    #[test]
    fn no_link_without_support() {
        let t = "The mayor said the bridge would open. Critics rejected a plan for new taxes.";
        let claims = vec![claim(
            t,
            "The mayor",
            "said",
            "the bridge would open",
            CueClass::Speech,
        )];
        assert_eq!(linked(t, &claims, "rejected", "a plan for new taxes"), None);
    }

    #[test]
    fn shared_words_pick_the_claim() {
        let t = "The rival said the mayor took bribes. The rival said the bridge was unsafe. The mayor denied taking bribes.";
        let claims = vec![
            claim(
                t,
                "The rival",
                "said",
                "the mayor took bribes",
                CueClass::Speech,
            ),
            claim(
                t,
                "The rival",
                "said",
                "the bridge was unsafe",
                CueClass::Speech,
            ),
        ];
        assert_eq!(linked(t, &claims, "denied", "taking bribes"), Some(0));
    }

    #[test]
    fn candidates_without_shared_words() {
        // An anaphor links to the claim just before it, an accusation noun
        // to an accusation, though neither shares a word with the claim.
        let t = "The rival said the mayor took bribes. The mayor denied it.";
        let claims = vec![claim(
            t,
            "The rival",
            "said",
            "the mayor took bribes",
            CueClass::Speech,
        )];
        let d = denial(t, "denied", "it");
        let mut w = ClaimWords::new(&claims);
        assert_eq!(claim_denied(t, &d, None, &claims, &mut w), Some(0));
        // The same link again from the same cache (the marks were reset).
        assert_eq!(claim_denied(t, &d, None, &claims, &mut w), Some(0));
    }

    #[test]
    fn no_link_past_the_window() {
        let pad = "Nothing happened here today. ".repeat(LINK_WINDOW / 20);
        let t =
            format!("The rival said the mayor took bribes. {pad}The mayor denied taking bribes.");
        let claims = vec![claim(
            &t,
            "The rival",
            "said",
            "the mayor took bribes",
            CueClass::Speech,
        )];
        assert_eq!(linked(&t, &claims, "denied", "taking bribes"), None);
        let t = t.replace(&pad, "");
        let claims = vec![claim(
            &t,
            "The rival",
            "said",
            "the mayor took bribes",
            CueClass::Speech,
        )];
        assert_eq!(linked(&t, &claims, "denied", "taking bribes"), Some(0));
    }

    #[test]
    fn stems_are_five_lower_case_letters_of_content_words() {
        let want = |ws: &[&str]| {
            let mut v: Vec<Stem> = ws.iter().map(|w| Stem::of(w)).collect();
            v.sort();
            v
        };
        assert_eq!(
            stems("The SENATOR said these allegations were false; allegedly"),
            want(&["senat", "alleg", "false"])
        );
        assert_eq!(
            stems("Über-Café owners, those Bürgermeister"),
            want(&["über", "café", "owner", "bürge"])
        );
    }
}
