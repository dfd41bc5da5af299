#!/usr/bin/env bash
# The N-Quads export of corpus/ and of the hostile fixture (quotes, backslashes, <script>,
# non-ASCII, a URL with a space) parses with serdi, a real RDF parser, and has as many quads
# as lines. Usage: validate-nquads.sh CLAIMGRAPH SOURCE_DIR
set -euo pipefail
claimgraph=$1 source=$2
command -v serdi >/dev/null || { echo "serdi is missing: run scripts/setup.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$claimgraph" ingest -q "$source/corpus" "$source/tests/fixtures/serve" -o claims.cg
"$claimgraph" export -g claims.cg --format nquads --base 'https://kg.example/claims/' -o claims.nq
serdi -i nquads -o nquads claims.nq >reparsed.nq   # exits non-zero on any syntax error
written=$(wc -l <claims.nq)
parsed=$(wc -l <reparsed.nq)
echo "quads written $written, parsed $parsed"
[[ $written -gt 0 && $written -eq $parsed ]]
