#!/usr/bin/env bash
# Installs what claimgraph needs to build and test, from Debian's packages only.
# Safe to run again: it installs only what is missing. Root runs apt-get directly,
# anyone else through sudo.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3
  libboost-graph-dev   # breadth-first neighbourhoods for diagrams, disjoint sets for contested figures
  rapidjson-dev        # JSON export and JSON Schema validation in tests
  libicu-dev           # Unicode: NFKC, case folding, sentence breaks, encodings
  libre2-dev           # linear-time patterns for figures, markers, attributions
  libxml2-dev          # MediaWiki XML dumps, read as a stream (xmlTextReader)
  libbz2-dev           # .xml.bz2 dumps, multistream included, decompressed as a stream
  catch2               # the test framework (2.x on Debian 12)
  libcli11-dev         # the command line parser
  graphviz             # renders DOT diagrams to SVG/PNG
  libfmt-dev           # fmt::format: texts built from numbers without fixed char buffers
  libsqlite3-dev       # only for the peer benchmark
  gnuplot-nox          # only for the benchmark's scaling plot (bench/run.sh, docs/performance-scaling.png)
  clang-format         # the style check CI runs (scripts/format.sh --check)
  universal-ctags      # function lengths (scripts/function-lengths.sh)
  serdi                # a real RDF parser: the test that the N-Quads export parses
  libcpp-httplib-dev   # the HTTP server of 'claimgraph serve' (Debian builds it as a library)
  wamerican            # English word list, built into the binary: a capitalised common word is no name
  wordnet-base         # WordNet 3.0: built into the binary (verbs and nouns find a clause's subject); scripts/vet-speech-verbs.py checks data/speech_verbs.txt against it
  units                # GNU units: scripts/check-units.sh checks data/units.tsv's factors against it
  libmimalloc-dev      # the allocator the programs link (CMakeLists.txt: a tenth of ingest was glibc's malloc and free)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present" >&2
fi
