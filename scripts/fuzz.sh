#!/usr/bin/env bash
# Fuzzes `annotate` with libFuzzer for a bounded time; any input that panics
# or breaks an invariant (tests/common/mod.rs) is saved under fuzz/artifacts/
# and the script exits non-zero. Works on the stable toolchain: the target is
# built with cargo and the sanitizer-coverage flags `cargo fuzz` passes
# (RUSTC_BOOTSTRAP=1 lets stable rustc accept them), no nightly and no
# cargo-fuzz needed; `cargo fuzz run annotate` works too where installed.
#   scripts/fuzz.sh [SECONDS] [libFuzzer flags...]   (default 60 s)
#   scripts/fuzz.sh 30 -jobs=2
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true

host=$(rustc -vV | awk '/^host:/ {print $2}')
export RUSTC_BOOTSTRAP=1
# The flags cargo-fuzz uses, minus AddressSanitizer (safe Rust; nightly-only).
# --target keeps them off build scripts and proc macros.
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cllvm-args=-sanitizer-coverage-stack-depth \
--cfg fuzzing -Cdebug-assertions -Coverflow-checks"
echo "[fuzz] building the fuzz target (first build compiles libFuzzer: a few minutes)" >&2
cargo build --quiet --release --manifest-path fuzz/Cargo.toml --target "$host" \
  --target-dir target/fuzz --bin annotate
bin="target/fuzz/$host/release/annotate"

# The working corpus grows in target/ (not committed); the seeds are in the repo.
corpus=target/fuzz/corpus/annotate
mkdir -p "$corpus" fuzz/artifacts/annotate
echo "[fuzz] running for ${secs}s" >&2
set +e
"$bin" -max_total_time="$secs" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix=fuzz/artifacts/annotate/ "$@" \
  "$corpus" fuzz/seeds/annotate 2>&1 | tee target/fuzz/last-run.log | grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)'
rc=${PIPESTATUS[0]}
set -e
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' target/fuzz/last-run.log >&2 || true
if [ "$rc" -ne 0 ]; then
  echo "[fuzz] FAILED (exit $rc): the crashing input is in fuzz/artifacts/annotate/;" \
       "add it as a regression test in tests/hostile.rs" >&2
  exit "$rc"
fi
echo "[fuzz] no crash in ${secs}s" >&2
