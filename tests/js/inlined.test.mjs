// The check that the functions .cargo/config.toml forces inline (by symbol
// name) were inlined: scripts/check-inlined.sh, which scripts/build.sh runs.
// A stale name (a crate version bump renames next_code_point's instance) must
// stop the build with rustc 1.95.0 and print the name; another toolchain only
// gets a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = join(ROOT, 'scripts/check-inlined.sh');
const RAW = join(ROOT, 'target/wasm32-unknown-unknown/wasm/annotator.wasm');

const check = (file, rustc) =>
  spawnSync('bash', [SCRIPT, file], { encoding: 'utf8', env: { ...process.env, RUSTC_VERSION: rustc } });

/** A file of bytes holding `names` as a name section would, between other bytes. */
function fakeWasm(names) {
  const dir = mkdtempSync(join(tmpdir(), 'inlined-'));
  const file = join(dir, 'fake.wasm');
  const parts = [Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])];
  for (const n of names) parts.push(Buffer.from([0x2a, n.length & 0x7f]), Buffer.from(n), Buffer.from([0x01]));
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

const STALE = '_ZN4core3str11validations15next_code_point17heab4a0185ed54168E';
// The same function as named by another toolchain's core (another crate hash).
const OTHER_CORE = '_RNvXs5_NtNtCsAbCdEf12345_4core3str6traitsINtNtNtB9_3ops5range5RangejEINtNtNtB9_5slice5index10SliceIndexeE3get';
// A function the config does not name.
const UNRELATED = '_RNvXNtNtCsgXGp5Oqx2Ny_4core3str4iterNtB2_5CharsNtNtNtNtB6_4iter6traits8iterator8Iterator5count';

test('the built wasm has none of the functions the config forces inline', () => {
  assert.ok(existsSync(RAW), 'build first: scripts/build.sh');
  const r = check(RAW, 'rustc 1.95.0 (59807616e 2026-04-14)');
  assert.equal(r.status, 0, r.stderr);
});

test('a function left in the wasm stops the build with rustc 1.95.0 and is named', () => {
  const file = fakeWasm([UNRELATED, STALE, OTHER_CORE]);
  const r = check(file, 'rustc 1.95.0 (59807616e 2026-04-14)');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error: put these names in \.cargo\/config\.toml/);
  assert.ok(r.stderr.includes(STALE) && r.stderr.includes(OTHER_CORE), r.stderr);
  assert.ok(!r.stderr.includes(UNRELATED), r.stderr);
});

test('with another toolchain a function left is a note, not an error', () => {
  const r = check(fakeWasm([STALE]), 'rustc 1.96.0 (0123456789 2026-06-01)');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /note: rustc 1\.96\.0/);
});

test('a wasm without those names passes', () => {
  const r = check(fakeWasm([UNRELATED]), 'rustc 1.95.0 (59807616e 2026-04-14)');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});
