#!/usr/bin/env bash
# The main job on the bundled article: set up, build, ingest corpus/, and show answers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cg=build/cli/claimgraph
echo; echo '$ claimgraph ingest corpus/ -o claims.cg'
$cg ingest corpus/ -o claims.cg
if $cg who-claimed --help >/dev/null 2>&1; then
  echo; echo '$ claimgraph who-claimed "589 billion"'
  $cg who-claimed "589 billion" -g claims.cg || true
  echo; echo '$ claimgraph contested'
  $cg contested -g claims.cg || true
  echo; echo '$ claimgraph check "NVIDIA lost about 590 billion dollars of market value on January 27, 2025"'
  $cg check "NVIDIA lost about 590 billion dollars of market value on January 27, 2025" -g claims.cg || true
fi
