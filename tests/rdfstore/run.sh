#!/usr/bin/env bash
# The RDF store test: the N-Quads export of corpus/ loaded into Oxigraph (npm, the exact version of
# package-lock.json) answers docs/RDF.md's SPARQL questions as the command line does.
# Usage: run.sh CLAIMGRAPH SOURCE_DIR
set -euo pipefail
claimgraph=$1 source=$2
cd "$source/tests/rdfstore"
if ! cmp -s package-lock.json node_modules/.installed-lock.json 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock.json
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$claimgraph" ingest -q "$source/corpus" -o "$work/claims.cg"
"$claimgraph" export -g "$work/claims.cg" --format nquads -o "$work/claims.nq"
"$claimgraph" who-claimed "589 billion" -g "$work/claims.cg" --json >"$work/who.json"
"$claimgraph" sources c:deepseek_market_crash:14 -g "$work/claims.cg" --json >"$work/sources.json"
node ask.mjs "$work/claims.nq" "$source/docs/RDF.md" "$work/who.json" "$work/sources.json"
