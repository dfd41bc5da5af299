#!/usr/bin/env python3
"""Accuracy of `claimgraph check` and `contested` on graphs of the AI Wiki snapshot, of the
Wikipedia pages and of the Wikipedia dump (issue #13).

Runs every statement of tests/accuracy/checks.tsv through `check --json` (an argument list, never
a shell): a row whose `article` names .wiki files against a graph of ../shared/wikipedia/pages, a
row whose `article` names articles of the dump (`en_test.xml#Title`) against a graph of
../shared/wikipedia/dump/en_test.xml, every other row against a graph of ../shared/aiwiki-content
and corpus/. Prints confusion tables
(expected verdict against the verdict given) by kind and by split, and counts how many of the
genuine contests of tests/accuracy/genuine-contests.tsv some contested set finds. Per-statement
answers go to build/accuracy/results.tsv for reading.
"""
import argparse
import bz2
import collections
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

VERDICTS = ["supported", "refuted", "conflicting", "not_enough_evidence"]
KINDS = ["true", "changed_number", "wrong_date", "absent", "conflict"]
SPLITS = ["dev", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
          "held_out_7", "held_out_8", "held_out_9", "held_out_10", "held_out_11", "held_out_12",
          "held_out_13", "held_out_14", "held_out_15", "held_out_16", "held_out_17", "held_out_18",
          "held_out_19", "held_out_20", "held_out_21", "held_out_22", "held_out_23",
          "held_out_24", "held_out_25", "held_out_26", "held_out_27",
          "held_out_28", "held_out_29", "held_out_30", "held_out_31",
          "held_out_32", "held_out_33", "held_out_34", "held_out_35",
          "held_out_36", "held_out_37", "held_out_38", "held_out_39",
          "held_out_40", "held_out_41", "held_out_42"]
# Splits given by the hash rule of tests/accuracy/CHECKS.md; held_out_2 to held_out_42 are later
# held-out sets, written over other articles (held_out_8 over Wikipedia pages, held_out_9 and
# held_out_10 over articles of the dump, held_out_11 to held_out_42 over unread AI Wiki
# articles), whose rows are
# held out whatever their hash.
HASHED_SPLITS = ["dev", "held_out"]
# Rows written to `dev` on purpose, whatever their hash: generalisation tests that rule writers
# wrote over pages they had not read, to be read by the next rule writers (tests/accuracy/CHECKS.md,
# "Rows written to dev on purpose"). The hash rule is not applied to them; any other row whose split
# breaks it is still reported.
WRITTEN_TO_DEV = {"T313", "C310", "C320", "W320", "T430", "T431", "T435", "C433", "C434", "C435", "A430",
                  "T481", "T482", "C480", "C482", "C483", "C484", "W550", "W554", "K552",
                  "T640", "T641", "T643", "C640", "C642", "A640",
                  "T730", "C730", "T731", "C731", "T732", "A730",
                  "T720", "C720", "T722", "T724", "T725", "T750", "T751",
                  "T860", "A860", "T870", "C870", "C871", "C872", "T874", "A870",
                  "T880", "C880", "C881", "T882", "T883", "C883", "T890", "C891", "T892"}
