#!/usr/bin/env bash
# Writes every output claimgraph gives on a fixed set of inputs into one folder, so a refactoring
# can be shown byte-identical: `scripts/outputs.sh OUT` before and after, then `diff -r`.
# Inputs: corpus/, and ../shared/corpus-real when it is beside the project (not needed by ctest).
# Usage: scripts/outputs.sh OUT_DIR [CLAIMGRAPH]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/outputs.sh OUT_DIR [CLAIMGRAPH]}
cg=$(realpath "${2:-build/cli/claimgraph}")
mkdir -p "$out"
run() {  # run NAME ARGS...: stdout, stderr and the exit status of one command
  local name=$1; shift
  local status=0
  "$cg" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
  echo "$status" >"$out/$name.status"
}
sets=(corpus)
[[ -d ../shared/corpus-real ]] && sets+=(../shared/corpus-real)
for input in "${sets[@]}"; do
  tag=$(basename "$input")
  g="$out/$tag.cg"
  "$cg" ingest "$input" -o "$g" -j 2 2>&1 | sed -E 's/in [0-9.]+ s/in T s/' >"$out/$tag.ingest.txt"
  run "$tag.json" export -g "$g" --format json
  run "$tag.dot" export -g "$g" --format dot
  run "$tag.contested" contested -g "$g"
  run "$tag.contested.json" contested -g "$g" --json
  i=0
  for q in '589 billion' '$589B' NVIDIA 'DeepSeek' '17%' 'training cost' 'OpenAI' 'Anthropic' 'valuation' \
           'revenue' 'Reuters' 'CNBC' 'Elon Musk' 'parameters' 'users'; do
    i=$((i + 1))
    run "$tag.who.$i" who-claimed "$q" -g "$g"
    run "$tag.who.$i.json" who-claimed "$q" -g "$g" --json
  done
  i=0
  for e in NVIDIA DeepSeek OpenAI Anthropic SemiAnalysis Microsoft 'Mistral AI' xAI; do
    i=$((i + 1))
    run "$tag.entity.$i" entity "$e" -g "$g"
    run "$tag.entity.$i.json" entity "$e" -g "$g" --json
    run "$tag.dot.entity.$i" export -g "$g" --format dot --entity "$e" --depth 2
  done
  i=0
  for s in 'NVIDIA lost about 590 billion dollars of market value on January 27, 2025' \
           'DeepSeek spent 5.6 million dollars to train DeepSeek V3' \
           'NVIDIA lost 300 billion dollars' 'OpenAI is valued at 300 billion dollars' \
           'Anthropic raised 13 billion dollars' 'Mistral AI has 100 employees' \
           'The Nasdaq fell 3.1%' 'xAI raised 6 billion dollars in 2024'; do
    i=$((i + 1))
    run "$tag.check.$i" check "$s" -g "$g"
    run "$tag.check.$i.json" check "$s" -g "$g" --json
  done
  run "$tag.checkfile" check --file corpus/deepseek_market_crash.md -g "$g"
  run "$tag.checkfile.json" check --file corpus/deepseek_market_crash.md -g "$g" --json
  # Claims by number: the first ones of every document, through `sources`.
  for id in $("$cg" export -g "$g" --format json | python3 -c '
import json, sys
g = json.load(sys.stdin)
print(" ".join(c["id"] for c in g["claims"][::7][:40]))'); do
    run "$tag.sources.${id//[:\/]/_}" sources "$id" -g "$g"
    run "$tag.sources.${id//[:\/]/_}.json" sources "$id" -g "$g" --json
  done
  rm -f "$g"
done
# The graph's path is the only thing that differs between two runs into two folders.
sed -i "s|$out/|OUT/|g" "$out"/*.err "$out"/*.ingest.txt
echo "outputs: $(ls "$out" | wc -l) files in $out"
