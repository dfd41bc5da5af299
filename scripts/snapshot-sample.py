#!/usr/bin/env python3
"""Figure claims drawn at random from a whole-snapshot JSON export, for judging by hand (issue #12).

  snapshot-sample.py GRAPH.json [--n 20] [--seed S] [--exclude LIST]...

Prints a TSV, one row per claim: id, article, subject, measure, value (or low-high), unit, and empty
judgement columns (value_ok, unit_ok, subject_ok, measure_ok: 1 or 0) and a note; --text adds the claim's
text (cut) for the judge's screen only: the articles' text stays in ../shared, never in a saved sample.
Only AI Wiki articles (.md) are drawn; --exclude names a file listing article file names never to draw
(the held-out pools, which no one may read). Make the export with `claimgraph ingest
../shared/aiwiki-content corpus -o all.cg -q && claimgraph export -g all.cg --format json -o all.json`.
"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--text", action="store_true", help="show each claim's text (not for saving)")
    args = ap.parse_args()
    excluded = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            excluded |= {line.strip() for line in f if line.strip()}
    with open(args.graph, encoding="utf-8", errors="replace") as f:
        graph = json.load(f)
    articles = {d["id"]: (d.get("path") or "").split("/")[-1] for d in graph["documents"]}
    names = {e["id"]: e["name"] for e in graph["entities"]}
    figures = [c for c in graph["claims"] if c["kind"] == "figure"
               and articles.get(c["document"], "").endswith(".md") and articles[c["document"]] not in excluded]
    drawn = sorted(random.Random(args.seed).sample(figures, min(args.n, len(figures))), key=lambda c: c["id"])
    print("\t".join(["id", "article", "subject", "measure", "value", "unit"] + (["text"] if args.text else []) +
                    ["value_ok", "unit_ok", "subject_ok", "measure_ok", "note"]))
    for c in drawn:
        q = c.get("quantity") or {}
        value = q.get("value") if q.get("value") is not None else f"{q.get('low')}-{q.get('high')}"
        cells = [c["id"], articles[c["document"]], names.get(c.get("subject"), "(none)"), c.get("measure"), value,
                 q.get("unit")]
        if args.text:
            cells.append(" ".join((c.get("text") or "").split())[:160])
        print("\t".join(str(x) for x in cells + ["", "", "", "", ""]))


if __name__ == "__main__":
    main()
