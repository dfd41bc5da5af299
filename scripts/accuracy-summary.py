#!/usr/bin/env python3
"""Every gold set's totals in one table (issues #12, #13, #14).

Runs scripts/accuracy.sh on each AI Wiki gold folder and scripts/wiki-accuracy.sh on each
Wikipedia gold folder, keeps only their total lines (never per-article rows, so a held-out set
stays held out), and prints one row per set; with --checks it adds the check set's totals per
split and per kind (scripts/check-accuracy.sh, aggregate lines only).

Usage: python3 scripts/accuracy-summary.py [CLAIMGRAPH] [--checks] [--rebuild]
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TALLIES = ["entities", "sources", "figures", "sourced", "subjects", "claimants", "quotes", "attributions"]
AIWIKI = ["gold", "gold-heldout", "gold-heldout-2", "gold-heldout-3", "gold-heldout-4", "gold-heldout-5", "gold-heldout-6",
          "gold-heldout-7", "gold-heldout-8", "gold-heldout-9", "gold-heldout-10",
          "gold-heldout-11", "gold-heldout-12", "gold-heldout-13", "gold-heldout-14",
          "gold-heldout-15", "gold-heldout-16", "gold-heldout-17", "gold-heldout-18", "gold-heldout-19",
          "gold-heldout-20", "gold-heldout-21", "gold-heldout-22",
          "gold-heldout-23", "gold-heldout-24",
          "gold-heldout-25", "gold-heldout-26", "gold-heldout-27",
          "gold-heldout-28", "gold-heldout-29", "gold-heldout-30",
          "gold-heldout-31", "gold-heldout-32",
          "gold-heldout-33", "gold-heldout-34",
          "gold-heldout-35", "gold-heldout-36",
          "gold-heldout-37", "gold-heldout-38"]
WIKI = ["gold-wiki", "gold-wiki-heldout", "gold-wiki-heldout-2", "gold-wiki-heldout-3", "gold-wiki-heldout-4", "gold-wiki-heldout-5", "gold-wiki-heldout-6", "gold-wiki-heldout-7", "gold-wiki-heldout-8", "gold-wiki-heldout-9"]
FRACTION = re.compile(r"(\w+) (\d+/\d+)")
# The check split that is held out this session (no rule may be written from it) and the splits that
# are development data now (tests/accuracy/CHECKS.md says when each was promoted).
HELD_OUT_CHECKS = "held_out_41"
DEV_CHECKS = ["dev", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
              "held_out_7", "held_out_8", "held_out_9", "held_out_10", "held_out_11", "held_out_12",
              "held_out_13", "held_out_14", "held_out_15", "held_out_16", "held_out_17",
              "held_out_18", "held_out_19", "held_out_20", "held_out_21", "held_out_22",
              "held_out_23", "held_out_24", "held_out_25", "held_out_26",
              "held_out_27", "held_out_28", "held_out_29", "held_out_30",
              "held_out_31", "held_out_32", "held_out_33", "held_out_34",
              "held_out_35", "held_out_36", "held_out_37", "held_out_38", "held_out_39",
              "held_out_40"]
SPLIT_LINE = re.compile(r"^\s+(\w+)\s+(\d+)/(\d+) =")


def run(cmd, env_gold=None):
    env = dict(os.environ, CG_GOLD_DIR=env_gold) if env_gold else None
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"accuracy-summary: {' '.join(cmd)} failed:\n{done.stderr}")
    return done.stdout


def aiwiki_totals(cg, folder):
    """The total row of accuracy.sh's recall table, by its header's column names."""
    out = run(["bash", "scripts/accuracy.sh", cg], f"tests/accuracy/{folder}")
    header = None
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "article" and header is None:
            header = cells
        elif header and cells and cells[0] == "**total**":
            return {h: c.split(" ")[0] for h, c in zip(header, cells) if "/" in c}
    return {}


def wiki_totals(cg, folder):
    """wiki-accuracy.sh's "all pages" line."""
    out = run(["bash", "scripts/wiki-accuracy.sh", cg, "--gold-only"], f"tests/accuracy/{folder}")
    for line in out.splitlines():
        if "all pages:" in line:
            return dict(FRACTION.findall(line.split("all pages:", 1)[1]))
    return {}


def percent(fraction):
    right, total = map(int, fraction.split("/"))
    return f"{fraction} ({round(100 * right / total)}%)" if total else fraction


def table(rows):
    print("| set | " + " | ".join(TALLIES) + " |")
    print("|---|" + "---|" * len(TALLIES))
    for name, totals in rows:
        cells = [percent(totals[t]) if t in totals else "-" for t in TALLIES]
        print(f"| {name} | " + " | ".join(cells) + " |")


def checks(cg, rebuild):
    cmd = ["bash", "scripts/check-accuracy.sh", cg] + (["--rebuild"] if rebuild else [])
    out = run(cmd)
    keep = False
    per_split = {}
    for line in out.splitlines():
        m = SPLIT_LINE.match(line)
        if m and m.group(1) not in per_split:
            per_split[m.group(1)] = (int(m.group(2)), int(m.group(3)))
        if line.startswith("accuracy overall"):
            keep = True
        elif line.startswith("== contested"):
            keep = False
        if keep or line.startswith("genuine contests found") or line.startswith("contested sets in"):
            print(line)
    dev = [per_split[s] for s in DEV_CHECKS if s in per_split]
    print(f"check development splits ({', '.join(DEV_CHECKS)}): "
          f"{percent(f'{sum(r for r, _ in dev)}/{sum(n for _, n in dev)}')}")
    held = per_split.get(HELD_OUT_CHECKS)
    print(f"check held out ({HELD_OUT_CHECKS}): {percent(f'{held[0]}/{held[1]}') if held else '-'}")


def main():
    args = sys.argv[1:]
    cg = next((a for a in args if not a.startswith("--")), "build/cli/claimgraph")
    cg = str(Path(cg).resolve())
    table([(f, aiwiki_totals(cg, f)) for f in AIWIKI if (ROOT / "tests/accuracy" / f).is_dir()])
    print()
    table([(f, wiki_totals(cg, f)) for f in WIKI if (ROOT / "tests/accuracy" / f).is_dir()])
    if "--checks" in args:
        print()
        checks(cg, "--rebuild" in args)


if __name__ == "__main__":
    main()
