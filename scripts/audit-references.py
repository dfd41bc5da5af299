#!/usr/bin/env python3
"""Which reference-list shapes claimgraph reads wrong, over a whole snapshot (issue #12).

usage: audit-references.py GRAPH_JSON [--shape SHAPE] [--slot SLOT] [--skip NAMES_FILE] [-n N]
       audit-references.py GRAPH_JSON --against BEFORE_JSON [--skip NAMES_FILE] [--publishers]

GRAPH_JSON is `claimgraph export --format json` of an ingest of the snapshot (every article in
one graph). Each source is joined with its entry's line in its article (the `refs` numbers),
the entry is put in a slot order by survey-references.py, and its slots are read again here by
independent, simple patterns: the publication date (not an access date, not a year inside the
title), the title (quoted or italic), the url. The table counts, per slot order, the entries
whose graph value differs from that second reading: a count of where to look, not a verdict
(the patterns here are cruder than the reader; a hand check of examples decides).
--shape/--slot prints the flagged entries of one slot order (SLOT: date, title, url, publisher);
--skip leaves out the articles named in a file (one name a line), e.g. a reserved list.
--against prints every entry whose reading (publisher, work, title, date, url) differs from that
of BEFORE_JSON, the graph of another binary on the same snapshot, with its slot order: the
entries a change of the reader touched, to be judged by hand; with --publishers it prints
instead, per slot order, how many entries name their publisher (a name, not a domain standing
in), have only the URL's domain, or have none, before -> after (aggregate counts only).
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("survey", os.path.join(HERE, "survey-references.py"))
survey = importlib.util.module_from_spec(spec)
spec.loader.exec_module(survey)

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
YEAR = r"((?:19|20)\d\d)"
DATES = [  # (pattern, groups -> (year, month, day))
    (re.compile(YEAR + r"-(\d\d)-(\d\d)"), lambda g: (g[0], int(g[1]), int(g[2]))),
    (re.compile(MON + r" (\d{1,2}),? " + YEAR), lambda g: (g[2], MONTHS[g[0].lower()], int(g[1]))),
    (re.compile(r"(\d{1,2}) " + MON + r",? " + YEAR), lambda g: (g[2], MONTHS[g[1].lower()], int(g[0]))),
    (re.compile(YEAR + r", " + MON + r" (\d{1,2})\b"), lambda g: (g[0], MONTHS[g[1].lower()], int(g[2]))),
    (re.compile(YEAR + r", " + MON + r"(?!\w)"), lambda g: (g[0], MONTHS[g[1].lower()], 0)),
    (re.compile(MON + r",? " + YEAR), lambda g: (g[1], MONTHS[g[0].lower()], 0)),
    (re.compile(r"\(" + YEAR + r"[a-z]?\)"), lambda g: (g[0], 0, 0)),
    (re.compile(r"(?<![\w/.-])" + YEAR + r"(?![\w/-])"), lambda g: (g[0], 0, 0)),
]
ACCESS = re.compile(r"(?i)\(?\b(?:retrieved|accessed|archived)\b[^.()\[]*?(?:from\b|\)|\.(?:\s|$)|(?=\[|https?:))")
QUOTED = re.compile(r"[\"“]([^\"”]{3,}?)[,.]?[\"”]")
ITALIC = re.compile(r"(?<![*\w])\*([^*]{3,}?)\*(?![*\w])")
URL = re.compile(r"https?://[^\s)\]]+")


def iso(y, m, d):
    return "%s-%02d-%02d" % (y, m, d) if d else ("%s-%02d" % (y, m) if m else y)


def expected_date(entry):
    """The entry's most precise date outside its title, its urls and an access date."""
    text = re.sub(r"\]\([^)]*\)", "]", entry)
    text = URL.sub(" ", text)
    text = ACCESS.sub(" ", text)
    text = QUOTED.sub(" ", text)
    text = ITALIC.sub(" ", text)
    for rx, make in DATES:
        m = rx.search(text)
        if m:
            return iso(*make(m.groups()))
    return None


def expected_title(entry):
    m = QUOTED.search(entry) or ITALIC.search(re.sub(r"\]\([^)]*\)", "]", entry))
    return m.group(1).strip(" .,") if m else None


