#!/usr/bin/env bash
# Every benchmark, figures printed (no timed tests): the site's sizes and what
# takes the space in the wasm; the wasm in Node and in headless Chromium with
# the peers (compromise, wink-nlp) on the same texts; the native criterion
# bench; the command-line tool's scaling and peak memory on 100 KB, 1 MB and
# 10 MB; bulk mode (--jsonl) on one core and on every core, and its memory
# on 10x more input (BULK_MB=1000 for the 1 GB check).
#   scripts/bench.sh [--quick]     (npm run bench; --quick: smaller texts, no criterion)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""; [ "${1:-}" = "--quick" ] && quick="--quick"
T="${CARGO_TARGET_DIR:-target}"

scripts/setup.sh --browser
if [ ! -x /usr/bin/time ]; then  # GNU time, for peak RSS
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi
scripts/build.sh
node scripts/bench-corpus.mjs "$T/bench"
echo "== what takes the space in the wasm (before wasm-opt)"
node scripts/bench-size.mjs --top 10
echo
node scripts/bench.mjs $quick
echo
node scripts/bench-browser.mjs $quick

echo
echo "== native: the command-line tool, one call per file (release build)"
cargo build --release --bin annotate 2>&1 | grep -v "^\s*Compiling" || true
bin="$T/release/annotate"
# Peak RSS of the process on a one-word text: what is not the input's (the
# process, and the word lists' tables, built by the first call whatever its
# length; an empty text builds none of them, and is printed too).
: > "$T/bench/empty.txt"
/usr/bin/time -f "%M" -o "$T/bench/time.txt" "$bin" "$T/bench/empty.txt" > /dev/null
empty_kb=$(cat "$T/bench/time.txt")
echo "Hi." > "$T/bench/one-word.txt"
/usr/bin/time -f "%M" -o "$T/bench/time.txt" "$bin" "$T/bench/one-word.txt" > /dev/null
base_kb=$(cat "$T/bench/time.txt")
echo "  (CPU = user + sys seconds, less sensitive than wall time to other load; baseline RSS $(awk -v k="$base_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB on a one-word text, $(awk -v k="$empty_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB on an empty one)"
# 10 MB in --quick too (about a second): peak memory is a budget (20x the
# input), and one long text is where it peaks. Not linear, it could take many
# minutes: it stops after 120 s. (It used to run only when 1 MB cost at most
# twice as much per MB as 100 KB, but 100 KB takes one or two ticks of the
# 10 ms CPU clock: that test skipped it at random.)
for f in scale-100k scale-1m scale-10m; do
  # (timeout inside time: time's figures include the annotator, its child.)
  rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$T/bench/time.txt" timeout 120 "$bin" "$T/bench/$f.txt" > /dev/null || rc=$?
  if [ "$rc" = 124 ]; then
    echo "  $f  stopped after 120 s: not linear"
    continue
  elif [ "$rc" != 0 ]; then
    echo "  $f  failed (exit status $rc)"; exit 1
  fi
  read -r secs user sys kb < "$T/bench/time.txt"
  bytes=$(stat -c %s "$T/bench/$f.txt")
  awk -v f="$f" -v s="$secs" -v u="$user" -v sy="$sys" -v kb="$kb" -v base="$base_kb" -v b="$bytes" 'BEGIN {
    mb = b / 1048576; c = u + sy; if (c <= 0) c = 0.005
    printf "  %-10s wall %6.2f s  CPU %6.2f s  %7.2f MB/s  %8.1f ms/MB  peak RSS %6.1f MB (%.1fx the input above baseline)\n",
    f, s, c, mb / c, 1000 * c / mb, kb / 1024, (kb - base) * 1024 / b }'
done

echo "== native bulk mode: annotate --jsonl on the corpus"
for threads in 1 "$(nproc)"; do
  RAYON_NUM_THREADS=$threads /usr/bin/time -f "%e %M" -o "$T/bench/time.txt" "$bin" --jsonl "$T/bench/corpus.jsonl" > /dev/null
  read -r secs kb < "$T/bench/time.txt"
  bytes=$(stat -c %s "$T/bench/corpus.jsonl")
  awk -v t="$threads" -v s="$secs" -v kb="$kb" -v b="$bytes" 'BEGIN {
    printf "  %s thread(s): %.2f s, %.1f MB/s, peak RSS %.1f MB\n", t, s, b / 1048576 / (s > 0 ? s : 0.001), kb / 1024 }'
done
mb="${BULK_MB:-10}"
if [ -z "$quick" ]; then
  n=$(( mb * 1048576 / $(stat -c %s "$T/bench/corpus.jsonl") + 1 ))
  for _ in $(seq "$n"); do cat "$T/bench/corpus.jsonl"; done > "$T/bench/bulk.jsonl"
  got=$(/usr/bin/time -f "%e %M" -o "$T/bench/time.txt" "$bin" --jsonl "$T/bench/bulk.jsonl" | md5sum)
  read -r secs kb < "$T/bench/time.txt"
  awk -v s="$secs" -v kb="$kb" -v n="$n" 'BEGIN {
    printf "  %d copies of the corpus (~%d MB): %.1f s, peak RSS %.1f MB (flat: bounded batches)\n", n, n, s, kb / 1024 }'
  # In input order: the output is n copies of the corpus's own output.
  "$bin" --jsonl "$T/bench/corpus.jsonl" > "$T/bench/bulk-one.out"
  want=$(for _ in $(seq "$n"); do cat "$T/bench/bulk-one.out"; done | md5sum)
  [ "$got" = "$want" ] && echo "  its output is $n copies of the corpus's output, in order" ||
    echo "  ERROR: its output is not $n copies of the corpus's output"
  rm -f "$T/bench/bulk.jsonl" "$T/bench/bulk-one.out"
  echo
  echo "== native: criterion (cargo bench --bench annotate)"
  cargo bench --bench annotate 2>&1 | grep -E "^(annotate|scale|phase)/|time:|thrpt:" || true
fi
