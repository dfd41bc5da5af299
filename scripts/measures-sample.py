#!/usr/bin/env python3
"""Precision of measures (docs/MEASURES.md) on AI Wiki articles the measure rules were not written on.

  measures-sample.py draw BEFORE AFTER [--articles N] [--claims N] [--seed S] [--changed 1]
                         [--per-article N] [--field measure|subject] > SAMPLE.tsv
      Ingests N articles of ../shared/aiwiki-content drawn at random (those the rules were written
      on are left out), one graph per article with each binary, and draws N figure claims that both
      graphs hold. Prints a TSV with the measure each binary gave and empty judgement columns
      (right_before, right_after: 1 or 0), to be judged by hand. --changed 1 draws only claims
      whose measure the two binaries give differently (what a change of the rules did); --per-article
      caps the claims drawn from one article; --field subject judges the figures' subjects instead.
  measures-sample.py tally SAMPLE.tsv
      Prints how many measures were right before and after.
The articles stay in ../shared; the sample holds claim ids, figures and measures, not article text.
"""
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

CONTENT = "../shared/aiwiki-content"
# Articles the rules were written on or looked at (../shared/corpus-real, funding tables, revenue
# milestones), and the ten gold articles that measure recall: never drawn.
SEEN = {
    "anthropic", "baidu_ai", "deepseek-ocr", "deepseek", "eu_ai_act", "figure_ai", "mistral_ai",
    "moonshot_ai", "openai", "xai", "cursor", "ai_in_law", "ai_music_generation", "ai_voice_cloning",
    "character_ai", "claude", "groq", "inflection_ai", "langchain", "openrouter", "perplexity_ai",
    "reflection_ai", "replit_agent", "together_ai", "windsurf", "arc-agi_2", "bard", "bytedance_seed",
    "crewai", "dark_factory", "grok", "healthbench", "inclusionai", "nvidia_dgx_spark",
}


def columns(field):
    return ["article", "claim", "figure", "section", field + "_before", field + "_after", "right_before",
            "right_after", "note"]


def figures(binary, article, work):
    graph, export = os.path.join(work, "g.cg"), os.path.join(work, "g.json")
    subprocess.run([binary, "ingest", "-q", "-j", "1", "-o", graph, "--", article], check=True)
    subprocess.run([binary, "export", "-g", graph, "--format", "json", "-o", export], check=True)
    with open(export, encoding="utf-8") as f:
        claims = json.load(f)["claims"]
    return {c["id"]: c for c in claims if c["kind"] == "figure" and c.get("quantity")}


def draw(before, after, articles, claims, seed, changed, per_article, field):
    rng = random.Random(seed)
    names = sorted(n[:-3] for n in os.listdir(CONTENT) if n.endswith(".md") and n[:-3] not in SEEN)
    pool = []
    with tempfile.TemporaryDirectory() as work:
        for name in rng.sample(names, articles):
            path = os.path.join(CONTENT, name + ".md")
            old, new = figures(before, path, work), figures(after, path, work)
            pool += [(name, old[i], new[i]) for i in sorted(old)
                     if i in new and (not changed or old[i].get(field) != new[i].get(field))]
    rng.shuffle(pool)
    taken, drawn = {}, []
    for name, old, new in pool:
        if len(drawn) < claims and taken.get(name, 0) < per_article:
            taken[name] = taken.get(name, 0) + 1
            drawn.append((name, old, new))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(columns(field))
    for name, old, new in drawn:
        out.writerow([name, new["id"], new["quantity"]["text"], new.get("section") or "", old.get(field) or "",
                      new.get(field) or "", "", "", ""])


def tally(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    judged = [r for r in rows if r["right_before"] in ("0", "1") and r["right_after"] in ("0", "1")]
    right_before = sum(int(r["right_before"]) for r in judged)
    right_after = sum(int(r["right_after"]) for r in judged)
    field = "subject" if "subject_before" in rows[0] else "measure"
    changed = sum(1 for r in judged if r[field + "_before"] != r[field + "_after"])
    n = len(judged)
    print(f"{path}: {field}s judged: {n} (changed: {changed}); right before: {right_before}/{n}, after: {right_after}/{n}")


def main(argv):
    if len(argv) >= 4 and argv[1] == "draw":
        opts = {"--articles": 30, "--claims": 40, "--seed": 13, "--changed": 0, "--per-article": 1000}
        field = "measure"
        rest = argv[4:]
        for k, v in zip(rest[::2], rest[1::2]):
            if k == "--field":
                field = v
            else:
                opts[k] = int(v)
        draw(os.path.realpath(argv[2]), os.path.realpath(argv[3]), opts["--articles"], opts["--claims"],
             opts["--seed"], opts["--changed"] != 0, opts["--per-article"], field)
        return 0
    if len(argv) == 3 and argv[1] == "tally":
        tally(argv[2])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    sys.exit(main(sys.argv))
