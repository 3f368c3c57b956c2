// The page. Annotates in the browser with the embeddable module (short texts
// in-thread, long ones in a Web Worker so the page never freezes), renders
// marks with text nodes and elements only (user text never goes through
// innerHTML), and after start-up makes no network request.
import { createAnnotator, render, toJSON, toWebAnnotation, toDisplacy, KIND_LABELS, AnnotatorCrash } from './js/index.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...kids) => {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'data') Object.assign(n.dataset, v);
    else n[k] = v;
  }
  n.append(...kids);
  return n;
};

/**
 * The longest text (UTF-16 code units) annotated and shown at once: about
 * 30,000 words, far more than any news article. The wasm takes 1 MB in well
 * under a second, but laying out hundreds of thousands of marks would freeze
 * the page for seconds.
 */
export const LIMIT = 200_000;
/** At most this many claims and denials are listed in the side panel. */
const PANEL_MAX = 300;
const KINDS = ['person', 'organization', 'place', 'nationality', 'date', 'time', 'number', 'money', 'percent', 'claim', 'denial'];
const state = { text: '', a: null, hidden: new Set(), runs: 0 };
let annotator = null;

const status = (msg) => { $('status').textContent = msg; };
const fmt = (n) => n.toLocaleString('en');

// Start-up: compile the wasm, start the worker and fetch the sample (the
// page's <link rel=preload>s fetch them while the scripts load). The buttons
// work as soon as the in-thread annotator and the sample are there; the
// worker, needed only for long texts, starts meanwhile, and the page says it
// is ready (body.ready) once it has: nothing is fetched after that.
// The single-file build (scripts/build-single.mjs) inlines the wasm and the sample and runs in-thread.
const standalone = globalThis.__ANNOTATOR_STANDALONE__;
const sample = standalone
  ? Promise.resolve(standalone.sample)
  : fetch(new URL('./sample.txt', import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`sample: ${r.status}`))));
createAnnotator(standalone ? { wasm: standalone.wasm, worker: false } : { worker: 'auto' })
  .then(async (a) => {
    annotator = a;
    window.__annotator = a;
    const warm = a.warm().then(() => null, (e) => e); // awaited below, never unhandled
    const text = await sample.catch(() => null);
    $('version').textContent = `annotator ${a.version()}`;
    $('annotate').disabled = false;
    $('sample').disabled = !text;
    status('Ready.');
    const failed = await warm;
    if (failed) throw failed;
    if (!standalone) await offline();
    document.body.classList.add('ready');
  })
  .catch((err) => status(`Could not load the annotator: ${err?.message ?? err}`));

/**
 * Start-up's last step: registers the service worker (www/sw.js) that serves
 * the site's files from a cache on later visits, and waits for it to have
 * cached them (so nothing is fetched after start-up). Without one (file://,
 * an old browser, a failure) the page works the same, from the network.
 */
async function offline() {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  try {
    // Trusted Types: a policy that only ever gives this one URL.
    const url = globalThis.trustedTypes?.createPolicy('annotator-sw', { createScriptURL: () => './sw.js' }).createScriptURL('') ?? './sw.js';
    const w = (await sw.register(url)).installing;
    if (w) await new Promise((ok) => w.addEventListener('statechange', () => w.state !== 'installing' && ok()));
  } catch { /* no service worker: every visit asks the host */ }
}