def fold(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def looks_like_person(p):
    return bool(re.search(r"\bet al\b|^[A-Z][a-z'-]+, [A-Z]\.|^[A-Z][a-z'-]+, [A-Z][a-z]+$", p or ""))


def flags(entry, src):
    out = []
    want = expected_date(entry)
    got = src.get("date") or ""
    if want and got != want and not (len(want) == 4 and got.startswith(want)):
        out.append("date")
    title = expected_title(entry)
    if title and fold(title) != fold(src.get("title")):
        out.append("title")
    urls = URL.findall(entry)
    if urls and not src.get("url"):
        out.append("url")
    pub = src.get("publisher") or ""
    work = src.get("work") or ""
    body = re.sub(r"^(?:\s*(?:↑|\^|\[[^\]]*\]\(#cite_[^)]*\)))*\s*", "", entry).strip()
    if body and not body.startswith("Cite error") and (
            not pub or looks_like_person(pub) or (title and fold(pub) == fold(title)) or len(pub.split()) > 8
            or ("." in pub and " " not in pub and not work and re.search(r"\*[^*]+\*|\. [A-Z]\w+\.?\s*$", body))):
        out.append("publisher")
    return out


def entry_lines(path):
    """number -> entry text of an article's reference list."""
    text = open(path, encoding="utf-8").read()
    _, body = survey.front_matter(text)
    out = {}
    heads = list(survey.REF_HEADING.finditer(body))
    if not heads:
        return out
    rest = body[heads[-1].end():]
    nxt = survey.NEXT_HEADING.search(rest)
    for line in (rest[: nxt.start()] if nxt else rest).split("\n"):
        m = re.match(r"^\s*(\d{1,6})[.)]\s+(.*)$", line)
        if m:
            out.setdefault(int(m.group(1)), m.group(2).strip())
    return out


FIELDS = ("publisher", "work", "title", "date", "url")


def readings(graph, skip):
    """(article, ref) -> (slot order, entry, {field: value}) of every numbered source."""
    docs = {d["id"]: d["path"] for d in graph["documents"]}
    cache, out = {}, {}
    for src in graph["sources"]:
        path = docs.get(src["document"]) or ""
        name = os.path.splitext(os.path.basename(path))[0]
        if name in skip or not path.endswith(".md"):
            continue
        if path not in cache:
            cache[path] = entry_lines(path)
        for ref in src.get("refs") or [src.get("ref")]:
            entry = cache[path].get(ref)
            if entry is not None:
                out[(name, ref)] = (survey.classify_entry(entry)[1], entry, {f: src.get(f) for f in FIELDS})
    return out


def compare(after, before, skip):
    new, old = readings(after, skip), readings(before, skip)
    changed = collections.Counter()
    for key in sorted(new):
        if key not in old or new[key][2] == old[key][2]:
            continue
        kind, entry, fields = new[key]
        changed[kind] += 1
        diff = ["%s %r -> %r" % (f, old[key][2][f], fields[f]) for f in FIELDS if old[key][2][f] != fields[f]]
        print("%s #%s [%s]\n  entry: %s\n  %s\n" % (key[0], key[1], kind, entry[:300], "\n  ".join(diff)))
    for kind, n in changed.most_common():
        print("%5d  %s" % (n, kind))
    print("%5d  entries changed of %d" % (sum(changed.values()), len(new)))


def publisher_kind(fields):
    pub = fields.get("publisher") or ""
    if not pub:
        return "none"
    return "domain" if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", pub) else "named"


def publishers(after, before, skip):
    new, old = readings(after, skip), readings(before, skip)
    table = collections.defaultdict(collections.Counter)
    for key, (kind, _, fields) in new.items():
        table[kind]["entries"] += 1
        table[kind]["after " + publisher_kind(fields)] += 1
        if key in old:
            table[kind]["before " + publisher_kind(old[key][2])] += 1
    cols = ["named", "domain", "none"]
    print("| slot order | entries | " + " | ".join("%s before -> after" % c for c in cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    total = collections.Counter()
    for kind, c in sorted(table.items(), key=lambda kv: -kv[1]["entries"]):
        total.update(c)
        print("| %s | %d | " % (kind, c["entries"]) + " | ".join(
            "%d -> %d" % (c["before " + k], c["after " + k]) for k in cols) + " |")
    print("| **all** | %d | " % total["entries"] + " | ".join(
        "%d -> %d" % (total["before " + k], total["after " + k]) for k in cols) + " |")


def main(argv):
    args = argv[1:]
    graph_path, shape, slot, skip, limit, against, pubs = None, None, None, set(), 20, None, False
    while args:
        a = args.pop(0)
        if a == "--shape":
            shape = args.pop(0)
        elif a == "--slot":
            slot = args.pop(0)
        elif a == "--skip":
            skip = {l.strip() for l in open(args.pop(0)) if l.strip()}
        elif a == "--against":
            against = args.pop(0)
        elif a == "--publishers":
            pubs = True
        elif a == "-n":
            limit = int(args.pop(0))
        else:
            graph_path = a
    graph = json.load(open(graph_path, encoding="utf-8"))
    if against and pubs:
        return publishers(graph, json.load(open(against, encoding="utf-8")), skip)
    if against:
        return compare(graph, json.load(open(against, encoding="utf-8")), skip)
    docs = {d["id"]: d["path"] for d in graph["documents"]}
    cache, table, shown = {}, collections.defaultdict(collections.Counter), 0
    for src in graph["sources"]:
        path = docs.get(src["document"])
        name = os.path.splitext(os.path.basename(path or ""))[0]
        if not path or name in skip or not path.endswith(".md"):
            continue
        if path not in cache:
            cache[path] = entry_lines(path)
        entry = cache[path].get(src.get("ref"))
        if entry is None:
            continue
        kind = survey.classify_entry(entry)[1]
        found = flags(entry, src)
        table[kind]["entries"] += 1
        table[kind].update(found)
        if shape == kind and (slot is None or slot in found) and found and shown < limit:
            shown += 1
            print("%s #%s %s\n  entry: %s\n  read:  publisher=%r work=%r title=%r date=%r url=%r\n" % (
                name, src.get("ref"), found, entry[:300], src.get("publisher"), src.get("work"),
                (src.get("title") or "")[:80], src.get("date"), (src.get("url") or "")[:60]))
    if shape:
        return 0
    cols = ["entries", "publisher", "title", "date", "url"]
    print("| slot order | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols))
    for kind, c in sorted(table.items(), key=lambda kv: -kv[1]["entries"]):
        print("| %s | " % kind + " | ".join(str(c[k]) for k in cols) + " |")
    total = collections.Counter()
    for c in table.values():
        total.update(c)
    print("| **all** | " + " | ".join(str(total[k]) for k in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
