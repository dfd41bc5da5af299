#!/usr/bin/env bash
# `claimgraph serve` under wrk (Debian's wrk): 64 connections for 30 s against who-claimed and
# check, on loopback, with the kernel's accept-queue counters around each run, so that dropped
# connections show as what they are (docs/PERFORMANCE.md, "serve under load").
#
#   bench/serve-load.sh GRAPH [--bin PATH-TO-claimgraph] [--seconds 30] [--connections 64]
#
# GRAPH: a graph file, e.g. of the whole AI Wiki:
#   build/cli/claimgraph ingest ../shared/aiwiki-content -o /tmp/aiwiki.cg
# Prints, per route: wrk's report (requests/s, latency percentiles, errors), the load average
# before and after (other work on the machine shows in the numbers), and how many connections the
# kernel dropped because the server's accept queue was full (TcpExtListenOverflows, from nstat;
# counted for the whole machine, so another program's overflows would show too).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
graph=""
cg=$root/build/cli/claimgraph
seconds=30
connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) cg=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "serve-load.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) graph=$1; shift ;;
  esac
done
[ -n "$graph" ] || { echo "serve-load.sh: which graph? (try --help)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve-load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
command -v nstat >/dev/null || { echo "serve-load.sh: needs nstat (apt-get install iproute2)" >&2; exit 1; }

log=$(mktemp)
"$cg" serve -g "$graph" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q 'serving' "$log" && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*/' "$log") || { cat "$log" >&2; exit 1; }
echo "== $("$cg" --version), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)," \
  "$(nproc) cores, graph $graph, server $url"

routes=(
  "api/who-claimed?q=10+billion"
  "api/check?statement=NVIDIA+lost+about+600+billion+dollars+of+market+value+on+January+27%2C+2025."
)
for route in "${routes[@]}"; do
  curl -fsS -o /dev/null "$url$route"  # answers at all before it is measured
  echo
  echo "== /$route"
  echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  nstat -n >/dev/null  # resets nstat's history: the next call shows what happened since
  # Halfway through, what else is busy on the machine (top's second frame: the last second).
  (sleep $((seconds / 2)); top -b -n2 -d1 -w 200 | awk '/^top -/ { frame++ } frame == 2' | sed -n '7,13p' \
    | sed 's/^/   [busy at half time] /') &
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url$route"
  wait $!
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   accept-queue overflows: $(nstat -z TcpExtListenOverflows | awk '/ListenOverflows/ {print $2}' || true)"
  echo "   server resident memory: $(awk '/VmHWM/ {print $2, $3}' /proc/"$server"/status) (peak)"
done
