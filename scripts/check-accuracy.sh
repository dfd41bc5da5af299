#!/usr/bin/env bash
# Measures `check` and `contested` against statements written and verified by hand over the AI Wiki
# snapshot (issue #13): tests/accuracy/checks.tsv, tests/accuracy/genuine-contests.tsv.
# Builds a graph of ../shared/aiwiki-content + corpus/, one of ../shared/wikipedia/pages (for the
# rows whose article is a .wiki page) and one of ../shared/wikipedia/dump/en_test.xml (for the rows
# whose article is `en_test.xml#Title`) once each and reuses them while the binary and the inputs are
# unchanged (cache: build/accuracy/), then prints confusion tables by kind and by split.
# Usage: scripts/check-accuracy.sh [CLAIMGRAPH] [--rebuild] [--split dev|held_out|held_out_2|held_out_3|held_out_4|held_out_5|held_out_6|held_out_7|held_out_8|held_out_9|held_out_10|held_out_11|held_out_12|held_out_13|held_out_14|held_out_15|held_out_16|held_out_17|held_out_18|held_out_19|held_out_20|held_out_21|held_out_22|held_out_23|held_out_24|held_out_25|held_out_26|held_out_27|held_out_28|held_out_29|held_out_30|held_out_31|held_out_32|held_out_33|held_out_34|held_out_35|held_out_36|held_out_37|held_out_38|held_out_39|held_out_40|held_out_41|held_out_42]
#        (default CLAIMGRAPH: build/cli/claimgraph; see scripts/check-accuracy.py --help)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/check-accuracy.py "$@"
