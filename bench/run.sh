#!/usr/bin/env bash
# Every benchmark figure of claimgraph, side by side with SQLite, in one run.
#
#   bench/run.sh [--size-max 100MB] [--with-1gb] [--claims-max 1e6] [--with-1e7] [--seed 42] [--bin-dir DIR]
#                [--only-peer]
#
# Generates corpora (1 MB, 10 MB, 100 MB; 1 GB only with --with-1gb), measures ingest with
# one thread and with all cores on them, on ../shared/corpus-real and on ../shared/aiwiki-content
# beside the peer wink-nlp (npm, bench/wink/; MB per CPU second and the ratio), builds graphs of
# 1e4, 1e5 and 1e6 claims (and 1e7 with --with-1e7: about 10 more minutes and 6 GB of RAM),
# times snapshot write/load, the first answer of a fresh `claimgraph` process, and every query kind against
# SQLite on the same data, prints tables, writes bench/out/*.csv and bench/out/scaling.png,
# and ends with `name: value unit` lines. Without --bin-dir it builds cg_gen and cg_bench
# into build-bench/ (Release) first. Generated data goes to $CG_BENCH_DATA (default
# bench-data/ in that build folder) and is reused when already there (the generator is
# deterministic). Timings are wall clock; ingest also reports MB per CPU second, which
# other work on a shared machine does not distort.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size_max=100MB
with_1gb=0
with_1e7=0
claims_max=1e6
seed=42
bin=""
only_peer=0
while [ $# -gt 0 ]; do
  case "$1" in
    --size-max) size_max=$2; shift 2 ;;
    --with-1gb) with_1gb=1; shift ;;
    --with-1e7) with_1e7=1; shift ;;
    --claims-max) claims_max=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --bin-dir) bin=$2; shift 2 ;;
    --only-peer) only_peer=1; shift ;;  # just claimgraph beside wink-nlp on ../shared/aiwiki-content
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

start=$(date +%s)
out=$root/bench/out
mkdir -p "$out"
results=$out/results.txt
: >"$results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

if [ -z "$bin" ]; then
  echo "== building cg_gen, cg_bench and claimgraph (Release) into build-bench/"
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build-bench" --target cg_gen cg_bench claimgraph -j 2 >/dev/null
  bin=$root/build-bench/bench
fi
cli=$(cd "$bin/.." && pwd)/cli/claimgraph
data=${CG_BENCH_DATA:-$(cd "$bin/.." && pwd)/bench-data}  # inside the build folder, which git ignores
mkdir -p "$data"

if ! command -v gnuplot >/dev/null; then
  echo "== installing gnuplot-nox for the plot"
  as_root apt-get install -y gnuplot-nox >/dev/null 2>&1 || echo "   (could not install gnuplot: the plot is skipped)"
fi

cores=$(nproc)
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1e6}' /proc/meminfo) RAM," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(g++ --version | head -1)"
echo "== commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" status --porcelain 2>/dev/null | grep -q . && echo ' (with local changes)'), seed $seed"

# Runs one cg_bench measurement, echoes and records its result lines. The machine's load
# average is printed before each: other work on the machine shows up in the timings.
measure() {
  echo "   [load average $(cut -d' ' -f1 /proc/loadavg)] cg_bench $1 ${*: -1}" | sed "s|$data/||"
  if ! "$bin/cg_bench" "$@" 2> >(sed 's/^/   /' >&2) | tee -a "$results" | sed 's/^/   /'; then
    echo "   cg_bench $1 failed (exit status above); its figures are missing below"
  fi
}
get() { awk -v k="$1:" '$1 == k { print $2; exit }' "$results"; }

# ---------------------------------------------------------------- corpora
bytes_of() { numfmt --from=si "${1%B}"; }
sizes=()
for s in 1MB 10MB 100MB; do
  [ "$(bytes_of $s)" -le "$(bytes_of "$size_max")" ] && sizes+=("$s")
done
[ "$with_1gb" = 1 ] && sizes+=(1GB)
[ "$only_peer" = 1 ] && sizes=()

