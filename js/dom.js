// Showing annotations: render() builds text nodes and <mark> elements (never
// innerHTML); highlight() paints over an existing element with the CSS Custom
// Highlight API without touching its DOM; textOf() reads an element's text the
// way highlight() maps it back.

/** Human labels of every kind of mark. */
export const KIND_LABELS = Object.freeze({
  person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality',
  date: 'Date', time: 'Time', number: 'Number', money: 'Money', percent: 'Percent',
  claim: 'Claim', denial: 'Denial',
});

const q = (s) => `“${s.length > 140 ? `${s.slice(0, 137)}…` : s}”`;

/**
 * Flattens annotations into marks `{start, end, kind, cls, data, title}`:
 * one per entity, claim content, cue, speaker, denial cue, denier and target.
 * `kind` is what filters act on (an entity kind, `claim` or `denial`).
 */
export function marksOf(a) {
  const out = [];
  for (const c of a.claims ?? []) {
    const who = c.speaker ? c.speaker.text : 'unknown speaker';
    out.push({ ...at(c.content), kind: 'claim', cls: `ann ann-claim ann-${c.kind}`, data: { id: c.id, kind: 'claim' },
      title: `Claim (${c.kind}) by ${who}; cue ${q(c.cue.text)}` });
    out.push({ ...at(c.cue), kind: 'claim', cls: 'ann ann-cue', data: { claim: c.id }, title: `Cue of the claim by ${who}` });
    if (c.speaker) out.push({ ...at(c.speaker), kind: 'claim', cls: 'ann ann-speaker', data: { claim: c.id }, title: `Speaker of ${q(c.content.text)}` });
  }
  for (const d of a.denials ?? []) {
    const who = d.denier ? d.denier.text : 'unknown denier';
    const what = d.target ? q(d.target.text) : 'something unspecified';
    out.push({ ...at(d.cue), kind: 'denial', cls: 'ann ann-denial', data: { id: d.id, kind: 'denial', ...(d.claim ? { denies: d.claim } : {}) },
      title: `Denial by ${who} of ${what}${d.claim ? ` (claim ${d.claim})` : ''}` });
    if (d.denier) out.push({ ...at(d.denier), kind: 'denial', cls: 'ann ann-denier', data: { denial: d.id }, title: `Denier: ${who}` });
    if (d.target) out.push({ ...at(d.target), kind: 'denial', cls: 'ann ann-target', data: { denial: d.id }, title: `Denied by ${who}` });
  }
  for (const e of a.entities ?? []) {
    out.push({ ...at(e), kind: e.kind, cls: `ann ann-entity ann-${e.kind}`, data: { id: e.id, kind: e.kind, ref: e.ref ?? e.id },
      title: `${KIND_LABELS[e.kind] ?? e.kind}: ${e.text}` });
  }
  return out.filter((m) => m.end > m.start);
}

/**
 * A mark fits a text when it lies inside it and covers the text it claims.
 * A result made from the text as UTF-8 (the CLI's JSON, the wasm's own
 * view) holds U+FFFD where the text has a lone surrogate (same length): that
 * still fits.
 */
function fits(text, m) {
  if (m.end > text.length || m.start > m.end) return false;
  if (m.text === undefined) return true;
  const s = text.slice(m.start, m.end);
  if (s === m.text) return true;
  if (s.length !== m.text.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== m.text.charCodeAt(i) && !(m.text.charCodeAt(i) === 0xfffd && (c & 0xf800) === 0xd800)) return false;
  }
  return true;
}

const at = (s) => ({ start: s.start, end: s.end, text: s.text });

/**
 * Renders `text` into `el` as text nodes and nested `<mark>` elements
 * (overlapping marks are split at their parent's end). `el.textContent`
 * equals `text` afterwards: labels come from CSS. Options: `kinds` (an
 * iterable of kinds to show; default all), `titles` (default true).
 * Returns the number of marks made.
 */
export function render(el, text, a, options = {}) {
  const only = options.kinds ? new Set(options.kinds) : null;
  const ms = marksOf(a)
    .filter((m) => (!only || only.has(m.kind)) && fits(text, m))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const doc = el.ownerDocument;
  const root = { end: text.length, node: doc.createDocumentFragment() };
  const stack = [root];
  let pos = 0;
  let made = 0;
  const top = () => stack[stack.length - 1];
  const emit = (upto) => {
    if (upto > pos) {
      top().node.append(doc.createTextNode(text.slice(pos, upto)));
      pos = upto;
    }
  };
  const open = (m, end) => {
    const node = doc.createElement('mark');
    node.className = m.cls;
    for (const [k, v] of Object.entries(m.data)) node.dataset[k] = v;
    if (options.titles !== false) node.title = m.title;
    node.tabIndex = -1;
    top().node.append(node);
    stack.push({ end, node });
    made++;
  };
  const closeUpTo = (p) => {
    while (stack.length > 1 && top().end <= p) {
      emit(top().end);
      stack.pop();
    }
  };
  const queue = ms;
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i];
    closeUpTo(m.start);
    emit(m.start);
    const parentEnd = top().end;
    if (m.end > parentEnd) {
      // Crosses its parent's end: the part inside now, the rest re-queued.
      open(m, parentEnd);
      const rest = { ...m, start: parentEnd };
      let j = i + 1;
      while (j < queue.length && (queue[j].start < rest.start || (queue[j].start === rest.start && queue[j].end >= rest.end))) j++;
      queue.splice(j, 0, rest);
    } else {
      open(m, m.end);
    }
  }
  closeUpTo(text.length);
  emit(text.length);
  el.replaceChildren(root.node);
  return made;
}

