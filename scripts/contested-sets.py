#!/usr/bin/env python3
"""Lists every contested set of an exported graph with its audit label (issue #13).

Reads a JSON export (default build/accuracy/aiwiki.json, written by scripts/check-accuracy.sh) and
tests/accuracy/contested-audit.tsv, and prints one line per set: id, subject, measure, kind, claim
ids, values, and the label of the audit row that holds exactly those claims ("NOT-AUDITED" when
none does), so new sets can be read and labelled by their claim ids.
Usage: scripts/contested-sets.py [EXPORT] [--unlabelled] [--propose AUDIT]

Claim ids are per-article ordinals, so any change of extraction in an article renumbers them and
its sets come out NOT-AUDITED again. --propose AUDIT prints, for each such set whose subject and
measure every earlier audit row labels the same way, an audit row (label and reason carried over,
audit AUDIT) to append to the file after reading it against the printed values: a proposal to
check, not a label.
"""
import json
import sys


def audit_rows():
    """The label rows of tests/accuracy/contested-audit.tsv, each as its cells."""
    with open("tests/accuracy/contested-audit.tsv", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and cells[0] != "set" and len(cells) >= 7:
                yield cells


def earlier_rows(rows):
    """Audit rows after 0.2.0 by (subject name, measure), folded as the sets' names vary."""
    by_quantity = {}
    for cells in rows:
        if cells[6] != "0.2.0":
            by_quantity.setdefault((cells[1].lower().replace("-", " "), cells[2].lower()), []).append(cells)
    return by_quantity


def propose(graph, audit, rows, labels):
    names = {e["id"]: e["name"] for e in graph.get("entities", [])}
    rows = earlier_rows(rows)
    for s in graph.get("contested", []):
        if frozenset(s["claims"]) in labels:
            continue
        name = names.get(s["subject"], s["subject"] or "")
        earlier = rows.get((name.lower().replace("-", " "), (s["measure"] or "").lower()), [])
        values = ", ".join(str(v["value"]) for v in s.get("values", []))
        if len({r[4] for r in earlier}) != 1:
            print(f"# {s['id']} {name} / {s['measure']} [{values}]: no single earlier label, read it")
            continue
        last = earlier[-1]
        print(f"# {s['id']} [{values}] as {last[6]} {last[0]}: {last[5][:90]}")
        print("\t".join([s["id"], name, s["measure"] or "", ",".join(s["claims"]), last[4],
                         f"as {last[6]} {last[0]} (ids shifted): {last[5]}", audit]))


def main():
    argv = sys.argv[1:]
    if "--propose" in argv:  # its value is an audit name, not the export
        del argv[argv.index("--propose") + 1]
    args = [a for a in argv if not a.startswith("--")]
    export = args[0] if args else "build/accuracy/aiwiki.json"
    with open(export, "rb") as f:
        graph = json.loads(f.read().decode("utf-8", "replace"))
    rows = list(audit_rows())
    labels = {frozenset(cells[3].split(",")): cells[4] for cells in rows}
    if "--propose" in sys.argv:
        propose(graph, sys.argv[sys.argv.index("--propose") + 1], rows, labels)
        return
    for s in graph.get("contested", []):
        label = labels.get(frozenset(s["claims"]), "NOT-AUDITED")
        if "--unlabelled" in sys.argv and label != "NOT-AUDITED":
            continue
        values = ", ".join(str(v["value"]) for v in s.get("values", []))
        print("\t".join([s["id"], s["subject"] or "", s["measure"] or "", s.get("kind", ""),
                         ",".join(s["claims"]), f"[{values}]", label]))


if __name__ == "__main__":
    main()