/** Where to cut a text over the limit: a paragraph end, else a space, never inside a surrogate pair. */
function cutAt(text, limit) {
  let cut = text.lastIndexOf('\n\n', limit);
  if (cut < limit / 2) cut = text.lastIndexOf(' ', limit);
  if (cut < limit / 2) cut = limit;
  if (cut > 0 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
  return cut;
}

async function run(text = $('text').value) {
  $('first-part').hidden = true;
  if (!annotator) return;
  if (text.length > LIMIT) {
    const cut = cutAt(text, LIMIT);
    status(`This text is ${fmt(text.length)} characters long; the page annotates up to ${fmt(LIMIT)} at once.`);
    const b = $('first-part');
    b.textContent = `Annotate the first ${fmt(cut)} characters`;
    b.onclick = () => run(text.slice(0, cut));
    b.hidden = false;
    return;
  }
  const seq = ++state.runs;
  $('cancel').hidden = !(annotator.mode === 'auto' && text.length >= annotator.threshold);
  status(text.length > 20000 ? `Annotating ${fmt(text.length)} characters…` : 'Annotating…');
  try {
    const t0 = performance.now();
    const a = await annotator.annotate(text);
    if (seq !== state.runs) return;
    const ms = performance.now() - t0;
    show(text, a);
    status(`${a.entities.length} entities, ${a.claims.length} claims, ${a.denials.length} denials in ${ms.toFixed(0)} ms.`);
  } catch (err) {
    if (seq !== state.runs) return;
    if (err?.name === 'AbortError') status('Cancelled.');
    else if (err instanceof AnnotatorCrash) status(`Sorry: ${err.message}. You can annotate again.`);
    else status(`Could not annotate: ${err?.message ?? err}`);
  } finally {
    if (seq === state.runs) $('cancel').hidden = true;
  }
}

function show(text, a) {
  state.text = text;
  state.a = a;
  window.__lastAnnotations = a;
  state.same = mentions(a);
  document.querySelector('.results').hidden = false;
  filters(a);
  draw();
  panel(a);
}

function draw() {
  render($('out'), state.text, state.a, { kinds: KINDS.filter((k) => !state.hidden.has(k)) });
}

function counts(a) {
  const n = {};
  for (const e of a.entities) n[e.kind] = (n[e.kind] ?? 0) + 1;
  n.claim = a.claims.length;
  n.denial = a.denials.length;
  return n;
}

function filters(a) {
  const n = counts(a);
  const chips = KINDS.filter((k) => n[k]).map((k) => {
    const box = el('input', { type: 'checkbox', checked: !state.hidden.has(k), data: { kind: k } });
    box.addEventListener('change', () => {
      if (box.checked) state.hidden.delete(k);
      else state.hidden.add(k);
      draw();
    });
    return el('label', { className: `chip chip-${k}`, data: { kind: k } }, box, el('span', { className: 'swatch' }), ` ${KIND_LABELS[k]} `, el('b', {}, String(n[k])));
  });
  $('filters').replaceChildren(el('legend', {}, 'Show'), ...chips);
}

const excerpt = (s, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function panel(a) {
  const byId = new Map(a.claims.map((c) => [c.id, c]));
  $('claims-n').textContent = `(${a.claims.length})`;
  $('denials-n').textContent = `(${a.denials.length})`;
  $('claims').replaceChildren(...a.claims.slice(0, PANEL_MAX).map((c) => el('li', {}, item(c.id,
    el('span', { className: 'who' }, c.speaker ? c.speaker.text : 'Unknown speaker'), ' ',
    el('span', { className: 'cue' }, c.cue.text), el('span', { className: 'tag' }, c.kind), el('q', {}, excerpt(c.content.text))))));
  $('denials').replaceChildren(...a.denials.slice(0, PANEL_MAX).map((d) => {
    const denied = d.claim && byId.get(d.claim);
    return el('li', {}, item(d.id,
      el('span', { className: 'who' }, d.denier ? d.denier.text : 'Unknown denier'), ' ',
      el('span', { className: 'cue deny' }, d.cue.text),
      d.target ? el('q', {}, excerpt(d.target.text)) : '',
      denied ? el('span', { className: 'denied' }, `Denies the claim by ${denied.speaker?.text ?? 'an unknown speaker'}: “${excerpt(denied.content.text, 80)}”`) : ''));
  }));
  for (const [list, n] of [['claims', a.claims.length], ['denials', a.denials.length]]) {
    if (n > PANEL_MAX) $(list).append(el('li', { className: 'none' }, `… and ${fmt(n - PANEL_MAX)} more in the text.`));
  }
  if (!a.claims.length) $('claims').append(el('li', { className: 'none' }, 'None found.'));
  if (!a.denials.length) $('denials').append(el('li', { className: 'none' }, 'None found.'));
}

function item(id, ...kids) {
  const b = el('button', { type: 'button', className: 'item', data: { goto: id } }, ...kids);
  b.addEventListener('click', () => goTo(id));
  return b;
}

/** Scrolls to and focuses the mark with this id, showing its kind if filtered out. */
function goTo(id) {
  const kind = id.startsWith('c') ? 'claim' : id.startsWith('d') ? 'denial' : null;
  if (kind && state.hidden.has(kind)) {
    state.hidden.delete(kind);
    filters(state.a);
    draw();
  }
  const m = $('out').querySelector(`mark[data-id="${id}"]`);
  if (!m) return;
  m.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  m.focus({ preventScroll: true });
}

// Details and linked marks on hover and focus.
/**
 * Groups the entities' refs that name the same thing: the same ref (the
 * annotator's own linking), or canonical mentions of one kind and the same
 * text (every "Moscow"). Returns ref -> the refs of its group.
 */
function mentions(a) {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const groups = new Map();
  for (const e of a.entities) {
    const c = byId.get(e.ref) ?? e;
    const key = `${c.kind}\u0000${c.text.toLowerCase()}`;
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key).add(e.ref);
  }
  const same = new Map();
  for (const refs of groups.values()) for (const r of refs) same.set(r, [...refs]);
  return same;
}

function related(m) {
  const d = m.dataset;
  if (d.ref) return (state.same?.get(d.ref) ?? [d.ref]).map((r) => `mark[data-ref="${r}"]`).join(', ');
  const claim = d.kind === 'claim' ? d.id : d.claim;
  if (claim) return `mark[data-id="${claim}"], mark[data-claim="${claim}"]`;
  const denial = d.kind === 'denial' ? d.id : d.denial;
  if (denial) return `mark[data-id="${denial}"], mark[data-denial="${denial}"]${d.denies ? `, mark[data-id="${d.denies}"]` : ''}`;
  return null;
}

function light(m, by = 'focus') {
  state.litBy = m ? by : null;
  for (const x of $('out').querySelectorAll('mark.lit')) x.classList.remove('lit');
  if (!m) return;
  const sel = related(m);
  for (const x of sel ? $('out').querySelectorAll(sel) : [m]) x.classList.add('lit');
  $('details').textContent = m.title;
}

const out = $('out');
out.addEventListener('mouseover', (e) => {
  const m = e.target.closest?.('mark');
  if (m) light(m, 'hover');
  else if (state.litBy === 'hover') light(null);
});
out.addEventListener('mouseleave', () => { if (state.litBy === 'hover') light(null); });
out.addEventListener('focusin', (e) => light(e.target.closest?.('mark')));
out.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const step = { n: 1, j: 1, p: -1, k: -1 }[e.key];
  if (e.key === 'Escape') { out.focus(); light(null); return; }
  if (!step) return;
  e.preventDefault();
  const marks = [...out.querySelectorAll('mark')];
  if (!marks.length) return;
  const i = marks.indexOf(document.activeElement);
  const next = marks[i < 0 ? (step > 0 ? 0 : marks.length - 1) : (i + step + marks.length) % marks.length];
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
});

