//! Entity mentions: people, organisations, places, nationalities, dates,
//! numbers and amounts.
//!
//! Baseline rules: runs of capitalised words, typed by small word lists and
//! by their last word; numbers and dates by pattern.

use crate::model::{Entity, EntityKind};
use crate::span::Span;
use crate::text::{Doc, TokenKind};

const PLACES: &[&str] = &[
    "UK", "Britain", "Russia", "London", "Moscow", "Ukraine", "US", "United States", "France",
    "Germany", "China", "Albion",
];
const NATIONALITIES: &[&str] = &["Russian", "British", "American", "Ukrainian", "Brits", "French"];
const ORG_HEADS: &[&str] = &[
    "Office", "Ministry", "Embassy", "Service", "Party", "Council", "Government", "Kremlin", "SVR",
];
const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "President", "Secretary", "By"];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mar", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
];
const STOP: &[&str] = &[
    "The", "A", "An", "It", "We", "He", "She", "They", "This", "That", "As", "At", "In", "On",
    "Any", "Earlier", "Last", "Despite", "Consequently", "Summoning", "Expelling", "Picture", "By",
    "London", "During",
];

/// Finds entity mentions in `doc`.
pub fn find(doc: &Doc) -> Vec<Entity> {
    let text = doc.text;
    let toks = &doc.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.kind == TokenKind::Number {
            out.push(Entity { span: t.span, kind: EntityKind::Number, canonical: None });
            i += 1;
            continue;
        }
        if t.kind != TokenKind::Word || !t.upper {
            i += 1;
            continue;
        }
        // A run of capitalised words.
        let mut j = i + 1;
        while j < toks.len()
            && toks[j].kind == TokenKind::Word
            && toks[j].upper
            && !toks[j].line_start
        {
            j += 1;
        }
        let mut first = i;
        let words: Vec<&str> = (i..j).map(|k| toks[k].span.slice(text)).collect();
        let titled = TITLES.contains(&words[0]) && j - i > 1;
        if j - i > 1 && (STOP.contains(&words[0]) || titled) {
            first = i + 1;
        }
        let span = Span::new(toks[first].span.start, toks[j - 1].span.end);
        let name = span.slice(text);
        let name = name.strip_suffix("'s").or(name.strip_suffix("’s")).unwrap_or(name);
        let span = Span::new(span.start, span.start + name.len());
        let last = name.rsplit(' ').next().unwrap_or(name);
        let kind = if MONTHS.contains(&name) {
            Some(EntityKind::Date)
        } else if PLACES.contains(&name) {
            Some(EntityKind::Place)
        } else if NATIONALITIES.contains(&name) {
            Some(EntityKind::Nationality)
        } else if ORG_HEADS.contains(&last) {
            Some(EntityKind::Organization)
        } else if titled || (j - first >= 2 && !STOP.contains(&words[first - i])) {
            Some(EntityKind::Person)
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(Entity { span, kind, canonical: None });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_people_places_and_organisations() {
        let t = "The Foreign Office said David Lammy flew to Moscow on Monday with 3 aides.";
        let d = Doc::new(t);
        let got: Vec<(&str, EntityKind)> =
            find(&d).iter().map(|e| (e.span.slice(t), e.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("Foreign Office", EntityKind::Organization),
                ("David Lammy", EntityKind::Person),
                ("Moscow", EntityKind::Place),
                ("Monday", EntityKind::Date),
                ("3", EntityKind::Number),
            ]
        );
    }
}