echo
echo "== generating corpora: ${sizes[*]}"
for s in "${sizes[@]}"; do
  dir=$data/gen-$s-seed$seed
  if [ ! -f "$dir/truth.json" ]; then
    rm -rf "$dir"
    t0=$(date +%s.%N)
    "$bin/cg_gen" --size "$s" --seed "$seed" --out "$dir" | sed 's/^/   /'
    t1=$(date +%s.%N)
    echo "gen_mb_per_s_$s: $(awk -v a="$t0" -v b="$t1" -v s="$(bytes_of $s)" 'BEGIN{printf "%.0f", s/1e6/(b-a)}') MB/s" | tee -a "$results" | sed 's/^/   /'
  else
    echo "   reusing $dir"
  fi
done

# ---------------------------------------------------------------- ingest
echo
echo "== ingest (ingest::ingest end to end: read, extract, merge, freeze, contested sets; best of repeated runs)"
for s in "${sizes[@]}"; do
  for t in 1 "$cores"; do
    measure ingest --label "$s" --threads "$t" --min-seconds 1 --phases 1 "$data/gen-$s-seed$seed"
  done
done
real=$root/../shared/corpus-real
if [ "$only_peer" = 1 ]; then
  :
elif [ -d "$real" ]; then
  for t in 1 "$cores"; do measure ingest --label real --threads "$t" --min-seconds 2 "$real"; done
else
  echo "   note: $real is absent: the real-corpus ingest is skipped"
fi

# ---------------------------------------------------------------- the peer: wink-nlp
# Issue #16's yardstick: claimgraph's ingest of the whole AI Wiki snapshot on one core beside
# wink-nlp (tokens, sentences, entities) on the same files, in the same minutes.
aiwiki=$root/../shared/aiwiki-content
echo
echo "== peer: wink-nlp and claimgraph on the same files ($aiwiki)"
if [ -d "$aiwiki" ] && command -v node >/dev/null && command -v npm >/dev/null; then
  # npm ci again only when the lock file changed since the last install.
  if [ ! -f "$root/bench/wink/node_modules/.installed" ] ||
     [ "$root/bench/wink/package-lock.json" -nt "$root/bench/wink/node_modules/.installed" ]; then
    (cd "$root/bench/wink" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed)
  fi
  for t in 1 "$cores"; do measure ingest --label aiwiki --threads "$t" --min-seconds 2 "$aiwiki"; done
  echo "   [load average $(cut -d' ' -f1 /proc/loadavg)] node bench/wink/peer.mjs aiwiki-content"
  node "$root/bench/wink/peer.mjs" "$aiwiki" --label aiwiki --min-seconds 2 | tee -a "$results" | sed 's/^/   /'
else
  echo "   note: $aiwiki, node or npm is absent: the peer is skipped"
fi

# ---------------------------------------------------------------- graph, queries, SQLite
tags=()
for n in 1e4 1e5 1e6; do
  awk -v a="$n" -v b="$claims_max" 'BEGIN{exit !(a+0 <= b+0)}' && tags+=("$n")
done
[ "$with_1e7" = 1 ] && tags+=(1e7)
[ "$only_peer" = 1 ] && tags=()

# The first answer of a fresh process: `claimgraph` started on the snapshot with one question
# of each kind (the first of the workload), timed by /usr/bin/time from its start to its exit,
# best of 3 (the file is in the page cache after the load above): wall time, and CPU time (user +
# system), which other work on a shared machine does not stretch. A word question reads the
# word index in place from the snapshot (format 6), as every other question reads its tables.
first_answer() {  # first_answer TAG SNAPSHOT QUERIES
  local tag=$1 g=$2 qs=$3 kind cmd text best cpu line
  [ -x "$cli" ] && [ -x /usr/bin/time ] || { echo "   note: $cli or /usr/bin/time is absent: first answers are not timed"; return; }
  for kind in figure entity word check; do
    text=$(awk -F'\t' -v k="$kind" '$1 == k { print $2; exit }' "$qs")
    [ -n "$text" ] || continue
    cmd=who-claimed; [ "$kind" = check ] && cmd=check
    best="" cpu=""
    for _ in 1 2 3; do
      line=$(/usr/bin/time -f "%e %U %S" "$cli" "$cmd" "$text" -g "$g" 2>&1 >/dev/null | tail -1)
      best=$(awk -v l="$line" -v c="$best" 'BEGIN{ split(l, f, " "); if (c == "" || f[1] < c) c = f[1]; print c }')
      cpu=$(awk -v l="$line" -v c="$cpu" 'BEGIN{ split(l, f, " "); d = f[2] + f[3]; if (c == "" || d < c) c = d; print c }')
    done
    echo "first_answer_${kind}_s_$tag: $best s" | tee -a "$results" | sed 's/^/   /'
    echo "first_answer_${kind}_cpu_s_$tag: $cpu s" | tee -a "$results" | sed 's/^/   /'
  done
}

