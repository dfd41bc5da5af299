#!/usr/bin/env bash
# Builds the libFuzzer targets into build-fuzz/ (clang-14) and runs each for SECONDS
# (default 60), one after the other. Seeds come from fuzz/corpus/<target>/ (read only);
# what the fuzzer finds new goes to build-fuzz/fuzz-corpus/<target>/, and crashes, leaks,
# timeouts and out-of-memory inputs to build-fuzz/fuzz-artifacts/<target>/. Prints, per
# target, the executions, coverage (cov: edges, ft: features) and findings; exits 1 when
# there is a finding. Reproduce one with: build-fuzz/fuzz/fuzz_<target> ARTIFACT
#
#   bash fuzz/run.sh 180                    # every target for 3 minutes
#   FUZZ_TARGETS="article snapshot" bash fuzz/run.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${CG_FUZZ_BUILD_DIR:-build-fuzz}
targets=(${FUZZ_TARGETS:-article reference figure snapshot statement})
jobs=${CG_JOBS:-2}

if [[ ! -f $build/CMakeCache.txt ]]; then
  CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S . -B "$build" -DCG_FUZZ=ON -DBUILD_TESTING=OFF -DCG_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j "$jobs" --target fuzz_all >/dev/null

# Longest input the fuzzer may make, per target: whole articles, single lines elsewhere.
declare -A max_len=([article]=8192 [reference]=2048 [figure]=1024 [snapshot]=65536 [statement]=1024)
status=0
printf '%-10s %8s %10s %8s %8s %7s %s\n' target seconds execs cov ft corpus findings
for t in "${targets[@]}"; do
  work=$build/fuzz-corpus/$t artifacts=$build/fuzz-artifacts/$t log=$build/fuzz-logs/$t.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  "$build/fuzz/fuzz_$t" "$work" "fuzz/corpus/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${max_len[$t]}" -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || true
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
  corpus=$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
  findings=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  printf '%-10s %8s %10s %8s %8s %7s %s\n' "$t" "$seconds" "$execs" "$cov" "$ft" "$corpus" "$findings"
  if ((findings > 0)); then
    status=1
    find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) -printf '  %p\n'
    grep -m1 -E 'ERROR: |runtime error|fuzz invariant broken|deadly signal|timeout after' "$log" | sed 's/^/  /' || true
  fi
done
exit $status
