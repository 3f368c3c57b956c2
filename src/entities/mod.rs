//! Entity mentions: people, organisations, places, nationalities, dates,
//! times, numbers, money and percentages, and who is who.
//!
//! - [`numeric`]: dates, times and amounts by token patterns.
//! - [`names`]: capitalised names typed by lexicons, head words and context,
//!   made consistent across the article, then ALL-CAPS lines.
//! - [`find`] links mentions of one entity: each mention's `canonical` is the
//!   fullest mention of it ("Lammy" -> "David Lammy", "SVR" after
//!   "Sluzhba Vneshney Razvedki (SVR)", "Kremlin" -> the first "Kremlin").

pub(crate) mod lexicon;
mod names;
mod numeric;

use crate::case::Case;
use crate::hash::FxHashMap as HashMap;
use crate::model::{Entity, EntityKind};
use crate::text::Doc;

/// Finds entity mentions in `doc`, with `canonical` set on every mention
/// that is not the canonical mention of its entity.
pub fn find(doc: &Doc) -> Vec<Entity> {
    let n = doc.tokens.len();
    let none = vec![false; n];
    let (amounts, calendar) = numeric::find_with_calendar(doc, &none);
    // Tokens inside dates are no names ("Monday", "March").
    let mut blocked = vec![false; n];
    for e in &amounts {
        if e.kind == EntityKind::Date || e.kind == EntityKind::Time {
            let a = doc.token_index_at(e.span.start);
            let b = doc.token_index_at(e.span.end);
            blocked[a..b].iter_mut().for_each(|x| *x = true);
        }
    }
    for (b, cal) in blocked.iter_mut().zip(calendar) {
        *b |= cal;
    }
    let (mut cands, caps) = names::candidates(doc, &blocked);
    names::resolve(doc, &mut cands);
    names::lists(doc, &mut cands);
    names::works(doc, &mut cands);
    let more = names::caps_lines(doc, &caps, &blocked, &cands);
    let hyphenated = names::compounds(doc, &caps, &cands);
    cands.extend(more);
    cands.extend(hyphenated);

    // One name per stretch of text: the earliest, then the longest, wins.
    crate::sort::by_key(&mut cands, |c| {
        (c.span.start, std::cmp::Reverse(c.span.end))
    });
    let mut out: Vec<Entity> = Vec::with_capacity(cands.len());
    for c in &cands {
        if c.span.is_empty() || out.last().is_some_and(|e| e.span.overlaps(&c.span)) {
            continue;
        }
        out.push(Entity {
            span: c.span,
            kind: c.kind,
            canonical: None,
        });
    }
    // Amounts that overlap no name (nor an amount kept before them). Names are
    // sorted and disjoint, so a binary search finds the one that could overlap.
    let names = out.len();
    let mut amounts = amounts;
    crate::sort::by_key(&mut amounts, |e| {
        (e.span.start, std::cmp::Reverse(e.span.end))
    });
    let mut kept_end = 0;
    for e in amounts {
        let i = out[..names].partition_point(|x| x.span.end <= e.span.start);
        let hits_name = i < names && out[i].span.overlaps(&e.span);
        let hits_amount = out.len() > names && kept_end > e.span.start;
        if !hits_name && !hits_amount {
            kept_end = e.span.end;
            out.push(e);
        }
    }
    crate::sort::by_key(&mut out, |e| (e.span.start, std::cmp::Reverse(e.span.end)));
    link(doc, &mut out);
    out
}

