#!/usr/bin/env bash
# Measures a binary on the held-out material, printing totals only, so that whoever runs it learns
# nothing of which statement or article is wrong (tests/accuracy/CHECKS.md, "Held-out role"): each
# check split's overall line and its line per kind, and each gold folder's total row. The per-row
# answers (build/accuracy/results.tsv) are deleted unread.
#
#   bash scripts/held-out-totals.sh BIN --split held_out_24 --split held_out_25 \
#        --gold tests/accuracy/gold-heldout-20 --gold tests/accuracy/gold-heldout-21
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# < 1)); then
  echo "usage: $0 CLAIMGRAPH [--split SPLIT]... [--gold DIR]..." >&2
  exit 2
fi
bin=$1
shift
splits=() golds=()
while (($#)); do
  case $1 in
    --split) splits+=("$2"); shift 2 ;;
    --gold) golds+=("$2"); shift 2 ;;
    *) echo "$0: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for s in "${splits[@]}"; do
  bash scripts/check-accuracy.sh "$bin" --split "$s" >"$log" 2>&1 || true
  rm -f build/accuracy/results.tsv
  echo "== $s"
  grep -E "^accuracy overall" "$log" || echo "(no total: see scripts/check-accuracy.sh's own output)"
  # The first column of each kind line is the split's own; the rest are the other splits (empty).
  grep -E "^\s+(true|changed_number|wrong_date|absent|conflict)\s" "$log" | sed -E 's/ \|.*//'
done
for g in "${golds[@]}"; do
  CG_GOLD_DIR=$g bash scripts/accuracy.sh "$bin" >"$log" 2>&1 || true
  echo "== $g (entities | sources | figures | sourced | subjects | claimants | quotes | attributions | contested | other | claims)"
  grep -E "^\| \*\*total" "$log" || echo "(no total: see scripts/accuracy.sh's own output)"
done
