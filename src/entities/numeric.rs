//! Dates, times, numbers, money and percentages, matched over tokens.
//!
//! Each rule reads forward from one token and returns how many tokens it
//! covers; the longest rule wins, and matching resumes after it.

use crate::model::{Entity, EntityKind};
use crate::span::Span;
use crate::text::{Doc, Token, TokenKind};
use crate::wordlist::Words;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "yuan", "rupee", "rupees",
    "rouble", "roubles", "ruble", "rubles", "franc", "francs", "marks", "pence", "cents",
    "sterling", "pesos", "lira", "crowns", "shekels", "dinars", "rand",
];
const SCALES: &[&str] = &[
    "m", "bn", "mn", "k", "tn", "million", "billion", "trillion", "thousand", "hundred",
];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];
const DURATION_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "weekend",
    "weekends",
];
const TIME_UNITS: &[&str] = &["second", "seconds", "minute", "minutes", "hour", "hours"];
const RELATIVE: &[&str] = &[
    "last", "next", "this", "early", "late", "mid", "earlier", "later",
];
const PERIODS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
    "century",
    "decade",
    "morning",
    "afternoon",
    "evening",
    "night",
    "quarter",
    "season",
];
const DAY_WORDS: &[&str] = &["today", "yesterday", "tomorrow", "tonight"];
const ZONES: Words = Words("GMT|BST|UTC|EST|EDT|CET|ET|PT|PST");
const AMPM: &[&str] = &["am", "pm", "a.m", "p.m", "AM", "PM"];
const YEAR_PREPS: &[&str] = &[
    "in", "since", "by", "until", "from", "during", "before", "after", "of", "early", "late",
    "mid", "to", "till", "between", "and",
];

/// True when `word` is in `list` (lower-case ASCII words), ignoring ASCII case.
fn in_ascii_list(word: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

struct Cur<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl<'a> Cur<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }
    fn lower(&self, i: usize) -> String {
        self.s(i).to_lowercase()
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
    // These two run on every token: compare without allocating a
    // lower-cased copy (the lists are ASCII; perf, issue 7).
    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        self.kind(i) == Some(TokenKind::Word) && in_ascii_list(self.s(i), list)
    }
    fn is_number_word(&self, i: usize) -> bool {
        if self.kind(i) != Some(TokenKind::Word) {
            return false;
        }
        let s = self.s(i);
        in_ascii_list(s, NUMBER_WORDS)
            || s.contains('-') && s.split('-').all(|p| in_ascii_list(p, NUMBER_WORDS))
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
        if self.glued(i + 1) && self.in_list(i + 1, &["st", "nd", "rd", "th"]) {
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
        if !self.in_list(i, MONTHS) || !self.toks[i].upper {
            return 0;
        }
        // "Mar." abbreviations keep their dot.
        if self.lower(i).len() <= 4 && self.s(i + 1) == "." && self.glued(i + 1) {
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
        } else if c.in_list(i + n, &["last", "next", "this"]) && c.in_list(i + n + 1, &["year"]) {
            n += 2;
        } else if c.lower(i) == "may" {
            // "may" is mostly a verb: only a date with a day or year beside it.
            let prev_in = i > 0
                && c.in_list(
                    i - 1,
                    &["in", "since", "until", "by", "early", "late", "mid"],
                );
            if !prev_in {
                return 0;
            }
        }
        return n;
    }
    // Monday / Monday, March 10
    if c.in_list(i, WEEKDAYS) && c.toks[i].upper {
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
    if c.in_list(i, RELATIVE) {
        let k = c.month(i + 1);
        if k > 0 {
            return 1 + k;
        }
        if c.in_list(i + 1, WEEKDAYS) || c.in_list(i + 1, PERIODS) || c.year(i + 1) {
            return 2;
        }
    }
    if c.in_list(i, DAY_WORDS) {
        return 1;
    }
    // Durations: twelve months, two weeks, 10 years
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, DURATION_UNITS) {
        return n + 1;
    }
    // A bare year after a preposition: "in 1996".
    if c.year(i) && (i == 0 || c.in_list(i - 1, YEAR_PREPS)) {
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
        if c.in_list(i + 1, AMPM) {
            n += 1;
            if c.s(i + n) == "." && c.glued(i + n) {
                n += 1;
            }
            return n;
        }
        if c.s(i).contains(':') {
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
    if c.in_list(i, &["noon", "midday", "midnight"]) {
        return 1;
    }
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, TIME_UNITS) {
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
        if c.in_list(i + n, SCALES) {
            n += 1;
        }
        return n;
    }
    let n = c.number(i);
    if n > 0 && c.in_list(i + n, CURRENCY_WORDS) {
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
    if c.in_list(i + n, &["percent", "pct"]) {
        return n + 1;
    }
    if c.lower(i + n) == "per" && c.lower(i + n + 1) == "cent" {
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
    if c.in_list(i, ORDINALS) {
        return 1;
    }
    0
}

/// Finds dates, times, numbers, money and percentages. `taken` marks tokens
/// already inside a name, which no rule may start on.
pub fn find(doc: &Doc, taken: &[bool]) -> Vec<Entity> {
    let c = Cur {
        text: doc.text,
        toks: &doc.tokens,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.toks.len() {
        if taken[i] {
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
    out
}

/// True when `w` (any case) is a month or weekday name, which the name rules leave to dates.
pub fn is_calendar_word(w: &str) -> bool {
    let l = w.to_lowercase();
    (MONTHS.contains(&l.as_str()) && l != "may" && l != "mar") || WEEKDAYS.contains(&l.as_str())
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
    fn may_the_verb_is_no_date() {
        assert_eq!(run("They may leave."), vec![]);
        assert_eq!(run("in May 2024"), vec![("May 2024", EntityKind::Date)]);
    }
}
