//! Proper names: people, organisations, places and nationalities.
//!
//! 1. Runs of capitalised words on ordinary lines become candidates, with
//!    initials ("J.K."), particles ("von der"), "of" after a head word
//!    ("Bank of England") and "&" inside. Leading common words ("Earlier,
//!    The"), titles ("President") and a leading nationality ("Russian") are
//!    split off; a possessive "'s" is left out of the span.
//! 2. Each candidate is typed by the lexicons, its head word, the words
//!    before it ("in", "Mr", "striker") and after it (", 34,").
//! 3. Document consistency: a name keeps one kind within the article, and a
//!    surname alone is the person named in full elsewhere.
//! 4. ALL-CAPS lines (headlines, datelines) are read last, matching the names
//!    found elsewhere in the article and the lexicons.

use super::has;
use super::lexicon::{
    is_common, is_english, title_case, Lex, COUNTRIES, GIVEN, NATIONALITIES, ORGS, ORG_HEADS,
    PLACES, SURNAMES, TITLES,
};
use crate::case::Case;
use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::model::EntityKind;
use crate::span::Span;
use crate::text::{Doc, TokenKind};
use crate::wordlist::{WordSet, Words};
use std::borrow::Cow;

/// How sure a typing rule is; document consistency lets sure rules win.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Conf {
    /// A default for a name nothing else explains.
    Guess,
    /// Context: a preposition or a neighbouring word.
    Context,
    /// A lexicon entry, a head word or a title.
    Sure,
}

/// One name mention before document-level resolution.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Where it is (without a possessive "'s").
    pub span: Span,
    /// Its kind so far.
    pub kind: EntityKind,
    /// How sure the kind is.
    pub conf: Conf,
    /// Set when the name stands in a score line (a team).
    pub team: bool,
}

static PARTICLES: WordSet =
    WordSet::new("von|van|der|den|de|du|da|di|del|della|la|le|bin|ibn|al|el|dos|das|ter|zu");
/// Words before which "of" continues a name: "Bank of England".
static OF_HEADS: WordSet = WordSet::new(
    "Bank|University|Ministry|Department|Republic|Kingdom|Institute|Council|Court|Board|House|\
    Chamber|Federation|Association|Union|Organisation|Organization|Office|Church|Museum|\
    College|School|Academy|League|Party|Commission|Committee|Gulf|Bay|Isle|Isles|Sea|Straits|\
    Strait|Cape|City|Province|State|States|Duke|Prince|Princess|Council|Secretary|Bureau|\
    Agency|Army|Sisters|Friends|Society|Government|Parliament|Tower|Statue|Museum|Palace|\
    Port|Lake|Mount|Federal|Islands|Assembly|Coalition|Congress|Authority|Service",
);
static PLACE_FIRST: WordSet = WordSet::new(
    "Lake|Mount|Mt|Cape|Port|Fort|Gulf|Bay|Isle|Isles|Saint|San|Santa|St|Sierra|Costa|Puerto|\
    Los|Las|New",
);
static PLACE_LAST: WordSet = WordSet::new(
    "River|Sea|Ocean|Island|Islands|Mountains|Mountain|Street|Road|Avenue|Square|Province|\
    County|Region|District|Valley|Airport|Bridge|Strait|Straits|Peninsula|Desert|Coast|\
    Heights|Hills|Canal|Lake|Bay|Gulf|Falls|Beach|City|Town|Village|Harbour|Harbor|Park|\
    Prefecture|Oblast|Territory|Territories|Basin|Plain|Plateau|Forest|Glacier|Delta|Channel|\
    Cathedral|Palace|Castle|Stadium|Arena|Centre|Center|Tower|Hall|Station|Quay|Lane|Way|\
    Boulevard|Land|Republic|Kingdom|Emirates",
);
static PLACE_PREPS: WordSet = WordSet::new(
    "in|near|outside|across|from|to|via|towards|toward|around|throughout|into|across|at",
);
/// Words before a credit: "Picture: Alamy", "Photo: Getty".
/// Compass words after a place ("Madrid North") and before one ("Western
/// Norway"): a part of the place.
static COMPASS: WordSet = WordSet::new("North|South|East|West|Central");
static COMPASS_ADJ: WordSet = WordSet::new("Northern|Southern|Eastern|Western|Central");
static CREDITS: WordSet = WordSet::new("Picture|Photo|Photograph|Image|Credit|Source|Pic");

/// Line-level facts.
struct Lines<'t> {
    /// Per token: does it sit on an ALL-CAPS line?
    caps: Vec<bool>,
    /// Per token: does it start a sentence (or follow an opening quote or bracket)?
    initial: Vec<bool>,
    /// Words seen capitalised inside a sentence on an ordinary line, with counts.
    cap_mid: HashMap<&'t str, u32>,
    /// Words seen in lower case (lower-cased forms).
    lower_seen: HashMap<&'t str, u32>,
    /// The letters of model and version codes ("IE" of "IE6", "A" of "A310"):
    /// the same letters alone name the product too.
    code_heads: HashSet<&'t str>,
    /// Capitalised words opening a sentence, with counts.
    cap_initial: HashMap<&'t str, u32>,
}

/// A model or version code: capitals then digits in one word ("IE6",
/// "A310", "GT2"), a product or a label rather than a name ("M5S" and
/// "Cloud9" are names).
fn code_word(w: &str) -> Option<&str> {
    // Bytes: every byte of a char beyond ASCII is no ASCII letter or digit.
    let b = w.as_bytes();
    let cut = b.iter().position(u8::is_ascii_digit)?;
    (cut > 0
        && b[..cut].iter().all(u8::is_ascii_uppercase)
        && b[cut..].iter().all(u8::is_ascii_digit))
    .then(|| &w[..cut])
}

fn letters_upper(w: &str) -> bool {
    let mut any = false;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        any |= c.is_uppercase();
    }
    any
}

fn lines<'t>(doc: &Doc<'t>) -> Lines<'t> {
    let toks = &doc.tokens;
    let mut caps = vec![false; toks.len()];
    let mut initial = vec![false; toks.len()];
    let mut ti = 0;
    for p in &doc.paragraphs {
        while ti < toks.len() && toks[ti].span.start < p.start {
            ti += 1;
        }
        let first = ti;
        while ti < toks.len() && toks[ti].span.end <= p.end {
            ti += 1;
        }
        // Words of two letters or more, and how many of them are in capitals.
        let (mut n, mut up) = (0usize, 0usize);
        for t in &toks[first..ti] {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.span.slice(doc.text);
            if w.is_ascii() {
                // Bytes, not chars (perf, issue 7): two letters or more, and
                // no lower-case one.
                let b = w.as_bytes();
                if b.iter()
                    .filter(|c| c.is_ascii_alphabetic())
                    .nth(1)
                    .is_none()
                {
                    continue;
                }
                n += 1;
                up += usize::from(!b.iter().any(u8::is_ascii_lowercase));
                continue;
            }
            if w.chars().filter(|c| c.is_alphabetic()).nth(1).is_none() {
                continue;
            }
            n += 1;
            up += usize::from(letters_upper(w));
        }
        let is_caps = n > 0 && up * 10 >= n * 7 && (up >= 3 || (up >= 1 && n <= 3));
        if is_caps {
            caps[first..ti].iter_mut().for_each(|c| *c = true);
        }
    }
    for s in &doc.sentences {
        let i = doc.token_index_at(s.start);
        if i < toks.len() {
            initial[i] = true;
        }
    }
    for i in 1..toks.len() {
        // (The text only of punctuation: most tokens are words.)
        let punct = toks[i - 1].kind == TokenKind::Punct;
        let prev = if punct {
            toks[i - 1].span.slice(doc.text)
        } else {
            ""
        };
        if punct
            && matches!(
                prev,
                "\"" | "“" | "‘" | "'" | "(" | "[" | "-" | "–" | "—" | ":" | "•"
            )
            && (i < 2 || initial[i - 1] || prev != "'" || toks[i - 2].kind == TokenKind::Punct)
        {
            initial[i] =
                initial[i] || matches!(prev, "\"" | "“" | "(" | "[" | "•" | ":") || initial[i - 1];
        }
        if toks[i].line_start {
            initial[i] = true;
        }
    }
    // Sized for the article up front: growing the tables rehashed every
    // word again (perf, issue 7). About one word in four is new in news prose.
    let words = toks.len() / 4;
    let mut cap_mid: HashMap<&str, u32> =
        HashMap::with_capacity_and_hasher(words / 4, <_>::default());
    let mut lower_seen: HashMap<&str, u32> =
        HashMap::with_capacity_and_hasher(words, <_>::default());
    let mut code_heads = HashSet::default();
    let mut cap_initial: HashMap<&str, u32> =
        HashMap::with_capacity_and_hasher(words / 8, <_>::default());
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Word || caps[i] {
            continue;
        }
        if t.upper {
            if let Some(head) = code_word(t.span.slice(doc.text)) {
                code_heads.insert(head);
            }
        }
        let w = strip_poss(t.span.slice(doc.text)).0;
        if t.upper {
            if !initial[i] {
                *cap_mid.entry(w).or_default() += 1;
            } else {
                *cap_initial.entry(w).or_default() += 1;
            }
        } else if w.chars().next().is_some_and(|c| c.is_lowercase())
            // The suffix of "11th", "3rd", "5pm" is no use of a lower-case word
            // (else "11th" elsewhere made a sentence-initial "Th..." plain).
            && !(i > 0
                && toks[i - 1].kind == TokenKind::Number
                && toks[i - 1].span.end == t.span.start)
        {
            *lower_seen.entry(w).or_default() += 1;
        }
    }
    Lines {
        caps,
        initial,
        cap_mid,
        lower_seen,
        code_heads,
        cap_initial,
    }
}