/// Sets `canonical` so that mentions of one entity point at its fullest,
/// earliest mention: same name; a surname or given name alone after the
/// full name of a person; an acronym in brackets after the name it shortens,
/// or made of its initials.
fn link(doc: &Doc, ents: &mut [Entity]) {
    let text = doc.text;
    let named = |k: EntityKind| {
        matches!(
            k,
            EntityKind::Person
                | EntityKind::Organization
                | EntityKind::Place
                | EntityKind::Nationality
        )
    };
    let key = |e: &Entity| -> String {
        let s = names::key(e.span.slice(text));
        s.strip_prefix("the ").unwrap_or(&s).uppercase()
    };
    // Group id per key and kind: the index of the canonical mention (one
    // slot per named kind, so that a lookup needs no owned key).
    let slot = |k: EntityKind| match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        _ => 3,
    };
    let mut by_key: HashMap<String, [Option<usize>; 4]> = HashMap::default();
    let mut canon: Vec<Option<usize>> = vec![None; ents.len()];
    // Longest names first, so that "David Lammy" is canonical before "Lammy".
    let order: Vec<usize> = (0..ents.len()).filter(|&i| named(ents[i].kind)).collect();
    // (The word count once per entity, not at every comparison.)
    let words: Vec<usize> = ents
        .iter()
        .map(|e| e.span.slice(text).split_whitespace().count())
        .collect();
    // By word count, most first, then by position: `ents` is in text order,
    // so a counting sort by word count (stable) gives that order without a
    // comparison sort (perf, issue 7).
    let most = order.iter().map(|&i| words[i]).max().unwrap_or(0);
    let mut at = vec![0usize; most + 2];
    for &i in &order {
        at[most - words[i] + 1] += 1;
    }
    for b in 1..at.len() {
        at[b] += at[b - 1];
    }
    let mut sorted = vec![0; order.len()];
    for &i in &order {
        let b = most - words[i];
        sorted[at[b]] = i;
        at[b] += 1;
    }
    let order = sorted;
    // Acronyms defined in brackets: "Name Of Thing (NOT)".
    let mut acronym_of: HashMap<String, usize> = HashMap::default();
    for i in 0..ents.len() {
        let s = ents[i].span.slice(text);
        let rest = &text[ents[i].span.end..];
        let rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('(') {
            if let Some(close) = inner.find(')') {
                let acr = &inner[..close];
                if acr.len() >= 2
                    && acr.len() <= 8
                    && acr.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                    && has(s, b' ')
                {
                    acronym_of.entry(acr.to_string()).or_insert(i);
                }
            }
        }
        if has(s, b' ') && ents[i].kind == EntityKind::Organization {
            let initials: String = s
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            if initials.chars().count() >= 2 {
                acronym_of.entry(initials).or_insert(i);
            }
        }
    }
    let mut surname_of: HashMap<String, usize> = HashMap::default();
    let mut org_first: HashMap<String, usize> = HashMap::default();
    for &i in &order {
        let e = &ents[i];
        let k = key(e);
        let s = e.span.slice(text);
        let target = if let Some(c) = by_key.get(&k).and_then(|v| v[slot(e.kind)]) {
            Some(c)
        } else if e.kind == EntityKind::Person && !has(s, b' ') {
            surname_of.get(&k).copied()
        } else if e.kind == EntityKind::Organization && !has(s, b' ') && org_first.contains_key(&k)
        {
            org_first.get(&k).copied()
        } else if let Some(&c) = acronym_of.get(s) {
            (c != i && ents[c].span.start < e.span.start || !has(s, b' ')).then_some(c)
        } else {
            None
        };
        let c = target.map(|c| canon[c].unwrap_or(c));
        canon[i] = c.filter(|&c| c != i);
        let root = canon[i].unwrap_or(i);
        by_key.entry(k).or_default()[slot(e.kind)].get_or_insert(root);
        if e.kind == EntityKind::Organization && has(s, b' ') {
            if let Some(w) = s.split_whitespace().next() {
                org_first.entry(w.uppercase()).or_insert(root);
            }
        }
        if e.kind == EntityKind::Person && has(s, b' ') {
            if let Some(w) = s.split_whitespace().fold(None, |_, w| Some(w)) {
                surname_of.entry(w.uppercase()).or_insert(root);
            }
        }
    }
    for (e, c) in ents.iter_mut().zip(canon) {
        e.canonical = c;
    }
}

