#!/usr/bin/env bash
# Builds the static site into dist/: the wasm (cargo + wasm-bindgen, then
# wasm-opt when binaryen is installed), the page, and prints sizes.
# dist/ is self-contained and uses relative URLs only, so it works when copied
# to any static host, under any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

cargo build --profile wasm --target wasm32-unknown-unknown --lib
# The functions .cargo/config.toml forces inline were inlined (see there; a
# RUSTFLAGS variable replaces that config: no check then).
if [ -z "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
  scripts/check-inlined.sh
fi
rm -rf dist && mkdir -p dist/pkg
# --experimental-reset-state-function: lets js/ re-instantiate the wasm after a trap (panic=abort).
wasm-bindgen --target web --no-typescript --experimental-reset-state-function --out-dir dist/pkg --out-name annotator \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/annotator.wasm"
if [ -x node_modules/.bin/wasm-opt ]; then
  # -ocimfs 50: a function with one caller is inlined into it only when small
  # (binaryen's default inlines any size: the whole pipeline became one 110 KB
  # function). 3.7 KB smaller gzipped and 0.94-0.96x the time in Node and
  # Chromium, side by side; 20 was 4.8 KB smaller but no faster.
  node_modules/.bin/wasm-opt -ocimfs 50 --low-memory-unused --flatten --rereloop -Oz -Oz --converge --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals \
    dist/pkg/annotator_bg.wasm -o dist/pkg/annotator_bg.wasm
fi
cp -r www/. dist/
mkdir -p dist/js && cp js/*.js js/*.css js/*.d.ts dist/js/
# The single-file page (wasm and scripts inlined; works from file://), from the
# readable files: its small bundler reads import/export lines.
node scripts/build-single.mjs dist dist-single/article-annotator.html
# Minified in place, file by file (imports stay relative and the files keep
# their names); the readable sources are js/ and www/. js/index.js takes in
# dom.js, formats.js and packed.js, its only imports but the wasm glue: two
# requests fewer at start-up (a later visit's first mark 3-31 ms sooner in
# three side-by-side runs) and 0.5 KB less gzipped.
if [ -x node_modules/.bin/esbuild ]; then
  node_modules/.bin/esbuild dist/js/index.js --bundle --external:../pkg/annotator.js --minify --format=esm --target=es2022 \
    --log-level=warning --outfile=dist/js/index.js --allow-overwrite
  rm dist/js/dom.js dist/js/formats.js dist/js/packed.js
  for f in dist/*.js dist/js/*.js dist/pkg/annotator.js; do
    [ "$f" = dist/js/index.js ] && continue
    node_modules/.bin/esbuild "$f" --minify --format=esm --target=es2022 --log-level=warning --outfile="$f" --allow-overwrite
  done
  for f in dist/*.css dist/js/*.css; do
    node_modules/.bin/esbuild "$f" --minify --log-level=warning --outfile="$f" --allow-overwrite
  done
fi
# The service worker's file list and cache name (a hash of the final files).
node scripts/build-sw.mjs dist
node scripts/sizes.mjs dist
