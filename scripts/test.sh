#!/usr/bin/env bash
# Set up, build and run the whole test suite (ctest). Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/format.sh --check
bash scripts/build.sh
cd "${CG_BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