SHORT = {"supported": "sup", "refuted": "ref", "conflicting": "conf",
         "not_enough_evidence": "nee", "error": "err"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("claimgraph", nargs="?", default="build/cli/claimgraph")
    p.add_argument("--content", default="../shared/aiwiki-content",
                   help="the AI Wiki snapshot (folder of .md articles)")
    p.add_argument("--wikipedia", default="../shared/wikipedia/pages",
                   help="the Wikipedia pages (folder of .wiki files), for rows whose article is a .wiki file")
    p.add_argument("--dump", default="../shared/wikipedia/dump/en_test.xml",
                   help="the Wikipedia dump (.xml or .xml.bz2), for rows whose article is `DUMP#Title`")
    p.add_argument("--cache", default="build/accuracy", help="folder for the graph and results")
    p.add_argument("--rebuild", action="store_true", help="ingest again even if the cache is fresh")
    p.add_argument("--split", choices=SPLITS, help="only statements of this split")
    p.add_argument("--checks", default="tests/accuracy/checks.tsv")
    p.add_argument("--contests", default="tests/accuracy/genuine-contests.tsv")
    p.add_argument("--audit", default="tests/accuracy/contested-audit.tsv")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per check")
    return p.parse_args()


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for n, line in enumerate(f, start=2):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != len(header):
                sys.exit(f"{path}:{n}: {len(cells)} columns, the header has {len(header)}")
            rows.append(dict(zip(header, cells)))
        return rows


def split_of(statement):
    """The split rule of tests/accuracy/CHECKS.md: parity of the statement's SHA-256."""
    return "dev" if int(hashlib.sha256(statement.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held_out"


def input_key(claimgraph, inputs):
    """What the cached graph depends on: the binary's bytes and every input file's name, size, mtime
    (an input is a folder, walked, or a single file such as a dump)."""
    h = hashlib.sha256()
    with open(claimgraph, "rb") as f:
        h.update(f.read())
    for path in inputs:
        walked = sorted(os.walk(path)) if os.path.isdir(path) else [(os.path.dirname(path), [], [os.path.basename(path)])]
        for root, _, files in walked:
            for name in sorted(files):
                st = os.stat(os.path.join(root, name))
                h.update(f"{root}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "replace"))
    return h.hexdigest()


def run(cmd, timeout, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)


def fresh_graph(args, claimgraph, name, inputs, log_name):
    """The graph of the input folders and its JSON export (cache files NAME.cg, NAME.json,
    NAME.key), built only when stale."""
    os.makedirs(args.cache, exist_ok=True)
    graph = os.path.join(args.cache, name + ".cg")
    export = os.path.join(args.cache, name + ".json")
    stamp = os.path.join(args.cache, name + ".key")
    key = input_key(claimgraph, inputs)
    old = open(stamp).read().strip() if os.path.exists(stamp) else ""
    if args.rebuild or old != key or not (os.path.exists(graph) and os.path.exists(export)):
        fd, tmp = tempfile.mkstemp(suffix=".cg", dir=args.cache)
        os.close(fd)
        res = run([claimgraph, "ingest", *inputs, "-o", tmp], timeout=1800)
        with open(os.path.join(args.cache, log_name), "wb") as log:
            log.write(res.stdout + res.stderr)
        if res.returncode != 0:
            os.unlink(tmp)
            sys.exit(f"ingest failed ({res.returncode}); see {args.cache}/{log_name}")
        os.replace(tmp, graph)
        res = run([claimgraph, "export", "-g", graph, "--format", "json", "-o", export + ".tmp"], timeout=600)
        if res.returncode != 0:
            sys.exit("export failed: " + res.stderr.decode("utf-8", "replace"))
        os.replace(export + ".tmp", export)
        with open(stamp, "w") as f:
            f.write(key + "\n")
        print(f"graph built: {graph}")
    else:
        print(f"graph reused: {graph} (binary and inputs unchanged)")
    return graph, export


def on_wikipedia(row):
    """Whether the row's statement is about Wikipedia pages (its article names .wiki files)."""
    return any(a.strip().endswith(".wiki") for a in row["article"].split(";"))


def dump_articles(row):
    """The dump articles the row names, as (dump file name, title) pairs: `en_test.xml#Title`."""
    pairs = []
    for a in row["article"].split(";"):
        name, sep, title = a.strip().partition("#")
        if sep and (name.endswith(".xml") or name.endswith(".xml.bz2")):
            pairs.append((name, title))
    return pairs


def on_dump(row):
    """Whether the row's statement is about articles of the Wikipedia dump."""
    return bool(dump_articles(row))


def check_one(claimgraph, graph, statement, timeout):
    """The verdict and the parsed answer of one `check --json`, or ('error', message)."""
    try:
        res = run([claimgraph, "check", statement, "-g", graph, "--json"], timeout=timeout)
    except subprocess.TimeoutExpired:
        return "error", {"explanation": f"timed out after {timeout} s"}
    if res.returncode != 0:
        return "error", {"explanation": res.stderr.decode("utf-8", "replace").strip()}
    try:
        answer = json.loads(res.stdout.decode("utf-8", "replace"))
    except ValueError as e:
        return "error", {"explanation": f"not JSON: {e}"}
    verdict = answer.get("verdict", "error")
    return (verdict if verdict in VERDICTS else "error"), answer


def near(a, b, rel=0.005):
    return a is not None and b is not None and abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def reading_matches(row, answer):
    """Whether the reading (when the answer has one) has the expected value and date."""
    reading = answer.get("reading")
    if not isinstance(reading, dict):
        return None
    q = reading.get("quantity") or {}
    value = q.get("value")
    want = float(row["expected_value"])
    value_ok = near(value, want) or near(value, -want)  # a fall may be read as a negative change
    date_ok = (reading.get("as_of") or "") == row["expected_as_of"]
    return value_ok, date_ok


def confusion(results, key, keys):
    """Prints one table: a row per key value and expected verdict, a column per verdict given."""
    cols = VERDICTS + ["error"]
    print(f"{key:<15} {'expected':<20}" + "".join(f"{SHORT[c]:>6}" for c in cols) + f"{'right':>8}")
    for k in keys:
        rows = [r for r in results if r[key] == k]
        for expected in VERDICTS:
            sub = [r for r in rows if r["expected_verdict"] == expected]
            if not sub:
                continue
            counts = collections.Counter(r["got"] for r in sub)
            right = counts[expected]
            print(f"{k:<15} {expected:<20}" + "".join(f"{counts[c]:>6}" for c in cols)
                  + f"{right:>4}/{len(sub):<3}")
    print()


def accuracy_lines(results):
    def pct(rows):
        ok = sum(r["got"] == r["expected_verdict"] for r in rows)
        return f"{ok}/{len(rows)} = {100.0 * ok / len(rows):.0f}%" if rows else "-"
    print(f"accuracy overall: {pct(results)}")
    for split in SPLITS:
        print(f"  {split:<10} {pct([r for r in results if r['split'] == split])}")
    print("accuracy per kind (all | " + " | ".join(SPLITS) + "):")
    for kind in KINDS:
        rows = [r for r in results if r["kind"] == kind]
        parts = [pct(rows)] + [pct([r for r in rows if r["split"] == s]) for s in SPLITS]
        print(f"  {kind:<15} " + " | ".join(parts))
    readings = [r["reading_ok"] for r in results if r["reading_ok"] is not None]
    if readings:
        print(f"reading: value as expected {sum(v for v, _ in readings)}/{len(readings)}, "
              f"date as expected {sum(d for _, d in readings)}/{len(readings)}")
    else:
        print("reading: the answers carry no `reading` (0.2.0)")
    print()


def selected_rows(args):
    rows = read_tsv(args.checks)
    for row in rows:
        if row["split"] not in SPLITS:
            sys.exit(f"{args.checks}: {row['id']} has split {row['split']!r}, not one of {', '.join(SPLITS)}")
        if row["split"] == "dev" and row["id"] in WRITTEN_TO_DEV:
            pass
        elif row["split"] in HASHED_SPLITS and split_of(row["statement"]) != row["split"]:
            print(f"warning: {row['id']} is in split {row['split']}, the hash rule says {split_of(row['statement'])}")
        if on_dump(row) and on_wikipedia(row):
            sys.exit(f"{args.checks}: {row['id']} names both .wiki pages and dump articles; one graph decides a row")
    if args.split:
        rows = [r for r in rows if r["split"] == args.split]
    return rows


def wikipedia_graph(args, claimgraph, rows):
    """The graph of the Wikipedia pages, or None when no selected row needs it."""
    if not any(on_wikipedia(r) for r in rows):
        return None
    if not os.path.isdir(args.wikipedia):
        sys.exit(f"{args.wikipedia}: the Wikipedia pages are not there (give --wikipedia)")
    graph, _ = fresh_graph(args, claimgraph, "wikipedia", [args.wikipedia], "ingest-wikipedia.log")
    return graph


def dump_titles(path):
    """The titles of the dump's pages (read from its <title> elements, entities decoded)."""
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rb") as f:
        data = f.read().decode("utf-8", "replace")
    return {html.unescape(t) for t in re.findall(r"<title>(.*?)</title>", data)}


def dump_graph(args, claimgraph, rows):
    """The graph of the Wikipedia dump, or None when no selected row needs it. Every dump article a
    row names must be a page of the dump (by file name and title), so a typo cannot pass silently as
    a row the graph has nothing to say about."""
    named = [(r["id"], name, title) for r in rows for name, title in dump_articles(r)]
    if not named:
        return None
    if not os.path.isfile(args.dump):
        sys.exit(f"{args.dump}: the Wikipedia dump is not there (give --dump)")
    titles = dump_titles(args.dump)
    for rid, name, title in named:
        if name != os.path.basename(args.dump):
            sys.exit(f"{rid}: names the dump {name}, but --dump is {args.dump}")
        if title not in titles:
            sys.exit(f"{rid}: {name} has no page titled {title!r}")
    graph, _ = fresh_graph(args, claimgraph, "dump", [args.dump], "ingest-dump.log")
    return graph


def run_checks(args, claimgraph, rows, graph, wiki_graph, dump):
    results = []
    for row in rows:
        target = dump if on_dump(row) else wiki_graph if on_wikipedia(row) else graph
        got, answer = check_one(claimgraph, target, row["statement"], args.timeout)
        results.append(dict(row, got=got, answer=answer, reading_ok=reading_matches(row, answer)))
    write_results(args, results)
    return results


def write_results(args, results):
    path = os.path.join(args.cache, "results.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\tsplit\tkind\texpected\tgot\tstatement\treading\texplanation\tevidence_claims\n")
        for r in results:
            a = r["answer"]
            reading = json.dumps(a.get("reading"), ensure_ascii=False) if "reading" in a else ""
            ev = "; ".join(f"{(e.get('claim') or {}).get('id')}"
                           f"{'(ctx)' if e.get('context') else ''}{'+' if e.get('agrees') else '-'}"
                           for e in a.get("evidence") or [])
            cells = [r["id"], r["split"], r["kind"], r["expected_verdict"], r["got"], r["statement"],
                     reading, (a.get("explanation") or "").replace("\t", " ").replace("\n", " "), ev]
            f.write("\t".join(cells) + "\n")
    print(f"per-statement answers: {path}\n")


def contested_claims(export):
    """Every contested set of the exported graph as a list of its claims (contract shape)."""
    with open(export, "rb") as f:
        graph = json.loads(f.read().decode("utf-8", "replace"))
    claims = {c["id"]: c for c in graph.get("claims", [])}
    return [[claims[c] for c in s.get("claims", []) if c in claims] for s in graph.get("contested", [])]


def audit_counts(args, sets):
    """Labels of tests/accuracy/contested-audit.tsv for the sets of this graph with the same claims."""
    labels = {frozenset(r["claims"].split(",")): r["label"] for r in read_tsv(args.audit)}
    counts = collections.Counter(labels.get(frozenset(c["id"] for c in s), "not audited") for s in sets)
    print("contested sets by audit label (a set matches when it holds the same claims): "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def holds_value(claims, documents, value):
    for c in claims:
        q = c.get("quantity") or {}
        if c.get("document", "").removeprefix("d:") not in documents:
            continue
        if any(near(q.get(k), value) for k in ("value", "low", "high")):
            return True
    return False


def contest_recall(args, export):
    contests = read_tsv(args.contests)
    sets = contested_claims(export)
    found = 0
    hits = []
    print(f"contested sets in the graph: {len(sets)}")
    audit_counts(args, sets)
    for c in contests:
        documents = {a.strip().removesuffix(".md") for a in c["article"].split(";")}
        a, b = float(c["value_a"]), float(c["value_b"])
        hit = any(holds_value(s, documents, a) and holds_value(s, documents, b) for s in sets)
        hits.append(hit)
        found += hit
        print(f"  {'found ' if hit else 'missed'} {c['subject']}: {c['measure']} "
              f"{c['value_a']} vs {c['value_b']} {c['unit']} ({c['article']})")
    print(f"genuine contests found: {found}/{len(contests)} = {100.0 * found / max(len(contests), 1):.0f}%")
    # Contests found while writing a later held-out set say so at the start of their note.
    for split in SPLITS[2:]:
        later = [hit for c, hit in zip(contests, hits) if c["note"].startswith(split)]
        if later:
            print(f"  of them {split}: {sum(later)}/{len(later)}")


def main():
    args = parse_args()
    claimgraph = os.path.realpath(args.claimgraph)
    if not os.access(claimgraph, os.X_OK):
        sys.exit(f"{args.claimgraph}: not an executable claimgraph binary")
    if not os.path.isdir(args.content):
        sys.exit(f"{args.content}: the AI Wiki snapshot is not there (give --content)")
    graph, export = fresh_graph(args, claimgraph, "aiwiki", [args.content, "corpus"], "ingest.log")
    rows = selected_rows(args)
    results = run_checks(args, claimgraph, rows, graph, wikipedia_graph(args, claimgraph, rows),
                         dump_graph(args, claimgraph, rows))
    print("== check: confusion by kind (columns: verdict given)")
    confusion(results, "kind", KINDS)
    print("== check: confusion by split")
    confusion(results, "split", SPLITS)
    accuracy_lines(results)
    print("== contested: recall of the genuine contests")
    contest_recall(args, export)


if __name__ == "__main__":
    main()