/// The word without a trailing possessive.
fn strip_poss(w: &str) -> (&str, bool) {
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return (w, false); // (most words: no suffix to try)
    }
    for suf in ["'s", "’s", "'S"] {
        if let Some(s) = w.strip_suffix(suf) {
            if !s.is_empty() {
                return (s, true);
            }
        }
    }
    (w, false)
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    let one = cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none();
    one || (has(w, b'.') && w.split('.').all(|p| p.chars().count() == 1))
}

/// A hyphenated word whose later parts are lower case ("Russian-backed").
/// Returns the head and the rest after the hyphen (which may be '‑', 3 bytes).
fn lower_compound(w: &str) -> Option<(&str, &str)> {
    // Most words have no hyphen: one byte scan ('‑' U+2011 starts with 0xe2).
    if !w.bytes().any(|b| b == b'-' || b == 0xe2) {
        return None;
    }
    let (head, rest) = w.split_once(['-', '‑'])?;
    rest.chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
        .then_some((head, rest))
}

/// A hashtag or a user handle: "#StandWithX", "@agency" (a label, no name).
fn tagged(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].span.end == doc.tokens[i].span.start
        && matches!(doc.tokens[i - 1].span.slice(doc.text), "#" | "@")
}

/// Finds name candidates on ordinary lines. `blocked` marks tokens inside dates.
pub fn candidates(doc: &Doc, blocked: &[bool]) -> (Vec<Cand>, Vec<bool>) {
    let text = doc.text;
    let toks = &doc.tokens;
    let ln = lines(doc);
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(text));
    // Once per token: growing runs asks again for the same tokens (perf, issue 7).
    let mut name_words = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        name_words[i] = t.kind == TokenKind::Word
            && t.upper
            && !ln.caps[i]
            && !blocked[i]
            && lower_compound(s(i)).is_none()
            && code_word(s(i)).is_none()
            && !tagged(doc, i);
    }
    let name_word = |i: usize| name_words[i];
    let mut out: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind == TokenKind::Word && toks[i].upper && !ln.caps[i] && !blocked[i] {
            if let Some((head, rest)) = lower_compound(s(i)) {
                // "Russian-backed", "London-based"
                let span = Span::new(toks[i].span.start, toks[i].span.start + head.len());
                let kind = if NATIONALITIES.contains(head) {
                    Some(EntityKind::Nationality)
                } else if ORGS.contains(head) {
                    Some(EntityKind::Organization)
                } else if PLACES.contains(head) || rest == "based" {
                    Some(EntityKind::Place)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    out.push(Cand {
                        span,
                        kind,
                        conf: Conf::Sure,
                        team: false,
                    });
                }
                i += 1;
                continue;
            }
        }
        if let Some(j) = (!ln.caps[i] && toks[i].line_start)
            .then(|| dateline(doc, blocked, i))
            .flatten()
        {
            push(doc, &mut out, i, j, EntityKind::Place, Conf::Context);
            i = j + 1;
            // "AJACCIO, Corsica 1996-08-29": the region after the comma too.
            if s(i) == "," {
                let a = i + 1;
                let mut b = a;
                while b < toks.len() && name_word(b) {
                    b += 1;
                }
                if b > a && blocked.get(b) == Some(&true) {
                    let name = Span::new(toks[a].span.start, toks[b - 1].span.end).slice(text);
                    let kind = if NATIONALITIES.contains(name) {
                        EntityKind::Nationality
                    } else {
                        EntityKind::Place
                    };
                    push(doc, &mut out, a, b - 1, kind, Conf::Context);
                    i = b;
                }
            }
            continue;
        }
        if !name_word(i) {
            i += 1;
            continue;
        }
        // Grow the run.
        let mut j = i;
        loop {
            // "the New People's Party", "the Free Workers' Union": a common noun's
            // possessive inside a name whose last word is an organisation head.
            let (bare, poss) = strip_poss(s(j));
            let plural_poss = !poss
                && s(j).ends_with('s')
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.span.start == toks[j].span.end && t.span.slice(text) == "'");
            // (A plural's possessive needs no known word: "the Tarvish Growers' Union".)
            if (poss || plural_poss)
                && j > i
                && (plural_poss || is_english(bare))
                && !is_common(bare)
            {
                let k = j + 1 + usize::from(plural_poss);
                let mut e = k;
                while e + 1 < toks.len()
                    && name_word(e + 1)
                    && !toks[e + 1].line_start
                    && !strip_poss(s(e)).1
                {
                    e += 1;
                }
                if k < toks.len()
                    && name_word(k)
                    && !toks[k].line_start
                    && !strip_poss(s(e)).1
                    && ORG_HEADS.contains(s(e))
                {
                    j = e;
                    continue;
                }
            }
            if poss {
                break;
            }
            let k = j + 1;
            if k >= toks.len() || toks[k].line_start {
                break;
            }
            if name_word(k) {
                j = k;
                continue;
            }
            // "Tsang Mei-lun": a hyphenated given name after the family name.
            if toks[k].kind == TokenKind::Word && toks[k].upper && !ln.caps[k] && hyphen_given(s(k))
            {
                j = k;
                continue;
            }
            let glued = toks[k].span.start == toks[j].span.end;
            if s(k) == "." && glued && is_initial(s(j)) {
                // "Washington D.C. The team": a function word after the dot starts a sentence.
                if k + 1 < toks.len()
                    && name_word(k + 1)
                    && !toks[k + 1].line_start
                    && !is_common(s(k + 1))
                    && !CREDITS.contains(s(k + 1))
                {
                    j = k + 1;
                    continue;
                }
                break;
            }
            // "St. Louis", "Mt. Kenya"
            if s(k) == "."
                && glued
                && matches!(s(j), "St" | "Mt" | "Ft" | "Ste")
                && k + 1 < toks.len()
                && name_word(k + 1)
            {
                j = k + 1;
                continue;
            }
            let conn = s(k);
            // "Securities and Exchange Commission": "and" inside a name that ends in a head word.
            if conn == "and" && k + 1 < toks.len() && name_word(k + 1) {
                let mut e = k + 1;
                while e + 1 < toks.len() && name_word(e + 1) && !toks[e + 1].line_start {
                    e += 1;
                }
                if ORG_HEADS.contains(strip_poss(s(e)).0) && e > k + 1 {
                    j = e;
                    continue;
                }
            }
            let ok_conn = toks[k].kind == TokenKind::Word && PARTICLES.contains(conn)
                || (conn == "of" && OF_HEADS.contains(s(j)))
                || (conn == "&" && toks[k].kind == TokenKind::Punct)
                || (conn == "of"
                    && k + 2 < toks.len()
                    && s(k + 1) == "the"
                    && OF_HEADS.contains(s(j)));
            if ok_conn {
                let mut n = k + 1;
                if conn == "of" && n < toks.len() && s(n) == "the" {
                    n += 1;
                }
                while n < toks.len() && PARTICLES.contains(s(n)) {
                    n += 1;
                }
                if n < toks.len() && name_word(n) && !toks[n].line_start {
                    j = n;
                    continue;
                }
            }
            break;
        }
        let run_end = j;
        split_run(doc, &ln, i, run_end, &mut out);
        i = run_end + 1;
    }
    sports_teams(doc, &mut out);
    (out, ln.caps)
}

