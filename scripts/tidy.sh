#!/usr/bin/env bash
# clang-tidy with the repo's .clang-tidy (bugprone, performance, naming) over the product's
# sources (graph, ingest, reason, query, serve, cli), using the build's compile_commands.json.
# Exits 1 when it finds anything in our files. Usage: scripts/tidy.sh [BUILD_DIR] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
[[ -f $build/compile_commands.json ]] || bash scripts/build.sh >/dev/null
if (($#)); then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'graph/*.cpp' 'ingest/*.cpp' 'reason/*.cpp' 'query/*.cpp' 'serve/*.cpp' 'cli/*.cpp')
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet >"$log" 2>/dev/null || true
root=$(pwd)
if grep -E "^$root/[^:]+:[0-9]+:[0-9]+: (warning|error):" "$log" | sort -u | grep . ; then
  echo "tidy: findings above (scripts/tidy.sh; .clang-tidy lists the checks)" >&2
  exit 1
fi
echo "tidy: ${#files[@]} files clean" >&2
