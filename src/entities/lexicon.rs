//! The word lists under `data/`, embedded at build time and parsed once.
//!
//! Every file holds one entry per line; lines starting with `#` are comments.
//! Lookups take the entry as written ("New York"); [`title_case`] turns an
//! ALL-CAPS headline word into that form first.

use crate::case::Case;
use crate::hash::FxHashSet as HashSet;
use std::sync::LazyLock;

type Set = LazyLock<HashSet<&'static str>>;

/// A word list as `build.rs` stored it (sorted, front-coded: one digit, the
/// number of leading bytes shared with the entry before, then the rest),
/// decoded once into one line per entry.
fn decode(coded: &str) -> &'static str {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut prev = 0;
    for line in split_lines(coded) {
        let (n, rest) = line.split_at(1);
        let n = usize::from(n.as_bytes()[0] - b'0');
        let start = out.len();
        out.extend_from_within(prev..prev + n);
        out.extend_from_slice(rest.as_bytes());
        out.push(b'\n');
        prev = start;
    }
    String::from_utf8(out).expect("a word list is UTF-8").leak()
}

/// The lines of `rest`, as `split_terminator('\n')`, with a plain loop: the
/// search that `split` starts for each short line was an eighth of the
/// first call, which builds every list (perf, page load).
fn split_lines(mut rest: &str) -> impl Iterator<Item = &str> {
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        Some(line)
    })
}

/// A word list of `data/`, as `build.rs` stored it.
macro_rules! list {
    ($name:literal) => {
        decode(include_str!(concat!(env!("OUT_DIR"), "/", $name)))
    };
}

fn parse(files: &[&'static str]) -> HashSet<&'static str> {
    // Sized up front, so that building the sets on the first call never
    // rehashes (a tenth of that call; page load, issue 7).
    let lines: usize = files
        .iter()
        .map(|f| f.bytes().filter(|&b| b == b'\n').count() + 1)
        .sum();
    let mut set = HashSet::with_capacity_and_hasher(lines, Default::default());
    // `trim` also drops the "\r" that `lines()` would.
    for line in files.iter().flat_map(|f| split_lines(f)).map(str::trim) {
        if !line.is_empty() && !line.starts_with('#') {
            set.insert(line);
        }
    }
    set
}

/// Countries and their common aliases.
pub static COUNTRIES: Set = LazyLock::new(|| parse(&[list!("countries.txt")]));
/// Countries, capitals, large cities, US states, regions.
pub static PLACES: Set = LazyLock::new(|| {
    parse(&[
        list!("countries.txt"),
        list!("places.txt"),
        list!("places-extra.txt"),
    ])
});
/// Nationality and group words: "Russian", "Britons", "Muslim".
pub static NATIONALITIES: Set = LazyLock::new(|| parse(&[list!("nationalities.txt")]));
/// Organisations named without a head word: "NATO", "Kremlin".
pub static ORGS: Set = LazyLock::new(|| parse(&[list!("orgs.txt")]));
/// Last words that make a name an organisation: "Office", "Party".
pub static ORG_HEADS: Set = LazyLock::new(|| parse(&[list!("org-heads.txt")]));
/// Given names.
pub static GIVEN: Set = LazyLock::new(|| parse(&[list!("given-names.txt")]));
/// Frequent surnames.
pub static SURNAMES: Set = LazyLock::new(|| parse(&[list!("surnames.txt")]));
/// Words before a person's name, capitalised ("President") or not ("striker").
pub static TITLES: Set = LazyLock::new(|| parse(&[list!("titles.txt")]));
/// Function words: never the first word of a name, even when capitalised.
pub static COMMON: Set = LazyLock::new(|| parse(&[list!("common-words.txt")]));
/// Common English content words (lower case): a capitalised one at the start
/// of a sentence is most likely no name.
pub static ENGLISH: Set =
    LazyLock::new(|| parse(&[list!("english-words.txt"), list!("content-words.txt")]));

fn lower_in(set: &HashSet<&'static str>, w: &str) -> bool {
    if w.is_ascii() {
        // Lower-cased on the stack: no allocation (perf, issue 7).
        let mut buf = [0u8; 32];
        if let Some(low) = buf.get_mut(..w.len()) {
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            return std::str::from_utf8(low).is_ok_and(|l| set.contains(l));
        }
    }
    if w.chars().all(|c| !c.is_uppercase()) {
        return set.contains(w);
    }
    set.contains(w.lowercase().as_str())
}

/// True when `w`, lower-cased, is a function word ("The", "However"), or
/// "I" with a contraction ("I've", "I'll"), or a Roman numeral ("XVII").
pub fn is_common(w: &str) -> bool {
    lower_in(&COMMON, w)
        || ["I'", "I’"].iter().any(|p| w.len() > 2 && w.starts_with(p))
        || (w.len() >= 2
            && w.bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')))
}

/// True when `w`, lower-cased, is a function word or a common English word.
/// Plurals count through their singular ("Experts" -> "expert").
pub fn is_english(w: &str) -> bool {
    let plain = |w: &str| lower_in(&COMMON, w) || lower_in(&ENGLISH, w);
    plain(w) || (w.len() > 3 && w.strip_suffix('s').is_some_and(plain))
}

/// "NEW YORK" -> "New York", "O'NEILL" -> "O'neill": first letter of each
/// space- or hyphen-separated part upper case, the rest lower case.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.uppercase());
        } else {
            out.extend(c.lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        assert!(PLACES.contains("Moscow") && PLACES.contains("United Kingdom"));
        assert!(NATIONALITIES.contains("Russian"));
        assert!(ORG_HEADS.contains("Office"));
        assert!(GIVEN.contains("David"));
        assert!(TITLES.contains("President"));
        assert!(is_common("The") && is_common("however") && !is_common("Lammy"));
        assert!(is_english("Heavy") && is_english("North") && !is_english("Moscow"));
        assert!(COUNTRIES.contains("Russia") && !COUNTRIES.contains("Moscow"));
    }

    #[test]
    fn title_cases_headline_words() {
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("ABU-DHABI"), "Abu-Dhabi");
    }
}
