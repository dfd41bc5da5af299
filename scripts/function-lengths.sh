#!/usr/bin/env bash
# Lists functions in the product folders (graph, ingest, reason, query, cli) with their length in lines, longest first.
cd "$(dirname "$0")/.."
ctags -x --languages=C++ --c++-kinds=fp --fields=+ne --_xformat='%{end} %{line} %{input} %{name}' -R graph ingest reason query serve cli 2>/dev/null |
  awk '$1 != "" && $1 ~ /^[0-9]+$/ { print $1 - $2 + 1, $3 ":" $2, $4 }' | sort -rn
