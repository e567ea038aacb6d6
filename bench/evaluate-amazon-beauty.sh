#!/usr/bin/env bash
# Offline evaluation on Amazon Beauty (5-core, S3-Rec sequences): tunes every model on the
# validation split, evaluates on the test split, prints the table and keeps the JSON.
#
#   bench/evaluate-amazon-beauty.sh            (dataset in ../shared/datasets/amazon-beauty)
#   DATASET_DIR=/path/to/amazon-beauty CACHE_DIR=/tmp/cache bench/evaluate-amazon-beauty.sh
#
# Runs the sources with ts-node; USE_BUILD=1 runs the built CLI (.medusa/server/src/cli/evaluate.js,
# from `npm run build`) instead. The first run embeds 12,101 item texts (about 12 minutes on one
# core) and finds their nearest neighbours (about a minute); later runs read both from the cache.
set -euo pipefail
cd "$(dirname "$0")/.."

DATASET_DIR="${DATASET_DIR:-../shared/datasets/amazon-beauty}"
CACHE_DIR="${CACHE_DIR:-${TMPDIR:-/tmp}/medusa-recommendations-eval}"
OUT="${OUT:-bench/.cache/amazon-beauty.json}"
mkdir -p "$(dirname "$OUT")"

if [[ "${USE_BUILD:-}" == 1 ]]; then
  CLI=(node .medusa/server/src/cli/evaluate.js)
else
  CLI=(npx ts-node --transpile-only src/cli/evaluate.ts)
fi

started=$(date +%s)
"${CLI[@]}" evaluate \
  --items "$DATASET_DIR/items.csv" \
  --interactions "$DATASET_DIR/interactions.csv" \
  --cache-dir "$CACHE_DIR" --tune --json "$@" > "$OUT"
elapsed=$(( $(date +%s) - started ))

node -e '
const result = require(require("path").resolve(process.argv[1]))
const k = result.protocol.k
const columns = [`hr@${k}`, `ndcg@${k}`, `mrr@${k}`, "coverage", "intra_list_diversity"]
console.log(`| model | ${columns.join(" | ")} |`)
console.log(`|---|${columns.map(() => "---:").join("|")}|`)
for (const model of result.models) {
  console.log(`| ${model.name} | ${columns.map((c) => model[c].toFixed(4)).join(" | ")} |`)
}
console.log(`\nsettings (hybrid): ${JSON.stringify(result.settings)}`)
' "$OUT"
echo "wall time: ${elapsed} s; JSON in $OUT"