for n in "${tags[@]}"; do
  echo
  echo "== graph of $n claims (built from generated DocumentBundles), snapshot, SQLite twin"
  g=$data/graph-$n-seed$seed
  measure build --claims "$n" --tag "$n" --seed "$seed" --snapshot "$g.cg" --sqlite "$g.sqlite" --queries "$g.queries.tsv"
  echo "== load and query, $n claims (fresh process)"
  measure load --snapshot "$g.cg" --queries "$g.queries.tsv" --tag "$n"
  echo "== first answer of a fresh claimgraph process, $n claims [load average $(cut -d' ' -f1 /proc/loadavg)]"
  first_answer "$n" "$g.cg" "$g.queries.tsv"
  echo "== SQLite, $n claims (fresh process)"
  measure sqlite --db "$g.sqlite" --queries "$g.queries.tsv" --tag "$n"
done

# ---------------------------------------------------------------- tables and CSV
fmt() { local v; v=$(get "$1"); echo "${v:-n/a}"; }

echo
echo "== ingest: throughput and peak memory by size"
{
  echo "corpus,bytes,threads,mb_per_s,mb_per_cpu_s,seconds,cpu_s,peak_rss_mb,documents,claims,extract_cpu_s,merge_contested_cpu_s"
  for s in "${sizes[@]}" real; do
    for t in 1 "$cores"; do
      p=ingest_${s}_t$t
      [ -n "$(get ${p}_mb_per_s)" ] || continue
      echo "$s,$(fmt ${p}_bytes),$t,$(fmt ${p}_mb_per_s),$(fmt ${p}_mb_per_cpu_s),$(fmt ${p}_s),$(fmt ${p}_cpu_s),$(fmt ${p}_peak_rss_mb),$(fmt ${p}_documents),$(fmt ${p}_claims),$(fmt ${p}_read_extract_cpu_s),$(fmt ${p}_merge_contested_cpu_s)"
    done
  done
} >"$out/ingest.csv"
column -s, -t "$out/ingest.csv" | sed 's/^/   /'

echo
echo "== graph: build, snapshot and memory by size"
{
  echo "claims,edges,add_s,freeze_s,contested_s,snapshot_write_s,load_s,load_first_s,snapshot_mb,disk_b_per_claim,graph_rss_mb,graph_b_per_claim,engine_build_s,rss_mb,rss_b_per_claim,rss_after_queries_mb,first_answer_figure_s,first_answer_word_s,sqlite_build_s,sqlite_mb"
  for n in "${tags[@]}"; do
    echo "$n,$(fmt graph_edges_$n),$(fmt graph_add_s_$n),$(fmt graph_freeze_s_$n),$(fmt graph_contested_s_$n),$(fmt snapshot_write_s_$n),$(fmt load_s_$n),$(fmt load_first_s_$n),$(fmt snapshot_mb_$n),$(fmt snapshot_bytes_per_claim_$n),$(fmt graph_rss_mb_$n),$(fmt graph_bytes_per_claim_$n),$(fmt engine_build_s_$n),$(fmt rss_mb_$n),$(fmt rss_bytes_per_claim_$n),$(fmt rss_after_queries_mb_$n),$(fmt first_answer_figure_s_$n),$(fmt first_answer_word_s_$n),$(fmt sqlite_build_s_$n),$(fmt sqlite_mb_$n)"
  done
} >"$out/graph.csv"
column -s, -t "$out/graph.csv" | sed 's/^/   /'

