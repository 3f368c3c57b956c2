//! Dates, times, numbers, money and percentages, matched over tokens.
//!
//! Each rule reads forward from one token and returns how many tokens it
//! covers; the longest rule wins, and matching resumes after it.

use crate::hash::FxHashMap;
use crate::model::{Entity, EntityKind};
use crate::span::Span;
use crate::text::{Doc, Token, TokenKind};
use crate::wordlist::Words;
use std::sync::LazyLock;

const MONTHS: Words = Words(
    "january|february|march|april|may|june|july|august|september|october|november|\
    december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
);
const WEEKDAYS: Words = Words("monday|tuesday|wednesday|thursday|friday|saturday|sunday");
const CURRENCY_WORDS: Words = Words(
    "dollar|dollars|pound|pounds|euro|euros|yen|yuan|rupee|rupees|rouble|roubles|ruble|\
    rubles|franc|francs|marks|pence|cents|sterling|pesos|lira|crowns|shekels|dinars|rand",
);
const SCALES: Words = Words("m|bn|mn|k|tn|million|billion|trillion|thousand|hundred");
const NUMBER_WORDS: Words = Words(
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\
    fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|\
    eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|\
    thousands|millions|billions",
);
const ORDINALS: Words = Words(
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\
    twentieth|hundredth",
);
const DURATION_UNITS: Words = Words(
    "day|days|week|weeks|fortnight|fortnights|month|months|year|years|decade|decades|\
    century|centuries|weekend|weekends",
);
const TIME_UNITS: Words = Words("second|seconds|minute|minutes|hour|hours");
const RELATIVE: Words = Words("last|next|this|early|late|mid|earlier|later");
const PERIODS: Words = Words(
    "week|month|year|weekend|spring|summer|autumn|winter|fall|century|decade|morning|\
    afternoon|evening|night|quarter|season",
);
const DAY_WORDS: Words = Words("today|yesterday|tomorrow|tonight");
const ZONES: Words = Words("GMT|BST|UTC|EST|EDT|CET|ET|PT|PST");
const AMPM: Words = Words("am|pm|a.m|p.m|AM|PM");
const YEAR_PREPS: Words =
    Words("in|since|by|until|from|during|before|after|of|early|late|mid|to|till|between|and");

// Word-list membership, one bit per list: every token is looked up once
// (lower-cased ASCII, in one hash map) instead of each rule scanning the
// lists for every token (perf, issue 7).
type Lists = u32;
const L_MONTH: Lists = 1;
const L_WEEKDAY: Lists = 1 << 1;
const L_CURRENCY: Lists = 1 << 2;
const L_SCALE: Lists = 1 << 3;
const L_NUMBER: Lists = 1 << 4;
const L_ORDINAL: Lists = 1 << 5;
const L_DURATION: Lists = 1 << 6;
const L_TIME_UNIT: Lists = 1 << 7;
const L_RELATIVE: Lists = 1 << 8;
const L_PERIOD: Lists = 1 << 9;
const L_DAY_WORD: Lists = 1 << 10;
const L_AMPM: Lists = 1 << 11;
const L_YEAR_PREP: Lists = 1 << 12;
const L_DAY_SUFFIX: Lists = 1 << 13;
const L_LAST_NEXT_THIS: Lists = 1 << 14;
const L_YEAR: Lists = 1 << 15;
const L_MAY_PREV: Lists = 1 << 16;
const L_NOON: Lists = 1 << 17;
const L_PERCENT: Lists = 1 << 18;
/// A hyphenated number word: "twenty-five" (every part in NUMBER_WORDS).
const L_NUMBER_COMPOUND: Lists = 1 << 19;

/// The longest word of the lists ("yesterday", "thousands", ...), in bytes.
const MAX_LEN: usize = 12;

/// The lists by word (lower case), and a filter that rejects most other
/// words before any hashing: per length and first letter, a bit per last
/// letter that some word of the lists has (most tokens are in no list, and
/// this lookup runs on every one; perf, issue 7).
struct Table {
    map: FxHashMap<Vec<u8>, Lists>,
    ends: Vec<u32>,
}

