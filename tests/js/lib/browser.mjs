// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, one launch per test file, a fresh profile each time, and
// dist/ served on a free localhost port by scripts/serve.mjs.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../../scripts/serve.mjs';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the server and the browser; returns {context, base, close}. */
export async function start(options = {}) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is not built: run scripts/build.sh first');
  const server = await serve(options.dir ?? DIST, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 }, ...options.context,
  });
  const close = async () => {
    await context.close().catch(() => {});
    await new Promise((ok) => server.close(ok));
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, base, server, close };
}

/** Opens a page that fails the test on any uncaught error in it. */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.errors = errors;
  await page.goto(url);
  return page;
}
