//! Speaker resolution: which entity a speaker phrase stands for.
//!
//! - A phrase with a person inside resolves to that person ("Foreign
//!   Secretary David Lammy"); else to an organisation inside ("A Foreign
//!   Office spokesperson"); a place or nationality only when it is the
//!   phrase's head ("Russia said", not "Russia's intelligence service").
//! - "he", "she", "I" resolve to the nearest earlier speaker that is a
//!   person, else the nearest earlier person mentioned; "it", "they", "we"
//!   to the nearest earlier organisation or place speaker, else entity.
//! - "who" resolves to the entity right before it in the sentence.
//! - A back-reference ("the statement", "the ministry", "the senator")
//!   resolves like a pronoun of the matching kind.

use crate::case::Case;
use crate::model::{Claim, Entity, EntityKind};
use crate::span::Span;
use crate::text::Doc;
use crate::wordlist::Words;

/// Heads that refer back to an organisation (or what it issued).
const ORG_NOUNS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "service",
    "company",
    "campaign",
    "government",
    "embassy",
    "office",
    "group",
    "organization",
    "organisation",
    "committee",
    "party",
    "firm",
    "administration",
    "council",
    "court",
    "kremlin",
    "state",
    "country",
    "paper",
    "newspaper",
];
/// Heads that refer back to a person.
const PERSON_NOUNS: Words = Words(
    "senator|president|candidate|man|woman|minister|secretary|governor|lawmaker|congressman|\
    congresswoman|mayor|leader|chairman|chairwoman|billionaire|businessman|nominee|diplomat|\
    ambassador|justice|judge",
);
/// Heads that refer back to whoever spoke last.
const ANY_NOUNS: Words = Words(
    "statement|report|spokesman|spokeswoman|spokesperson|official|source|sources|release|\
    letter|message|post|tweet|memo|note",
);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Person,
    Org,
    Any,
}

fn fits(kind: EntityKind, want: Want) -> bool {
    match want {
        Want::Person => kind == EntityKind::Person,
        Want::Org => matches!(kind, EntityKind::Organization | EntityKind::Place),
        Want::Any => matches!(
            kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Place
        ),
    }
}

/// Entity indices sorted by start: the entities inside a span are found
/// by binary search, not by a scan of all of them per claim (which made
/// long texts quadratic; perf, issue 7).
/// `max_end[k]` is the largest end among the first `k + 1` of them, so
/// "does any entity overlap this span" is one binary search too; `sorted`
/// says `entities` itself is in start order (what `entities::find` returns),
/// so a scan back from a position can stop at the first fit.
struct ByStart {
    order: Vec<usize>,
    max_end: Vec<usize>,
    sorted: bool,
}

impl ByStart {
    fn new(entities: &[Entity]) -> ByStart {
        let mut order: Vec<usize> = (0..entities.len()).collect();
        crate::sort::by_key(&mut order, |&i| (entities[i].span.start, i));
        let mut max_end = Vec::with_capacity(order.len());
        let mut m = 0;
        for &i in &order {
            m = m.max(entities[i].span.end);
            max_end.push(m);
        }
        let sorted = order.iter().enumerate().all(|(k, &i)| k == i);
        ByStart {
            order,
            max_end,
            sorted,
        }
    }
    /// True when some entity shares a byte with `s`.
    fn any_overlap(&self, entities: &[Entity], s: Span) -> bool {
        // Those starting before `s` ends overlap it when one ends after it starts.
        let k = self
            .order
            .partition_point(|&i| entities[i].span.start < s.end);
        k > 0 && self.max_end[k - 1] > s.start
    }
    /// The last entity (in `entities` order) with `start >= lo` that ends
    /// by `at` and passes `f`.
    fn last_before(
        &self,
        entities: &[Entity],
        lo: usize,
        at: usize,
        f: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let ok = |e: &Entity| e.span.end <= at && e.span.start >= lo && f(e);
        if !self.sorted {
            return entities.iter().rposition(ok);
        }
        // In start order, only those starting in [lo, at] can end by `at`.
        let a = entities.partition_point(|e| e.span.start < lo);
        let b = entities.partition_point(|e| e.span.start <= at);
        entities[a..b.max(a)].iter().rposition(ok).map(|i| a + i)
    }
    /// The first entity (in `entities` order) that lies inside `s` and passes `f`.
    fn first_inside(
        &self,
        entities: &[Entity],
        s: Span,
        f: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let from = self
            .order
            .partition_point(|&i| entities[i].span.start < s.start);
        self.order[from..]
            .iter()
            .take_while(|&&i| entities[i].span.start <= s.end)
            .filter(|&&i| s.contains(&entities[i].span) && f(&entities[i]))
            .min()
            .copied()
    }
}

