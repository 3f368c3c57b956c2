//! The word lists under `data/`, embedded at build time as one dictionary.
//!
//! Every file holds one entry per line; lines starting with `#` are comments.
//! Lookups take the entry as written ("New York"); [`title_case`] turns an
//! ALL-CAPS headline word into that form first.
//!
//! `build.rs` merges the lists into one sorted, front-coded dictionary that
//! says for each entry which lists hold it, so one lookup answers for every
//! list ([`Lex`]). The first lookup indexes it: one pass that copies each
//! entry out and places it in an open-addressing table, with no allocation
//! per entry and nothing parsed (the per-list hash sets this replaced were
//! half of a first call; page load, issue 7).

use crate::case::Case;
use crate::hash::Fx;
use std::hash::Hasher;
use std::sync::LazyLock;

/// What `build.rs` wrote: `CODED`, `ENTRIES`, `BYTES`, `LISTS` (the list
/// masks that each entry's end byte indexes) and one bit per list file.
mod built {
    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
}

/// Some of the word lists; a word is in it when one of them holds it.
#[derive(Debug, Clone, Copy)]
pub struct Lex(u16);

impl Lex {
    /// True when one of the lists holds `w`, as written.
    pub fn contains(&self, w: &str) -> bool {
        lists_of(w.as_bytes()) & self.0 != 0
    }

    /// The words of both.
    pub const fn or(self, other: Lex) -> Lex {
        Lex(self.0 | other.0)
    }
}

/// The dictionary, indexed: every entry's bytes one after the other, and a
/// table of `offset | len << 18 | list index << 26` (0: empty slot), a
/// power of two at most half full, probed linearly from the entry's hash.
struct Dict {
    bytes: Vec<u8>,
    slots: Vec<u32>,
}

fn hash(w: &[u8]) -> usize {
    let mut h = Fx::default();
    h.write(w);
    h.finish() as usize
}

/// Decodes `build.rs`'s dictionary (each entry: a digit, the bytes shared
/// with the entry before; the rest; an end byte below 0x20, 1 + its index
/// in `LISTS`) and indexes it.
fn index(coded: &[u8]) -> Dict {
    let mut bytes = vec![0u8; built::BYTES];
    let size = (built::ENTRIES * 2).next_power_of_two();
    let mut slots = vec![0u32; size];
    // Byte loops rather than `extend_from_slice`: the entries are a few
    // bytes long, and a `memcpy` call each was a third of this pass.
    let (mut end, mut prev) = (0, 0);
    let mut coded = coded.iter();
    while let Some(&digit) = coded.next() {
        let start = end;
        for k in 0..usize::from(digit.wrapping_sub(b'0')) {
            let b = bytes.get(prev + k).copied().unwrap_or(0);
            if let Some(d) = bytes.get_mut(end) {
                *d = b;
            }
            end += 1;
        }
        let mut list = 0;
        for &b in coded.by_ref() {
            if b < 0x20 {
                list = u32::from(b.saturating_sub(1));
                break;
            }
            if let Some(d) = bytes.get_mut(end) {
                *d = b;
            }
            end += 1;
        }
        prev = start;
        let mut h = hash(bytes.get(start..end).unwrap_or_default());
        while let Some(s) = slots.get_mut(h & (size - 1)) {
            if *s == 0 {
                *s = start as u32 | ((end - start) as u32) << 18 | list << 26;
                break;
            }
            h = h.wrapping_add(1);
        }
    }
    Dict { bytes, slots }
}

static DICT: LazyLock<Dict> = LazyLock::new(|| index(built::CODED));

/// The lists that hold `w` (bits of the `built` constants), 0 when none.
fn lists_of(w: &[u8]) -> u16 {
    let d = &*DICT;
    let mut h = hash(w);
    loop {
        let s = d.slots.get(h & (d.slots.len() - 1)).copied().unwrap_or(0);
        if s == 0 {
            return 0;
        }
        let (at, len) = ((s & 0x3_ffff) as usize, (s >> 18 & 0xff) as usize);
        if len == w.len() && d.bytes.get(at..at + len) == Some(w) {
            return built::LISTS.get((s >> 26) as usize).copied().unwrap_or(0);
        }
        h = h.wrapping_add(1);
    }
}

