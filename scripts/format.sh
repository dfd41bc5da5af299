#!/usr/bin/env bash
# clang-format against the repo's .clang-format. `--check` (what CI runs) lists the files it
# would change and exits 1 when there are any; without it, formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.in' | grep -v '^fuzz/corpus/')
if [[ ${1:-} == --check ]]; then
  bad=()
  for f in "${files[@]}"; do
    [[ -f $f ]] || continue
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if ((${#bad[@]})); then
    printf 'format: not clang-format clean (run scripts/format.sh): %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files clang-format clean" >&2
else
  clang-format -i "${files[@]}"
fi