/// True when `s` holds the byte `b`: a plain loop, cheaper than `memchr` on
/// the few bytes of a name, and one copy of it (perf and size, issue 7).
#[inline(never)]
fn has(s: &str, b: u8) -> bool {
    s.bytes().any(|x| x == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<(&str, EntityKind)> {
        let d = Doc::new(t);
        find(&d).iter().map(|e| (e.span.slice(t), e.kind)).collect()
    }

    #[test]
    fn finds_people_places_and_organisations() {
        let t = "The Foreign Office said David Lammy flew to Moscow on Monday with 3 aides.";
        assert_eq!(
            run(t),
            vec![
                ("Foreign Office", EntityKind::Organization),
                ("David Lammy", EntityKind::Person),
                ("Moscow", EntityKind::Place),
                ("Monday", EntityKind::Date),
                ("3", EntityKind::Number),
            ]
        );
    }

    #[test]
    fn surname_refers_to_full_name() {
        let t = "Foreign Secretary David Lammy spoke. Later, Lammy said he was glad.";
        let d = Doc::new(t);
        let es = find(&d);
        let full = es
            .iter()
            .position(|e| e.span.slice(t) == "David Lammy")
            .unwrap();
        let short = es.iter().find(|e| e.span.slice(t) == "Lammy").unwrap();
        assert_eq!(short.kind, EntityKind::Person);
        assert_eq!(short.canonical, Some(full));
    }

    #[test]
    fn acronym_in_brackets_refers_to_its_name() {
        let t = "The Serious Fraud Office (SFO) opened a case. The SFO declined to comment.";
        let d = Doc::new(t);
        let es = find(&d);
        let full = es
            .iter()
            .position(|e| e.span.slice(t) == "Serious Fraud Office")
            .unwrap();
        let acr: Vec<_> = es.iter().filter(|e| e.span.slice(t) == "SFO").collect();
        assert_eq!(acr.len(), 2);
        assert!(acr.iter().all(|e| e.canonical == Some(full)));
    }

    #[test]
    fn possessives_hyphens_and_initial_capitals() {
        use EntityKind::*;
        assert_eq!(
            run("Earlier, the Kremlin said Russia's Russian-backed allies met J.K. Rowling in Paris."),
            vec![
                ("Kremlin", Organization),
                ("Russia", Place),
                ("Russian", Nationality),
                ("J.K. Rowling", Person),
                ("Paris", Place),
            ]
        );
    }

    #[test]
    fn titles_particles_and_credits() {
        use EntityKind::*;
        assert_eq!(
            run("Russian president Vladimir Putin met Ursula von der Leyen. Picture: Alamy"),
            vec![
                ("Russian", Nationality),
                ("Vladimir Putin", Person),
                ("Ursula von der Leyen", Person),
                ("Alamy", Organization),
            ]
        );
    }

    #[test]
    fn headlines_reuse_names_from_the_body() {
        use EntityKind::*;
        assert_eq!(
            run("MOSCOW SAYS MERKOWSKI WILL STAY\nMOSCOW 1996-08-30\nThe minister Ivan Merkowski met officials in Moscow."),
            vec![
                ("MOSCOW", Place),
                ("MERKOWSKI", Person),
                ("MOSCOW", Place),
                ("1996-08-30", Date),
                ("Ivan Merkowski", Person),
                ("Moscow", Place),
            ]
        );
    }

    #[test]
    fn sentence_initial_common_words_are_no_names() {
        use EntityKind::*;
        assert_eq!(
            run("Heavy rain hit Leeds. Experts said Glasgow was next."),
            vec![("Leeds", Place), ("Glasgow", Place)]
        );
        // Capitalised inside a sentence elsewhere, the same word is a name.
        let t = "Merit won. Fans of Merit cheered as Merit scored.";
        assert_eq!(run(t).len(), 3);
        assert_eq!(run("Fans of the Order cheered.").len(), 0);
    }

    #[test]
    fn teams_in_score_lines_are_organisations() {
        use EntityKind::*;
        assert_eq!(
            run("Results:\nLeeds 2 Bolton 1\nItaly 3 Chelsea 0"),
            vec![
                ("Leeds", Organization),
                ("2", Number),
                ("Bolton", Organization),
                ("1", Number),
                ("Italy", Place),
                ("3", Number),
                ("Chelsea", Organization),
                ("0", Number),
            ]
        );
    }

    #[test]
    fn unknown_names_with_common_words_are_organisations() {
        use EntityKind::*;
        assert_eq!(
            run("He joined People Power before meeting Kwame Osei-Bonsu."),
            vec![("People Power", Organization), ("Kwame Osei-Bonsu", Person)]
        );
    }

    #[test]
    fn credits_and_currencies() {
        use EntityKind::*;
        assert_eq!(
            run("Image: Nick Moreau. The bail was US$ 20,000."),
            vec![("Nick Moreau", Person), ("US$ 20,000", Money)]
        );
    }

    #[test]
    fn datelines_are_places() {
        use EntityKind::*;
        let got = run(
            "AJACCIO, Corsica 1996-08-29\nPORTO VELHO 2024-01-02\nTBILISI (Reuters) - Talks began.",
        );
        assert_eq!(
            got,
            vec![
                ("AJACCIO", Place),
                ("Corsica", Place),
                ("1996-08-29", Date),
                ("PORTO VELHO", Place),
                ("2024-01-02", Date),
                ("TBILISI", Place),
                ("Reuters", Organization),
            ]
        );
    }

    #[test]
    fn labels_slugs_and_common_acronyms_are_no_names() {
        use EntityKind::*;
        let got = run("Attendance: 3,000\nDefenders - Tomasz Wlodarczyk\nThe cash reserve ratio (CRR) rose, the Ghana Revenue Authority (GRA) said.");
        let names: Vec<_> = got.into_iter().filter(|(_, k)| *k != Number).collect();
        assert_eq!(
            names,
            vec![
                ("Tomasz Wlodarczyk", Person),
                ("Ghana Revenue Authority", Organization),
                ("GRA", Organization),
            ]
        );
    }

    #[test]
    fn short_names_of_organisations_refer_to_the_full_name() {
        let t = "Newcrest Mining Ltd posted a loss. Shares in Newcrest fell.";
        let d = Doc::new(t);
        let es = find(&d);
        let full = es
            .iter()
            .position(|e| e.span.slice(t) == "Newcrest Mining Ltd")
            .unwrap();
        let short = es.iter().find(|e| e.span.slice(t) == "Newcrest").unwrap();
        assert_eq!(short.kind, EntityKind::Organization);
        assert_eq!(short.canonical, Some(full));
    }

    #[test]
    fn sentence_initial_words_with_common_endings_are_no_names() {
        use EntityKind::*;
        assert_eq!(
            run("Trading resumed in Oslo. Sentiment improved, Ingvild Rosendahl said."),
            vec![("Oslo", Place), ("Ingvild Rosendahl", Person)]
        );
    }

    #[test]
    fn scorecards_keep_initials_and_team_names() {
        use EntityKind::*;
        let got = run("I. Healy b Brandes 5\nStandard Liege 3 Molenbeek 0\nThe Olympics opened.");
        let names: Vec<_> = got.into_iter().filter(|(_, k)| *k != Number).collect();
        assert_eq!(
            names,
            vec![
                ("I. Healy", Person),
                ("Brandes", Person),
                ("Standard Liege", Organization),
                ("Molenbeek", Organization),
            ]
        );
    }

    #[test]
    fn a_person_after_an_organisation_in_one_run_is_split_off() {
        use EntityKind::*;
        assert_eq!(
            run("A student at the University of Leeds Sarah Okafor wrote to the Treasury."),
            vec![
                ("University of Leeds", Organization),
                ("Sarah Okafor", Person),
                ("Treasury", Organization),
            ]
        );
    }

    #[test]
    fn hyphenated_forms_of_known_names() {
        use EntityKind::*;
        let got = run(
            "Mr Quenby Hallworth spoke. A Hallworth-led review and Kremlin-backed groups followed.",
        );
        assert_eq!(
            got,
            vec![
                ("Quenby Hallworth", Person),
                ("Hallworth", Person),
                ("Kremlin", Organization),
            ]
        );
        let d = Doc::new("Mr Quenby Hallworth spoke. A Hallworth-led review followed.");
        let es = find(&d);
        assert_eq!(es[1].canonical, Some(0));
    }
}