/// In a sports report (two or more teams in score lines), a city named
/// without "in", "at" or "of" before it is its team: "Leeds won".
fn sports_teams(doc: &Doc, out: &mut [Cand]) {
    if out.iter().filter(|c| c.team).count() < 2 {
        return;
    }
    for c in out.iter_mut() {
        let name = c.span.slice(doc.text);
        if c.kind != EntityKind::Place
            || COUNTRIES.contains(name)
            || (letters_upper(name) && name.len() <= 4)
            || NATIONALITIES.contains(name)
            || (c.conf == Conf::Sure && !PLACES.contains(name))
        {
            continue;
        }
        let i = doc.token_index_at(c.span.start);
        let prev = (i > 0).then(|| doc.tokens[i - 1].span.slice(doc.text).lowercase());
        if prev.is_some_and(|p| matches!(p.as_str(), "in" | "at" | "near" | "of" | "outside" | ","))
        {
            continue;
        }
        if doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.span.slice(doc.text) == ",")
        {
            continue;
        }
        c.kind = EntityKind::Organization;
        c.conf = Conf::Context;
    }
}

/// Places, organisations, nationalities and organisation head words: one
/// lookup answers for the four, so that a miss (the usual answer) costs one.
static KNOWN: Lex = PLACES.or(ORGS).or(NATIONALITIES).or(ORG_HEADS);
/// Given names, places, organisations and nationalities.
static NAME_LEX: Lex = GIVEN.or(PLACES).or(ORGS).or(NATIONALITIES);

