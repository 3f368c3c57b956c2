// Builds the single-file page: one HTML file with the stylesheets, the
// scripts (the page, the module and the wasm-bindgen glue, bundled into one
// inline module) and the wasm (base64) inlined. It works opened straight from
// disk (file://), for newsrooms that keep the tool offline or mail it around.
// Its Content-Security-Policy allows only the inline script and styles by
// their SHA-256 hashes, plus 'wasm-unsafe-eval'. Annotation runs in-thread
// (a file:// page cannot start a module worker).
//   node scripts/build-single.mjs [DIST] [OUT]   (default dist, dist-single/article-annotator.html)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single/article-annotator.html';
const ENTRY = 'app.js';

/** Bundles ES modules (the forms these files use) into one script, each module in its own scope. */
export function bundle(root, entry) {
  const order = [];
  const seen = new Set();
  const sources = new Map();
  const resolve = (from, spec) => posix.normalize(posix.join(posix.dirname(from), spec));
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join(root, file), 'utf8');
    sources.set(file, src);
    for (const m of src.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]/gm)) visit(resolve(file, m[1]));
    order.push(file);
  };
  visit(entry);
  const names = (list) => list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [a, b] = s.split(/\s+as\s+/);
    return [a.trim(), (b ?? a).trim()];
  });
  const parts = ['const __modules = {};'];
  for (const file of order) {
    const exported = [];
    let src = sources.get(file);
    src = src.replace(/^import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?/gm, (_, what, spec) => {
      const key = JSON.stringify(resolve(file, spec));
      const binds = [];
      const def = what.match(/^([\w$]+)\s*,?/);
      if (def) binds.push(`default: ${def[1]}`);
      const braces = what.match(/\{([\s\S]*)\}/);
      if (braces) for (const [a, b] of names(braces[1])) binds.push(a === b ? a : `${a}: ${b}`);
      return `const { ${binds.join(', ')} } = __modules[${key}];`;
    });
    src = src.replace(/^export\s*\{([\s\S]*?)\}\s*from\s+['"]([^'"]+)['"];?/gm, (_, list, spec) => {
      const key = JSON.stringify(resolve(file, spec));
      const n = names(list);
      n.forEach(([, b]) => exported.push([b, b]));
      return `const { ${n.map(([a, b]) => (a === b ? a : `${a}: ${b}`)).join(', ')} } = __modules[${key}];`;
    });
    src = src.replace(/^export\s*\{([\s\S]*?)\};?/gm, (_, list) => {
      for (const [a, b] of names(list)) exported.push([b, a]);
      return '';
    });
    src = src.replace(/^export\s+((?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+))/gm, (_, decl, name) => {
      exported.push([name, name]);
      return decl;
    });
    if (/^export\s/m.test(src)) throw new Error(`${file}: an export form the bundler does not handle`);
    const ret = exported.map(([as, local]) => `${JSON.stringify(as)}: ${local}`).join(', ');
    parts.push(`// ---- ${file}\n__modules[${JSON.stringify(file)}] = (() => {\n${src}\nreturn { ${ret} };\n})();`);
  }
  return parts.join('\n');
}

const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function build() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const css = ['js/annotator.css', 'style.css'].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  const wasm = readFileSync(join(dist, 'pkg/annotator_bg.wasm')).toString('base64');
  const sample = readFileSync(join(dist, 'sample.txt')).toString('base64');
  const boot = [
    "const __b64 = (id) => Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));",
    "globalThis.__ANNOTATOR_STANDALONE__ = { wasm: __b64('annotator-wasm'), sample: new TextDecoder().decode(__b64('annotator-sample')) };",
  ].join('\n');
  // Inside an inline script, "</script" would end it: escape the slash (same meaning in JS strings and regexes).
  const js = `${boot}\n${bundle(dist, ENTRY)}`.replace(/<\/(script)/gi, '<\\/$1');
  const csp = `default-src 'none'; script-src ${sha(js)} 'wasm-unsafe-eval'; style-src ${sha(css)}; img-src data:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'`;
  let page = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace(/\s*<link rel="(stylesheet|modulepreload|preload)"[^>]*>/g, '')
    .replace(/\s*<script type="module" src="[^"]*"><\/script>/, '');
  page = page.replace('</head>', `<style>${css}</style>\n</head>`);
  page = page.replace('</body>', `<script type="application/octet-stream" id="annotator-wasm">${wasm}</script>\n` +
    `<script type="text/plain" id="annotator-sample">${sample}</script>\n<script type="module">${js}</script>\n</body>`);
  if (page.includes('src="./') || page.includes('href="./')) throw new Error('single file: a relative reference is left');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, page);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`single file: ${normalize(out)}  ${kb(page.length)} KB, ${kb(gzipSync(page, { level: 9 }).length)} KB gzipped`);
}

if (import.meta.url === `file://${process.argv[1]}`) build();
