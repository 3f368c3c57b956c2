// The page in real Chromium: the sample's marks, hostile paste, filters, the
// side panel, hover, keyboard, files, long texts (worker, limit), recovery
// after a wasm trap, downloads, themes, and no request after start-up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start, open, ROOT } from './lib/browser.mjs';

const SAMPLE = readFileSync(join(ROOT, 'www/sample.txt'), 'utf8');
const ARTIFACTS = join(ROOT, 'tests/js/.artifacts');
let b;
let page;
const requests = [];

before(async () => {
  b = await start();
  page = await open(b.context, b.base);
  await page.waitForSelector('body.ready', { timeout: 20000 });
  // From here on the page must not touch the network (blob: downloads are not requests).
  page.on('request', (r) => { if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });
});

after(async () => {
  await b?.close();
});

const annotate = async (text) => {
  await page.fill('#text', text);
  await page.click('#annotate');
  await page.waitForFunction((t) => document.querySelector('#out').textContent === t && window.__lastAnnotations, text);
};
const markTexts = (sel) => page.$$eval(sel, (ms) => ms.map((m) => m.textContent));

test('Load sample marks entities, claims and denials, losing no text', async () => {
  await page.click('#sample');
  await page.waitForSelector('#out mark.ann-claim');
  assert.equal(await page.$eval('#out', (o) => o.textContent), SAMPLE, 'the rendered text is the sample, unchanged');
  const places = await markTexts('#out mark.ann-place');
  for (const p of ['London', 'Moscow', 'UK', 'Russia']) assert.ok(places.includes(p), `place ${p} in ${places}`);
  const orgs = await markTexts('#out mark.ann-organization');
  for (const o of ['Kremlin', 'Foreign Office', 'SVR']) assert.ok(orgs.includes(o), `organisation ${o}`);
  const people = await markTexts('#out mark.ann-person');
  for (const p of ['David Lammy', 'Kit Heren', 'Vladimir Putin']) assert.ok(people.includes(p), `person ${p}`);
  const claims = await markTexts('#out mark.ann-claim');
  assert.ok(claims.some((c) => c.includes('treacherous Albion')), 'the SVR statement is a claim');
  const cues = await markTexts('#out mark.ann-cue');
  assert.ok(cues.includes('said'));
  const denials = await markTexts('#out mark.ann-denial');
  assert.ok(denials.some((d) => d.includes('false')), `denial "entirely false" in ${denials}`);
  assert.ok(denials.some((d) => d.includes('baseless')), 'denial "were baseless"');
  // The legend counts each kind, matching the result.
  const a = await page.evaluate(() => window.__lastAnnotations);
  const persons = a.entities.filter((e) => e.kind === 'person').length;
  assert.equal(await page.$eval('#filters .chip-person b', (x) => x.textContent), String(persons));
  assert.equal(await page.$eval('#filters .chip-claim b', (x) => x.textContent), String(a.claims.length));
  assert.equal(await page.$eval('#filters .chip-denial b', (x) => x.textContent), String(a.denials.length));
  // Labels come from CSS, not from the text.
  const label = await page.$eval('#out mark.ann-person', (m) => getComputedStyle(m, '::after').content);
  assert.equal(label, '"PERSON"');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'page-sample.png') });
});

test('focusing a claim shows its speaker and cue; a denial shows who denies what', async () => {
  await page.mouse.move(1278, 450); // the page's side margin: no hover to interfere with focus
  const claim = await page.$('#out mark.ann-claim');
  await claim.focus();
  const a = await page.evaluate(() => window.__lastAnnotations);
  const id = await claim.getAttribute('data-id');
  const c = a.claims.find((x) => x.id === id);
  const details = await page.textContent('#details');
  assert.match(details, /^Claim \((direct|indirect)\) by /);
  if (c.speaker) assert.ok(details.includes(c.speaker.text), details);
  assert.ok(details.includes(`“${c.cue.text}”`), details);
  // The claim's cue and speaker light up with it.
  const lit = await page.$$eval('#out mark.lit', (ms) => ms.map((m) => m.className));
  assert.ok(lit.some((cls) => cls.includes('ann-cue')), `cue lit: ${lit}`);
  await page.focus('#out mark.ann-denial');
  assert.match(await page.textContent('#details'), /^Denial by .+ of /);
});