/// Where `w`'s length and first letter sit in [`Table::ends`], and the bit
/// of its last letter; `None` when `w` can be no word of the lists (empty,
/// too long, or not starting and ending with an ASCII letter).
fn end_bit(w: &[u8]) -> Option<(usize, u32)> {
    let (&a, &z) = (w.first()?, w.last()?);
    let (a, z) = (a.to_ascii_lowercase(), z.to_ascii_lowercase());
    (w.len() <= MAX_LEN && a.is_ascii_lowercase() && z.is_ascii_lowercase())
        .then(|| (w.len() * 26 + usize::from(a - b'a'), 1 << (z - b'a')))
}

static LISTS: LazyLock<Table> = LazyLock::new(|| {
    let all: [(Words, Lists); 19] = [
        (MONTHS, L_MONTH),
        (WEEKDAYS, L_WEEKDAY),
        (CURRENCY_WORDS, L_CURRENCY),
        (SCALES, L_SCALE),
        (NUMBER_WORDS, L_NUMBER),
        (ORDINALS, L_ORDINAL),
        (DURATION_UNITS, L_DURATION),
        (TIME_UNITS, L_TIME_UNIT),
        (RELATIVE, L_RELATIVE),
        (PERIODS, L_PERIOD),
        (DAY_WORDS, L_DAY_WORD),
        (AMPM, L_AMPM),
        (YEAR_PREPS, L_YEAR_PREP),
        (Words("st|nd|rd|th"), L_DAY_SUFFIX),
        (Words("last|next|this"), L_LAST_NEXT_THIS),
        (Words("year"), L_YEAR),
        (Words("in|since|until|by|early|late|mid"), L_MAY_PREV),
        (Words("noon|midday|midnight"), L_NOON),
        (Words("percent|pct"), L_PERCENT),
    ];
    let mut m = FxHashMap::default();
    for (list, bit) in all {
        for w in list.iter() {
            *m.entry(w.to_ascii_lowercase().into_bytes()).or_insert(0) |= bit;
        }
    }
    let mut ends = vec![0u32; (MAX_LEN + 1) * 26];
    for w in m.keys() {
        // (Every word fits: a test checks it.)
        if let Some((at, bit)) = end_bit(w) {
            ends[at] |= bit;
        }
    }
    Table { map: m, ends }
});

/// The lists `word` is in, ignoring ASCII case (the lists are ASCII).
fn lists_of(word: &str) -> Lists {
    let t = &*LISTS;
    let Some((at, bit)) = end_bit(word.as_bytes()) else {
        return 0;
    };
    if t.ends.get(at).is_none_or(|&e| e & bit == 0) {
        return 0;
    }
    let mut buf = [0u8; MAX_LEN];
    let Some(dst) = buf.get_mut(..word.len()) else {
        return 0;
    };
    // Copied and lower-cased byte by byte: a `memcpy` call for a few bytes
    // cost more than the copy (perf, issue 7).
    for (d, &b) in dst.iter_mut().zip(word.as_bytes()) {
        *d = b.to_ascii_lowercase();
    }
    t.map.get(&*dst).copied().unwrap_or(0)
}

/// The lists a word token is in, with [`L_NUMBER_COMPOUND`].
fn token_lists(word: &str) -> Lists {
    let mut l = lists_of(word);
    // (A listed word has no hyphen: the test only for the others, inline.)
    if l == 0
        && word.bytes().any(|b| b == b'-')
        && word.split('-').all(|p| lists_of(p) & L_NUMBER != 0)
    {
        l |= L_NUMBER_COMPOUND;
    }
    l
}

struct Cur<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Per token: the lists it is in (0 for numbers and punctuation).
    lists: Vec<Lists>,
}

