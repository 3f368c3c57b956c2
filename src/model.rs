//! The annotation types the core produces, in byte spans.

use crate::span::Span;
use serde::Serialize;

/// What kind of thing an entity mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person: "David Lammy".
    Person,
    /// A company, agency, party, team, government body: "Foreign Office".
    Organization,
    /// A country, city, region or other location: "Moscow".
    Place,
    /// A nationality, religious or political group adjective: "Russian".
    Nationality,
    /// An absolute or relative date or a duration: "11th Mar, 2025", "Monday".
    Date,
    /// A time of day: "9.30am".
    Time,
    /// A cardinal, ordinal or age: "two", "34", "third".
    Number,
    /// An amount of money: "£5m".
    Money,
    /// A percentage: "12%".
    Percent,
}

impl EntityKind {
    /// The name used in the JSON contract.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Nationality => "nationality",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::Number => "number",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
        }
    }
}

/// One entity mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Where the mention is.
    pub span: Span,
    /// What it names.
    pub kind: EntityKind,
    /// Index (into [`Annotations::entities`]) of the canonical mention of the
    /// same entity; `None` when this mention is its own canonical mention.
    pub canonical: Option<usize>,
}

/// Whether a claim quotes its words or reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech: "X said that ...", "according to X, ...".
    Indirect,
}

impl ClaimKind {
    /// The name in the JSON contract: "direct" or "indirect".
    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
        }
    }
}

/// The class of a cue word, as listed in `data/cues.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    /// Neutral speech: "said", "told", "according to".
    Speech,
    /// Accusation: "accused", "alleged".
    Accusation,
    /// Belief or opinion: "believes", "thinks".
    Belief,
    /// Denial: "denied", "rejected".
    Denial,
}

impl CueClass {
    /// The name in the JSON contract and in `data/cues.tsv`: "speech",
    /// "accusation", "belief" or "denial".
    pub fn as_str(&self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Accusation => "accusation",
            CueClass::Belief => "belief",
            CueClass::Denial => "denial",
        }
    }
}

/// The longest speaker or denier span, in bytes. Real ones stay far below
/// (the longest in 1,150 news articles is 126 bytes, the 99.9th percentile 62);
/// a longer run is no speaker phrase, and since every claim or denial inside
/// one speaker's words repeats that span, an unbounded one made output grow
/// with its length times the number of cues (a 14-word run of 150-letter
/// words before a quote of 300 "We deny it." gave 113 times the input).
pub const MAX_SPEAKER_BYTES: usize = 128;

/// One attribution: who said what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Direct quote or reported speech.
    pub kind: ClaimKind,
    /// The source, as written ("A Foreign Office spokesperson", "he"), if found;
    /// at most [`MAX_SPEAKER_BYTES`] long.
    pub speaker: Option<Span>,
    /// Index of the entity the speaker resolves to, if any.
    pub speaker_entity: Option<usize>,
    /// The cue ("said", "according to", "accusing").
    pub cue: Span,
    /// The class of the cue.
    pub cue_class: CueClass,
    /// What was said (without the quotation marks of a direct quote).
    pub content: Span,
}

/// One denial: who denies what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denial {
    /// The denying words ("denied", "entirely false, fabricated").
    pub cue: Span,
    /// Who denies, if found; at most [`MAX_SPEAKER_BYTES`] long.
    pub denier: Option<Span>,
    /// What is denied, if found.
    pub target: Option<Span>,
    /// Index (into [`Annotations::claims`]) of the claim denied, if the text supports the link.
    pub claim: Option<usize>,
}

/// Everything found in one text, in byte spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Entity mentions, sorted by start then longest first.
    pub entities: Vec<Entity>,
    /// Claims, sorted by content start.
    pub claims: Vec<Claim>,
    /// Denials, sorted by cue start.
    pub denials: Vec<Denial>,
}

impl Annotations {
    /// Sorts every list into its documented order and rewrites the
    /// cross-references (entity `canonical`, claim `speaker_entity`, denial
    /// `claim`) to the new indices. Called by [`crate::annotate`].
    pub fn normalize(&mut self) {
        // Entities: by (start, longest first, kind).
        let mut order: Vec<usize> = (0..self.entities.len()).collect();
        crate::sort::by_key(&mut order, |&i| {
            let e = &self.entities[i];
            (e.span.start, std::cmp::Reverse(e.span.end), e.kind)
        });
        let mut new_index = vec![0usize; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let old = std::mem::take(&mut self.entities);
        self.entities = order
            .iter()
            .map(|&i| {
                let mut e = old[i].clone();
                e.canonical = e.canonical.map(|c| new_index[c]);
                e
            })
            .collect();
        for c in &mut self.claims {
            c.speaker_entity = c.speaker_entity.map(|i| new_index[i]);
        }

        // Claims: by (content start, content end, cue start).
        let mut order: Vec<usize> = (0..self.claims.len()).collect();
        crate::sort::by_key(&mut order, |&i| {
            let c = &self.claims[i];
            (c.content.start, c.content.end, c.cue.start, c.cue.end)
        });
        let mut new_index = vec![0usize; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let old = std::mem::take(&mut self.claims);
        self.claims = order.iter().map(|&i| old[i].clone()).collect();
        for d in &mut self.denials {
            d.claim = d.claim.map(|i| new_index[i]);
        }

        crate::sort::by_key(&mut self.denials, |d| {
            (
                d.cue.start,
                d.cue.end,
                d.target.map(|t| (t.start, t.end)),
                d.denier.map(|t| (t.start, t.end)),
            )
        });
    }
}