/// Types and splits one run of capitalised tokens `a..=b` and pushes its candidates.
fn split_run(doc: &Doc, ln: &Lines<'_>, a: usize, b: usize, out: &mut Vec<Cand>) {
    let text = doc.text;
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(text));
    // Word token indices in the run (skipping "." and connectors for lookups).
    let mut a = a;
    let name_of = |a: usize, b: usize| -> &str {
        let sp = Span::new(toks[a].span.start, toks[b].span.end).slice(text);
        strip_poss(sp).0
    };
    let known = |n: &str| KNOWN.contains(n);
    // Leading common words ("Earlier", "The", "But"), credits, and at the
    // start of a sentence a common English word the article never capitalises
    // elsewhere ("Heavy rain", "Experts believe").
    let name_lex = |w: &str| NAME_LEX.contains(w);
    let mut credit = false;
    while a <= b {
        let w = s(a);
        if toks[a].kind != TokenKind::Word {
            a += 1;
            continue;
        }
        let prefix_known = (a..=b).any(|e| known(name_of(a, e)));
        if prefix_known && w != "The" {
            break;
        }
        if CREDITS.contains(w)
            && (a < b || toks.get(a + 1).is_some_and(|t| t.span.slice(text) == ":"))
        {
            if a == b {
                return;
            }
            a += 1;
            continue;
        }
        let w0 = strip_poss(w).0;
        let compass_place = a < b
            && (COMPASS.contains(w0)
                || COMPASS_ADJ.contains(w0)
                || matches!(w0, "Upper" | "Lower" | "Greater"))
            && (a + 1..=b).any(|e| PLACES.contains(name_of(a + 1, e)));
        // "I. Healy", "Port Vale", "Standard Liege 3 Molenbeek 0": keep an
        // initial, a place word, or a word opening a team's name in a score line.
        let initial_dot = is_initial(w)
            && toks
                .get(a + 1)
                .is_some_and(|t| t.span.start == toks[a].span.end && t.span.slice(text) == ".");
        let keep = compass_place
            || initial_dot
            || (a < b && (PLACE_FIRST.contains(w0) || team_context(doc, a, b)));
        // "Pro-Harbour QRX", "Anti-Tolls": a stance, no name.
        let stance = w.starts_with("Pro-") || w.starts_with("Anti-");
        let plain = !keep
            && (is_common(w)
                || stance
                || (a == b && mostly_lower(ln, w0))
                || (ln.initial[a]
                    && !name_lex(w0)
                    && !ln.cap_mid.contains_key(w0)
                    && (is_english(w0)
                        || ln.lower_seen.contains_key(w0.lowercase().as_str())
                        || (a == b && common_ending(w0))
                        || (a == b && lone_initial(doc, ln, a, w0)))));
        if plain {
            if a == b {
                return;
            }
            a += 1;
            continue;
        }
        break;
    }
    if a > b || toks[a].kind != TokenKind::Word {
        return;
    }
    // "US$ 20": a currency, left to the amount rules.
    if toks
        .get(b + 1)
        .is_some_and(|t| t.span.start == toks[b].span.end && t.span.slice(text) == "$")
    {
        return;
    }
    if a > 0 && CREDITS.contains(s(a - 1).trim_end_matches(':'))
        || (a > 1 && s(a - 1) == ":" && CREDITS.contains(s(a - 2)))
    {
        credit = true;
    }
    // A title inside the run: the person follows it.
    let mut title_at = None;
    for (k, t) in toks.iter().enumerate().take(b).skip(a) {
        if t.kind == TokenKind::Word && TITLES.contains(s(k)) {
            title_at = Some(k);
        }
    }
    let whole_t;
    let mut whole = name_of(a, b);
    if letters_upper(whole) && whole.len() > 3 {
        whole_t = title_case(whole);
        if PLACES.contains(whole_t.as_str()) || NATIONALITIES.contains(whole_t.as_str()) {
            whole = &whole_t;
        }
    }
    let last = toks[b].span.slice(text);
    let last = strip_poss(last).0;
    // Looked up once: the whole run in the organisation and place lists.
    let whole_org = ORGS.contains(whole);
    let whole_place = PLACES.contains(whole);
    // "University of Texas Arlington Amneh Jafari", "the United States Hamdullah
    // Mohib": a known place or organisation, then a person's given name and surname.
    if b >= a + 2 {
        for k in a + 1..b {
            if b - k > 2 || toks[k].kind != TokenKind::Word || !GIVEN.contains(s(k)) {
                continue;
            }
            let head_end = k - 1;
            let head = name_of(a, head_end);
            let head_last = strip_poss(s(head_end)).0;
            let head_known = PLACES.contains(head)
                || ORGS.contains(head)
                || ORG_HEADS.contains(head_last)
                || (PLACES.contains(head_last) && toks[head_end].kind == TokenKind::Word);
            // ("Leeds Art Gallery" ends in a head word: no person in it.)
            if head_known
                && !PLACES.contains(name_of(a, b))
                && !ORG_HEADS.contains(last)
                && !FACILITIES.contains(last)
            {
                split_run(doc, ln, a, head_end, out);
                split_run(doc, ln, k, b, out);
                return;
            }
        }
    }
    // "Ambassador to the United Kingdom Farida Osei", "Minister of Education
    // Jana Kovac": after a title and "to"/"of", a known place of two words or
    // more (or a ministry's field), then two unknown capitalised words: the
    // person holding the title, whose given name the lists do not have.
    if b >= a + 2 && toks[b - 1].kind == TokenKind::Word && toks[b].kind == TokenKind::Word {
        let mut p = a;
        while p > 0 && matches!(toks[p - 1].kind, TokenKind::Word) && s(p - 1) == "the" {
            p -= 1;
        }
        let title_of =
            p > 1 && matches!(s(p - 1), "of" | "to") && TITLES.contains(strip_poss(s(p - 2)).0);
        let head = name_of(a, b - 2);
        let field = a == b - 2 && FIELDS.contains(s(a));
        let unknown = |w: &str| {
            !is_common(w)
                && !is_english(w)
                && !PLACES.contains(w)
                && !ORGS.contains(w)
                && !ORG_HEADS.contains(w)
                && !TITLES.contains(w)
        };
        if title_of
            && (field || (b - 2 > a && (PLACES.contains(head) || ORGS.contains(head))))
            && is_title_cased(s(b - 1))
            && unknown(s(b - 1))
            && unknown(strip_poss(s(b)).0)
        {
            if !field {
                split_run(doc, ln, a, b - 2, out);
            }
            push(doc, out, b - 1, b, EntityKind::Person, Conf::Sure);
            return;
        }
    }
    // ("Russian Embassy" stays whole: a bare "Embassy" would name no one body.)
    if a + 1 < b && NATIONALITIES.contains(s(a)) && GOV_HEADS.contains(last) && !whole_org {
        push(doc, out, a, a, EntityKind::Nationality, Conf::Sure);
        split_run(doc, ln, a + 1, b, out);
        return;
    }
    if !whole_org && !whole_place && !ORG_HEADS.contains(last) {
        if TITLES.contains(last) && toks[b].kind == TokenKind::Word {
            // "Foreign Secretary", "Russian Ambassador": a title alone names nobody,
            // but "the President", "The Home Secretary" stands for the one holder.
            let the_before = a > 0 && s(a - 1).eq_ignore_ascii_case("the");
            let known_prefix = (a..b).any(|k| {
                let w = strip_poss(s(k)).0;
                NATIONALITIES.contains(w) || PLACES.contains(w) || ORGS.contains(w)
            });
            if the_before && !known_prefix {
                push(doc, out, a, b, EntityKind::Person, Conf::Context);
                return;
            }
            if a < b {
                split_run_prefix(doc, ln, a, b - 1, out);
            }
            return;
        }
        if let Some(t) = title_at {
            if t > a {
                // "Russian President", "US Secretary": keep a nationality or place before it.
                split_run_prefix(doc, ln, a, t - 1, out);
            }
            let mut p = t + 1;
            while p <= b && (TITLES.contains(s(p)) || s(p) == ".") {
                p += 1;
            }
            if p <= b {
                push(doc, out, p, b, EntityKind::Person, Conf::Sure);
            }
            return;
        }
        // A leading nationality or place: "Russian Vladimir" is rare; "British Foreign" splits.
        // ("Western Australia", "Northern Ireland": a compass word and a place stay one.)
        let compass =
            COMPASS_ADJ.contains(s(a)) && (a + 1..=b).any(|e| PLACES.contains(name_of(a + 1, e)));
        if a < b && NATIONALITIES.contains(s(a)) && !compass {
            // "Brazilian Foreign Ministry" splits; "British Airways" does not (below).
            push(doc, out, a, a, EntityKind::Nationality, Conf::Sure);
            split_run(doc, ln, a + 1, b, out);
            return;
        }
    }
    let words: Vec<&str> = (a..=b)
        .filter(|&k| toks[k].kind == TokenKind::Word)
        .map(|k| strip_poss(s(k)).0)
        .collect();
    let first = words[0];
    let n = words.len();
    let prev = (a > 0).then(|| s(a - 1));
    let next = toks.get(b + 1).map(|t| t.span.slice(text));
    let caps_run = n > 1 && letters_upper(whole) && !name_lex_any(whole);
    // "Anna Temple": a given name and a surname, though the surname is
    // also a building's last word.
    let given_surname = n == 2 && GIVEN.contains(first) && SURNAMES.contains(last);
    if ((n == 1 && !name_lex_any(first)) || caps_run) && is_label(doc, ln, a, b) {
        return;
    }
    // A lone generic head word names no one body: "Police said", "Government sources".
    if n == 1 && GENERIC_ALONE.contains(first) && !ORGS.contains(first) {
        return;
    }
    // Acronyms of common nouns name nothing: "GDP", "a VIP guest", "the CEO".
    if n == 1 && COMMON_ACRONYMS.contains(first) {
        return;
    }
    // Events, awards, laws and products are no person, organisation or place.
    if ((n > 1 && MISC_LAST.contains(last)) || (n == 1 && MISC_ALONE.contains(last)))
        && !whole_org
        && !whole_place
    {
        // "the Corvex Science Fair", "Oslo City Jazz Festival": a known
        // organisation or place that opens the event's name (two words or
        // more after it) keeps its name, as a maker before a product does
        // ("the Varn Open Tennis Championships" is one event: an event word
        // right after the name makes it part of the title).
        let word_at: Vec<usize> = (a..=b)
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .collect();
        for p in (0..n.saturating_sub(2)).rev() {
            let name = name_of(a, word_at[p]);
            if MISC_LAST.contains(strip_poss(s(word_at[p + 1])).0) {
                continue;
            }
            let kind = if ORGS.contains(name) {
                EntityKind::Organization
            } else if PLACES.contains(name) {
                EntityKind::Place
            } else {
                continue;
            };
            push(doc, out, a, word_at[p], kind, Conf::Sure);
            break;
        }
        return;
    }
    // Products are no organisation: "Internet Explorer", "Mozilla Firefox",
    // "Windows XP", and "IE" beside "IE6". The maker before the product
    // keeps its name: "Google Chrome" -> "Google".
    if !whole_org && !whole_place {
        if let Some(p) = words.iter().position(|w| PRODUCTS.contains(w)) {
            let maker = (a..=b).filter(|&k| toks[k].kind == TokenKind::Word).nth(p);
            if let Some(m) = maker.filter(|&m| m > a) {
                split_run(doc, ln, a, m - 1, out);
            }
            return;
        }
        if n == 1 && ln.code_heads.contains(first) {
            return;
        }
    }
    let (kind, conf) = if credit && n == 1 && !ORGS.contains(first) && !letters_upper(first) {
        // "Image: Jsmithers": a photographer's name or user name (agencies
        // are in the organisation list: "Picture: Alamy").
        (EntityKind::Person, Conf::Context)
    } else if credit && !(n > 1 && GIVEN.contains(first)) {
        // "Picture: Alamy", "Photo: Metro Features"
        (EntityKind::Organization, Conf::Context)
    } else if whole_org {
        (EntityKind::Organization, Conf::Sure)
    } else if whole_place {
        (EntityKind::Place, Conf::Sure)
    } else if NATIONALITIES.contains(whole) {
        (EntityKind::Nationality, Conf::Sure)
    } else if n > 1
        && FACILITIES.contains(last)
        && !given_surname
        && !matches!(next, Some("for" | "of"))
    {
        // "the Plaza Hotel", "the Dalmor Grand Mosque", "the Westby Convention
        // Centre": a building is a place ("the Centre for Policy Studies" is a body).
        (EntityKind::Place, Conf::Sure)
    } else if ORG_HEADS.contains(last)
        || last
            .strip_suffix('s')
            .is_some_and(|l| ORG_HEADS.contains(l))
        || words
            .iter()
            .any(|w| ORG_HEADS.contains(w) && OF_HEADS.contains(w))
            && whole.as_bytes().windows(4).any(|w| w == b" of ")
    {
        (EntityKind::Organization, Conf::Sure)
    } else if prev.is_some_and(|p| TITLES.contains(p)) && !is_common(first) {
        (EntityKind::Person, Conf::Sure)
    } else if n > 1 && (PLACE_FIRST.contains(first) || PLACE_LAST.contains(last)) {
        (EntityKind::Place, Conf::Sure)
    } else if n == 2
        && (PLACES.contains(first) && COMPASS.contains(last)
            || PLACES.contains(last) && COMPASS_ADJ.contains(first))
    {
        // "Madrid North", "Western Norway": a part of a known place.
        (EntityKind::Place, Conf::Sure)
    } else if n > 1 && PLACES.contains(first) && words[1..].iter().all(|w| is_initial(w)) {
        // "Washington D.C.": a place and its state's initials.
        (EntityKind::Place, Conf::Sure)
    } else if n > 1 && hyphen_given(last) {
        // "Tsang Mei-lun", "Oh Dae-sik": a family name and a hyphenated given name.
        (EntityKind::Person, Conf::Context)
    } else if n > 1 && apposition_person(doc, b) {
        // "Marthe Lyon, a Belgian woman, ..."
        (EntityKind::Person, Conf::Context)
    } else if n > 1 && place_split(&words) {
        // "Hansa Rostock", "Israel Radio", "Florida Marlins": a place and a
        // name together make a club or firm.
        (EntityKind::Organization, Conf::Guess)
    } else if n > 1 && GIVEN.contains(first) && !is_initial(first) {
        (EntityKind::Person, Conf::Sure)
    } else if n > 1 && is_initial(first) && !PLACES.contains(first) && !ORGS.contains(first) {
        (EntityKind::Person, Conf::Context)
    } else if n == 1 && letters_upper(first) && first.chars().count() >= 2 {
        (EntityKind::Organization, Conf::Context)
    } else if a >= 2
        && prev == Some("of")
        && out
            .last()
            .is_some_and(|c| c.kind == EntityKind::Person && c.span.end == toks[a - 2].span.end)
    {
        // "Mira Oskarsson of Velden Partners", "Kwan Ho-yin of Harbour
        // Voice": after a person, "of" and an unknown name give the body
        // the person belongs to.
        (EntityKind::Organization, Conf::Context)
    } else if n <= 2 && place_pair(doc, out, a, b) {
        (EntityKind::Place, Conf::Context)
    } else if let Some(k) = (n == 1).then(|| single_word_cue(doc, a, b)).flatten() {
        k
    } else if n <= 2
        && prev.is_some_and(|p| {
            let p = p.lowercase();
            PLACE_PREPS.contains(p.as_str()) && (n == 1 || !matches!(p.as_str(), "from" | "to"))
        })
    {
        (EntityKind::Place, Conf::Context)
    } else if let Some(k) = (n == 1).then(|| suffix_guess(first)).flatten() {
        k
    } else if (next == Some(",") && toks.get(b + 2).is_some_and(|t| t.kind == TokenKind::Number))
        || (n == 1 && GIVEN.contains(first))
    {
        (EntityKind::Person, Conf::Context)
    } else if n > 1 && words.iter().any(|w| is_english(w) && !SURNAMES.contains(w)) {
        // "Civic Passion", "Sea Org": common words make a name an organisation.
        (EntityKind::Organization, Conf::Guess)
    } else if n > 1 && prev.is_some_and(|p| p.eq_ignore_ascii_case("the")) {
        // "the Velmor Tradik": "the" stands before few people's names.
        (EntityKind::Organization, Conf::Guess)
    } else if n > 1
        && letters_upper(first)
        && first.chars().count() >= 3
        && !letters_upper(last)
        && !PLACES.contains(first)
    {
        // "KLM Cityhopper", "NASA Ames": an acronym opens a firm's or body's name.
        (EntityKind::Organization, Conf::Guess)
    } else if n > 1 || SURNAMES.contains(first) {
        (EntityKind::Person, Conf::Guess)
    } else {
        // A lone capitalised common word ("Attendance", "Order") or letter names nothing.
        let seen = ln.cap_mid.get(first).copied().unwrap_or(0);
        if (is_english(first) && seen < 2) || first.chars().count() < 2 {
            return;
        }
        (EntityKind::Organization, Conf::Guess)
    };
    let team = team_context(doc, a, b)
        && (conf < Conf::Sure || (kind == EntityKind::Place && !COUNTRIES.contains(whole)))
        && kind != EntityKind::Nationality;
    let (kind, conf) = if team {
        (EntityKind::Organization, Conf::Context)
    } else {
        (kind, conf)
    };
    push(doc, out, a, b, kind, conf);
    if team {
        if let Some(c) = out.last_mut() {
            c.team = true;
        }
    }
}

