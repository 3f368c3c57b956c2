// Writes the build's file list and a hash of their contents into dist/sw.js
// (the page's service worker, from www/sw.js): run by scripts/build.sh after
// the files are final. Lists what the page may fetch: every file but the
// worker itself and the type declarations, and './' (the page by its folder).
//   node scripts/build-sw.mjs [DIST]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';
// Every file under root, as URL paths, in a fixed order (the hash depends on it).
const files = readdirSync(root, { recursive: true })
  .filter((f) => statSync(join(root, f)).isFile())
  .map((f) => f.split(sep).join('/'))
  .sort();
const listed = files.filter((f) => f !== 'sw.js' && !f.endsWith('.d.ts'));
const hash = createHash('sha256');
for (const f of listed) hash.update(`${f}\0`).update(readFileSync(join(root, f)));
const sw = readFileSync(join(root, 'sw.js'), 'utf8');
const out = sw
  .replace(/(["'])__FILES__\1/, listed.reduce((s, f) => `${s},${JSON.stringify(`./${f}`)}`, '"./"'))
  .replace('__HASH__', hash.digest('hex').slice(0, 12));
if (out.includes('__')) throw new Error('build-sw: placeholders not found in sw.js');
writeFileSync(join(root, 'sw.js'), out);
