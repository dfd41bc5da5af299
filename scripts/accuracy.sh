#!/usr/bin/env bash
# Accuracy on real AI Wiki articles (issue #12): ingests each article that has a gold file in
# the gold folder (default tests/accuracy/gold/) from ../shared/aiwiki-content, one graph per
# article, exports JSON, scores it with ../shared/tools/score.py and prints a per-article table
# of every tally score.py gives, with totals. For the default gold it then prints the hand-judged
# precision of tests/accuracy/precision/*.tsv.
# The articles stay in ../shared (not ours to copy); this script is not part of ctest.
# Usage: scripts/accuracy.sh [CLAIMGRAPH] [--keep DIR] [--gold DIR]
#   CLAIMGRAPH  binary to measure (default build/cli/claimgraph)
#   --keep DIR  also keep each article's JSON export and score.py output in DIR
#   --gold DIR  the gold folder, relative to the project (also CG_GOLD_DIR=DIR);
#               tests/accuracy/gold-heldout/ is the held-out set, read only to measure
set -euo pipefail
cd "$(dirname "$0")/.."
cg=build/cli/claimgraph
keep=
gold_dir=${CG_GOLD_DIR:-tests/accuracy/gold}
while (($#)); do
  case $1 in
    --keep) keep=${2:?--keep needs a folder}; shift 2 ;;
    --gold) gold_dir=${2:?--gold needs a folder}; shift 2 ;;
    *) cg=$1; shift ;;
  esac
done
cg=$(realpath "$cg")
content=../shared/aiwiki-content
score=../shared/tools/score.py
[[ -x $cg ]] || { echo "accuracy.sh: no claimgraph binary at $cg" >&2; exit 2; }
[[ -d $content && -f $score ]] || { echo "accuracy.sh: needs $content and $score beside the project" >&2; exit 2; }
gold_dir=${gold_dir%/}
compgen -G "$gold_dir/*.gold.json" >/dev/null || { echo "accuracy.sh: no *.gold.json in $gold_dir" >&2; exit 2; }
# Precision was judged on the default gold's articles only; another gold folder has none.
precision=tests/accuracy/precision
[[ $gold_dir -ef tests/accuracy/gold ]] || precision=$gold_dir/precision

work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
[[ -n $keep ]] && mkdir -p -- "$keep"

for gold in "$gold_dir"/*.gold.json; do
  name=$(basename -- "$gold" .gold.json)
  article=$content/$name.md
  [[ -f $article ]] || { echo "accuracy.sh: $gold has no article $article" >&2; exit 2; }
  # A binary that fails on one article still gets measured on the others; the table says so.
  if ! "$cg" ingest -q -j 1 -o "$work/$name.cg" -- "$article" ||
     ! "$cg" export -g "$work/$name.cg" --format json -o "$work/$name.json"; then
    echo "failed: claimgraph could not ingest or export $article" | tee "$work/$name.score" >&2
    continue
  fi
  python3 "$score" "$gold" "$work/$name.json" >"$work/$name.score" || true
  [[ -z $keep ]] || cp -- "$work/$name.json" "$work/$name.score" "$keep/"
done

echo "gold: $gold_dir"
python3 scripts/accuracy-table.py "$work" "$precision" "$gold_dir"
[[ -d $precision ]] || exit 0
# Measures judged by hand on articles the measure rules were not written on (docs/MEASURES.md).
for tsv in "$precision"/measures-*.tsv; do if [[ -f $tsv ]]; then python3 scripts/measures-sample.py tally "$tsv"; fi; done

# The precision judgements were made on one binary's sample; say where this binary's sample differs.
for tsv in "$precision"/*.tsv; do
  name=$(basename -- "$tsv" .tsv)
  [[ -f $work/$name.json ]] || continue
  if ! diff -q <(python3 scripts/precision-sample.py "$work/$name.json" | cut -f1,2) <(cut -f1,2 "$tsv") >/dev/null; then
    echo "note: $name: this binary's figure sample differs from the judged one; judge it anew with scripts/precision-sample.py"
  fi
done

# Subjects judged on one binary's sample, before and after the subject rules (docs/ACCURACY.md, h-subj).
for tsv in tests/accuracy/precision/subjects-*.tsv; do
  [[ -f $tsv ]] || continue
  awk -F'\t' 'NR > 1 { n++; b += $6; a += $7 } END { printf "%s: subjects judged: %d; right before: %d/%d, after: %d/%d\n", FILENAME, n, b, n, a, n }' "$tsv"
done
