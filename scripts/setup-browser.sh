#!/usr/bin/env bash
# What the browser test needs, beside scripts/setup.sh: Debian's chromium, and puppeteer-core at
# the exact version of tests/browser/package-lock.json (npm ci). Only the browser test (ctest
# label "browser") calls it, so the other builds never download a browser or an npm package.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
  echo "setup-browser: installing chromium" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
command -v node >/dev/null || { echo "setup-browser: node (18 or later) is missing" >&2; exit 1; }
# npm ci again only when the lock file changed since the last install.
if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.installed-lock.json 2>/dev/null; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/browser/package-lock.json tests/browser/node_modules/.installed-lock.json
fi
