#!/usr/bin/env bash
# Measures the Wikipedia readers on ../shared/wikipedia (real pages and a real dump; not
# part of the repository, so not run by ctest): every article page becomes a document
# (redirects skipped), every <ref> in running text is bound to a source, the share of
# distinct citations whose source names a publisher or work, and the .xml and .xml.bz2
# forms of the dump giving the same graph apart from the input's path.
# It also scores the hand-made golds of tests/accuracy/gold-wiki/ with ../shared/tools/score.py,
# each page ingested alone, and sums their tallies. A gold's page is the file of pages/ its
# "document" names; a gold NAME.gold.json whose page is not in pages/ is the dump article written
# as NAME.wiki by scripts/dump-pages.py (title with spaces as '-'), extracted into the work dir. CG_WIKI_MISSING=1 prints the dump's citations that name neither
# publisher nor work.
# Usage: scripts/wiki-accuracy.sh [CLAIMGRAPH] [--gold DIR] [--gold-only] [--keep DIR]
#        (numbers go to docs/ACCURACY.md, "Wikipedia")
#   --gold DIR   the gold folder, relative to the project (also CG_GOLD_DIR=DIR), as scripts/accuracy.sh
#   --gold-only  score the gold pages only: no census of every page and the dump (so no page outside
#                the gold set is read; use it while some pages are reserved for a held-out set)
#   --keep DIR   keep each gold page's graph (DIR/gold-NAME.json) and score line for diagnosis
set -euo pipefail
cd "$(dirname "$0")/.."
cg=build/cli/claimgraph
gold=${CG_GOLD_DIR:-tests/accuracy/gold-wiki}
gold_only= keep=
while (($#)); do
  case $1 in
    --gold) gold=${2:?--gold needs a folder}; shift 2 ;;
    --gold-only) gold_only=1; shift ;;
    --keep) keep=${2:?--keep needs a folder}; shift 2 ;;
    *) cg=$1; shift ;;
  esac
done
cg=$(realpath "$cg")
gold=${gold%/}
compgen -G "$gold/*.gold.json" >/dev/null || { echo "wiki-accuracy: no *.gold.json in $gold" >&2; exit 2; }
shared=${CG_SHARED:-../shared}/wikipedia
[[ -d $shared ]] || { echo "wiki-accuracy: $shared not found" >&2; exit 1; }
if [[ -n $keep ]]; then
  mkdir -p "$keep"
  work=$(realpath "$keep")
  rm -f "$work/gold-scores.txt"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

