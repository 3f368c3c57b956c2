#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: the wasm
# target, the wasm-bindgen CLI matching Cargo.lock, npm packages, and
# Debian's Chromium for browser tests. Each step is skipped when already done.
#   scripts/setup.sh           build tools + npm packages
#   scripts/setup.sh --browser also Chromium (for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The lint step of scripts/test.sh (rustup's default profile has both).
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding the $c component"
    rustup component add "$c"
  fi
done

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" != "$have" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); takes about 2 minutes"
  # Not --locked: one dependency locked upstream is missing from the registry.
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if [ -L node_modules ] && [ -d node_modules ]; then
  # A git worktree sharing another checkout's packages through a symlink:
  # `npm ci` would empty the folder the link points to, under that checkout.
  say "node_modules is a symlink (a shared install): not reinstalling npm packages"
elif [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium (needs root)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
exit 0