// ---------------------------------------------------------------- text and highlights

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);

/** Walks `el`'s text nodes: the text (blocks separated by blank lines) and where each node starts in it. */
function walk(el) {
  let text = '';
  const segs = [];
  let gap = false;
  const put = (s, node) => {
    if (gap && text.length && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
    gap = false;
    if (node) segs.push({ node, start: text.length });
    text += s;
  };
  const visit = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (n.data.length) put(n.data, n);
      } else if (n.nodeType === 1 && !SKIP.has(n.nodeName)) {
        if (n.nodeName === 'BR') {
          put('\n');
          continue;
        }
        const block = BLOCK.has(n.nodeName);
        if (block) gap = true;
        visit(n);
        if (block) gap = true;
      }
    }
  };
  visit(el);
  return { text, segs };
}

/**
 * The text of `el` as `highlight()` maps it: its text nodes in order, block
 * elements separated by a blank line, `<br>` as a line break. Annotate this
 * string, then pass the result to `highlight(el, result)`.
 */
export function textOf(el) {
  return walk(el).text;
}

/** Maps a UTF-16 offset into the walked text to a DOM point {node, offset}. */
function point(segs, off, isEnd) {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= off) lo = mid;
    else hi = mid - 1;
  }
  let s = segs[lo];
  if (!s) return null;
  if (off < s.start) return { node: s.node, offset: 0 };
  if (off > s.start + s.node.data.length) {
    // Inside a block separator: an end clings to the node before, a start to the one after.
    if (isEnd || lo + 1 >= segs.length) return { node: s.node, offset: s.node.data.length };
    s = segs[lo + 1];
    return { node: s.node, offset: 0 };
  }
  if (off === s.start + s.node.data.length && !isEnd && lo + 1 < segs.length && segs[lo + 1].start === off) {
    s = segs[lo + 1];
  }
  return { node: s.node, offset: off - s.start };
}

const painted = new WeakMap();

/** Highlight names used by `highlight()`: `annotator-<kind>` plus cue, speaker, denier, target. */
export const HIGHLIGHT_NAMES = Object.freeze(['person', 'organization', 'place', 'nationality', 'date', 'time', 'number',
  'money', 'percent', 'claim', 'cue', 'speaker', 'denial', 'denier', 'target'].map((k) => `annotator-${k}`));

/**
 * Paints `annotations` (computed on `textOf(el)`) over `el` with the CSS
 * Custom Highlight API: no element is added, removed or changed, so a
 * contenteditable editor saves exactly what it had. Style them with
 * `::highlight(annotator-person)` etc. (annotator.css has defaults). Spans
 * whose text no longer matches are skipped. Calling it again replaces `el`'s
 * previous highlights. Returns `{supported, painted, skipped}`; where the API
 * is missing it changes nothing and returns `supported: false`.
 */
export function highlight(el, a, options = {}) {
  const reg = globalThis.CSS?.highlights;
  if (!reg || typeof globalThis.Highlight !== 'function') return { supported: false, painted: 0, skipped: 0 };
  unhighlight(el);
  const { text, segs } = walk(el);
  const only = options.kinds ? new Set(options.kinds) : null;
  const mine = [];
  let skipped = 0;
  for (const m of marksOf(a)) {
    if (only && !only.has(m.kind)) continue;
    const cls = m.cls.split(' ').pop().slice(4); // ann-person -> person
    const name = `annotator-${cls === 'direct' || cls === 'indirect' ? 'claim' : cls}`;
    const s = point(segs, m.start, false);
    const e = point(segs, m.end, true);
    if (!s || !e || !fits(text, m)) { skipped++; continue; }
    const r = el.ownerDocument.createRange();
    try {
      r.setStart(s.node, s.offset);
      r.setEnd(e.node, e.offset);
    } catch {
      skipped++;
      continue;
    }
    let h = reg.get(name);
    if (!h) reg.set(name, (h = new Highlight()));
    h.add(r);
    mine.push([name, r]);
  }
  painted.set(el, mine);
  return { supported: true, painted: mine.length, skipped };
}

/** Removes the highlights `highlight()` painted over `el`. */
export function unhighlight(el) {
  const reg = globalThis.CSS?.highlights;
  for (const [name, r] of painted.get(el) ?? []) reg?.get(name)?.delete(r);
  painted.delete(el);
}
