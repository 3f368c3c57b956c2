// The size budget of issue 7: the built site's wasm, JS and CSS, gzipped, at
// most 180 KB. A size is the same on every machine for the same sources and
// tools (package-lock.json pins binaryen), so this is a check, not a timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_KB, files, siteSize } from '../../scripts/sizes.mjs';

const DIST = join(new URL('../../', import.meta.url).pathname, 'dist');

test('the site (wasm + JS + CSS, gzipped) is within the size budget', () => {
  assert.ok(existsSync(join(DIST, 'pkg/annotator_bg.wasm')), 'build first: scripts/build.sh');
  const rows = files(DIST);
  const names = rows.map(([n]) => n);
  // Counted: the wasm, and the JS and CSS the page loads.
  for (const n of ['pkg/annotator_bg.wasm', 'pkg/annotator.js', 'js/index.js', 'app.js', 'style.css']) {
    assert.ok(names.includes(n), `${n} is not in dist/`);
  }
  const kb = siteSize(rows);
  assert.ok(kb > 100, `${kb.toFixed(1)} KB: the build looks incomplete`);
  assert.ok(kb <= BUDGET_KB, `the site is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
});
