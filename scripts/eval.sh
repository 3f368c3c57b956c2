#!/usr/bin/env bash
# Scores the annotator on the public gold data in ../shared/eval-data with
# ../shared/eval/score.py, through `annotate --jsonl --offsets codepoints`.
#   scripts/eval.sh                 every task on its dev split (GUM: train, 20 articles)
#   scripts/eval.sh conll polnear   only these tasks
#   SPLIT=train scripts/eval.sh polnear
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/eval/score.py" ]; then
  echo "eval: $SHARED/eval/score.py not found (set SHARED=path/to/shared)" >&2; exit 2
fi
cargo build --release --quiet --bin annotate
BIN="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/annotate"
CMD="$BIN --jsonl --offsets codepoints"
tasks=("$@"); [ ${#tasks[@]} -gt 0 ] || tasks=(conll gum polnear emergent)
for t in "${tasks[@]}"; do
  split=${SPLIT:-dev}
  [ "$t" = gum ] && [ -z "${SPLIT:-}" ] && split=train
  python3 "$SHARED/eval/score.py" "$t" "$CMD" --split "$split"
done
