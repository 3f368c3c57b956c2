// Takes docs/screenshot.png (the built page annotating the sample) and
// docs/highlight.png (highlight() over a contenteditable editor), in headless
// Debian Chromium. Run after scripts/build.sh: `npm run screenshot`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, ROOT } from '../tests/js/lib/browser.mjs';

const out = process.argv[2] ?? join(ROOT, 'docs/screenshot.png');
const b = await start({ context: { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, colorScheme: 'light' } });
try {
  const page = await b.context.newPage();
  await page.goto(b.base);
  await page.waitForSelector('body.ready', { timeout: 20000 });
  await page.click('#sample');
  await page.waitForSelector('#out mark.ann-claim');
  // Show a claim's details, as a reader hovering it would see them.
  await page.evaluate(() => {
    const direct = document.querySelector('#out mark.ann-direct') ?? document.querySelector('#out mark.ann-claim');
    direct.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
  mkdirSync(join(out, '..'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);

  // An editor painted by highlight(): its DOM is untouched.
  const EDITOR = '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="../js/annotator.css">' +
    '<style>body{font:17px/1.6 Georgia,serif;margin:0;padding:16px;background:#fbfaf7}#ed{border:1px solid #ccc;border-radius:6px;padding:8px 16px;background:#fff;width:720px}</style>' +
    '<div id="ed" contenteditable="true"><p>The Foreign Office said on Tuesday that David Lammy would summon the Russian ambassador.</p>' +
    '<p>“The accusations are entirely false,” a Kremlin spokesman told reporters in Moscow. Officials in London denied any wrongdoing.</p></div>';
  await b.context.route(`${b.base}host/editor.html`, (r) => r.fulfill({ contentType: 'text/html', body: EDITOR }));
  const ed = await b.context.newPage();
  await ed.goto(`${b.base}host/editor.html`);
  await ed.evaluate(async () => {
    const m = await import('../js/index.js');
    const el = document.getElementById('ed');
    m.highlight(el, await (await m.createAnnotator({ worker: false })).annotate(m.textOf(el)));
  });
  const shot = join(out, '..', 'highlight.png');
  await (await ed.$('#ed')).screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
} finally {
  await b.close();
}
