// The page: loads the wasm once, annotates in the browser, renders marks
// with text nodes and elements only (user text never goes through innerHTML).
import init, { annotate } from './pkg/annotator.js';

const $ = (id) => document.getElementById(id);
const ready = init({ module_or_path: new URL('./pkg/annotator_bg.wasm', import.meta.url) });

const KIND_LABEL = {
  person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality',
  date: 'Date', time: 'Time', number: 'Number', money: 'Money', percent: 'Percent',
  claim: 'Claim', denial: 'Denial',
};

/** Flattens annotations into marks: {start, end, cls, attrs, title}. */
function marks(a) {
  const out = [];
  for (const c of a.claims) {
    const who = c.speaker ? c.speaker.text : 'unknown speaker';
    out.push({ start: c.content.start, end: c.content.end, cls: `claim claim-${c.kind}`, kind: 'claim',
      attrs: { 'data-claim': c.id }, title: `Claim (${c.kind}) by ${who}, cue “${c.cue.text}”` });
    out.push({ start: c.cue.start, end: c.cue.end, cls: 'cue', kind: 'cue', attrs: { 'data-cue-of': c.id }, title: `Cue of ${c.id}` });
    if (c.speaker) out.push({ start: c.speaker.start, end: c.speaker.end, cls: 'speaker', kind: 'speaker', attrs: { 'data-speaker-of': c.id }, title: `Speaker of ${c.id}` });
  }
  for (const d of a.denials) {
    const who = d.denier ? d.denier.text : 'unknown';
    const what = d.target ? `“${d.target.text}”` : 'unspecified';
    out.push({ start: d.cue.start, end: d.cue.end, cls: 'denial', kind: 'denial', attrs: { 'data-denial': d.id, ...(d.claim ? { 'data-denies': d.claim } : {}) },
      title: `Denial by ${who} of ${what}${d.claim ? ` (claim ${d.claim})` : ''}` });
  }
  for (const e of a.entities) {
    out.push({ start: e.start, end: e.end, cls: `ent ent-${e.kind}`, kind: e.kind,
      attrs: { 'data-entity': e.kind, 'data-id': e.id, 'data-ref': e.ref }, title: KIND_LABEL[e.kind] ?? e.kind });
  }
  return out.filter((m) => m.end > m.start);
}

/** Renders `text` into `el` with nested marks; overlapping marks are split. */
export function render(el, text, a) {
  const ms = marks(a).sort((x, y) => x.start - y.start || y.end - x.end);
  const root = { end: text.length, node: document.createDocumentFragment(), m: null };
  const stack = [root];
  let pos = 0;
  const emit = (upto) => {
    if (upto > pos) { stack[stack.length - 1].node.append(document.createTextNode(text.slice(pos, upto))); pos = upto; }
  };
  const open = (m, start, end) => {
    const node = document.createElement('mark');
    node.className = m.cls;
    for (const [k, v] of Object.entries(m.attrs)) node.setAttribute(k, v);
    node.title = m.title;
    node.tabIndex = 0;
    stack[stack.length - 1].node.append(node);
    stack.push({ end, node, m });
  };
  const closeUpTo = (p) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= p) { emit(stack[stack.length - 1].end); stack.pop(); }
  };
  const queue = [...ms];
  while (queue.length) {
    const m = queue.shift();
    closeUpTo(m.start);
    emit(m.start);
    const top = stack[stack.length - 1];
    if (m.end > top.end) {
      // Crosses its parent's end: split into the part inside and the rest.
      open(m, m.start, top.end);
      const rest = { ...m, start: top.end };
      const i = queue.findIndex((q) => q.start > rest.start || (q.start === rest.start && q.end < rest.end));
      queue.splice(i < 0 ? queue.length : i, 0, rest);
    } else {
      open(m, m.start, m.end);
    }
  }
  closeUpTo(text.length);
  emit(text.length);
  el.replaceChildren(root.node);
}

function legend(a) {
  const counts = {};
  for (const e of a.entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  counts.claim = a.claims.length;
  counts.denial = a.denials.length;
  $('legend').replaceChildren(...Object.entries(counts).map(([k, n]) => {
    const li = document.createElement('li');
    li.className = `legend-${k}`;
    li.dataset.kind = k;
    li.textContent = `${KIND_LABEL[k] ?? k}: ${n}`;
    return li;
  }));
}

async function run() {
  const text = $('text').value;
  try {
    await ready;
    const t0 = performance.now();
    const a = annotate(text);
    const ms = performance.now() - t0;
    render($('out'), text, a);
    legend(a);
    $('status').textContent = `${a.entities.length} entities, ${a.claims.length} claims, ${a.denials.length} denials in ${ms.toFixed(1)} ms`;
    window.__lastAnnotations = a;
  } catch (err) {
    $('status').textContent = `Could not annotate: ${err?.message ?? err}`;
  }
}

$('annotate').addEventListener('click', run);
$('sample').addEventListener('click', async () => {
  const res = await fetch(new URL('./sample.txt', import.meta.url));
  $('text').value = await res.text();
  await run();
});
ready.then(() => document.body.classList.add('ready'));
