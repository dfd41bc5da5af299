#!/usr/bin/env python3
"""Tables for scripts/accuracy.sh: recall per article from score.py's summary lines, and
precision per article from the hand judgements in tests/accuracy/precision/*.tsv.

usage: accuracy-table.py SCORE_DIR PRECISION_DIR [GOLD_DIR]

SCORE_DIR holds NAME.score files (score.py's output); PRECISION_DIR holds NAME.tsv files with
a header line and the columns: claim, figure, value, unit, subject, sources, claimant, note
(the five judgements are 1 = right, 0 = wrong).
"""
import glob
import os
import re
import sys

TALLIES = ["entities", "sources", "figures", "sourced", "subjects", "claimants", "quotes",
           "attributions", "contested"]
JUDGED = ["value", "unit", "subject", "sources", "claimant"]


def summary(path):
    """{tally: (right, of)} plus other_contested and claims, from score.py's last line."""
    line = ""
    with open(path, encoding="utf-8") as f:
        for line_ in f:
            if line_.startswith("score: "):
                line = line_
    got = {}
    for key, n, d in re.findall(r"(\w+) (\d+)/(\d+)", line):
        got[key] = (int(n), int(d))
    for key in ("other_contested", "claims"):
        m = re.search(key + r" (\d+)", line)
        got[key] = int(m.group(1)) if m else 0
    # A gold figure with no reference ("refs": [], no "ref_urls": its article has no marker and
    # no reference entry) can never be sourced, so score.py counts it a miss by construction; the
    # `sourced` tally is of the figures a source backs, so these leave it (none left: "-"), as
    # `sources` is "-" for a gold with no sources.
    if "sourced" in got:
        with open(path, encoding="utf-8") as f:
            unbacked = sum(1 for l in f if l.startswith("missed sourced: ") and l.rstrip().endswith(" refs []"))
        n, d = got["sourced"]
        if d - unbacked <= 0:
            del got["sourced"]
        else:
            got["sourced"] = (n, d - unbacked)
    return got


def cell(nd):
    return "-" if nd is None else "%d/%d" % nd


def pct(n, d):
    return "-" if not d else "%.0f%%" % (100.0 * n / d)


def recall_table(score_dir, gold_dir):
    rows = sorted(glob.glob(os.path.join(score_dir, "*.score")))
    head = ["article"] + TALLIES + ["other_contested", "claims"]
    print("Recall (score.py against %s)" % gold_dir)
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    total = {k: [0, 0] for k in TALLIES}
    extra = {"other_contested": 0, "claims": 0}
    for path in rows:
        got = summary(path)
        name = os.path.basename(path)[: -len(".score")]
        if not any(k in got for k in TALLIES):
            print("| %s | failed: no score (see the message above) |" % name)
            continue
        cells = [name] + [cell(got.get(k)) for k in TALLIES]
        cells += [str(got["other_contested"]), str(got["claims"])]
        print("| " + " | ".join(cells) + " |")
        for k in TALLIES:
            if k in got:
                total[k][0] += got[k][0]
                total[k][1] += got[k][1]
        for k in extra:
            extra[k] += got[k]
    cells = ["**total**"] + ["%d/%d (%s)" % (n, d, pct(n, d)) if d else "-" for n, d in
                             (total[k] for k in TALLIES)]
    cells += [str(extra["other_contested"]), str(extra["claims"])]
    print("| " + " | ".join(cells) + " |")


def judges_figures(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().rstrip("\n").split("\t")[2:7] == JUDGED


def judgements(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) < 7:
            raise SystemExit("%s: a row needs 7 tab-separated columns: %r" % (path, line))
        rows.append([int(c) for c in cols[2:7]])
    return rows


def precision_table(precision_dir):
    # Per-article judgements only: other samples (measures-sample.tsv) have columns of their own.
    files = [f for f in sorted(glob.glob(os.path.join(precision_dir, "*.tsv"))) if judges_figures(f)]
    if not files:
        return
    print()
    print("Precision (hand judgements in tests/accuracy/precision of the sample scripts/precision-sample.py draws)")
    head = ["article", "claims"] + JUDGED + ["all five"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    total = [0] * len(JUDGED)
    total_all, total_n = 0, 0
    for path in files:
        rows = judgements(path)
        name = os.path.basename(path)[: -len(".tsv")]
        sums = [sum(r[i] for r in rows) for i in range(len(JUDGED))]
        every = sum(1 for r in rows if all(r))
        n = len(rows)
        cells = [name, str(n)] + ["%d/%d" % (s, n) for s in sums] + ["%d/%d" % (every, n)]
        print("| " + " | ".join(cells) + " |")
        total = [t + s for t, s in zip(total, sums)]
        total_all += every
        total_n += n
    cells = ["**total**", str(total_n)] + ["%d/%d (%s)" % (t, total_n, pct(t, total_n))
                                           for t in total]
    cells.append("%d/%d (%s)" % (total_all, total_n, pct(total_all, total_n)))
    print("| " + " | ".join(cells) + " |")


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__)
        return 2
    recall_table(argv[1], argv[3] if len(argv) == 4 else "tests/accuracy/gold")
    precision_table(argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
