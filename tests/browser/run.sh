#!/usr/bin/env bash
# The browser test: sets up chromium and puppeteer-core (scripts/setup-browser.sh), serves the
# graph of corpus/ and the hostile fixture on a free port, and walks it in the browser.
# Usage: run.sh CLAIMGRAPH SOURCE_DIR SCREENSHOT_DIR
set -euo pipefail
claimgraph=$1 source=$2 shots=$3
bash "$source/scripts/setup-browser.sh"
work=$(mktemp -d)
server=
cleanup() {
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true  # its status is the signal's; the test's is node's
  fi
  rm -rf "$work"
}
trap cleanup EXIT
"$claimgraph" ingest -q "$source/corpus" "$source/tests/fixtures/serve" -o "$work/claims.cg"
"$claimgraph" serve -g "$work/claims.cg" --port 0 >"$work/serve.out" &
server=$!
for _ in $(seq 100); do
  grep -q 'http://' "$work/serve.out" && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.out")
[[ -n $url ]] || { echo "the server did not start" >&2; exit 1; }
node "$source/tests/browser/browse.mjs" "$url" "$shots"
