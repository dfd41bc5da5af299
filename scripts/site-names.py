#!/usr/bin/env python3
"""Build data/site_names.tsv: the name the snapshot's own reference lists give each web site.

usage: site-names.py GRAPH_JSON [--skip NAMES_FILE ...] [-o FILE]

GRAPH_JSON is `claimgraph export --format json` of an ingest of the snapshot (every article in
one graph). A reference that names its publisher ("TechCrunch", 'IEEE Spectrum') and links to
a site teaches the site's name; an entry that gives only its URL ("https://techcrunch.com/…")
can then be named so instead of by its domain. A name counts only where the entry's own text
writes it (not a domain the reader stood in, nor a name taken from the article's text), and a
site gets a name only when it is the name most entries give it: at least two entries, and at
least half of those naming that site ("NVIDIA" stands for "NVIDIA Developer Blog" too, a name
standing for those that open with it), given in two articles or holding the site's own label ("Replit" for
blog.replit.com); a domain's name must be given on two of its hosts. Keys are hosts ("spectrum.ieee.org") and, for the
hosts of one domain taken together, the registrable domain ("nvidia.com"); the reader looks up
the host first.

The articles of every gold set under tests/accuracy/ are left out, so that a score on them
does not measure names learnt from them; --skip leaves out more (a reserved list, one name a
line). Standard library only; reads, never writes anything but the output.
"""
import collections
import glob
import html
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("audit", os.path.join(HERE, "audit-references.py"))
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def host_of(url):
    m = re.match(r"https?://([^/?#:\s]+)", url or "")
    host = m.group(1).lower() if m else ""
    return host[4:] if host.startswith("www.") else host


def registrable(host):
    """As References.cpp's registrableDomain: "bbc.co.uk", "nvidia.com"."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def fold(s):
    return re.sub(r"[^a-z0-9]+", " ", html.unescape(s or "").lower()).strip()


def usable(name, entry):
    """A site's name as the entry writes it: a few words, no author list, no link."""
    if not name or len(name.split()) > 5 or re.search(r"[,;\[\]@:|/&]|\bet al\b|'s$|\b(?:19|20)\d\d\b", name):
        return False
    text = fold(audit.URL.sub(" ", re.sub(r"\]\([^)]*\)", "]", entry)))
    return (" " + fold(name) + " ") in (" " + text + " ")


def below(host, domain):
    """The label of `host` right below `domain`: "cloud" for docs.cloud.google.com, "" for the domain."""
    rest = host[: -len(domain)].rstrip(".")
    return rest.split(".")[-1] if rest else ""


def spelt(name, key):
    """Whether the name holds the site's own label: "Groq Blog" for groq.com, "NVIDIA Docs" for docs.nvidia.com."""
    label = registrable(key).split(".")[0].replace("-", "")
    return len(label) >= 3 and label in fold(name).replace(" ", "")


def best(counter):
    """The name that most entries give, or stand for; None when no name has half of them."""
    total = sum(counter.values())
    support = {n: sum(c for m, c in counter.items() if m == n or m.startswith(n + " ")) for n in counter}
    name = max(support, key=lambda n: (support[n], -len(n), n))
    return name if support[name] >= 2 and 2 * support[name] >= total else None


def gold_articles():
    root = os.path.join(HERE, "..", "tests", "accuracy")
    return {os.path.basename(p)[: -len(".gold.json")] for p in glob.glob(os.path.join(root, "gold*", "*.gold.json"))}


def main(argv):
    args, graph_path, out_path, skip = argv[1:], None, None, gold_articles()
    while args:
        a = args.pop(0)
        if a == "--skip":
            skip |= {l.strip() for l in open(args.pop(0)) if l.strip()}
        elif a == "-o":
            out_path = args.pop(0)
        else:
            graph_path = a
    if not graph_path:
        print(__doc__, file=sys.stderr)
        return 2
    graph = json.load(open(graph_path, encoding="utf-8"))
    by_host, by_domain = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    hosts = collections.defaultdict(set)  # (domain, name) -> the hosts whose entries give the name
    articles = collections.defaultdict(set)  # (key, name) -> the articles whose entries give it
    for (article, _), (_, entry, fields) in audit.readings(graph, skip).items():
        host, name = host_of(fields.get("url")), (fields.get("publisher") or "").strip()
        if host and "." in host and usable(name, entry):
            articles[(host, name)].add(article)
            articles[(registrable(host), name)].add(article)
            by_host[host][name] += 1
            by_domain[registrable(host)][name] += 1
            hosts[(registrable(host), name)].add(host)
    rows = {}
    for table in (by_domain, by_host):  # a host's own name overrides its domain's
        for key, counter in table.items():
            name = best(counter)
            # A domain's name is one its hosts share ("NVIDIA" on developer. and blogs.nvidia.com), not
            # one host's ("AWS" names aws.amazon.com, not amazon.com; docs.cloud. is cloud.google.com's).
            shared = table is by_host or len({below(h, key) for (d, n), hs in hosts.items()
                                              if d == key and n.startswith(name or "") for h in hs}) >= 2
            # One article's name for a site may be its own ("Journal of …" for a publisher of many
            # journals) unless it holds the site's label ("Replit" for blog.replit.com).
            spread = name and (len({a for (k, n), arts in articles.items() if k == key and n.startswith(name)
                                    for a in arts}) >= 2 or spelt(name, key))
            if name and shared and spread and fold(name) != fold(key):
                rows[key] = name
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    out.write("# Generated by scripts/site-names.py from the snapshot's reference lists (gold-set articles\n"
              "# left out): a site's host or registrable domain, a tab, the name its references give it.\n")
    for key in sorted(rows):
        out.write("%s\t%s\n" % (key, rows[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
