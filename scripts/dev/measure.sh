#!/usr/bin/env bash
# Every accuracy figure of the evaluation's scorer for one build, one JSON line per set:
#   bash scripts/dev/measure.sh OUT [EVAL_DIR] [HALVES_DIR]
# Run from the repository after `npm run build`; defaults ../shared/eval and /tmp/tally-halves
# (made by scripts/dev/halves.mjs). Scores the dev files (GTD, ACLED, Wikipedia, Mother Jones),
# the seed, claims-dev, claims-world and the four halves through `tally extract` as a whole
# process. The scorer's stderr is discarded: extraction warnings would show half B's text.
# Read the result with `node scripts/dev/summary.mjs OUT`.
set -u
out=$(realpath -m "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
E=$(realpath -m "${2:-$root/../shared/eval}")
H=$(realpath -m "${3:-/tmp/tally-halves}")
seed="$E/../seed/jaffar-express.expected.json"
[ -f "$E/score.mjs" ] || { echo "measure: $E/score.mjs is absent: pass the evaluation folder" >&2; exit 2; }
[ -d "$H/claims-dev-A" ] || { echo "measure: no halves in $H: run node scripts/dev/halves.mjs $E $H" >&2; exit 2; }
cmd="node $root/dist/cli/main.js extract"
: > "$out"
run() {
  local name=$1; shift; local r
  r=$(node "$E/score.mjs" "$@" --cmd "$cmd" --json 2>/dev/null) || r=null
  [ -n "$r" ] || r=null
  # one printf per set, so that parallel runs never interleave inside a line
  printf '{"set":"%s","r":%s}\n' "$name" "$r" >> "$out"
}
run gtd --data "$E/dev/gtd.jsonl" &
run acled --data "$E/dev/acled.jsonl" &
wait
run wikipedia --data "$E/dev/wikipedia.jsonl" &
run motherjones --data "$E/dev/motherjones.jsonl" &
run seed --claims "$seed" &
wait
run claims-dev --claims "$E/claims-dev" &
run claims-world --claims "$E/claims-world" &
wait
for h in claims-dev-A claims-dev-B claims-world-A claims-world-B; do run "$h" --claims "$H/$h" & done
wait