/// The entity a speaker phrase names itself, if any.
fn inside(text: &str, entities: &[Entity], by_start: &ByStart, s: Span) -> Option<usize> {
    let overlapping =
        |k: EntityKind| by_start.first_inside(entities, s, |e| e.kind == k && e.span.overlaps(&s));
    overlapping(EntityKind::Person)
        .or_else(|| overlapping(EntityKind::Organization))
        .or_else(|| {
            let head_end = s.slice(text).trim_end_matches(['\'', '’', '.']).len() + s.start;
            by_start.first_inside(entities, s, |e| {
                matches!(e.kind, EntityKind::Place | EntityKind::Nationality)
                    && e.span.end >= head_end
            })
        })
}

/// Fills `speaker_entity` of every claim. `claims` may be in any order.
pub fn resolve(doc: &Doc, entities: &[Entity], claims: &mut [Claim]) {
    let text = doc.text;
    let mut order: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].speaker.is_some())
        .collect();
    crate::sort::by_key(&mut order, |&i| claims[i].speaker.map(|s| s.start));
    let by_start = ByStart::new(entities);
    // (speaker start, entity) of resolved speakers so far, in text order.
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for i in order {
        let Some(s) = claims[i].speaker else { continue };
        let phrase = s.slice(text).lowercase();
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let head = words.last().copied().unwrap_or("");
        let mut r = inside(text, entities, &by_start, s);
        if r.is_none() {
            let want = match (words.len(), head) {
                (1, "he" | "she" | "i") => Some(Want::Person),
                (1, "it" | "they" | "we") => Some(Want::Org),
                (1, "who") => Some(Want::Any),
                (_, h)
                    if words.len() <= 3
                        && matches!(words[0], "the" | "this" | "that")
                        && !by_start.any_overlap(entities, s) =>
                {
                    if PERSON_NOUNS.contains(&h) {
                        Some(Want::Person)
                    } else if ORG_NOUNS.contains(&h) {
                        Some(Want::Org)
                    } else if ANY_NOUNS.contains(&h) {
                        Some(Want::Any)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(want) = want {
                r = if head == "who" {
                    // The antecedent right before ", who".
                    let sent = doc
                        .sentence_at(s.start)
                        .map(|k| doc.sentences[k].start)
                        .unwrap_or(0);
                    by_start.last_before(entities, sent, s.start, |e| fits(e.kind, want))
                } else {
                    seen.iter()
                        .rev()
                        .find(|&&(at, e)| at < s.start && fits(entities[e].kind, want))
                        .map(|&(_, e)| e)
                        .or_else(|| {
                            (want != Want::Any).then_some(())?;
                            by_start.last_before(entities, 0, s.start, |e| fits(e.kind, want))
                        })
                };
            }
        }
        if let Some(e) = r {
            seen.push((s.start, e));
        }
        claims[i].speaker_entity = r;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary-search answers equal the scans they replace, on entity
    /// lists in start order (as `entities::find` gives them) and shuffled.
    #[test]
    fn by_start_answers_what_a_scan_answers() {
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for round in 0..300 {
            let mut ents: Vec<Entity> = (0..next(12))
                .map(|_| {
                    let start = next(60);
                    Entity {
                        span: Span::new(start, start + next(8)),
                        kind: [
                            EntityKind::Person,
                            EntityKind::Organization,
                            EntityKind::Place,
                        ][next(3)],
                        canonical: None,
                    }
                })
                .collect();
            if round % 2 == 0 {
                crate::sort::by_key(&mut ents, |e| (e.span.start, e.span.end));
            }
            let by = ByStart::new(&ents);
            for _ in 0..20 {
                let a = next(70);
                let s = Span::new(a, a + next(6));
                assert_eq!(
                    by.any_overlap(&ents, s),
                    ents.iter().any(|e| e.span.overlaps(&s)),
                    "{s:?} {ents:?}"
                );
                let lo = next(40);
                let person = |e: &Entity| e.kind == EntityKind::Person;
                let scan = ents
                    .iter()
                    .rposition(|e| e.span.end <= s.start && e.span.start >= lo && person(e));
                assert_eq!(
                    by.last_before(&ents, lo, s.start, person),
                    scan,
                    "{s:?} {lo} {ents:?}"
                );
            }
        }
    }
}
