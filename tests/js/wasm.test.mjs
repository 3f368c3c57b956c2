// Loads the built wasm module in Node and checks the JSON contract's offsets
// (the wasm's numbers made into objects by js/packed.js, as the module does):
// text.slice(start, end) must be exactly the span's text, after accents,
// emoji, CJK and CRLF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import init, { annotatePacked } from '../../dist/pkg/annotator.js';
import { unpack } from '../../js/packed.js';

await init({ module_or_path: readFileSync(new URL('../../dist/pkg/annotator_bg.wasm', import.meta.url)) });
const annotate = (text) => unpack(text, annotatePacked(text));

function spans(a) {
  const out = [];
  for (const e of a.entities) out.push(e);
  for (const c of a.claims) out.push(c.cue, c.content, ...(c.speaker ? [c.speaker] : []));
  for (const d of a.denials) out.push(d.cue, ...(d.denier ? [d.denier] : []), ...(d.target ? [d.target] : []));
  return out;
}

const PREFIXES = ['', 'Café résumé 😀 👨‍👩‍👧 中文新闻 ', '😀😀😀\r\n', 'Ünïcödé — “quoted” ‘single’\r\n\r\n'];
const BODY = 'The Foreign Office said David Lammy met officials in Moscow on Monday. ' +
  '"We will not stand for intimidation of British staff," a spokesperson said. ' +
  'The Kremlin denied the accusations, which it said were baseless.';

for (const prefix of PREFIXES) {
  test(`offsets slice exactly after prefix ${JSON.stringify(prefix)}`, () => {
    const text = prefix + BODY.replaceAll('. ', '.\r\n');
    const a = annotate(text);
    assert.ok(a.entities.length >= 3, 'finds entities');
    for (const s of spans(a)) {
      assert.equal(text.slice(s.start, s.end), s.text, `span ${s.start}-${s.end}`);
    }
    const moscow = a.entities.find((e) => e.text === 'Moscow');
    assert.equal(moscow?.kind, 'place');
    assert.equal(moscow.start, text.indexOf('Moscow'));
  });
}

test('same text, same result', () => {
  const text = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');
  assert.deepEqual(annotate(text), annotate(text));
});

test('empty and odd input give empty results, not errors', () => {
  for (const t of ['', '   ', '\r\n\r\n', '"', '“”', '\u0000']) {
    const a = annotate(t);
    assert.deepEqual(Object.keys(a).sort(), ['claims', 'denials', 'entities']);
  }
});
