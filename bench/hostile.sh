#!/usr/bin/env bash
# Linear time on hostile input: each shape of bench/hostile.py ingested at 1x and 10x its
# size, with wall time, peak memory and the ratio (linear is about 10; quadratic 100).
#
#   bench/hostile.sh [--bin PATH-TO-claimgraph]
#
# Without --bin it builds claimgraph (Release) into build-bench/ first. Files go to a
# temporary folder that is removed at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cg=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) cg=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "hostile.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$cg" ]; then
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build-bench" --target claimgraph -j 2 >/dev/null
  cg=$root/build-bench/cli/claimgraph
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shape and its 1x size in bytes
shapes=(
  "brackets 2000000" "markers 2000000" "one-sentence-prose 2000000" "mixed 2000000"
  "one-sentence-figures 60000" "paragraph-of-figures 800000" "paragraph-of-links 800000"
  "paragraph-of-quotes 800000"
)
printf '| %-22s | %9s | %9s | %9s | %9s | %5s | %-15s |\n' input "1x bytes" "1x s" "10x bytes" "10x s" ratio "peak MB 1x→10x"
printf '|%s|\n' "------------------------|-----------|-----------|-----------|-----------|-------|-----------------"
for entry in "${shapes[@]}"; do
  read -r kind size <<<"$entry"
  row=()
  for n in "$size" $((size * 10)); do
    python3 "$root/bench/hostile.py" "$kind" "$n" >"$work/$kind.md"
    /usr/bin/time -f '%e %M' -o "$work/time" "$cg" ingest -q "$work/$kind.md" -o "$work/out.cg" 2>/dev/null || true
    read -r seconds kb <"$work/time"
    row+=("$n" "$seconds" "$((kb / 1000))")
  done
  ratio=$(awk -v a="${row[1]}" -v b="${row[4]}" 'BEGIN { printf (a > 0 ? "%.1f" : "-"), b / a }')
  printf '| %-22s | %9s | %9s | %9s | %9s | %5s | %-15s |\n' "$kind" "${row[0]}" "${row[1]}" "${row[3]}" "${row[4]}" "$ratio" "${row[2]} → ${row[5]}"
done
