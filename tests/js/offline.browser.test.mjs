// The page's service worker (www/sw.js, file list and cache name written by
// scripts/build-sw.mjs): a later visit is served from its cache with no
// request to the host, and a new build replaces the cached files.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, open, DIST } from './lib/browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'annotator-site-'));
cpSync(DIST, dir, { recursive: true });
const b = await start({ dir });
const hits = [];
b.server.on('request', (req) => hits.push(req.url));
after(async () => {
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheNames = (p) => p.evaluate(() => caches.keys());
const sampleText = async (p) => {
  await p.click('#sample');
  await p.waitForSelector('#out mark');
  return p.$eval('#out', (o) => o.textContent);
};

test('a later visit is answered by the service worker: no request reaches the host but its update check', async () => {
  const p = await open(b.context, b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  const names = await cacheNames(p);
  assert.equal(names.length, 1);
  assert.match(names[0], /^article-annotator-[0-9a-f]{12}$/);
  // The cache holds the site's files and nothing else.
  const cached = await p.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), names[0]);
  const site = ['/', ...readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).map((f) => `/${f}`)];
  for (const u of cached) assert.ok(site.includes(u), `${u} is not a file of the site`);
  for (const f of ['/index.html', '/app.js', '/js/index.js', '/pkg/annotator_bg.wasm', '/sample.txt']) assert.ok(cached.includes(f), `${f} cached`);

  hits.length = 0;
  await p.goto(b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  assert.equal(await p.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
  assert.equal(await sampleText(p), readFileSync(join(dir, 'sample.txt'), 'utf8'));
  assert.deepEqual(hits.filter((u) => u !== '/sw.js'), [], `requests: ${hits.join(' ')}`);
  // A file the cache does not hold is fetched from the host.
  assert.equal(await p.evaluate(() => fetch('./js/index.d.ts').then((r) => r.status)), 200);
  assert.ok(hits.includes('/js/index.d.ts'));
  assert.deepEqual(p.errors.map(String), []);
  await p.close();
});

test('a new build is a new worker: it caches the new files, takes over and deletes the old cache', async () => {
  const p = await open(b.context, b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  const [old] = await cacheNames(p);
  // A new build: another sample, and so another hash in sw.js.
  const sample = `${readFileSync(join(dir, 'sample.txt'), 'utf8')}\n\nAn invented closing line, said Ann Ode.`;
  writeFileSync(join(dir, 'sample.txt'), sample);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(old, 'article-annotator-00000000000a'));
  // This visit is the old build's (from the old cache); it finds the new worker.
  await p.goto(b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  for (let i = 0; (await cacheNames(p)).join() !== 'article-annotator-00000000000a'; i++) {
    assert.ok(i < 200, `the new worker took over: caches ${await cacheNames(p)}`);
    await p.waitForTimeout(100);
  }
  await p.goto(b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  assert.equal(await sampleText(p), sample);
  assert.deepEqual(p.errors.map(String), []);
  await p.close();
});

test('where service workers are blocked the page starts, annotates and caches nothing', async () => {
  const nb = await start({ dir, context: { serviceWorkers: 'block' } });
  try {
    const p = await open(nb.context, nb.base);
    await p.waitForSelector('body.ready', { timeout: 20000 });
    assert.equal(await sampleText(p), readFileSync(join(dir, 'sample.txt'), 'utf8'));
    assert.deepEqual(await cacheNames(p), []);
    assert.deepEqual(p.errors.map(String), []);
  } finally {
    await nb.close();
  }
});
