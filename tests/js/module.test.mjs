// The embeddable module in Node 20: imported by the package's own name (so
// the `exports` map is what resolves it), the wasm bytes passed in, the same
// Promise interface as in the browser, recovery after a trap, and the export
// formats' offsets (code points) on text with emoji.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createAnnotator, toWebAnnotation, toDisplacy, toJSON, toCodePoints, marksOf, AnnotatorCrash, WORKER_THRESHOLD } from 'article-annotator';

const WASM = readFileSync(new URL('../../dist/pkg/annotator_bg.wasm', import.meta.url));
// Every span of a result: entities, and claims' and denials' parts.
const spans = (r) => [...r.entities, ...r.claims.flatMap((c) => [c.speaker, c.cue, c.content]),
  ...r.denials.flatMap((d) => [d.cue, d.denier, d.target])].filter(Boolean);
const TEXT = '😀 Café news 👨‍👩‍👧: David Lammy said on Monday that Moscow was "entirely wrong". The Kremlin denied the claims, calling them baseless.';

test('createAnnotator works in Node with the wasm bytes, in-thread', async () => {
  const a = await createAnnotator({ wasm: WASM });
  assert.equal(a.mode, 'thread', 'no Worker in Node: auto falls back to in-thread');
  const r = await a.annotate(TEXT);
  assert.deepEqual(Object.keys(r).sort(), ['claims', 'denials', 'entities']);
  const moscow = r.entities.find((e) => e.text === 'Moscow');
  assert.equal(moscow.kind, 'place');
  assert.equal(TEXT.slice(moscow.start, moscow.end), 'Moscow');
  assert.match(a.version(), /^\d+\.\d+\.\d+/);
  await assert.rejects(a.annotate(42), TypeError);
  assert.ok(WORKER_THRESHOLD > 1000);
});

test('in-thread results are the JSON contract byte for byte, as the CLI writes it (built from the packed numbers)', async () => {
  const a = await createAnnotator({ wasm: WASM, worker: false });
  const sample = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');
  const lone = 'lone \ud800 surrogate: the Kremlin said "it is \udc00 false", and Lammy denied the report.';
  const texts = [TEXT, sample, sample.replaceAll('\n', '\r\n'), '', 'x', '中文新闻：“他说，这是假的。” Putin denied it.',
    'The ministry said the claims were false. "We reject them," a spokesman said. Smith denied it.', lone];
  // The native CLI (built by `cargo test`), UTF-16 offsets by default; a lone
  // surrogate reaches it, as it reaches the wasm, as U+FFFD.
  const input = texts.map((t, i) => JSON.stringify({ id: i, text: t.toWellFormed() })).join('\n') + '\n';
  const run = spawnSync('cargo', ['run', '-q', '--bin', 'annotate', '--', '--jsonl'],
    { cwd: new URL('../..', import.meta.url), input, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, texts.length);
  for (const [i, t] of texts.entries()) {
    const { id, ...want } = JSON.parse(lines[i]);
    assert.equal(id, i);
    const got = await a.annotate(t);
    if (t === lone) {
      // The same offsets; each span's text is the slice of the text given.
      for (const s of spans(want)) s.text = t.slice(s.start, s.end);
      assert.ok(spans(got).some((s) => /[\ud800-\udfff]/.test(s.text)), 'a span keeps its lone surrogate');
    }
    assert.equal(JSON.stringify(got), JSON.stringify(want), JSON.stringify(t).slice(0, 60));
  }
});

test('worker: true says clearly that Node has no Web Workers', async () => {
  await assert.rejects(createAnnotator({ wasm: WASM, worker: true }), /Web Workers are not available/);
});

test('a trap inside the wasm rejects with AnnotatorCrash and the next call works', async () => {
  const a = await createAnnotator({ wasm: WASM, worker: false });
  const before = await a.annotate(TEXT);
  await assert.rejects(a._crash(), AnnotatorCrash);
  assert.deepEqual(await a.annotate(TEXT), before, 're-instantiated: same result as before');
});

test('Web Annotation export: quote and code point position selectors', async () => {
  const a = await (await createAnnotator({ wasm: WASM })).annotate(TEXT);
  const page = toWebAnnotation(TEXT, a, { source: 'https://example.org/story' });
  assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(page.type, 'AnnotationPage');
  assert.equal(page.items.length, a.entities.length + a.claims.length + a.denials.length);
  const cps = [...TEXT];
  for (const item of page.items) {
    assert.equal(item.type, 'Annotation');
    assert.match(item.id, /^https:\/\/example\.org\/story#[ecd]\d+$/);
    assert.equal(item.target.source, 'https://example.org/story');
    const [quote, pos] = item.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(pos.type, 'TextPositionSelector');
    assert.equal(cps.slice(pos.start, pos.end).join(''), quote.exact, 'positions count code points');
    assert.ok(TEXT.includes(quote.prefix + quote.exact + quote.suffix));
    assert.ok(item.body.some((b) => b.purpose === 'tagging'));
  }
  const moscow = page.items.find((i) => i.target.selector[0].exact === 'Moscow');
  assert.deepEqual(moscow.body, [{ type: 'TextualBody', purpose: 'tagging', value: 'place' }]);
});

test('displaCy export: spaCy labels, code point offsets, no overlaps', async () => {
  const a = await (await createAnnotator({ wasm: WASM })).annotate(TEXT);
  const d = toDisplacy(TEXT, a);
  assert.equal(d.text, TEXT);
  assert.equal(d.title, null);
  assert.equal(d.ents.length, a.entities.length);
  const cps = [...TEXT];
  for (const [i, e] of d.ents.entries()) {
    assert.equal(cps.slice(e.start, e.end).join(''), a.entities[i].text);
    assert.ok(i === 0 || d.ents[i - 1].end <= e.start);
  }
  assert.ok(d.ents.some((e) => e.label === 'GPE' && cps.slice(e.start, e.end).join('') === 'Moscow'));
  assert.ok(d.ents.some((e) => e.label === 'PERSON'));
});

test('toJSON and marksOf', async () => {
  const a = await (await createAnnotator({ wasm: WASM })).annotate(TEXT);
  assert.deepEqual(JSON.parse(toJSON(a)), a);
  const marks = marksOf(a);
  for (const m of marks) assert.equal(TEXT.slice(m.start, m.end), m.text);
  assert.equal(marks.filter((m) => m.cls.includes('ann-entity')).length, a.entities.length);
});

test('toCodePoints counts a surrogate pair once and a lone surrogate once', () => {
  const cp = toCodePoints('a😀b\ud800c');
  assert.deepEqual([0, 1, 3, 4, 5, 6].map(cp), [0, 1, 2, 3, 4, 5]);
});