// Theme: automatic (follows the system), light, dark. Not stored.
const THEMES = [['auto', '◐ Auto'], ['light', '☀ Light'], ['dark', '☾ Dark']];
$('theme').addEventListener('click', () => {
  const cur = document.documentElement.dataset.theme ?? 'auto';
  const [next, label] = THEMES[(THEMES.findIndex(([t]) => t === cur) + 1) % THEMES.length];
  if (next === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = next;
  $('theme').textContent = label;
  $('theme').setAttribute('aria-label', `Colour theme: ${next}`);
});

// Files: pick or drop a .txt or .html (HTML reduced to its text).
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', pound: '£', euro: '€', copy: '©', shy: '' };
const BLOCKS = 'address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul';

/**
 * Reduces HTML to its text without parsing it into a document (nothing in it
 * can run or load). A saved web page keeps only its <article> when it has one,
 * and loses navigation, forms and buttons.
 */
export function htmlToText(html) {
  const clean = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|head|iframe|object|nav|form|button|select)\b[\s\S]*?<\/\1\s*>/gi, '');
  const article = clean.match(/<article\b[^>]*>([\s\S]*)<\/article\s*>/i);
  return (article ? article[1] : clean)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(new RegExp(`</?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function openFile(file) {
  if (!file) return;
  const raw = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(raw);
  $('text').value = html ? htmlToText(raw) : raw;
  await run();
}

$('file').addEventListener('change', (e) => openFile(e.target.files[0]));
document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dropping'); });
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dropping');
  openFile(e.dataTransfer?.files?.[0]);
});

// Downloads, made in the page (a blob: URL, not a request).
$('download').addEventListener('click', () => {
  if (!state.a) return;
  const f = $('format').value;
  const [body, name, type] = f === 'webanno'
    ? [JSON.stringify(toWebAnnotation(state.text, state.a), null, 2), 'annotations.jsonld', 'application/ld+json']
    : f === 'displacy'
      ? [JSON.stringify(toDisplacy(state.text, state.a), null, 2), 'displacy.json', 'application/json']
      : [toJSON(state.a), 'annotations.json', 'application/json'];
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

$('annotate').addEventListener('click', () => run());
$('cancel').addEventListener('click', () => annotator?.cancel?.());
$('text').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
});
$('sample').addEventListener('click', async () => {
  $('text').value = await sample;
  await run();
});
