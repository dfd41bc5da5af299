#!/usr/bin/env python3
"""The deterministic sample of figure claims that tests/accuracy/precision/*.tsv judges.

usage: precision-sample.py GRAPH.json [--sheet]

Takes the figure claims of a claimgraph JSON export in export order: all of them when there
are at most 25, else 25 spread evenly (claim floor(i * n / 25) for i = 0..24). Prints the TSV
skeleton (claim id and the figure's own text, judgement columns empty); --sheet prints instead
what a judge needs to look at: value, unit, subject, sources (ref: publisher), claimants and the
claim's text, to compare with the article by hand.
"""
import json
import sys

SAMPLE = 25


def sample(claims):
    figures = [c for c in claims if c.get("kind") == "figure"]
    n = len(figures)
    if n <= SAMPLE:
        return figures
    return [figures[i * n // SAMPLE] for i in range(SAMPLE)]


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    graph = json.load(open(argv[1], encoding="utf-8"))
    entities = {e["id"]: e["name"] for e in graph.get("entities", [])}
    sources = {s["id"]: s for s in graph.get("sources", [])}
    sheet = "--sheet" in argv[2:]
    if not sheet:
        print("claim\tfigure\tvalue\tunit\tsubject\tsources\tclaimant\tnote")
    for c in sample(graph.get("claims", [])):
        q = c.get("quantity") or {}
        if not sheet:
            print("%s\t%s\t\t\t\t\t\t" % (c["id"], q.get("text", "")))
            continue
        refs = ["%s:%s" % (sources[s].get("refs") or sources[s].get("ref"),
                           sources[s].get("publisher")) for s in c.get("sources", []) if s in sources]
        print("%s | %s | v=%s lo=%s hi=%s %s | subj=%s | src=%s | by=%s | L%s %s" % (
            c["id"], q.get("text"), q.get("value"), q.get("low"), q.get("high"), q.get("unit"),
            entities.get(c.get("subject")), refs, [entities.get(e) for e in c.get("claimants", [])],
            c.get("line"), c.get("text", "")[:220]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
