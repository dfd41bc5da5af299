#!/usr/bin/env python3
"""Entity noise over a graph's JSON export (issue #12): how many entities, and how many of them
are named by a single common English word, one that Debian's wamerican word list has in lower
case ("End", "Nearly": the list has "end"; not "Nvidia"). Also the share of figure claims with a
subject.

Usage: scripts/entity-stats.py GRAPH.json [--words /usr/share/dict/american-english]
Make the export with: claimgraph ingest DIR -o all.cg -q && claimgraph export -g all.cg --format json -o all.json
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    args = ap.parse_args()
    with open(args.words, encoding="utf-8") as f:
        words = {w.strip() for w in f if w.strip() and w.strip().islower()}
    # errors="replace": 0.2.0's export cuts some names inside a UTF-8 character (issue #12);
    # the counts here do not depend on those bytes.
    with open(args.graph, encoding="utf-8", errors="replace") as f:
        graph = json.load(f)
    entities = graph.get("entities", [])
    common = [e["name"] for e in entities if e.get("name", "").lower() in words]
    figures = [c for c in graph.get("claims", []) if c.get("kind") == "figure"]
    with_subject = sum(1 for c in figures if c.get("subject"))
    share = 100.0 * len(common) / len(entities) if entities else 0.0
    print(f"entities {len(entities)}")
    print(f"common-word entities {len(common)} ({share:.1f}%)")
    print(f"claims {len(graph.get('claims', []))}")
    print(f"figure claims with a subject {with_subject}/{len(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
