// What the site ships comes from this repository only: the npm packages are
// development tools (build, tests, benchmarks) and none of their code reaches
// a reader's browser. `npm audit` covers the tools themselves where the
// registry's audit endpoint answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('the package has no runtime dependencies', () => {
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) {
    assert.equal(pkg[field], undefined, `package.json has ${field}`);
  }
});

test('every file of the built site comes from js/, www/ or the wasm build, and imports only relative paths', () => {
  const ours = new Set([...files(join(ROOT, 'js')), ...files(join(ROOT, 'www'))].map((p) => p.split('/').pop()));
  for (const p of files(join(ROOT, 'dist'))) {
    const rel = relative(join(ROOT, 'dist'), p);
    if (rel.startsWith('pkg/')) {
      assert.match(rel, /^pkg\/annotator(_bg)?\.(js|wasm)$/, `unexpected file ${rel}`);
    } else {
      assert.ok(ours.has(rel.split('/').pop()), `${rel} is not from js/ or www/`);
    }
    if (p.endsWith('.js')) {
      // Comments left out: a usage example in a doc comment imports by package name.
      const src = readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of src.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/gm)) {
        const spec = m[1] ?? m[2] ?? m[3];
        assert.match(spec, /^\.\.?\//, `${rel} imports ${spec}`);
      }
      assert.doesNotMatch(src, /node_modules/, `${rel} names node_modules`);
    }
  }
});

test('npm audit: no known vulnerability in the installed tools', (t) => {
  let out;
  try {
    out = execFileSync('npm', ['audit', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = e.stdout ?? '';
  }
  let report;
  try { report = JSON.parse(out); } catch { report = null; }
  if (!report?.metadata?.vulnerabilities) {
    // This network's registry mirror answers the bulk advisory endpoint with 405.
    t.skip(`the audit endpoint did not answer: ${String(report?.error?.summary ?? out).slice(0, 120)}`);
    return;
  }
  assert.equal(report.metadata.vulnerabilities.total, 0, JSON.stringify(report.metadata.vulnerabilities));
});
