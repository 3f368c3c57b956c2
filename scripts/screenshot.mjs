// Takes docs/screenshot.png: the built page (dist/) annotating the sample, in
// headless Debian Chromium. Run after scripts/build.sh: `npm run screenshot`.
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
} finally {
  await b.close();
}
