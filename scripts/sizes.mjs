// Prints the raw and gzipped size of the site's wasm, JS and CSS.
//   node scripts/sizes.mjs [DIR]     (DIR: the built site, dist by default)
// tests/js/size.test.mjs holds the build to the budget with `siteSize`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The budget (issue 7) counts the site's wasm, JS and CSS, gzipped.
export const BUDGET_KB = 180;

/** Every served file of the site under `root`: [path, raw bytes, gzip -9 bytes]. */
export function files(root) {
  const rows = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (['.wasm', '.js', '.mjs', '.css', '.html'].includes(extname(p))) {
        const buf = readFileSync(p);
        rows.push([p.slice(root.length + 1), buf.length, gzipSync(buf, { level: 9 }).length]);
      }
    }
  })(root);
  return rows;
}

/** The wasm, JS and CSS among `rows` (from `files`), gzipped, in KB. */
export function siteSize(rows) {
  return rows.filter(([n]) => !n.endsWith('.html')).reduce((a, [, , g]) => a + g, 0) / 1024;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const rows = files(root);
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  let raw = 0, gz = 0;
  console.log('size of the site (KB)      raw   gzipped');
  for (const [name, r, g] of rows) {
    console.log(`  ${name.padEnd(22)}${kb(r)}${kb(g)}`);
    raw += r; gz += g;
  }
  console.log(`  ${'total'.padEnd(22)}${kb(raw)}${kb(gz)}`);
  const site = siteSize(rows);
  const verdict = site <= BUDGET_KB ? `${(BUDGET_KB - site).toFixed(1)} KB under` : `${(site - BUDGET_KB).toFixed(1)} KB OVER`;
  console.log(`  wasm+JS+CSS gzipped: ${site.toFixed(1)} KB, budget ${BUDGET_KB} KB: ${verdict}`);
}
