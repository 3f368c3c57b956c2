#!/usr/bin/env bash
# Runs every test: rustfmt and clippy (warnings are errors), Rust unit and
# integration tests, the wasm build, the Node tests on the built module, and
# the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
echo "== lint (rustfmt, clippy with warnings as errors)"
cargo fmt --check
cargo clippy -q --all-targets -- -D warnings
echo "== cargo test"
cargo test --all-targets 2>&1
echo "== build"
scripts/build.sh
echo "== node and browser tests"
node --test --test-concurrency=1 tests/js/
