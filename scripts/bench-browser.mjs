// Benchmarks in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core): page load to first annotation of the sample on the real
// site (first and later visits, the later ones answered by the page's service
// worker), then the same measurements as the Node bench (scripts/bench-lib.mjs)
// with compromise and wink-nlp in the same page, on the same texts. Build
// first (scripts/build.sh); npm run bench does both.
//   node scripts/bench-browser.mjs [--quick] [--json FILE]
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { corpus, longArticle, text } from './bench-corpus.mjs';
import { report } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonAt = args.indexOf('--json');
const require = createRequire(import.meta.url);

/**
 * Bundles CommonJS modules (wink-nlp and its model) into one classic script
 * that sets `globalThis.__cjs[name]` for each entry: a minimal bundler, so the
 * peers need no build tool. Handles relative requires, .js and .json.
 */
function bundle(entries) {
  const ids = new Map();
  const defs = [];
  const add = (file) => {
    if (ids.has(file)) return ids.get(file);
    const id = ids.size;
    ids.set(file, id);
    const src = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      defs[id] = `[function(module){module.exports=${src}},{}]`;
      return id;
    }
    const map = {};
    for (const m of src.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1];
      try {
        map[spec] = add(createRequire(file).resolve(spec));
      } catch { /* a require in a comment or an optional one: left unresolved */ }
    }
    defs[id] = `[function(module,exports,require){${src}\n},${JSON.stringify(map)}]`;
    return id;
  };
  const roots = Object.fromEntries(Object.entries(entries).map(([k, f]) => [k, add(f)]));
  const body = defs.join(',\n');
  return `(function(){const D=[${body}];const C={};
function load(id){if(C[id])return C[id].exports;const m=C[id]={exports:{}};const [f,map]=D[id];
f.call(m.exports,m,m.exports,(s)=>{if(!(s in map))throw new Error('cannot require '+s);return load(map[s]);});return m.exports;}
globalThis.__cjs={};for(const [k,id] of Object.entries(${JSON.stringify(roots)}))globalThis.__cjs[k]=load(id);})();\n`;
}

/** Writes the bench folder: the built site, the bench page, the peers and the texts. */
function prepare(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(ROOT, 'dist/pkg/annotator_bg.wasm'))) throw new Error('build first: scripts/build.sh');
  cpSync(join(ROOT, 'dist'), join(dir, 'site'), { recursive: true });
  cpSync(join(ROOT, 'scripts/bench-lib.mjs'), join(dir, 'bench-lib.mjs'));
  cpSync(join(ROOT, 'js/packed.js'), join(dir, 'packed.js'));
  cpSync(join(ROOT, 'node_modules/compromise/builds/compromise.js'), join(dir, 'compromise.js'));
  writeFileSync(join(dir, 'wink.js'), bundle({
    winkNLP: require.resolve('wink-nlp'),
    winkModel: require.resolve('wink-eng-lite-web-model'),
  }));
  const scale = quick ? [['100KB', 100 * 1024], ['1MB', 1 << 20]] : [['100KB', 100 * 1024], ['1MB', 1 << 20], ['10MB', 10 << 20]];
  writeFileSync(join(dir, 'texts.json'), JSON.stringify({
    corpus: corpus(quick ? 256 * 1024 : 1 << 20),
    long: longArticle(),
    scale: scale.map(([l, b]) => [l, text(b)]),
  }));
  // The floor for page load here: a page with one button that a module script
  // enables, and that draws one mark when clicked (same server, same browser).
  writeFileSync(join(dir, 'floor.html'), `<!doctype html><meta charset="utf-8"><title>floor</title>
<button id="sample" disabled>sample</button><div id="out"></div>
<script type="module">const b = document.getElementById('sample');
b.onclick = () => { document.getElementById('out').append(document.createElement('mark')); };
b.disabled = false;</script>\n`);
  writeFileSync(join(dir, 'bench.html'), `<!doctype html><meta charset="utf-8"><title>bench</title>
<script src="./compromise.js"></script>
<script src="./wink.js"></script>
<script type="module">
import init, { annotatePacked } from './site/pkg/annotator.js';
import { unpack } from './packed.js';
import { run, peers } from './bench-lib.mjs';
// What the module does in-thread (js/index.js).
const annotate = (t) => unpack(t, annotatePacked(t));
window.runBench = async (opts) => {
  const t0 = performance.now();
  const wasm = await init({ module_or_path: new URL('./site/pkg/annotator_bg.wasm', location.href) });
  const loadMs = performance.now() - t0;
  const t = await (await fetch('./texts.json')).json();
  const peerFns = peers({ nlp: globalThis.nlp, winkNLP: globalThis.__cjs.winkNLP, winkModel: globalThis.__cjs.winkModel });
  const res = run({ annotate, peerFns, corpus: t.corpus, long: t.long, scale: t.scale, memory: () => wasm.memory.buffer.byteLength, ...opts });
  return { ...res, loadMs };
};
window.benchReady = true;
</script>`);
}

