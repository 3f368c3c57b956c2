// The embeddable module in real Chromium, each part in a bare host page:
// createAnnotator in-thread and in the worker (one interface, one wasm
// fetch), render(), highlight() on a contenteditable (its innerHTML does not
// change), <annotated-article>, and the export formats.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, ROOT } from './lib/browser.mjs';

let b;
const wasmFetches = [];
const TEXT = 'The Kremlin said on Monday that David Lammy was “entirely wrong”. 😀 London denied it, calling the claims baseless.';

// Host pages are served by the test itself, next to the built module.
const HOST = {
  'bare.html': '<!doctype html><meta charset="utf-8"><title>bare</title><body><div id="out"></div></body>',
  'noworker.html': '<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" ' +
    'content="script-src \'self\' \'wasm-unsafe-eval\'; worker-src \'none\'"><title>no worker</title>',
  'editor.html': '<!doctype html><meta charset="utf-8"><title>editor</title><link rel="stylesheet" href="../js/annotator.css">' +
    '<div id="ed" contenteditable="true"><h2>Expulsions</h2><p>The <b>Kremlin</b> said on Monday that David Lammy was wrong.</p>' +
    '<p>London <i>denied</i> it,<br>calling the claims baseless.</p></div>',
  'element.html': '<!doctype html><meta charset="utf-8"><title>element</title><link rel="stylesheet" href="../js/annotator.css">' +
    '<script type="module" src="../js/element.js"></script>' +
    '<annotated-article id="one">David Lammy met officials in Moscow on Monday.</annotated-article>' +
    '<annotated-article id="two" kinds="organization">The Kremlin said the accusations were baseless.</annotated-article>',
};

