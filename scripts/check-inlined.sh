#!/usr/bin/env bash
# Checks that the functions .cargo/config.toml has LLVM always inline (by
# symbol name) were inlined: once they are, none is left in the wasm cargo
# built (its name section). A name can stop matching: next_code_point is
# instantiated in this crate, and its hash changes with the crate's metadata
# (its version); the others change with the toolchain. LLVM ignores a name it
# does not find, so without this check the wasm would silently be ~10% slower.
#   scripts/check-inlined.sh [WASM]   (default: cargo's wasm profile output)
# Exit 1 when one is left and rustc is 1.95.0 (the toolchain the names are
# for), printing the names to put in the config; a note with another rustc.
set -euo pipefail
cd "$(dirname "$0")/.."
raw=${1:-"${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/annotator.wasm"}
[ -f "$raw" ] || { echo "check-inlined: no $raw (build first)" >&2; exit 2; }
# The config's names, each made a pattern that any hash matches: a legacy
# name's `17h<16 hex>E`, a v0 name's crate hash (`Cs..._`) and impl number
# (`Xs..._`); a name that changed is found under its new hash.
pattern=$(grep -oE 'llvm-args=-force-attribute=[^:"]+:alwaysinline"' .cargo/config.toml \
  | sed -E 's/^llvm-args=-force-attribute=//; s/:alwaysinline"$//; s/[$.]/\\&/g;
      s/17h[0-9a-f]{16}E$/17h[0-9a-f]{16}E/; s/Cs[0-9A-Za-z]+_/Cs[0-9A-Za-z]+_/g; s/Xs[0-9A-Za-z]*_/Xs[0-9A-Za-z]*_/g' \
  | paste -sd '|')
[ -n "$pattern" ] || exit 0
left=$(grep -aoE "$pattern" "$raw" | sort -u || true)
[ -z "$left" ] && exit 0
echo "The forced inlining of .cargo/config.toml did not apply to:" >&2
echo "$left" >&2
case "${RUSTC_VERSION:-$(rustc -V)}" in
  "rustc 1.95.0 "*) echo "error: put these names in .cargo/config.toml" >&2; exit 1 ;;
  *) echo "note: ${RUSTC_VERSION:-$(rustc -V)} is not the toolchain those names are for (rustc 1.95.0): the wasm is built without them" >&2 ;;
esac