ingest() {  # ingest NAME INPUT: the graph as JSON in $work/NAME.json, the report in $work/NAME.txt
  "$cg" ingest "$2" -o "$work/$1.cg" >"$work/$1.txt" 2>&1
  "$cg" export -g "$work/$1.cg" --format json >"$work/$1.json"
}
census() {  # every page and the dump: documents, refs bound, publishers, .xml = .xml.bz2
ingest pages "$shared/pages"
ingest dump "$shared/dump/en_test.xml"
ingest dumpbz2 "$shared/dump/en_test.xml.bz2"

python3 - "$shared" "$work" "${CG_WIKI_MISSING:-}" <<'EOF'
import html, json, os, re, sys
from urllib.parse import urlparse

shared, work, show_missing = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

def redirect(text):
    return re.match(r"\s*#(redirect|weiterleitung)", text, re.I) is not None

def load(name):
    with open(os.path.join(work, name + ".json")) as f:
        return json.load(f)

def report(name):
    with open(os.path.join(work, name + ".txt")) as f:
        text = f.read()
    m = re.search(r"citation markers (\d+), bound to a reference (\d+)", text)
    return int(m.group(1)), int(m.group(2))

def domain(url):
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host

def sources(graph):
    total = named = by_domain = titled = located = 0
    for s in graph["sources"]:
        total += 1
        publisher = s.get("publisher") or ""
        if s.get("work") or (publisher and publisher != domain(s.get("url"))):
            named += 1
        elif publisher:
            by_domain += 1
        titled += bool(s.get("title"))
        located += bool(s.get("url"))
    return total, named, by_domain, titled, located

def raw_refs(text):
    """<ref> tags as written (a definition or a reuse), outside comments, group notes left out."""
    if "&lt;ref" in text and "<ref" not in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    text = re.sub(r"<!--.*?(-->|$)", "", text, flags=re.S)
    return sum(1 for m in re.finditer(r"<ref(\s[^>]*)?>", text, re.I) if "group" not in (m.group(1) or ""))

def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"

pages = sorted(f for f in os.listdir(os.path.join(shared, "pages")) if f.endswith(".wiki"))
articles = [f for f in pages if not redirect(open(os.path.join(shared, "pages", f), encoding="utf-8", errors="replace").read())]
page_refs = sum(raw_refs(open(os.path.join(shared, "pages", f), encoding="utf-8", errors="replace").read())
                for f in articles)
dump_xml = open(os.path.join(shared, "dump", "en_test.xml"), encoding="utf-8", errors="replace").read()
dump_texts = [html.unescape(t) for p in re.findall(r"<page>.*?</page>", dump_xml, re.S)
              if "<ns>0</ns>" in p and "<redirect" not in p
              for t in re.findall(r"<text[^>]*>(.*?)</text>", p, re.S)]
dump_refs = sum(raw_refs(t) for t in dump_texts)
dump_articles = sum(1 for p in re.findall(r"<page>.*?</page>", dump_xml, re.S)
                    if "<ns>0</ns>" in p and "<redirect" not in p)

for name, label, expected, refs in (("pages", "pages/ (70 .wiki files)", len(articles), page_refs),
                                   ("dump", "dump/en_test.xml", dump_articles, dump_refs),
                                   ("dumpbz2", "dump/en_test.xml.bz2", dump_articles, dump_refs)):
    g = load(name)
    markers, bound = report(name)
    total, named, by_domain, titled, located = sources(g)
    print(f"{label}")
    print(f"  documents {len(g['documents'])} of {expected} article pages (redirects skipped)")
    print(f"  <ref> tags in the wikitext (outside comments, not group notes, reference lists included): {refs}")
    print(f"  citation markers read in running text, tables and infoboxes: {markers}, bound to a source: {bound} ({pct(bound, markers)})")
    print(f"  distinct citations (sources) {total}: publisher or work named {named} ({pct(named, total)}), "
          f"with the URL's domain standing in {named + by_domain} ({pct(named + by_domain, total)})")
    print(f"  sources with a title {titled} ({pct(titled, total)}), with a URL or identifier {located} ({pct(located, total)})")

def without_path(g):
    for d in g["documents"]:
        d["path"] = d["path"].split("#", 1)[1]
    return g
if show_missing:
    print("dump citations naming neither publisher nor work:")
    for s in load("dump")["sources"]:
        if not s.get("publisher") and not s.get("work"):
            print(f"  {s.get('title') or ''!r} {s.get('url') or ''}")
same = without_path(load("dump")) == without_path(load("dumpbz2"))
print(f".xml and .xml.bz2 give the same graph apart from the path: {'yes' if same else 'NO'}")
EOF
}
[[ -n $gold_only ]] || census

echo "gold: $gold"
for g in "$gold"/*.gold.json; do
  page=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["document"]; print(d.split("/pages/")[1] if "/pages/" in d else "")' "$g")
  name=$(basename "$g" .gold.json)
  input=$shared/pages/$page
  if [[ -z $page || ! -f $input ]]; then  # a dump article: NAME.wiki among the dump's articles
    [[ -d $work/dump-pages ]] || python3 scripts/dump-pages.py "$shared/dump/en_test.xml" "$work/dump-pages" >/dev/null
    input=$work/dump-pages/$name.wiki page="dump/en_test.xml: $name"
    [[ -f $input ]] || { echo "wiki-accuracy: $name is neither in $shared/pages nor an article of the dump" >&2; exit 1; }
  fi
  ingest "gold-$name" "$input"
  line=$(python3 "$shared/../tools/score.py" "$g" "$work/gold-$name.json" | tail -1)
  echo "gold $name ($page): $line"
  echo "$line" >>"$work/gold-scores.txt"
done
# The tallies of every gold page together.
python3 - "$work/gold-scores.txt" <<'EOF2'
import re, sys
totals = {}
for line in open(sys.argv[1]):
    for key, n, d in re.findall(r"(\w+) (\d+)/(\d+)", line):
        a, b = totals.get(key, (0, 0))
        totals[key] = (a + int(n), b + int(d))
other = sum(int(n) for line in open(sys.argv[1]) for n in re.findall(r"other_contested (\d+)", line))
print("gold, all pages: " + ", ".join(f"{k} {n}/{d} ({100.0 * n / d:.0f}%)" for k, (n, d) in totals.items())
      + f", other_contested {other}")
EOF2
