#!/usr/bin/env bash
# Configures and builds claimgraph into build/ (or $CG_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CG_BUILD_DIR:-build}
launcher=()
# ccache, where the machine has it, so that rebuilds in several work trees share objects.
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")} CCACHE_NOHASHDIR=1
fi
cmake -S . -B "$build" "${launcher[@]}" -DCMAKE_BUILD_TYPE=${CG_BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
