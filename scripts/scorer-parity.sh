#!/usr/bin/env bash
# Shows that the project's scorer (build/tests/cg_score, the port in tests/GoldScore.cpp) and
# ../shared/tools/score.py give the same output on every gold we have: each gold's article is
# ingested and exported as JSON, both scorers read that export, and their stdout and exit codes
# are diffed, once without bars and once with bars that some tallies miss (so "below the bar"
# is compared too). Then the same on the hand-written pairs of tests/fixtures/scorer/.
# Prints one line per case, "same" or the diff; exits 1 on any difference, 2 when a tool is
# missing. ctest cannot run this (it runs without ../shared); run it after a build:
#   bash scripts/scorer-parity.sh [CLAIMGRAPH] [CG_SCORE]
set -euo pipefail
cd "$(dirname "$0")/.."
cg=$(realpath "${1:-build/cli/claimgraph}")
ours=$(realpath "${2:-build/tests/cg_score}")
theirs=../shared/tools/score.py
for tool in "$cg" "$ours" "$theirs"; do
  [[ -f $tool ]] || { echo "scorer-parity: $tool is missing (build first; ../shared beside the project)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bars=(--min-entities 0.9 --min-sources 0.9 --min-figures 0.95 --min-sourced 0.95 --min-subjects 0.5
      --min-claimants 0.9 --min-quotes 0.9 --min-attributions 0.9 --min-contested 1)
failures=0

# compare LABEL GOLD GRAPH_JSON [ARGS...]: both scorers on one pair; "same" or the diff.
compare() {
  local label=$1 gold=$2 graph=$3 status=0
  shift 3
  python3 "$theirs" "$gold" "$graph" "$@" >"$work/theirs.txt" 2>"$work/theirs.err" || status=$?
  echo "exit $status" >>"$work/theirs.txt"
  status=0
  "$ours" "$gold" "$graph" "$@" >"$work/ours.txt" 2>"$work/ours.err" || status=$?
  echo "exit $status" >>"$work/ours.txt"
  if diff -u --label score.py --label cg_score "$work/theirs.txt" "$work/ours.txt" >"$work/diff.txt"; then
    printf 'same  %-58s %s\n' "$label" "$(grep '^score: ' "$work/ours.txt" | cut -c8- || true)"
  else
    printf 'DIFF  %s\n' "$label"
    sed 's/^/      /' "$work/diff.txt"
    failures=$((failures + 1))
  fi
}

# The article a gold was made for: its "document", read against the folder the gold's paths
# are relative to (the project, or ../shared for ../shared's golds).
article() {
  local gold=$1 base=$2 document
  document=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("document") or "")' "$gold")
  if [[ -n $document && -f $base/$document ]]; then
    echo "$base/$document"
  elif [[ -f ${gold%.gold.json}.md ]]; then
    echo "${gold%.gold.json}.md"
  fi
}

shopt -s nullglob
golds=(tests/fixtures/*.gold.json tests/fixtures/unseen/*.gold.json tests/accuracy/gold/*.gold.json)
shared=(../shared/gold/*.gold.json)
n=0
for gold in "${golds[@]}" "${shared[@]}"; do
  base=.
  [[ $gold == ../shared/* ]] && base=../shared
  source=$(article "$gold" "$base")
  if [[ -z $source ]]; then
    printf 'DIFF  %s: its "document" is not found\n' "$gold"
    failures=$((failures + 1))
    continue
  fi
  n=$((n + 1))
  if ! "$cg" ingest "$source" -o "$work/$n.cg" >/dev/null 2>&1 ||
    ! "$cg" export -g "$work/$n.cg" --format json -o "$work/$n.json"; then
    printf 'DIFF  %s: claimgraph could not ingest or export %s\n' "$gold" "$source"
    failures=$((failures + 1))
    continue
  fi
  compare "$gold" "$gold" "$work/$n.json"
  compare "$gold (bars)" "$gold" "$work/$n.json" "${bars[@]}"
done
for gold in tests/fixtures/scorer/*.gold.json; do
  compare "$gold" "$gold" "${gold%.gold.json}.graph.json"
  compare "$gold (bars)" "$gold" "${gold%.gold.json}.graph.json" "${bars[@]}"
done
if ((failures)); then
  echo "scorer-parity: $failures case(s) differ" >&2
  exit 1
fi
echo "scorer-parity: cg_score and score.py agree on every case" >&2
