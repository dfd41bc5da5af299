#!/usr/bin/env bash
# Linear time on hostile input: each shape of bench/hostile.py ingested at 1x and 10x its
# size, with CPU time (user + sys: on a shared machine wall time is what the others leave), peak
# memory and the ratio (linear is about 10; quadratic 100).
#
#   bench/hostile.sh [--bin PATH-TO-claimgraph] [SHAPE ...]
#
# With SHAPEs, only those rows (the wikitext ones: wiki-unclosed-refs wiki-braces wiki-brackets
# wiki-nested wiki-page, whose 10x is a 50 MB page).
# Without --bin it builds claimgraph (Release) into build-bench/ first. Files go to a
# temporary folder that is removed at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cg=""
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) cg=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "hostile.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
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
  "paragraph-of-quotes 800000" "paragraph-of-it 400000" "paragraph-of-it-clauses 400000"
  "paragraph-of-said 400000" "paragraph-of-the-chip 400000" "paragraph-of-then 400000"
  "sentence-of-from 60000"
  "wiki-unclosed-refs 2000000" "wiki-braces 2000000" "wiki-brackets 2000000" "wiki-nested 2000000"
  "wiki-page 5000000"
)
printf '| %-22s | %9s | %9s | %9s | %9s | %5s | %-15s |\n' input "1x bytes" "1x s" "10x bytes" "10x s" ratio "peak MB 1x→10x"
printf '|%s|\n' "------------------------|-----------|-----------|-----------|-----------|-------|-----------------"
for entry in "${shapes[@]}"; do
  read -r kind size <<<"$entry"
  if ((${#only[@]})) && [[ " ${only[*]} " != *" $kind "* ]]; then continue; fi
  ext=md
  [[ $kind == wiki-* ]] && ext=wiki
  row=()
  for n in "$size" $((size * 10)); do
    python3 "$root/bench/hostile.py" "$kind" "$n" >"$work/$kind.$ext"
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$cg" ingest -q "$work/$kind.$ext" -o "$work/out.cg" 2>/dev/null || true
    read -r user sys kb <"$work/time"
    seconds=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    row+=("$n" "$seconds" "$((kb / 1000))")
  done
  ratio=$(awk -v a="${row[1]}" -v b="${row[4]}" 'BEGIN { printf (a > 0 ? "%.1f" : "-"), b / a }')
  printf '| %-22s | %9s | %9s | %9s | %9s | %5s | %-15s |\n' "$kind" "${row[0]}" "${row[1]}" "${row[3]}" "${row[4]}" "$ratio" "${row[2]} → ${row[5]}"
done