/// Countries and their common aliases.
pub static COUNTRIES: Lex = Lex(built::COUNTRIES);
/// Countries, capitals, large cities, US states, regions.
pub static PLACES: Lex = Lex(built::COUNTRIES | built::PLACES | built::PLACES_EXTRA);
/// Nationality and group words: "Russian", "Britons", "Muslim".
pub static NATIONALITIES: Lex = Lex(built::NATIONALITIES);
/// Organisations named without a head word: "NATO", "Kremlin".
pub static ORGS: Lex = Lex(built::ORGS);
/// Last words that make a name an organisation: "Office", "Party".
pub static ORG_HEADS: Lex = Lex(built::ORG_HEADS);
/// Given names.
pub static GIVEN: Lex = Lex(built::GIVEN_NAMES);
/// Frequent surnames.
pub static SURNAMES: Lex = Lex(built::SURNAMES);
/// Words before a person's name, capitalised ("President") or not ("striker").
pub static TITLES: Lex = Lex(built::TITLES);
/// Function words: never the first word of a name, even when capitalised.
pub static COMMON: Lex = Lex(built::COMMON_WORDS);
/// Common English content words (lower case): a capitalised one at the start
/// of a sentence is most likely no name.
pub static ENGLISH: Lex = Lex(built::ENGLISH_WORDS | built::CONTENT_WORDS);

fn lower_in(set: Lex, w: &str) -> bool {
    if w.is_ascii() {
        // Lower-cased on the stack: no allocation (perf, issue 7).
        let mut buf = [0u8; 32];
        if let Some(low) = buf.get_mut(..w.len()) {
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            return lists_of(low) & set.0 != 0;
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
    lower_in(COMMON, w)
        || ["I'", "I’"].iter().any(|p| w.len() > 2 && w.starts_with(p))
        || (w.len() >= 2
            && w.bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')))
}

/// True when `w`, lower-cased, is a function word or a common English word.
/// Plurals count through their singular ("Experts" -> "expert").
pub fn is_english(w: &str) -> bool {
    // One lookup for both lists.
    let plain = |w: &str| lower_in(COMMON.or(ENGLISH), w);
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

    /// The dictionary answers exactly as the files of `data/` read one by
    /// one: every entry in the lists that hold it and in no other, and
    /// near misses (a letter more, a letter less, another case) only where a
    /// file holds them too.
    #[test]
    fn dictionary_holds_what_the_files_hold() {
        let files: [(&str, u16); 12] = [
            ("common-words.txt", built::COMMON_WORDS),
            ("content-words.txt", built::CONTENT_WORDS),
            ("countries.txt", built::COUNTRIES),
            ("english-words.txt", built::ENGLISH_WORDS),
            ("given-names.txt", built::GIVEN_NAMES),
            ("nationalities.txt", built::NATIONALITIES),
            ("org-heads.txt", built::ORG_HEADS),
            ("orgs.txt", built::ORGS),
            ("places-extra.txt", built::PLACES_EXTRA),
            ("places.txt", built::PLACES),
            ("surnames.txt", built::SURNAMES),
            ("titles.txt", built::TITLES),
        ];
        let mut want: crate::hash::FxHashMap<String, u16> = Default::default();
        for (name, bit) in files {
            let path = format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            let lines = text.lines().map(str::trim);
            for w in lines.filter(|w| !w.is_empty() && !w.starts_with('#')) {
                *want.entry(w.to_string()).or_default() |= bit;
            }
        }
        assert_eq!(want.len(), built::ENTRIES);
        for (w, &bits) in &want {
            assert_eq!(lists_of(w.as_bytes()), bits, "{w:?}");
            let mut less = w.clone();
            less.pop();
            for near in [format!("{w}x"), less, w.uppercase()] {
                let bits = want.get(&near).copied().unwrap_or(0);
                assert_eq!(lists_of(near.as_bytes()), bits, "{near:?}");
            }
        }
        assert_eq!(lists_of(b""), 0);
    }

    #[test]
    fn title_cases_headline_words() {
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("ABU-DHABI"), "Abu-Dhabi");
    }
}
