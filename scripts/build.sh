#!/usr/bin/env bash
# Builds the static site into dist/: the wasm (cargo + wasm-bindgen, then
# wasm-opt when binaryen is installed), the page, and prints sizes.
# dist/ is self-contained and uses relative URLs only, so it works when copied
# to any static host, under any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

cargo build --profile wasm --target wasm32-unknown-unknown --lib
# .cargo/config.toml has LLVM inline four functions of the standard library
# by their symbol names; once inlined, none is left in the wasm. A name can
# stop matching: next_code_point is instantiated in this crate, and its hash
# changes with the crate's metadata (its version), the others with the
# toolchain. With rustc 1.95.0 that is an error that gives the new name;
# with another toolchain a note (the wasm works, ~10% slower). (A RUSTFLAGS
# variable replaces the config: no check then.)
raw="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/annotator.wasm"
left=$(grep -aoE '_ZN4core3str11validations15next_code_point17h[0-9a-f]{16}E|_RNvXs[0-9]*_NtNtCs[0-9A-Za-z]+_4core3str(6traitsINtNtNtB9_3ops5range5RangejEINtNtNtB9_5slice5index10SliceIndexeE(5index|3get)|4iterNtB5_11CharIndicesNtNtNtNtB9_4iter6traits8iterator8Iterator4next)' "$raw" | sort -u || true)
if [ -n "$left" ] && [ -z "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
  echo "The forced inlining of .cargo/config.toml did not apply to:" >&2
  echo "$left" >&2
  case "$(rustc -V)" in
    "rustc 1.95.0 "*) echo "error: put these names in .cargo/config.toml" >&2; exit 1 ;;
    *) echo "note: $(rustc -V) is not the toolchain those names are for (rustc 1.95.0): the wasm is built without it" >&2 ;;
  esac
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