/// A town and its region or country: "Corvallo, Texas,", "near Lisbon,
/// Varzena,". The name at `a..=b` stands before ", " and a known place,
/// or (one word) after a place found just before and ", "; and
/// punctuation or the end of the line follows the pair.
fn place_pair(doc: &Doc, out: &[Cand], a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(doc.text));
    let ends = |i: usize| {
        toks.get(i).is_none_or(|t| {
            t.line_start || (t.kind == TokenKind::Punct && !matches!(s(i), "'" | "’" | "("))
        })
    };
    // "Corvallo, Texas,": a known place of one or two words after the comma.
    if s(b + 1) == "," && toks.get(b + 2).is_some_and(|t| !t.line_start) {
        for e in [b + 2, b + 3] {
            let Some(t) = toks.get(e) else { break };
            if t.kind != TokenKind::Word || !t.upper || (e > b + 2 && t.line_start) {
                break;
            }
            let place = Span::new(toks[b + 2].span.start, t.span.end).slice(doc.text);
            if PLACES.contains(place) && ends(e + 1) {
                return true;
            }
        }
    }
    // "near Lisbon, Varzena,": a place found just before, then a comma.
    a == b
        && a >= 2
        && s(a - 1) == ","
        && out.last().is_some_and(|c| {
            c.kind == EntityKind::Place
                && c.conf >= Conf::Context
                && c.span.end == toks[a - 2].span.end
        })
        && ends(b + 1)
}

/// A run of words (n > 1) that splits into a place and a name: a place
/// first and no lone given name or surname after it, or a name first and a
/// place after it, the first word no given name.
fn place_split(words: &[&str]) -> bool {
    let n = words.len();
    let first_given = GIVEN.contains(words[0]);
    // The words joined by single spaces, built once; heads and rests are slices of it.
    let mut joined = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    let mut cuts = Vec::with_capacity(n);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        cuts.push(joined.len());
        joined.push_str(w);
    }
    (1..n).any(|k| {
        let head = &joined[..cuts[k] - 1];
        let rest = &joined[cuts[k]..];
        let rest_is_name = k == n - 1 && (SURNAMES.contains(rest) || GIVEN.contains(rest));
        (PLACES.contains(head) && !rest_is_name) || (!first_given && PLACES.contains(rest))
    })
}

/// Last words of buildings and sites, which are places: "Plaza Hotel".
static FACILITIES: WordSet = WordSet::new(
    "Hotel|Mosque|Masjid|Temple|Synagogue|Cathedral|Stadium|Arena|Centre|Center|Tower|Towers|\
    Hall|Station|Hospital|Memorial|Cave|Base|Prison|Airport",
);
/// Government bodies after a nationality are named apart from it:
/// "Brazilian" + "Foreign Ministry".
static GOV_HEADS: WordSet = WordSet::new(
    "Ministry|Embassy|Consulate|Government|Army|Navy|Police|Parliament|Cabinet|Office|\
    Department|Mission|Forces|Force|Guard|Council|Senate",
);
/// Last words of event, award, law and product names: "World Cup", "Nobel Prize".
static MISC_LAST: WordSet = WordSet::new(
    "Cup|Open|Championship|Championships|Games|Olympics|Prix|Trophy|Series|War|Award|Awards|\
    Prize|Festival|Index|Act|Treaty|Agreement|Accord|Day|Classic|Masters|Tour|Slam|Marathon|\
    Rally|Convention|Protocol|Doctrine|Plan|Bill|Revolution|Crisis|Olympiad|Paralympics|\
    Grand|Bowl|Show|Expo|Fair|Summit|Conference",
);
/// Products, whose names take no head word: software, devices, brands used
/// as common nouns ("a Polaroid").
static PRODUCTS: WordSet = WordSet::new(
    "Explorer|Windows|Chrome|Firefox|Safari|iPhone|iPhones|iPad|iPads|iPod|iPods|iOS|Android|\
    Linux|PlayStation|Playstation|Xbox|Kindle|Kindles|MacBook|Photoshop|Polaroid|Polaroids|\
    Walkman|Walkmans",
);
/// Event names that stand alone: "the Olympics".
static MISC_ALONE: WordSet = WordSet::new(
    "Olympics|Paralympics|Olympiad|Worlds|Euros|Hajj|Ramadan|Eid|Christmas|Easter|Passover|\
    Hanukkah|Diwali|Internet",
);
static SPEECH: WordSet = WordSet::new(
    "said|says|told|added|replied|insisted|stated|explained|admitted|argued|wrote|asked|\
    noted|warned|recalled|agreed|believes|thinks",
);
/// Nouns before "of" that make the next name a place: "north of Zadar".
static PLACE_OF: WordSet = WordSet::new(
    "north|south|east|west|northeast|northwest|southeast|southwest|km|miles|outskirts|port|\
    city|town|village|province|capital|region|residents|centre|center|suburb|district|state|\
    island|mayor|governor|area|heart|people|coast|streets|citizens|municipality",
);
const PERSON_SUFFIXES: Words = Words(
    "ov|ev|ova|eva|ski|sky|vic|vich|ić|enko|escu|son|sen|ez|elli|ini|etti|ides|opoulos|\
    berg|stein|mann|uk|yan",
);
const PLACE_SUFFIXES: Words = Words("burg|stadt|ville|grad|abad|pur|stan|shire|polis|town");

/// Lower-case nouns after a lone name that make it a place: "Brennick airport".
static PLACE_NOUNS_AFTER: WordSet = WordSet::new(
    "airport|river|valley|province|region|district|county|island|islands|border|coast|\
    peninsula|mountains|prefecture|municipality|oblast",
);
/// Organisation head words that alone name no one body ("Police said").
static GENERIC_ALONE: WordSet = WordSet::new(
    "Police|Government|Group|Media|Parliament|Company|Cabinet|Club|Team|International|\
    Council|Bank|University|Ministry|Service|Press|Oil|League|Financial",
);

/// Acronyms of common nouns and units, no names.
static COMMON_ACRONYMS: WordSet = WordSet::new(
    "GDP|GNP|CPI|EPS|TV|CEO|CEOs|CFO|COO|VIP|VIPs|HTML|DNA|HIV|EDT|EST|GMT|UTC|PM|AM|SUV|SUVs|\
    IQ|ATM|ATMs|URL|URLs|FAQ|PDF|USB|LED|GPS|CCTV|MRI|ICU|QC|KC|MP|MPs|MEP|MEPs|MBE|OBE|CBE|PhD",
);

