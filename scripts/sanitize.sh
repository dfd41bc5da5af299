#!/usr/bin/env bash
# Builds claimgraph with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# (or $CG_ASAN_BUILD_DIR) and runs the whole test suite there. Any sanitizer report aborts
# the test that caused it (-fno-sanitize-recover=all), so the script exits non-zero on a
# finding as on a failing test. The benchmarks are not built.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CG_ASAN_BUILD_DIR:-build-asan}
jobs=${CG_JOBS:-$(nproc)}
start=$SECONDS
cmake -S . -B "$build" -DCG_SANITIZE=ON -DCG_BENCH=OFF -DCMAKE_BUILD_TYPE=${CG_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j "$jobs"
# detect_leaks: the tests own all their memory; halt_on_error: one report fails the run.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
status=0
# Browser and RDF-store tests drive programs that are not built with the sanitizers: left out here.
ctest --output-on-failure -j "$jobs" -LE "browser|store" || status=$?
echo "sanitize: build and tests took $((SECONDS - start)) s; ctest status $status" >&2
exit $status
