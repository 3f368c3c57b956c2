//! The entities the foundation issue requires on the sample article
//! (www/sample.txt), and who-is-who links between their mentions.

use annotator::{annotate, EntityKind};

const SAMPLE: &str = include_str!("../www/sample.txt");

fn mentions(kind: EntityKind) -> Vec<String> {
    let a = annotate(SAMPLE);
    a.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.span.slice(SAMPLE).to_string())
        .collect()
}

#[test]
fn sample_places() {
    let got = mentions(EntityKind::Place);
    for want in ["UK", "Russia", "London", "Moscow"] {
        assert!(
            got.iter().any(|g| g == want),
            "{want} not a place in {got:?}"
        );
    }
}

#[test]
fn sample_organisations() {
    let got = mentions(EntityKind::Organization);
    for want in ["Foreign Office", "Kremlin", "SVR"] {
        assert!(
            got.iter().any(|g| g == want),
            "{want} not an organization in {got:?}"
        );
    }
}

#[test]
fn sample_people() {
    let got = mentions(EntityKind::Person);
    for want in ["Vladimir Putin", "David Lammy", "Kit Heren"] {
        assert!(
            got.iter().any(|g| g == want),
            "{want} not a person in {got:?}"
        );
    }
    // Titles alone are nobody: "David Lammy, Foreign Secretary".
    assert!(!got.iter().any(|g| g == "Foreign Secretary"), "{got:?}");
}

#[test]
fn sample_nationalities_and_dates() {
    assert!(mentions(EntityKind::Nationality)
        .iter()
        .any(|g| g == "Russian"));
    let dates = mentions(EntityKind::Date);
    for want in [
        "11th Mar, 2025",
        "Monday",
        "twelve months",
        "two weeks",
        "August last year",
    ] {
        assert!(
            dates.iter().any(|g| g == want),
            "{want} not a date in {dates:?}"
        );
    }
}

#[test]
fn sample_mentions_of_one_entity_share_a_ref() {
    let a = annotate(SAMPLE);
    let root = |i: usize| a.entities[i].canonical.unwrap_or(i);
    let of = |s: &str| -> Vec<usize> {
        (0..a.entities.len())
            .filter(|&i| a.entities[i].span.slice(SAMPLE) == s)
            .map(root)
            .collect()
    };
    for name in ["Moscow", "Foreign Office", "Kremlin", "Russia"] {
        let roots = of(name);
        assert!(roots.len() >= 2, "{name}: {roots:?}");
        assert!(roots.iter().all(|&r| r == roots[0]), "{name}: {roots:?}");
    }
    // A canonical mention is its own root.
    for e in &a.entities {
        if let Some(c) = e.canonical {
            assert_eq!(a.entities[c].canonical, None);
        }
    }
}

#[test]
fn sample_embassies_are_two_bodies() {
    let a = annotate(SAMPLE);
    let root = |i: usize| a.entities[i].canonical.unwrap_or(i);
    let find = |s: &str| {
        (0..a.entities.len())
            .find(|&i| a.entities[i].span.slice(SAMPLE) == s)
            .unwrap_or_else(|| panic!("{s} not found"))
    };
    let russian = find("Russian Embassy");
    let british = find("British Embassy");
    assert_eq!(a.entities[russian].kind, EntityKind::Organization);
    assert_ne!(root(russian), root(british));
}