impl<'a> Cur<'a> {
    fn new(doc: &'a Doc) -> Cur<'a> {
        let lists = doc
            .tokens
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Word {
                    token_lists(t.span.slice(doc.text))
                } else {
                    0
                }
            })
            .collect();
        Cur {
            text: doc.text,
            toks: &doc.tokens,
            lists,
        }
    }
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }
    /// True when token `i` directly follows token `i - 1`, with no space.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].span.end == self.toks[i].span.start
    }
    /// True when token `i` is a word in one of the lists `l` (ASCII case ignored).
    fn in_list(&self, i: usize, l: Lists) -> bool {
        self.lists.get(i).is_some_and(|&x| x & l != 0)
    }
    /// False when no rule can match from token `i`: every rule starts on a
    /// number, a listed word, a currency prefix ("US" of "US$") or a currency
    /// sign. Skipping the others saves running five rules on most tokens.
    fn may_start(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                // (Sliced only when short enough to be one: most words are not.)
                self.lists[i] != 0
                    || (self.toks[i].span.len() <= 2
                        && matches!(self.s(i), "US" | "A" | "C" | "HK" | "NZ"))
            }
            TokenKind::Punct => matches!(self.s(i), "£" | "$" | "€" | "¥" | "₹" | "₽"),
        }
    }
    fn is_number_word(&self, i: usize) -> bool {
        self.in_list(i, L_NUMBER | L_NUMBER_COMPOUND)
    }
    /// A number: digits, or number words ("two", "twenty-five", "3.2 million").
    fn number(&self, i: usize) -> usize {
        let mut n = 0;
        while self.is_num(i + n) || self.is_number_word(i + n) {
            // "2 3" are two numbers; "3 million" and "twenty five" are one.
            if n > 0 && self.is_num(i + n) {
                break;
            }
            n += 1;
        }
        n
    }
    fn day_number(&self, i: usize) -> usize {
        if !self.is_num(i) {
            return 0;
        }
        let v: u32 = self.s(i).parse().unwrap_or(0);
        if !(1..=31).contains(&v) {
            return 0;
        }
        if self.glued(i + 1) && self.in_list(i + 1, L_DAY_SUFFIX) {
            2
        } else {
            1
        }
    }
    fn year(&self, i: usize) -> bool {
        self.is_num(i)
            && self.s(i).len() == 4
            && self
                .s(i)
                .parse::<u32>()
                .is_ok_and(|y| (1000..=2199).contains(&y))
    }
    fn month(&self, i: usize) -> usize {
        if !self.in_list(i, L_MONTH) || !self.toks[i].upper {
            return 0;
        }
        // "Mar." abbreviations keep their dot (a month name is ASCII).
        if self.s(i).len() <= 4 && self.s(i + 1) == "." && self.glued(i + 1) {
            2
        } else {
            1
        }
    }
}

/// Length (in tokens) of a date starting at `i`, or 0.
fn date(c: &Cur, i: usize) -> usize {
    // ISO 2025-03-12 and 12/03/2025.
    if c.is_num(i)
        && matches!(c.s(i + 1), "-" | "/")
        && c.is_num(i + 2)
        && c.s(i + 3) == c.s(i + 1)
        && c.is_num(i + 4)
        && (1..=4).all(|k| c.glued(i + k))
        && (c.year(i) || c.year(i + 4))
    {
        return 5;
    }
    // 11th Mar, 2025 / 12 March / 12 March 2025
    let d = c.day_number(i);
    if d > 0 {
        let mut n = d;
        if c.s(i + n) == "of" {
            n += 1;
        }
        let m = c.month(i + n);
        if m > 0 {
            n += m;
            if c.s(i + n) == "," && c.year(i + n + 1) {
                n += 2;
            } else if c.year(i + n) {
                n += 1;
            }
            return n;
        }
    }
    // March 12, 2025 / March 2025 / March / August last year / last November
    let m = c.month(i);
    if m > 0 {
        let mut n = m;
        let d = c.day_number(i + n);
        if d > 0 {
            n += d;
            if c.s(i + n) == "," && c.year(i + n + 1) {
                n += 2;
            } else if c.year(i + n) {
                n += 1;
            }
        } else if c.year(i + n) {
            n += 1;
        } else if c.in_list(i + n, L_LAST_NEXT_THIS) && c.in_list(i + n + 1, L_YEAR) {
            n += 2;
        } else if c.s(i).eq_ignore_ascii_case("may") {
            // "may" is mostly a verb: only a date with a day or year beside it.
            let prev_in = i > 0 && c.in_list(i - 1, L_MAY_PREV);
            if !prev_in {
                return 0;
            }
        }
        return n;
    }
    // Monday / Monday, March 10
    if c.in_list(i, L_WEEKDAY) && c.toks[i].upper {
        let mut n = 1;
        if c.s(i + 1) == "," && (c.month(i + 2) > 0 || c.day_number(i + 2) > 0) {
            let k = date(c, i + 2);
            if k > 0 {
                n += 1 + k;
            }
        }
        return n;
    }
    // last November / next week / this year / early 2024
    if c.in_list(i, L_RELATIVE) {
        let k = c.month(i + 1);
        if k > 0 {
            return 1 + k;
        }
        if c.in_list(i + 1, L_WEEKDAY | L_PERIOD) || c.year(i + 1) {
            return 2;
        }
    }
    if c.in_list(i, L_DAY_WORD) {
        return 1;
    }
    // Durations: twelve months, two weeks, 10 years
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, L_DURATION) {
        return n + 1;
    }
    // A bare year after a preposition: "in 1996".
    if c.year(i) && (i == 0 || c.in_list(i - 1, L_YEAR_PREP)) {
        // The 1990s
        if c.glued(i + 1) && c.s(i + 1) == "s" {
            return 2;
        }
        return 1;
    }
    0
}

