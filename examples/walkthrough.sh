#!/usr/bin/env bash
# A fact-checker's walk-through on the bundled article: build the graph, ask who claimed a
# figure, follow one claim to its sources, see where the sources disagree, check statements
# and a whole draft, and draw the evidence. Run from anywhere after building (scripts/build.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
cg=${CLAIMGRAPH:-$repo/build/cli/claimgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }

step "$cg" ingest "$repo/corpus/" -o claims.cg
step "$cg" who-claimed '$589B'
step "$cg" sources c:deepseek_market_crash:16
step "$cg" contested
step "$cg" entity Nadella
step "$cg" check "NVIDIA lost about 590 billion dollars of market value on January 27, 2025"
step "$cg" check "NVIDIA lost 300 billion dollars of market value on January 27, 2025"
step "$cg" check "DeepSeek spent 5.6 million dollars to train DeepSeek V3"
step "$cg" check "Apple released a car in 2025"
cp "$here/draft.md" .
step "$cg" check --file draft.md
if command -v dot >/dev/null; then
  step "$cg" export --format svg --entity NVIDIA --depth 2 -o nvidia.svg
  echo "(wrote $(wc -c < nvidia.svg) bytes of SVG)"
fi