echo
echo "== queries: latency in microseconds, claimgraph vs SQLite (same data, same questions)"
{
  echo "query,claims,p50_us,p99_us,sqlite_p50_us,sqlite_p99_us,sqlite_over_claimgraph_p50"
  for q in who_claimed who_claimed_word who_claimed_figure who_claimed_entity sources_of_entity graph_sources_of_entity provenance entity contested check; do
    for n in "${tags[@]}"; do
      a=$(get ${q}_${n}_p50_us); b=$(get ${q}_${n}_p99_us)
      sq=$q; [ "$q" = graph_sources_of_entity ] && sq=sources_of_entity
      c=$(get sqlite_${sq}_${n}_p50_us); d=$(get sqlite_${sq}_${n}_p99_us)
      [ -n "$a$c" ] || continue
      r=$(awk -v a="$a" -v c="$c" 'BEGIN{ if (a > 0 && c > 0) printf "%.1f", c/a; else print "n/a" }')
      echo "$q,$n,${a:-n/a},${b:-n/a},${c:-n/a},${d:-n/a},$r"
    done
  done
} >"$out/queries.csv"
column -s, -t "$out/queries.csv" | sed 's/^/   /'

# ---------------------------------------------------------------- plot
if command -v gnuplot >/dev/null && [ "$only_peer" = 0 ]; then
  awk -F, 'NR > 1 && $1 != "real" && $3 == 1 { print $2/1e6, $4, $8 }' "$out/ingest.csv" >"$out/ingest-t1.dat"
  awk -F, 'NR > 1 && $1 != "real" && $3 > 1 { print $2/1e6, $4, $8 }' "$out/ingest.csv" >"$out/ingest-tn.dat"
  # Growth: build (add + contested sets + freeze), first load, memory and first answer by claims.
  awk -F, 'NR > 1 { print $1, $3 + $4 + $5, $8, $14, $16, $17 }' "$out/graph.csv" >"$out/graph.dat"
  for n in "${tags[@]}"; do
    echo "$n $(fmt who_claimed_${n}_p50_us) $(fmt who_claimed_figure_${n}_p50_us) $(fmt who_claimed_entity_${n}_p50_us)" \
      "$(fmt who_claimed_word_${n}_p50_us) $(fmt check_${n}_p50_us) $(fmt sqlite_who_claimed_${n}_p50_us)"
  done >"$out/queries.dat"
  gnuplot <<EOF 2>/dev/null || echo "   (gnuplot failed: no plot)"
set terminal pngcairo size 1500,440 font "sans,10"
set output "$out/scaling.png"
set multiplot layout 1,3 title "claimgraph scaling (seed $seed, $cores cores)"
set logscale x
set xlabel "generated corpus (MB)"
set ylabel "ingest MB/s"
set y2label "peak RSS (MB)"
set ytics nomirror
set y2tics
set key top left
set grid
set yrange [0:*]
set y2range [0:*]
plot "$out/ingest-t1.dat" using 1:2 with linespoints title "MB/s, 1 thread", \
     "$out/ingest-tn.dat" using 1:2 with linespoints title "MB/s, $cores threads", \
     "$out/ingest-t1.dat" using 1:3 axes x1y2 with linespoints dt 2 title "peak RSS, 1 thread", \
     "$out/ingest-tn.dat" using 1:3 axes x1y2 with linespoints dt 3 title "peak RSS, $cores threads"
unset y2tics
unset y2label
set ytics mirror
set xlabel "claims in the graph"
set ylabel "seconds (solid), MB (dashed); log-log, slope 1 = linear"
set autoscale y
set logscale y
plot "$out/graph.dat" using 1:2 with linespoints title "graph build: add + contested + freeze (s)", \
     "$out/graph.dat" using 1:3 with linespoints title "snapshot load, fresh process (s)", \
     "$out/graph.dat" using 1:(\$6 > 0 ? \$6 : 1/0) with linespoints title "first figure answer, fresh claimgraph (s)", \
     "$out/graph.dat" using 1:4 with linespoints dt 2 title "RSS, graph + engine (MB)", \
     "$out/graph.dat" using 1:(\$5 > 0 ? \$5 : 1/0) with linespoints dt 2 title "RSS after every query (MB)"
set ylabel "query p50 (microseconds)"
plot "$out/queries.dat" using 1:2 with linespoints title "who-claimed (mix)", \
     "$out/queries.dat" using 1:3 with linespoints title "who-claimed, figure", \
     "$out/queries.dat" using 1:4 with linespoints title "who-claimed, entity", \
     "$out/queries.dat" using 1:5 with linespoints title "who-claimed, word", \
     "$out/queries.dat" using 1:6 with linespoints title "check", \
     "$out/queries.dat" using 1:7 with linespoints dt 2 title "SQLite who-claimed (mix)"
unset multiplot
EOF
  [ -f "$out/scaling.png" ] && echo && echo "== plot: $out/scaling.png"