// Installed before the site's own scripts: as soon as "Load sample" can be
// clicked, click it, and note when the first mark appears. performance.now()
// counts from the start of navigation.
const FIRST_ANNOTATION = () => {
  window.__t = {};
  const obs = new MutationObserver(() => {
    const button = document.getElementById('sample');
    if (!window.__t.ready && button && !button.disabled) {
      window.__t.ready = performance.now();
      button.click();
    }
    if (window.__t.ready && !window.__t.marked && document.querySelector('#out mark')) {
      window.__t.marked = performance.now();
      obs.disconnect();
      const n = performance.getEntriesByType('navigation')[0];
      if (n) Object.assign(window.__t, { html: n.responseEnd, parsed: n.domInteractive, scripts: n.domContentLoadedEventEnd });
    }
  });
  obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
};

const dir = join(ROOT, 'target/bench/browser');
prepare(dir);
const server = await serve(dir, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.addInitScript(FIRST_ANNOTATION);
  const visits = [];
  for (let v = 0; v < (quick ? 8 : 12); v++) {
    await page.goto(`${base}/site/index.html`);
    await page.waitForFunction(() => window.__t?.marked, null, { timeout: 30000 });
    visits.push(await page.evaluate(() => window.__t));
    // The visit ends when the page has started up (the worker and the service
    // worker's cache ready, body.ready); the next one comes after.
    await page.waitForSelector('body.ready', { timeout: 30000 });
  }
  const floor = [];
  for (let v = 0; v < (quick ? 8 : 12); v++) {
    await page.goto(`${base}/floor.html`);
    await page.waitForFunction(() => window.__t?.marked, null, { timeout: 30000 });
    floor.push(await page.evaluate(() => window.__t.marked));
  }
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const mid = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
  const later = visits.slice(1).map((t) => t.marked).sort((a, b) => a - b);
  const median = mid(later);
  console.log(`== page load to first annotation of the sample (Chromium ${version}, localhost)`);
  console.log(`first visit: ready ${visits[0].ready.toFixed(0)} ms, first mark ${visits[0].marked.toFixed(0)} ms`);
  console.log(`later visits: first mark ${later.map((x) => x.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)} ms, budget 50 ms)`);
  // Where a later visit's time goes (medians of each step, from the start of navigation).
  const step = (k) => mid(visits.slice(1).map((t) => t[k])).toFixed(0);
  console.log(`  steps (medians): HTML received ${step('html')} ms, parsed ${step('parsed')} ms, scripts run (DOMContentLoaded) ${step('scripts')} ms, buttons ready ${step('ready')} ms, first mark ${step('marked')} ms`);
  console.log(`  floor: a page with one button and one module script that draws one mark: ${mid(floor.slice(1)).toFixed(0)} ms (median of ${floor.length - 1} later visits)`);

  const bench = await context.newPage();
  await bench.goto(`${base}/bench.html`);
  await bench.waitForFunction(() => window.benchReady);
  const res = await bench.evaluate((o) => window.runBench(o), quick ? { peerBytes: 64 * 1024, minMs: 300 } : {});
  res.pageLoad = { first: visits[0], later, median, floor: mid(floor.slice(1)) };
  res.browser = `Chromium ${version}`;
  console.log(report(res, `wasm in headless Chromium ${version}`));
  console.log(`module load (fetch + compile + instantiate): ${res.loadMs.toFixed(1)} ms`);
  if (jsonAt >= 0) writeFileSync(resolve(args[jsonAt + 1]), JSON.stringify(res, null, 1));
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
