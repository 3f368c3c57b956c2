// Exports of the contract: JSON, W3C Web Annotation JSON-LD, spaCy/displaCy.

/** The contract as pretty JSON text (what the command-line tool prints). */
export function toJSON(a) {
  return JSON.stringify({ entities: a.entities, claims: a.claims, denials: a.denials }, null, 2);
}

/**
 * Returns a function mapping UTF-16 offsets of `text` to Unicode code point
 * offsets (what Python and the W3C TextPositionSelector count).
 */
export function toCodePoints(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the low one.
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The annotations as a W3C Web Annotation `AnnotationPage` (JSON-LD): one
 * `Annotation` per entity, claim and denial, each targeting `source` with a
 * `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector`
 * (code point offsets, as the model specifies). Options: `source` (the
 * document's IRI, default `urn:x-article-annotator:text`), `idPrefix`
 * (default `source + '#'`), `context` (characters of prefix/suffix, default 32).
 */
export function toWebAnnotation(text, a, options = {}) {
  const source = options.source ?? 'urn:x-article-annotator:text';
  const idPrefix = options.idPrefix ?? `${source}#`;
  const ctx = options.context ?? 32;
  const cp = toCodePoints(text);
  const target = (s) => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: s.text, prefix: text.slice(Math.max(0, s.start - ctx), s.start), suffix: text.slice(s.end, s.end + ctx) },
      { type: 'TextPositionSelector', start: cp(s.start), end: cp(s.end) },
    ],
  });
  const tag = (value) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const note = (value) => ({ type: 'TextualBody', purpose: 'describing', format: 'text/plain', value });
  const items = [];
  for (const e of a.entities) {
    items.push({ id: idPrefix + e.id, type: 'Annotation', motivation: 'tagging', body: [tag(e.kind)], target: target(e) });
  }
  for (const c of a.claims) {
    const who = c.speaker ? c.speaker.text : 'an unknown speaker';
    items.push({ id: idPrefix + c.id, type: 'Annotation', motivation: 'describing',
      body: [tag('claim'), tag(`${c.kind} claim`), note(`Claim by ${who} (cue: ${c.cue.text})`)], target: target(c.content) });
  }
  for (const d of a.denials) {
    const who = d.denier ? d.denier.text : 'an unknown denier';
    const body = [tag('denial'), note(`Denial by ${who}${d.target ? ` of: ${d.target.text}` : ''}`)];
    if (d.claim) body.push({ type: 'SpecificResource', purpose: 'linking', source: idPrefix + d.claim });
    items.push({ id: idPrefix + d.id, type: 'Annotation', motivation: 'describing', body, target: target(d.cue) });
  }
  return { '@context': ANNO_CONTEXT, type: 'AnnotationPage', items };
}

const SPACY = { person: 'PERSON', organization: 'ORG', place: 'GPE', nationality: 'NORP', date: 'DATE', time: 'TIME',
  number: 'CARDINAL', money: 'MONEY', percent: 'PERCENT' };

/**
 * The entities in spaCy's displaCy "manual" format, `{text, ents: [{start,
 * end, label}], title: null}`, with code point offsets (Python string
 * indices) and spaCy's labels (PERSON, ORG, GPE, NORP, DATE, TIME, CARDINAL,
 * MONEY, PERCENT). Overlapping entities keep the first, longest one.
 */
export function toDisplacy(text, a) {
  const cp = toCodePoints(text);
  const ents = [];
  let last = -1;
  for (const e of [...a.entities].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (e.start < last) continue;
    ents.push({ start: cp(e.start), end: cp(e.end), label: SPACY[e.kind] ?? e.kind.toUpperCase() });
    last = e.end;
  }
  return { text, ents, title: null };
}