fn time(c: &Cur, i: usize) -> usize {
    if c.is_num(i) {
        let mut n = 1;
        if c.in_list(i + 1, L_AMPM) {
            n += 1;
            if c.s(i + n) == "." && c.glued(i + n) {
                n += 1;
            }
            return n;
        }
        if c.s(i).as_bytes().contains(&b':') {
            if c.kind(i + 1) == Some(TokenKind::Word) && ZONES.contains(&c.s(i + 1)) {
                n += 1;
            }
            return n;
        }
        if c.s(i).len() == 4
            && c.kind(i + 1) == Some(TokenKind::Word)
            && ZONES.contains(&c.s(i + 1))
        {
            return 2;
        }
    }
    if c.in_list(i, L_NOON) {
        return 1;
    }
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, L_TIME_UNIT) {
        return n + 1;
    }
    0
}

fn money(c: &Cur, i: usize) -> usize {
    let mut k = i;
    // US$5, A$3
    if c.kind(k) == Some(TokenKind::Word)
        && matches!(c.s(k), "US" | "A" | "C" | "HK" | "NZ")
        && c.s(k + 1) == "$"
        && c.glued(k + 1)
    {
        k += 1;
    }
    if matches!(c.s(k), "£" | "$" | "€" | "¥" | "₹" | "₽") && c.is_num(k + 1) {
        let mut n = k + 2 - i;
        if c.in_list(i + n, L_SCALE) {
            n += 1;
        }
        return n;
    }
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, L_CURRENCY) {
        return n + 1;
    }
    0
}

fn percent(c: &Cur, i: usize) -> usize {
    let n = c.number(i);
    if n == 0 {
        return 0;
    }
    if c.s(i + n) == "%" {
        return n + 1;
    }
    if c.in_list(i + n, L_PERCENT) {
        return n + 1;
    }
    // (No other string lower-cases to these ASCII words.)
    if c.s(i + n).eq_ignore_ascii_case("per") && c.s(i + n + 1).eq_ignore_ascii_case("cent") {
        return n + 2;
    }
    0
}

fn number(c: &Cur, i: usize) -> usize {
    let n = c.number(i);
    if n > 0 {
        // "one" alone is too often a pronoun ("one of them"): still a cardinal.
        return n;
    }
    if c.in_list(i, L_ORDINAL) {
        return 1;
    }
    0
}

/// Finds dates, times, numbers, money and percentages. `taken` marks tokens
/// already inside a name, which no rule may start on.
#[cfg(test)]
pub fn find(doc: &Doc, taken: &[bool]) -> Vec<Entity> {
    find_with_calendar(doc, taken).0
}