/// Nouns for a person in an apposition: "Lyon, a Belgian woman".
static PERSON_NOUNS: WordSet = WordSet::new(
    "man|woman|boy|girl|teenager|resident|student|mother|father|son|daughter|wife|husband|\
    widow|pensioner|activist|citizen|national|native|veteran|mum|dad",
);

/// A name before ", a former minister" or ", a Belgian woman": a title or
/// a person noun in lower case within the next few words after a comma.
fn apposition_person(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(doc.text));
    s(b + 1) == ","
        && (b + 2..b + 6).any(|k| {
            !toks.get(k).is_some_and(|t| t.upper)
                && (TITLES.contains(s(k)) || PERSON_NOUNS.contains(s(k)))
        })
}

/// A hyphenated given name of East Asian form: "Mei-lun", "Dae-sik":
/// short syllables, the second in lower case, the first no English word or known name.
fn hyphen_given(w: &str) -> bool {
    let Some((head, rest)) = w.split_once('-') else {
        return false;
    };
    let (hn, rn) = (head.chars().count(), rest.chars().count());
    (2..=5).contains(&hn)
        && (2..=6).contains(&rn)
        && head.chars().next().is_some_and(|c| c.is_uppercase())
        && head.chars().skip(1).all(|c| c.is_lowercase())
        && rest.chars().all(|c| c.is_lowercase())
        && !is_english(head)
        && !PLACES.contains(head)
        && !NATIONALITIES.contains(head)
        && !ORGS.contains(head)
        && !is_english(rest)
        && !TITLES.contains(head)
}

/// The kind a lone unknown capitalised word takes from its neighbours or its ending.
fn single_word_cue(doc: &Doc, a: usize, b: usize) -> Option<(EntityKind, Conf)> {
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(doc.text));
    let lower = |i: usize| s(i).lowercase();
    let w = strip_poss(s(a)).0;
    let next = s(b + 1);
    // "Medvedev said", "Chua told"
    if SPEECH.contains(next) {
        return Some((EntityKind::Person, Conf::Context));
    }
    // "..., said Mauberg, ..."
    if a >= 1
        && matches!(s(a - 1), "said" | "says" | "added" | "wrote" | "explained")
        && matches!(next, "," | ".")
    {
        return Some((EntityKind::Person, Conf::Context));
    }
    // Scorers: "( Loko 33rd )"
    if toks.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number)
        && toks.get(b + 2).is_some_and(|t| {
            t.span.start == toks[b + 1].span.end && matches!(s(b + 2), "st" | "nd" | "rd" | "th")
        })
    {
        return Some((EntityKind::Person, Conf::Context));
    }
    // Cricket scorecards: "c Healy b Reiffel", "lbw b Brandes"
    if a >= 1 && matches!(s(a - 1), "b" | "c" | "lbw" | "st") {
        return Some((EntityKind::Person, Conf::Context));
    }
    // "Sharif, a former prime minister"
    if apposition_person(doc, b) {
        return Some((EntityKind::Person, Conf::Context));
    }
    // "Brennick airport", "the Tarn river"
    if toks
        .get(b + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.upper)
        && PLACE_NOUNS_AFTER.contains(next)
    {
        return Some((EntityKind::Place, Conf::Context));
    }
    // "the Chechen capital Grozny", "the port city Aden"
    if a >= 1 && PLACE_OF.contains(lower(a - 1).as_str()) && !toks[a - 1].upper {
        return Some((EntityKind::Place, Conf::Context));
    }
    // "north of Zadar", "residents of Sierakowice"
    if a >= 2 && s(a - 1) == "of" && PLACE_OF.contains(lower(a - 2).as_str()) {
        return Some((EntityKind::Place, Conf::Context));
    }
    let wl = w.lowercase();
    // "Montenegrin midfielder", "Surinamese rebel": an adjective of nationality.
    if ["ian", "ean", "ese", "ish", "ic", "in", "an"]
        .iter()
        .any(|x| wl.ends_with(x))
        && toks
            .get(b + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.upper)
        && !SPEECH.contains(next)
        && w.chars().count() > 4
    {
        return Some((EntityKind::Nationality, Conf::Guess));
    }
    None
}

/// The kind a lone unknown word's ending suggests: "Markova", "Hellerburg".
fn suffix_guess(w: &str) -> Option<(EntityKind, Conf)> {
    let w = strip_poss(w).0;
    if w.chars().count() <= 4 {
        return None;
    }
    let wl = w.lowercase();
    if PERSON_SUFFIXES.iter().any(|x| wl.ends_with(x)) {
        Some((EntityKind::Person, Conf::Guess))
    } else if PLACE_SUFFIXES.iter().any(|x| wl.ends_with(x)) {
        Some((EntityKind::Place, Conf::Guess))
    } else {
        None
    }
}

/// A name in a results table or score line: at the start of the line or
/// after a score, and followed by a score ("Leeds 3 1 1 1", "Bolton 2 Leeds 1").
/// Not before a minute or bowling figures ("Smith 22nd", "Croft 29-6-64-1").
fn team_context(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(doc.text));
    let num = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    if matches!(s(b + 1), "v" | "vs" | "V" | "VS") && toks.get(b + 2).is_some_and(|t| t.upper) {
        return true;
    }
    // Schedules in capitals: "TORONTO AT CHICAGO"
    if s(b + 1) == "AT"
        && toks.get(b + 2).is_some_and(|t| t.upper)
        && (toks[a].line_start || (a >= 2 && s(a - 1) == "AT"))
    {
        return true;
    }

    if !num(b + 1) || toks[b + 1].line_start {
        return false;
    }
    let glued_next = toks
        .get(b + 2)
        .is_some_and(|t| t.span.start == toks[b + 1].span.end);
    if glued_next || s(b + 2) == "%" {
        return false;
    }
    toks[a].line_start || (a > 0 && (num(a - 1) || s(a - 1) == ")"))
}

/// Endings of English common nouns, verbs and adjectives ("Trading",
/// "Enraged", "Sentiment", "Attendance"): a lone capitalised word with one
/// at the start of a sentence is most likely no name.
fn common_ending(w: &str) -> bool {
    let l = w.lowercase();
    w.chars().count() > 5
        && w.chars().skip(1).all(|c| c.is_lowercase())
        && [
            "ing", "ed", "ment", "ments", "ness", "tion", "tions", "ity", "ance", "ence", "ers",
            "ies", "ists", "ism", "ous", "ive", "able", "ible", "ful", "less", "ly",
        ]
        .iter()
        .any(|x| l.ends_with(x))
}

/// A lone unknown word opening a sentence before a lower-case word, that
/// the article never uses again: "Gameplay was delayed", "Portrait shot of".
fn lone_initial(doc: &Doc, ln: &Lines<'_>, a: usize, w: &str) -> bool {
    let toks = &doc.tokens;
    let next_lower = toks
        .get(a + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.upper && !t.line_start);
    next_lower
        && !letters_upper(w)
        && !SURNAMES.contains(w)
        && !SPEECH.contains(toks[a + 1].span.slice(doc.text))
        && ln.cap_initial.get(w).copied().unwrap_or(0) <= 1
}

/// A lone word the article writes in lower case at least twice as often as
/// capitalised, and twice or more: a common noun ("Barley prices" in a
/// story about iodine), unless a name lexicon knows it.
fn mostly_lower(ln: &Lines<'_>, w: &str) -> bool {
    let lower = ln
        .lower_seen
        .get(w.lowercase().as_str())
        .copied()
        .unwrap_or(0);
    let cap = ln.cap_mid.get(w).copied().unwrap_or(0) + ln.cap_initial.get(w).copied().unwrap_or(0);
    lower >= 2 && lower >= 2 * cap && !NAME_LEX.or(KNOWN).contains(w)
}

/// True when `w` is in a name lexicon.
fn name_lex_any(w: &str) -> bool {
    NAME_LEX.contains(w) || (!is_title_cased(w) && PLACES.contains(title_case(w).as_str()))
}

/// True when [`title_case`] would return `w` unchanged (no allocation).
fn is_title_cased(w: &str) -> bool {
    let mut start = true;
    for c in w.chars() {
        let same = if start {
            let mut u = c.uppercase();
            u.next() == Some(c) && u.next().is_none()
        } else {
            let mut l = c.lowercase();
            l.next() == Some(c) && l.next().is_none()
        };
        if !same {
            return false;
        }
        start = c == ' ' || c == '-';
    }
    true
}

