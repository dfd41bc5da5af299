#!/usr/bin/env python3
"""Lists every contested set of an exported graph with its audit label (issue #13).

Reads a JSON export (default build/accuracy/aiwiki.json, written by scripts/check-accuracy.sh) and
tests/accuracy/contested-audit.tsv, and prints one line per set: id, subject, measure, kind, claim
ids, values, and the label of the audit row that holds exactly those claims ("NOT-AUDITED" when
none does), so new sets can be read and labelled by their claim ids.
Usage: scripts/contested-sets.py [EXPORT] [--unlabelled]
"""
import json
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    export = args[0] if args else "build/accuracy/aiwiki.json"
    with open(export, "rb") as f:
        graph = json.loads(f.read().decode("utf-8", "replace"))
    labels = {}
    with open("tests/accuracy/contested-audit.tsv", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or cells[0] == "set" or len(cells) < 7:
                continue
            labels[frozenset(cells[3].split(","))] = cells[4]
    for s in graph.get("contested", []):
        label = labels.get(frozenset(s["claims"]), "NOT-AUDITED")
        if "--unlabelled" in sys.argv and label != "NOT-AUDITED":
            continue
        values = ", ".join(str(v["value"]) for v in s.get("values", []))
        print("\t".join([s["id"], s["subject"] or "", s["measure"] or "", s.get("kind", ""),
                         ",".join(s["claims"]), f"[{values}]", label]))


if __name__ == "__main__":
    main()