test('hovering an entity lights up all mentions of the same entity', async () => {
  const a = await page.evaluate(() => window.__lastAnnotations);
  const moscow = a.entities.filter((e) => e.text === 'Moscow');
  assert.ok(moscow.length >= 2, 'the sample names Moscow several times');
  await page.hover(`#out mark[data-id="${moscow[0].id}"]`);
  const lit = await page.$$eval('#out mark.ann-entity.lit', (ms) => ms.map((x) => x.textContent));
  assert.equal(lit.filter((t) => t === 'Moscow').length, moscow.length, `every Moscow lit: ${lit}`);
  // Mentions the annotator links by ref light up too, whatever their text.
  const byRef = new Set(a.entities.filter((e) => e.ref === moscow[0].ref).map((e) => e.id));
  const litIds = await page.$$eval('#out mark.ann-entity.lit', (ms) => ms.map((x) => x.dataset.id));
  for (const id of byRef) assert.ok(litIds.includes(id), id);
  assert.ok(!lit.includes('London'), 'other places stay dark');
});

test('pasting HTML shows it as text and runs nothing', async () => {
  const evil = '<img src=x onerror="window.__x=1"> and <script>window.__x=2</script> <b>bold</b>';
  await annotate(evil);
  assert.equal(await page.$eval('#out', (o) => o.textContent), evil);
  assert.equal(await page.$$eval('#out img, #out script, #out b', (x) => x.length), 0);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__x), undefined);
});

test('filters hide and show each kind', async () => {
  await page.click('#sample');
  await page.waitForSelector('#out mark.ann-claim');
  const before = await page.$$eval('#out mark.ann-person', (x) => x.length);
  assert.ok(before > 0);
  await page.uncheck('#filters input[data-kind="person"]');
  assert.equal(await page.$$eval('#out mark.ann-person', (x) => x.length), 0);
  assert.ok(await page.$$eval('#out mark.ann-place', (x) => x.length) > 0, 'other kinds stay');
  assert.equal(await page.$eval('#out', (o) => o.textContent), SAMPLE, 'no text lost when filtering');
  await page.uncheck('#filters input[data-kind="claim"]');
  assert.equal(await page.$$eval('#out mark.ann-claim, #out mark.ann-cue, #out mark.ann-speaker', (x) => x.length), 0);
  await page.check('#filters input[data-kind="person"]');
  await page.check('#filters input[data-kind="claim"]');
  assert.equal(await page.$$eval('#out mark.ann-person', (x) => x.length), before);
});