fi

# ---------------------------------------------------------------- summary
largest=""
for s in "${sizes[@]}"; do [ "$s" != 1GB ] && largest=$s; done
top=""
[ ${#tags[@]} -gt 0 ] && top=${tags[${#tags[@]}-1]}
summary() { local v; v=$(get "$2"); echo "$1: ${v:-n/a} $3"; }
ratio() { awk -v a="$(get "$1")" -v b="$(get "$2")" 'BEGIN{ if (a > 0 && b > 0) printf "%.1f", b/a; else print "n/a" }'; }
echo
echo "== summary (MB = 10^6 bytes; generated corpus $largest, graph of $top claims)"
summary ingest_mb_per_s "ingest_${largest}_t1_mb_per_s" MB/s
summary ingest_mb_per_s_all_cores "ingest_${largest}_t${cores}_mb_per_s" MB/s
summary ingest_mb_per_cpu_s "ingest_${largest}_t1_mb_per_cpu_s" MB/cpu-s
summary ingest_real_mb_per_s ingest_real_t1_mb_per_s MB/s
summary ingest_real_mb_per_s_all_cores "ingest_real_t${cores}_mb_per_s" MB/s
summary ingest_real_mb_per_cpu_s ingest_real_t1_mb_per_cpu_s MB/cpu-s
summary ingest_peak_rss_mb "ingest_${largest}_t1_peak_rss_mb" MB
summary ingest_aiwiki_mb_per_cpu_s ingest_aiwiki_t1_mb_per_cpu_s MB/cpu-s
summary ingest_aiwiki_mb_per_s_all_cores "ingest_aiwiki_t${cores}_mb_per_s" MB/s
summary wink_aiwiki_mb_per_cpu_s wink_aiwiki_mb_per_cpu_s MB/cpu-s
echo "ingest_vs_wink_per_core: $(ratio wink_aiwiki_mb_per_cpu_s ingest_aiwiki_t1_mb_per_cpu_s) x"
for n in "${tags[@]}"; do
  summary "who_claimed_p50_us_$n" "who_claimed_${n}_p50_us" us
  summary "who_claimed_p99_us_$n" "who_claimed_${n}_p99_us" us
  summary "sqlite_who_claimed_p50_us_$n" "sqlite_who_claimed_${n}_p50_us" us
  summary "sqlite_who_claimed_p99_us_$n" "sqlite_who_claimed_${n}_p99_us" us
  echo "who_claimed_speedup_vs_sqlite_$n: $(ratio "who_claimed_${n}_p50_us" "sqlite_who_claimed_${n}_p50_us") x"
  summary "sources_of_entity_p50_us_$n" "sources_of_entity_${n}_p50_us" us
  summary "graph_sources_of_entity_p50_us_$n" "graph_sources_of_entity_${n}_p50_us" us
  summary "sqlite_sources_of_entity_p50_us_$n" "sqlite_sources_of_entity_${n}_p50_us" us
  summary "check_p50_us_$n" "check_${n}_p50_us" us
  summary "check_p99_us_$n" "check_${n}_p99_us" us
  summary "load_s_$n" "load_s_$n" s
  summary "load_first_s_$n" "load_first_s_$n" s
  summary "load_first_cpu_s_$n" "load_first_cpu_s_$n" s
  summary "engine_build_s_$n" "engine_build_s_$n" s
  summary "engine_build_cpu_s_$n" "engine_build_cpu_s_$n" s
  for kind in figure entity word check; do
    summary "first_answer_${kind}_s_$n" "first_answer_${kind}_s_$n" s
    summary "first_answer_${kind}_cpu_s_$n" "first_answer_${kind}_cpu_s_$n" s
  done
  summary "snapshot_write_s_$n" "snapshot_write_s_$n" s
  summary "snapshot_bytes_per_claim_$n" "snapshot_bytes_per_claim_$n" B/claim
  summary "graph_bytes_per_claim_$n" "graph_bytes_per_claim_$n" B/claim
  summary "rss_mb_$n" "rss_mb_$n" MB
  summary "rss_bytes_per_claim_$n" "rss_bytes_per_claim_$n" B/claim
  summary "rss_after_queries_bytes_per_claim_$n" "rss_after_queries_bytes_per_claim_$n" B/claim
done
echo "total_s: $(( $(date +%s) - start )) s"