/// Words that make an acronym in brackets an organisation's: "intelligence service (SVR)".
const ORG_NOUNS: Words = Words(
    "service|agency|party|ministry|office|council|bank|union|company|group|association|\
    organisation|organization|committee|commission|authority|front|army|movement|\
    federation|institute|board|bureau|corporation|court|force|forces|police|department|\
    network|exchange",
);

/// A lone unknown word that labels rather than names: a table or list label
/// ("Attendance :", "Defenders -"), a headline slug ("PRESS DIGEST -"), a
/// long all-capitals word, a common noun's acronym in brackets ("cash
/// reserve ratio ( CRR )"), or a sentence-initial noun before "of".
fn is_label(doc: &Doc, ln: &Lines<'_>, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    let s = |i: usize| toks.get(i).map_or("", |t| t.span.slice(doc.text));
    let w = strip_poss(Span::new(toks[a].span.start, toks[b].span.end).slice(doc.text)).0;
    let next = s(b + 1);
    if toks[a].line_start && matches!(next, ":" | "-" | "–" | "—") {
        return true;
    }
    let caps = letters_upper(w);
    if caps && w.chars().filter(|c| c.is_alphabetic()).count() >= 5 {
        return true;
    }
    if caps && a > 0 && s(a - 1) == "(" && next == ")" {
        let before: Vec<String> = (a.saturating_sub(5)..a - 1)
            .map(|k| s(k).lowercase())
            .collect();
        let lower_before = a >= 2 && toks[a - 2].kind == TokenKind::Word && !toks[a - 2].upper;
        if lower_before && !before.iter().any(|x| ORG_NOUNS.contains(&x.as_str())) {
            return true;
        }
    }
    ln.initial[a] && next == "of"
}

/// The part of a run before a title: kept only when it is a nationality or a place.
fn split_run_prefix(doc: &Doc, _ln: &Lines<'_>, a: usize, b: usize, out: &mut Vec<Cand>) {
    let toks = &doc.tokens;
    for (k, t) in toks.iter().enumerate().take(b + 1).skip(a) {
        let w = strip_poss(t.span.slice(doc.text)).0;
        if NATIONALITIES.contains(w) {
            push(doc, out, k, k, EntityKind::Nationality, Conf::Sure);
        } else if PLACES.contains(w) {
            push(doc, out, k, k, EntityKind::Place, Conf::Sure);
        } else if ORGS.contains(w) {
            push(doc, out, k, k, EntityKind::Organization, Conf::Sure);
        }
    }
}

fn push(doc: &Doc, out: &mut Vec<Cand>, a: usize, b: usize, kind: EntityKind, conf: Conf) {
    let toks = &doc.tokens;
    let mut end = toks[b].span.end;
    let w = toks[b].span.slice(doc.text);
    let (stripped, poss) = strip_poss(w);
    if poss {
        end = toks[b].span.start + stripped.len();
    } else if (has(w, b'.') && is_initial(w)
        || matches!(w, "Corp" | "Inc" | "Co" | "Ltd" | "Bros" | "Jr" | "Sr"))
        && toks
            .get(b + 1)
            .is_some_and(|t| t.span.start == end && t.span.slice(doc.text) == ".")
    {
        // "U.S." keeps its last dot.
        end += 1;
    }
    out.push(Cand {
        span: Span::new(toks[a].span.start, end),
        kind,
        conf,
        team: false,
    });
}

/// The key a name is compared under: its text with spaces collapsed.
/// Borrowed when the text already is its key (single spaces between words,
/// none around them: the usual case), so that no String is made.
pub fn key(s: &str) -> Cow<'_, str> {
    let mut prev_space = true;
    let mut plain = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if c != ' ' || prev_space {
                plain = false;
                break;
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
    }
    if plain && !prev_space {
        return Cow::Borrowed(s);
    }
    // One allocation (no Vec of the words to join).
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// A dateline at token `i`: one to three capitalised words opening a line,
/// then a date ("LONDON 1996-08-30", "NEW YORK, March 3"), a comma, a place
/// and a date ("AJACCIO, Corsica 1996-08-29"), or a news agency in brackets
/// ("MOSCOW (Reuters)"). Returns the last token of the place.
fn dateline(doc: &Doc, blocked: &[bool], i: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s = |k: usize| toks.get(k).map_or("", |t| t.span.slice(doc.text));
    if !toks[i].line_start || toks[i].kind != TokenKind::Word || !toks[i].upper {
        return None;
    }
    let mut j = i;
    while j + 1 < toks.len()
        && j < i + 2
        && toks[j + 1].kind == TokenKind::Word
        && toks[j + 1].upper
        && !toks[j + 1].line_start
    {
        j += 1;
    }
    let w = s(i);
    if is_common(w) || w.chars().count() < 3 || blocked[i..=j].iter().any(|&b| b) {
        return None;
    }
    let k = j + 1;
    let date_at =
        |k: usize| toks.get(k).is_some_and(|t| !t.line_start) && blocked.get(k) == Some(&true);
    let ok = date_at(k)
        || (s(k) == "," && (k + 1..k + 6).any(date_at))
        || (s(k) == "("
            && matches!(
                s(k + 1),
                "Reuters" | "AP" | "AFP" | "Reuter" | "CNN" | "BBC" | "UPI"
            ));
    ok.then_some(j)
}

/// Document consistency: every mention of a name takes the kind its surest
/// mentions give; a lone word that ends (or starts) a person's full name is
/// that person.
pub fn resolve(doc: &Doc, cands: &mut [Cand]) {
    let text = doc.text;
    // Votes per name, weighted by confidence.
    let mut votes: HashMap<Cow<'_, str>, [u32; 4]> = HashMap::default();
    let slot = |k: EntityKind| match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        _ => 3,
    };
    for c in cands.iter() {
        let w = match c.conf {
            Conf::Sure => 4,
            Conf::Context => 2,
            Conf::Guess => 1,
        };
        votes.entry(key(c.span.slice(text))).or_default()[slot(c.kind)] += w;
    }
    // Parts of multi-word person names.
    let mut person_parts: HashMap<&str, u32> = HashMap::default();
    // Surnames of people named in full with some certainty ("Marthe Lyon").
    let mut sure_surnames: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        let s = c.span.slice(text);
        // A guessed name lends its last word only when it is no acronym
        // ("Loyalist QRX" is no reason to call "QRX" a person).
        let acronym = |w: &str| w.chars().count() > 1 && letters_upper(w);
        if c.kind == EntityKind::Person
            && has(s, b' ')
            && (c.conf >= Conf::Context || !s.rsplit(' ').next().is_some_and(acronym))
        {
            let last = s.split(' ').next_back().unwrap_or(s);
            *person_parts.entry(last).or_default() += 1;
            if c.conf >= Conf::Context {
                sure_surnames.insert(last);
            }
        }
    }
    // First words of multi-word organisations: "Newcrest" after "Newcrest Mining Ltd".
    let mut org_parts: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        let s = c.span.slice(text);
        if c.kind == EntityKind::Organization && c.conf >= Conf::Context && has(s, b' ') {
            let w = s.split(' ').next().unwrap_or(s);
            if !is_english(w)
                && !PLACES.contains(w)
                && !NATIONALITIES.contains(w)
                && !GIVEN.contains(w)
            {
                org_parts.insert(w);
            }
        }
    }
    for c in cands.iter_mut() {
        let s = c.span.slice(text);
        // A city that is the surname of a person named in the article is that
        // person, unless a preposition of place stands before it ("in Lyon").
        if !has(s, b' ')
            && c.kind == EntityKind::Place
            && sure_surnames.contains(s)
            && !COUNTRIES.contains(s)
        {
            let i = doc.token_index_at(c.span.start);
            let prev = (i > 0).then(|| doc.tokens[i - 1].span.slice(text).lowercase());
            if !prev.is_some_and(|p| PLACE_PREPS.contains(p.as_str()) || p == "of") {
                c.kind = EntityKind::Person;
                c.conf = Conf::Context;
                continue;
            }
        }
        if !has(s, b' ') && c.conf < Conf::Sure && person_parts.contains_key(s) {
            c.kind = EntityKind::Person;
            c.conf = Conf::Context;
            continue;
        }
        if !has(s, b' ') && c.conf < Conf::Sure && org_parts.contains(s) {
            c.kind = EntityKind::Organization;
            c.conf = Conf::Context;
            continue;
        }
        if c.conf == Conf::Sure {
            continue;
        }
        let v = votes[key(s).as_ref()];
        let best = (0..4)
            .max_by_key(|&k| (v[k], std::cmp::Reverse(k)))
            .unwrap_or(0);
        if v[best] > v[slot(c.kind)] {
            c.kind = [
                EntityKind::Person,
                EntityKind::Organization,
                EntityKind::Place,
                EntityKind::Nationality,
            ][best];
        }
    }
}