/// [`find`], and per token whether it is a month or weekday name (any case;
/// "May" and "Mar" excepted), which the name rules leave to dates; from the
/// one list lookup per token.
pub fn find_with_calendar(doc: &Doc, taken: &[bool]) -> (Vec<Entity>, Vec<bool>) {
    let c = Cur::new(doc);
    let calendar = c
        .toks
        .iter()
        .zip(&c.lists)
        .map(|(t, &l)| {
            // Only ASCII words are in the lists, and no other string
            // lower-cases to one of them.
            // (The text only of month names: most tokens are none.)
            let month = l & L_MONTH != 0 && {
                let w = t.span.slice(c.text);
                !w.eq_ignore_ascii_case("may") && !w.eq_ignore_ascii_case("mar")
            };
            month || l & L_WEEKDAY != 0
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.toks.len() {
        if taken[i] || !c.may_start(i) {
            i += 1;
            continue;
        }
        let rules: [(EntityKind, usize); 5] = [
            (EntityKind::Money, money(&c, i)),
            (EntityKind::Percent, percent(&c, i)),
            (EntityKind::Date, date(&c, i)),
            (EntityKind::Time, time(&c, i)),
            (EntityKind::Number, number(&c, i)),
        ];
        let (kind, n) = rules
            .iter()
            .copied()
            .fold(
                (EntityKind::Number, 0),
                |best, r| if r.1 > best.1 { r } else { best },
            );
        if n == 0 {
            i += 1;
            continue;
        }
        let n = (0..n).take_while(|k| !taken[i + k]).count();
        let span = Span::new(c.toks[i].span.start, c.toks[i + n - 1].span.end);
        out.push(Entity {
            span,
            kind,
            canonical: None,
        });
        i += n;
    }
    (out, calendar)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<(&str, EntityKind)> {
        let d = Doc::new(t);
        let taken = vec![false; d.tokens.len()];
        find(&d, &taken)
            .iter()
            .map(|e| (e.span.slice(t), e.kind))
            .collect()
    }

    #[test]
    fn dates_absolute_relative_and_durations() {
        use EntityKind::*;
        assert_eq!(
            run("On 11th Mar, 2025 and 2025-03-12, last November, August last year, for twelve months and two weeks, on Monday, in 1996."),
            vec![
                ("11th Mar, 2025", Date),
                ("2025-03-12", Date),
                ("last November", Date),
                ("August last year", Date),
                ("twelve months", Date),
                ("two weeks", Date),
                ("Monday", Date),
                ("1996", Date),
            ]
        );
    }

    #[test]
    fn money_percent_time_and_numbers() {
        use EntityKind::*;
        assert_eq!(
            run("It cost £5m, then $3.2 billion, up 12% or 4 per cent at 9:30 GMT, said a man, 34, the third."),
            vec![
                ("£5m", Money),
                ("$3.2 billion", Money),
                ("12%", Percent),
                ("4 per cent", Percent),
                ("9:30 GMT", Time),
                ("34", Number),
                ("third", Number),
            ]
        );
    }

    #[test]
    fn the_filter_lets_every_listed_word_through() {
        for (w, &l) in &LISTS.map {
            let w = std::str::from_utf8(w).unwrap();
            assert!(end_bit(w.as_bytes()).is_some() && !w.contains('-'), "{w}");
            assert_eq!(lists_of(w), l, "{w}");
            assert_eq!(lists_of(&w.to_ascii_uppercase()), l, "{w}");
        }
        assert_eq!(lists_of("elephant") | lists_of("Mayo") | lists_of("n"), 0);
        assert_eq!(lists_of("Monday"), L_WEEKDAY);
        assert_eq!(token_lists("Twenty-five"), L_NUMBER_COMPOUND);
    }

    #[test]
    fn may_the_verb_is_no_date() {
        assert_eq!(run("They may leave."), vec![]);
        assert_eq!(run("in May 2024"), vec![("May 2024", EntityKind::Date)]);
    }
}