test('the side panel lists claims and denials and clicks through to the text', async () => {
  const a = await page.evaluate(() => window.__lastAnnotations);
  assert.equal(await page.$$eval('#claims button.item', (x) => x.length), a.claims.length);
  assert.equal(await page.$$eval('#denials button.item', (x) => x.length), a.denials.length);
  const c = a.claims[a.claims.length - 1];
  const item = await page.$(`#claims button[data-goto="${c.id}"]`);
  const txt = await item.textContent();
  assert.ok(txt.includes(c.cue.text) && (!c.speaker || txt.includes(c.speaker.text)), txt);
  await item.click();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), c.id);
  const d = a.denials[0];
  const dtxt = await page.textContent(`#denials button[data-goto="${d.id}"]`);
  assert.ok(dtxt.includes(d.cue.text), dtxt);
  if (d.denier) assert.ok(dtxt.includes(d.denier.text));
  await page.click(`#denials button[data-goto="${d.id}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), d.id);
});

test('keyboard: Tab reaches the panel, Enter goes to the mark, n/p move between marks', async () => {
  await page.focus('#download');
  await page.keyboard.press('Tab');
  const goto = await page.evaluate(() => document.activeElement.dataset.goto);
  assert.equal(goto, 'c0', 'the first claim is the next tab stop after Download');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'c0');
  await page.focus('#out');
  await page.keyboard.press('n');
  const first = await page.evaluate(() => [...document.querySelectorAll('#out mark')].indexOf(document.activeElement));
  assert.equal(first, 0);
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#out mark')].indexOf(document.activeElement)), 1);
  assert.notEqual(await page.textContent('#details'), '');
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.ok(await page.getAttribute('.panel', 'aria-label'));
});

test('a long text goes to the worker; past the limit the page offers the first part', async () => {
  // Make in-thread annotation fail: the long text must still work, so it went to the worker.
  await page.evaluate(() => {
    const t = window.__annotator.thread;
    t.saved = t.annotate;
    t.annotate = () => Promise.reject(new Error('in-thread used for a long text'));
  });
  const long = `${SAMPLE}\n\n`.repeat(Math.ceil(60000 / SAMPLE.length));
  await annotate(long);
  assert.match(await page.textContent('#status'), /entities/);
  await page.evaluate(() => { const t = window.__annotator.thread; t.annotate = t.saved; });
  const limit = await page.evaluate(() => import('./app.js').then((m) => m.LIMIT));
  await page.$eval('#text', (t, [n, s]) => { t.value = `${s}\n\n`.repeat(Math.ceil(n / s.length) + 1); }, [limit, SAMPLE]);
  await page.click('#annotate');
  assert.match(await page.textContent('#status'), /annotates up to/);
  const button = await page.waitForSelector('#first-part:not([hidden])');
  assert.match(await button.textContent(), /^Annotate the first [\d,]+ characters$/);
  await button.click();
  await page.waitForFunction(() => document.querySelector('#status').textContent.includes('entities'), null, { timeout: 30000 });
  const len = await page.$eval('#out', (o) => o.textContent.length);
  assert.ok(len <= limit && len > limit / 2, `annotated ${len}`);
});

test('after a trap inside the wasm the page annotates again', async () => {
  for (const where of ['thread', 'worker']) {
    const err = await page.evaluate((w) => window.__annotator._crash(w).then(() => 'no error', (e) => e.name), where);
    assert.equal(err, 'AnnotatorCrash', where);
  }
  await annotate('David Lammy said on Monday that Moscow was wrong.');
  assert.ok((await markTexts('#out mark.ann-place')).includes('Moscow'));
  const long = `${SAMPLE}\n\n`.repeat(Math.ceil(30000 / SAMPLE.length));
  await annotate(long);
  assert.ok(await page.$$eval('#out mark.ann-organization', (x) => x.length) > 10);
});

test('opening an HTML file annotates its text and runs none of it', async () => {
  const html = '<!doctype html><html><head><title>t</title><script>window.__y=1</script><style>p{}</style></head>' +
    '<body><h1>Expulsions</h1><p>The Kremlin said on Monday that the accusations were &ldquo;baseless&rdquo;.</p>' +
    '<p>David&nbsp;Lammy <img src=x onerror="window.__y=2">met officials in London.</p></body></html>';
  await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector('#out').textContent.startsWith('Expulsions'));
  const text = await page.inputValue('#text');
  assert.equal(text, 'Expulsions\n\nThe Kremlin said on Monday that the accusations were “baseless”.\n\nDavid Lammy met officials in London.');
  assert.equal(await page.evaluate(() => window.__y), undefined);
  assert.ok((await markTexts('#out mark.ann-organization')).includes('Kremlin'));
  await page.setInputFiles('#file', { name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('<p>Moscow</p> stays as typed.') });
  await page.waitForFunction(() => document.querySelector('#out').textContent.startsWith('<p>'));
  // A saved web page keeps its article, without navigation and buttons.
  const saved = '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><header>Site name</header>' +
    '<article><h1>Headline here</h1><p>The Kremlin said so.</p><button>Share</button></article><footer>© Site</footer></body></html>';
  await page.setInputFiles('#file', { name: 'saved.html', mimeType: 'text/html', buffer: Buffer.from(saved) });
  await page.waitForFunction(() => document.querySelector('#out').textContent.startsWith('Headline'));
  assert.equal(await page.inputValue('#text'), 'Headline here\n\nThe Kremlin said so.');
  // Dropping a file anywhere on the page opens it too.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<article><p>Dropped: the Kremlin denied it.</p></article>'], 'dropped.htm', { type: 'text/html' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#out').textContent === 'Dropped: the Kremlin denied it.');
});

test('downloads the JSON contract and the other formats', async () => {
  await page.click('#sample');
  await page.waitForSelector('#out mark.ann-claim');
  const a = await page.evaluate(() => window.__lastAnnotations);
  const read = async (format) => {
    await page.selectOption('#format', format);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const chunks = [];
    for await (const c of await dl.createReadStream()) chunks.push(c);
    return [dl.suggestedFilename(), JSON.parse(Buffer.concat(chunks).toString('utf8'))];
  };
  const [name, json] = await read('json');
  assert.equal(name, 'annotations.json');
  assert.deepEqual(json, a);
  const [, wa] = await read('webanno');
  assert.equal(wa.type, 'AnnotationPage');
  assert.equal(wa.items.length, a.entities.length + a.claims.length + a.denials.length);
  const [, dc] = await read('displacy');
  assert.equal(dc.text, SAMPLE);
});

test('themes switch between automatic, light and dark', async () => {
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  const light = await bg();
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.notEqual(await bg(), light);
  await page.screenshot({ path: join(ARTIFACTS, 'page-dark.png') });
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), null);
});

test('the single-file build works opened from disk, under its hash-only CSP, with no request', async () => {
  const p = await b.context.newPage();
  const seen = [];
  const console = [];
  p.on('request', (r) => seen.push(r.url()));
  p.on('console', (m) => console.push(m.text()));
  p.on('pageerror', (e) => console.push(String(e)));
  const url = pathToFileURL(join(ROOT, 'dist-single/article-annotator.html')).href;
  await p.goto(url);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  await p.click('#sample');
  await p.waitForSelector('#out mark.ann-claim');
  assert.equal(await p.$eval('#out', (o) => o.textContent), SAMPLE);
  assert.ok((await p.$$eval('#out mark.ann-place', (ms) => ms.map((m) => m.textContent))).includes('Moscow'));
  assert.ok(await p.$$eval('#out mark.ann-denial', (ms) => ms.length) > 0);
  assert.equal(await p.evaluate(() => window.__annotator.mode), 'thread');
  assert.deepEqual(seen.filter((u) => u !== url && !u.startsWith('data:')), [], 'nothing fetched');
  assert.deepEqual(console.filter((m) => /Content Security Policy|Error/i.test(m)), []);
  await p.close();
});

test('start-up fetches each file once: the preloaded wasm and sample are the ones used', async () => {
  const p = await b.context.newPage();
  const seen = [];
  const warnings = [];
  p.on('request', (r) => seen.push(new URL(r.url()).pathname));
  p.on('console', (m) => { if (/preload/i.test(m.text())) warnings.push(m.text()); });
  await p.goto(b.base);
  await p.waitForSelector('body.ready', { timeout: 20000 });
  const count = (f) => seen.filter((x) => x.endsWith(f)).length;
  for (const f of ['/pkg/annotator_bg.wasm', '/sample.txt', '/js/index.js', '/style.css', '/app.js']) assert.equal(count(f), 1, `${f} fetched ${count(f)} times: ${seen.join(' ')}`);
  // The buttons came before the worker (long texts only) was up; by now both are.
  assert.equal(await p.$eval('#sample', (x) => x.disabled), false);
  assert.deepEqual(warnings, []);
  await p.close();
});

test('no network request after start-up, and no page error', async () => {
  // The page's own CSP enforces Trusted Types, and the worker starts under it (the long-text test used it).
  assert.equal(await page.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch (e) { return e.name; } }), 'TypeError');
  assert.deepEqual(requests, []);
  assert.deepEqual(page.errors.map(String), []);
});

test('nothing is written to storage: no cookie, localStorage, sessionStorage or IndexedDB; the cache holds the site', async () => {
  // Runs after every other page test (annotating, files, downloads, themes), so all of them count.
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    caches: await Promise.all((await caches.keys()).map(async (n) => [n, (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)])),
  }));
  // The service worker's one cache (www/sw.js): the files of the site, as its build lists them.
  const listed = [...readFileSync(join(ROOT, 'dist/sw.js'), 'utf8').matchAll(/"\.\/([^"]*)"/g)].map((m) => `/${m[1]}`).sort();
  assert.ok(listed.includes('/index.html') && listed.includes('/pkg/annotator_bg.wasm'), `sw.js lists ${listed}`);
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: [], caches: [[stored.caches[0]?.[0], listed]] });
  assert.match(stored.caches[0][0], /^article-annotator-[0-9a-f]{12}$/);
});