before(async () => {
  b = await start();
  await b.context.route(`${b.base}host/*`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/host/'.length);
    if (!HOST[name]) return route.fulfill({ status: 404, body: 'no such host page' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST[name] });
  });
  // The built site under a sub-path, as on a static host's folder.
  await b.context.route(`${b.base}news/tools/annotator/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/news/tools/annotator/'.length) || 'index.html';
    const res = await fetch(new URL(path, b.base));
    return route.fulfill({ status: res.status, headers: { 'content-type': res.headers.get('content-type') }, body: Buffer.from(await res.arrayBuffer()) });
  });
  b.context.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmFetches.push(r.url()); });
});

after(async () => {
  await b?.close();
});

async function host(name) {
  const page = await b.context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  wasmFetches.length = 0;
  await page.goto(`${b.base}host/${name}`);
  return page;
}

test('in a bare page: in-thread and worker give the same result, the wasm is fetched once', async () => {
  const page = await host('bare.html');
  const r = await page.evaluate(async (text) => {
    const m = await import('../js/index.js');
    const thread = await m.createAnnotator({ worker: false });
    const worker = await m.createAnnotator({ worker: true });
    const auto = await m.createAnnotator({ threshold: 10 });
    const [a, w, x] = await Promise.all([thread.annotate(text), worker.annotate(text), auto.annotate(text)]);
    const n = m.render(document.getElementById('out'), text, a);
    const crash = await worker._crash().then(() => 'none', (e) => e.name);
    const pending = worker.annotate(text.repeat(200));
    worker.cancel();
    const cancelled = await pending.then(() => 'finished', (e) => e.name);
    const again = await worker.annotate(text);
    worker.destroy();
    auto.destroy();
    return { modes: [thread.mode, worker.mode, auto.mode], a, w, x, n, crash, again, cancelled,
      textContent: document.getElementById('out').textContent,
      marks: [...document.querySelectorAll('#out mark')].map((e) => [e.className, e.textContent]) };
  }, TEXT);
  assert.deepEqual(r.modes, ['thread', 'worker', 'auto']);
  assert.deepEqual(r.w, r.a, 'the worker gives what in-thread gives');
  assert.deepEqual(r.x, r.a, 'auto (worker above the threshold) too');
  assert.equal(r.crash, 'AnnotatorCrash');
  assert.equal(r.cancelled, 'AbortError', 'cancel() rejects what is pending');
  assert.deepEqual(r.again, r.a, 'the worker annotates again after a trap and a cancel');
  assert.equal(wasmFetches.length, 1, `one wasm fetch for three annotators: ${wasmFetches}`);
  assert.equal(r.textContent, TEXT, 'render keeps the text exactly');
  assert.ok(r.n >= r.a.entities.length);
  assert.ok(r.marks.some(([c, t]) => c.includes('ann-organization') && t === 'Kremlin'));
  assert.ok(r.marks.some(([c, t]) => c.includes('ann-place') && t === 'London'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("where the host's CSP forbids workers, 'auto' stays in-thread and still annotates long texts", async () => {
  const page = await host('noworker.html');
  const r = await page.evaluate(async (text) => {
    const m = await import('../js/index.js');
    const a = await m.createAnnotator({ threshold: 10 });
    await a.warm();
    const result = await a.annotate(text);
    const strict = await m.createAnnotator({ worker: true }).then(() => 'started', (e) => e.message);
    return { entities: result.entities.length, noWorker: Boolean(a.noWorker), strict };
  }, TEXT);
  assert.ok(r.entities > 0);
  assert.equal(r.noWorker, true);
  assert.match(r.strict, /worker (could not start|failed)/);
  await page.close();
});

test('the built site works under a sub-path', async () => {
  const page = await b.context.newPage();
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(r.url()); });
  await page.goto(`${b.base}news/tools/annotator/`);
  await page.waitForSelector('body.ready', { timeout: 20000 });
  await page.click('#sample');
  await page.waitForSelector('#out mark.ann-claim');
  assert.ok(await page.$$eval('#out mark.ann-place', (ms) => ms.length) > 0);
  assert.deepEqual(missing, []);
  await page.close();
});

test('render nests marks and splits overlapping ones cleanly', async () => {
  const page = await host('bare.html');
  const r = await page.evaluate(async () => {
    const m = await import('../js/index.js');
    const text = 'AAAA BBBB CCCC DDDD';
    // A claim 0-9 and an entity 5-14 that crosses the claim's end; a denial inside.
    const a = {
      entities: [{ id: 'e0', kind: 'person', start: 5, end: 14, text: 'BBBB CCCC', ref: 'e0' }],
      claims: [{ id: 'c0', kind: 'direct', speaker: null, speaker_ref: null, cue: { start: 15, end: 19, text: 'DDDD' }, cue_class: 'speech', content: { start: 0, end: 9, text: 'AAAA BBBB' } }],
      denials: [{ id: 'd0', cue: { start: 0, end: 4, text: 'AAAA' }, denier: null, target: null, claim: null }],
    };
    const out = document.getElementById('out');
    m.render(out, text, a);
    const shape = (n) => (n.nodeType === 3 ? n.data : { [n.className]: [...n.childNodes].map(shape) });
    const stale = m.render(document.createElement('div'), 'other text entirely', a);
    // A lone surrogate reaches the wasm as U+FFFD (one UTF-16 unit, as it is): the
    // module's spans are slices of the text given; one with U+FFFD (the CLI's) still fits.
    const lone = 'Ab\ud800c said so.';
    const real = await (await m.createAnnotator({ worker: false })).annotate(lone);
    const div = document.createElement('div');
    const drawn = m.render(div, lone, { entities: [{ id: 'e0', kind: 'person', start: 0, end: 4, text: 'Ab\ufffdc', ref: 'e0' }], claims: [], denials: [] });
    return { tree: [...out.childNodes].map(shape), text: out.textContent, stale, drawn, loneText: div.textContent === lone,
      realOk: real.entities.length > 0 && real.entities.every((e) => lone.slice(e.start, e.end) === e.text) };
  });
  assert.equal(r.text, 'AAAA BBBB CCCC DDDD');
  assert.deepEqual(r.tree, [
    { 'ann ann-claim ann-direct': [{ 'ann ann-denial': ['AAAA'] }, ' ', { 'ann ann-entity ann-person': ['BBBB'] }] },
    { 'ann ann-entity ann-person': [' CCCC'] },
    ' ',
    { 'ann ann-cue': ['DDDD'] },
  ]);
  assert.equal(r.stale, 0, 'spans that do not match the text are not drawn');
  assert.equal(r.drawn, 1, 'U+FFFD for a lone surrogate still fits');
  assert.ok(r.loneText && r.realOk);
  await page.close();
});

test('highlight() paints a contenteditable without changing its DOM', async () => {
  const page = await host('editor.html');
  const r = await page.evaluate(async () => {
    const m = await import('../js/index.js');
    const ed = document.getElementById('ed');
    const before = ed.innerHTML;
    const text = m.textOf(ed);
    const a = await (await m.createAnnotator({ worker: false })).annotate(text);
    const res = m.highlight(ed, a);
    const ranges = (name) => [...(CSS.highlights.get(name) ?? [])].map((x) => x.toString());
    const out = { before, after: ed.innerHTML, text, res, org: ranges('annotator-organization'), person: ranges('annotator-person'),
      place: ranges('annotator-place'), claim: ranges('annotator-claim'), entities: a.entities.length };
    window.state = { m, ed, a, ranges };
    return out;
  });
  await page.screenshot({ path: join(ROOT, 'tests/js/.artifacts/highlight.png'), clip: { x: 0, y: 0, width: 640, height: 160 } });
  Object.assign(r, await page.evaluate(() => {
    const { m, ed, a, ranges } = window.state;
    const out = {};
    // Typing changes the text: highlighting again skips what no longer matches, and unhighlight clears.
    ed.querySelector('b').firstChild.data = 'Duma';
    out.again = m.highlight(ed, a);
    m.unhighlight(ed);
    out.cleared = ranges('annotator-organization').length;
    // Where the API is missing nothing changes and nothing throws.
    const saved = CSS.highlights;
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    out.fallback = m.highlight(ed, a);
    Object.defineProperty(CSS, 'highlights', { value: saved, configurable: true });
    out.final = ed.innerHTML;
    return out;
  }));
  assert.equal(r.after, r.before, 'innerHTML unchanged by highlight()');
  assert.equal(r.text, 'Expulsions\n\nThe Kremlin said on Monday that David Lammy was wrong.\n\nLondon denied it,\ncalling the claims baseless.');
  assert.equal(r.res.supported, true);
  assert.equal(r.res.skipped, 0);
  assert.ok(r.res.painted >= r.entities);
  assert.ok(r.org.includes('Kremlin'), `ranges map across text nodes: ${r.org}`);
  assert.ok(r.person.includes('David Lammy'));
  assert.ok(r.place.includes('London'));
  assert.ok(r.again.skipped >= 1, 'stale spans skipped');
  assert.equal(r.cleared, 0);
  assert.deepEqual(r.fallback, { supported: false, painted: 0, skipped: 0 });
  assert.equal(r.final.replace('Duma', 'Kremlin'), r.before);
  await page.close();
});

test('<annotated-article> annotates its text; elements share one wasm fetch', async () => {
  const page = await host('element.html');
  await page.waitForFunction(() => [...document.querySelectorAll('annotated-article')].every((e) => e.annotations));
  const r = await page.evaluate(() => [...document.querySelectorAll('annotated-article')].map((e) => ({
    text: e.textContent, marks: [...e.querySelectorAll('mark')].map((m) => [m.className, m.textContent]) })));
  assert.equal(r[0].text, 'David Lammy met officials in Moscow on Monday.');
  assert.ok(r[0].marks.some(([c, t]) => c.includes('ann-person') && t === 'David Lammy'));
  assert.ok(r[0].marks.some(([c, t]) => c.includes('ann-place') && t === 'Moscow'));
  assert.ok(r[1].marks.length > 0 && r[1].marks.every(([c]) => c.includes('ann-organization')), 'kinds attribute filters');
  assert.equal(wasmFetches.length, 1);
  // Changing `kinds` redraws without annotating again.
  await page.evaluate(() => document.getElementById('two').setAttribute('kinds', 'denial claim'));
  const kinds = await page.$$eval('#two mark', (ms) => ms.map((m) => m.className));
  assert.ok(kinds.length && kinds.every((c) => !c.includes('ann-organization')));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('exports: JSON, W3C Web Annotation JSON-LD and displaCy have their shapes', async () => {
  const page = await host('bare.html');
  const r = await page.evaluate(async (text) => {
    const m = await import('../js/index.js');
    const a = await (await m.createAnnotator({ worker: false })).annotate(text);
    return { a, json: m.toJSON(a), wa: m.toWebAnnotation(text, a, { source: 'https://news.example/story' }), dc: m.toDisplacy(text, a) };
  }, TEXT);
  assert.deepEqual(JSON.parse(r.json), r.a);
  assert.equal(r.wa['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(r.wa.items.length, r.a.entities.length + r.a.claims.length + r.a.denials.length);
  const cps = [...TEXT];
  for (const it of r.wa.items) {
    const [q, p] = it.target.selector;
    assert.deepEqual([it.type, q.type, p.type], ['Annotation', 'TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(cps.slice(p.start, p.end).join(''), q.exact);
  }
  const denial = r.wa.items.find((i) => i.id.endsWith('#d0'));
  if (denial && r.a.denials[0].claim) assert.ok(denial.body.some((x) => x.purpose === 'linking' && x.source.endsWith(`#${r.a.denials[0].claim}`)));
  assert.deepEqual(Object.keys(r.dc).sort(), ['ents', 'text', 'title']);
  for (const e of r.dc.ents) assert.match(e.label, /^(PERSON|ORG|GPE|NORP|DATE|TIME|CARDINAL|MONEY|PERCENT)$/);
  await page.close();
});