/// Nouns before the title of a work or the name of a ship: "the novel
/// Quiet Harbour", "the cruise ship Marisol".
static WORK_NOUNS: WordSet = WordSet::new(
    "book|novel|film|movie|album|song|series|sitcom|documentary|musical|opera|poem|\
    painting|sculpture|game|videogame|ship|vessel|yacht|ferry|tanker|frigate|submarine|boat",
);

/// Titles of works and names of ships name no person, organisation or
/// place: a name right after a work noun ("her novel Quiet Harbour", "the
/// cruise ship Marisol") is dropped, with every other mention of it.
pub fn works(doc: &Doc, cands: &mut Vec<Cand>) {
    let text = doc.text;
    let toks = &doc.tokens;
    let mut titles: HashSet<&str> = HashSet::default();
    for c in cands.iter() {
        let i = doc.token_index_at(c.span.start);
        if i > 0
            && toks[i - 1].kind == TokenKind::Word
            && !toks[i - 1].upper
            && WORK_NOUNS.contains(toks[i - 1].span.slice(text))
            && !ORGS.or(PLACES).contains(c.span.slice(text))
        {
            titles.insert(c.span.slice(text));
        }
    }
    if !titles.is_empty() {
        cands.retain(|c| !titles.contains(c.span.slice(text)));
    }
}

/// Lists: in "A, B, C and D" the guessed names take the kind that the
/// surer names of the list agree on ("Zeus, Hera, Poseidon and Athena").
pub fn lists(doc: &Doc, cands: &mut [Cand]) {
    let text = doc.text;
    // (Candidates come in text order; a pair out of order is never joined.)
    let joined = |a: &Cand, b: &Cand| {
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        let gap = gap.strip_prefix("'s").unwrap_or(gap).trim();
        matches!(gap, "," | "and" | "or" | ", and" | ", or")
    };
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        while j < cands.len() && joined(&cands[j - 1], &cands[j]) {
            j += 1;
        }
        if j - i >= 3 {
            let mut votes = [0u32; 3];
            for c in &cands[i..j] {
                if c.conf > Conf::Guess {
                    match c.kind {
                        EntityKind::Person => votes[0] += 1,
                        EntityKind::Organization => votes[1] += 1,
                        EntityKind::Place => votes[2] += 1,
                        _ => {}
                    }
                }
            }
            let best = (0..3).max_by_key(|&k| votes[k]).unwrap_or(0);
            let sure = votes[best];
            if sure > 0 && votes.iter().filter(|&&v| v == sure).count() == 1 {
                let kind = [
                    EntityKind::Person,
                    EntityKind::Organization,
                    EntityKind::Place,
                ][best];
                for c in &mut cands[i..j] {
                    if c.conf == Conf::Guess && c.kind != EntityKind::Nationality {
                        c.kind = kind;
                    }
                }
            }
        }
        i = j;
    }
}

/// Hyphenated forms of names the article uses elsewhere: "Scientology-related",
/// "Warhol-like" mark "Scientology" and "Warhol" with the kind found for them.
pub fn compounds(doc: &Doc, caps: &[bool], found: &[Cand]) -> Vec<Cand> {
    let text = doc.text;
    // The names found, by text: built at the first hyphenated word that
    // needs it (most articles have none; perf, issue 7).
    let table = || {
        let mut kinds: HashMap<&str, EntityKind> = HashMap::default();
        for c in found {
            let s = c.span.slice(text);
            if c.conf >= Conf::Context && !has(s, b' ') {
                kinds.entry(s).or_insert(c.kind);
            } else if c.kind == EntityKind::Person && has(s, b' ') {
                if let Some(last) = s.rsplit(' ').next() {
                    kinds.entry(last).or_insert(EntityKind::Person);
                }
            }
        }
        kinds
    };
    let mut kinds = None;
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !t.upper || caps[i] {
            continue;
        }
        let w = t.span.slice(text);
        let Some((head, _)) = lower_compound(w) else {
            continue;
        };
        if NATIONALITIES.contains(head) || PLACES.contains(head) || ORGS.contains(head) {
            continue; // typed when the candidates were found
        }
        if let Some(&kind) = kinds.get_or_insert_with(table).get(head) {
            out.push(Cand {
                span: Span::new(t.span.start, t.span.start + head.len()),
                kind,
                conf: Conf::Context,
                team: false,
            });
        }
    }
    out
}

/// Names on ALL-CAPS lines: the longest run of words that is a name found
/// elsewhere in the article, or a lexicon entry. A capitalised word that
/// opens a dateline ("LONDON 1996-08-30", "MOSCOW (Reuters) -") is a place.
pub fn caps_lines(doc: &Doc, caps: &[bool], blocked: &[bool], found: &[Cand]) -> Vec<Cand> {
    let text = doc.text;
    let toks = &doc.tokens;
    if !caps.iter().any(|&c| c) {
        // No ALL-CAPS line (most articles): no table of names to build (perf, issue 7).
        return Vec::new();
    }
    let mut known: HashMap<String, EntityKind> = HashMap::default();
    let mut found: Vec<&Cand> = found.iter().collect();
    crate::sort::by_key(&mut found, |c| std::cmp::Reverse(c.conf));
    for c in found {
        if c.conf == Conf::Guess && !has(c.span.slice(text), b' ') {
            continue;
        }
        let k = key(c.span.slice(text));
        if c.kind == EntityKind::Person {
            if let Some(last) = k.rsplit(' ').next().filter(|_| has(&k, b' ')) {
                known.entry(last.uppercase()).or_insert(c.kind);
            }
        }
        known.entry(k.uppercase()).or_insert(c.kind);
    }
    let lookup = |s: &str| -> Option<EntityKind> {
        if let Some(k) = known.get(&s.uppercase()) {
            return Some(*k);
        }
        let t = title_case(s);
        if ORGS.contains(s) || ORGS.contains(t.as_str()) {
            Some(EntityKind::Organization)
        } else if PLACES.contains(t.as_str()) || PLACES.contains(s) {
            Some(EntityKind::Place)
        } else if NATIONALITIES.contains(t.as_str()) {
            Some(EntityKind::Nationality)
        } else {
            None
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !caps[i] || toks[i].kind != TokenKind::Word || blocked[i] {
            i += 1;
            continue;
        }
        if let Some(j) = dateline(doc, blocked, i) {
            let known_kind = lookup(Span::new(toks[i].span.start, toks[j].span.end).slice(text));
            if known_kind != Some(EntityKind::Person) {
                push(doc, &mut out, i, j, EntityKind::Place, Conf::Context);
                i = j + 1;
                continue;
            }
        }
        // The longest match starting here, up to four words.
        let mut best = None;
        let mut j = i;
        let mut n = 0;
        while j < toks.len() && caps[j] && toks[j].kind == TokenKind::Word && n < 4 {
            if j > i && toks[j].line_start {
                break;
            }
            let s = strip_poss(Span::new(toks[i].span.start, toks[j].span.end).slice(text)).0;
            if let Some(k) = lookup(s) {
                best = Some((j, k));
            }
            j += 1;
            n += 1;
        }
        if let Some((j, k)) = best {
            let whole = title_case(Span::new(toks[i].span.start, toks[j].span.end).slice(text));
            let k = if k == EntityKind::Place
                && !COUNTRIES.contains(whole.as_str())
                && team_context(doc, i, j)
            {
                EntityKind::Organization
            } else {
                k
            };
            let mut end = toks[j].span.end;
            let w = toks[j].span.slice(text);
            let (stripped, poss) = strip_poss(w);
            if poss {
                end = toks[j].span.start + stripped.len();
            }
            out.push(Cand {
                span: Span::new(toks[i].span.start, end),
                kind: k,
                conf: Conf::Context,
                team: false,
            });
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

// Word lists of single rules, as `Words` (smaller in the wasm than `matches!`).
static FIELDS: WordSet = WordSet::new("Education|Health|Defence|Defense|Finance|Justice|Labour|Labor|Agriculture|Transport|Energy|Culture|Trade|Commerce|Environment");
