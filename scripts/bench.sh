#!/usr/bin/env bash
# Every benchmark, figures printed (no timed tests): the site's sizes and what
# takes the space in the wasm, the wasm in Node and in headless Chromium with
# the peers on the same texts, the native criterion bench, and the
# command-line tool's scaling and peak memory (100 KB, 1 MB, 10 MB).
#   scripts/bench.sh [--quick]     (npm run bench)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""; [ "${1:-}" = "--quick" ] && quick="--quick"

scripts/build.sh
node scripts/bench-corpus.mjs
echo "== what takes the space in the wasm"
node scripts/bench-size.mjs --top 10
echo "== wasm in Node"
node scripts/bench.mjs $quick
echo "== native (criterion)"
cargo bench --bench annotate -- --noplot 2>&1 | grep -E "^annotate|^scale|time:|thrpt:"
