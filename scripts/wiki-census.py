#!/usr/bin/env python3
"""Citation census of the Wikipedia readers (issue #14), page by page.

usage: wiki-census.py [CLAIMGRAPH] [--pages DIR] [--exclude NAME,...] [--show PAGE] [--json FILE]

Every article page of DIR (default ../shared/wikipedia/pages; redirects skipped) is ingested
alone. The wikitext is read a second time here, independently of the reader, with regular
expressions: its <ref> tags (group notes left out) and {{sfn}} footnotes, the distinct
citations they make (a named ref and its reuses are one), and what each citation's template
gives (title=, url=/doi=/isbn=). Per page and in total it prints:

  refs      <ref> tags and {{sfn}} in running text and tables, as counted here
  tmpl      <ref> tags inside a template (an infobox field, a note): read as figures or kept unbound
  markers   citation markers the reader found there / of them bound to a source
  cites     distinct citations counted here / sources the reader made
  pub|work  sources naming a publisher or work (a bare URL's domain standing in; the domain
            alone is counted apart as 'dom')
  title     works whose template gives a title / of them, a source with that title
  url       works whose template gives a URL or identifier (or a bare-URL ref) / of them,
            a source with that URL (an identifier: a source whose address holds it)
A work is each cite template of a ref (a ref may bundle several); in a ref with none, its URL, or
the url=/title= of a template standing alone in it ({{Wayback}}, a site's own template), or an
identifier template ({{ISBN|...}}, {{doi|...}}) when it links nowhere; and each list item of a
References/Sources/Bibliography section outside refs (general references, {{sfn}} targets), counted
apart in the total line too. A "title" that is only an access note ("Retrieved 20 March 2010") names
no work and is not sought. A URL two citations give under two titles is one source (one source per
work), sought under the title its first citation gives; the total line says how many titles were so
sought.

Pages of a held-out set are never opened: --exclude names them (file names without .wiki);
the pages in HELD_OUT (none now) are excluded by default. --show PAGE prints the
page's sources that miss a field. Standard library only; reads, never writes the pages.
"""
import bisect
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

# The pages of pages/ reserved for a held-out set: none since the tenth session (the ninth set's
# pages are articles of the dump, dump/en_test.xml, which this census does not open page by page).
HELD_OUT: list = []

REF = re.compile(r"<ref(\s[^>]*?)?(?:/\s*>|>(.*?)</ref\s*>)", re.S | re.I)
SFN = re.compile(r"\{\{\s*sfnp?\s*\|([^{}]*)\}\}", re.I)
CITE = re.compile(r"\{\{\s*(cite[ _][a-z ]+|citation|vcite[ a-z]*|internetquelle|literatur)\s*\|", re.I)
ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""")
URL = re.compile(r"https?://[^\s|\]{}<]+")


def args():
    cg, pages, exclude, show, out = "build/cli/claimgraph", None, list(HELD_OUT), None, None
    it = iter(sys.argv[1:])
    for a in it:
        if a == "--pages":
            pages = next(it)
        elif a == "--exclude":
            exclude += [n for n in next(it).split(",") if n]
        elif a == "--show":
            show = next(it)
        elif a == "--json":
            out = next(it)
        else:
            cg = a
    here = os.path.dirname(os.path.abspath(__file__))
    pages = pages or os.path.join(here, "..", "..", "shared", "wikipedia", "pages")
    return os.path.abspath(cg), pages, set(exclude), show, out


def attrs(text):
    return {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in ATTR.finditer(text or "")}


def templates_of(content):
    """Every outermost template of a text, in order: (start, end, named parameters lower case, with
    "" the template's name and 1, 2, ... its positional parameters)."""
    out, i = [], 0
    while True:
        start = content.find("{{", i)
        if start < 0:
            return out
        depth, i = 0, start
        while i < len(content):  # the template's end, past nested {{ }} and [[ ]]
            if content.startswith("{{", i) or content.startswith("[[", i):
                depth, i = depth + 1, i + 2
            elif content.startswith("}}", i) or content.startswith("]]", i):
                depth, i = depth - 1, i + 2
                if depth == 0:
                    break
            else:
                i += 1
        out.append((start, i, fields_of(content[start + 2:i - 2])))


def fields_of(body):
    parts, level, cur = [], 0, ""
    for ch in body:
        if ch in "{[":
            level += 1
        elif ch in "}]":
            level -= 1
        if ch == "|" and level == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    fields, position = {"": parts[0].strip().lower().replace("_", " ")}, 0
    for p in parts[1:]:
        if "=" in p and not p.split("=", 1)[0].strip().startswith("http"):
            k, v = p.split("=", 1)
            fields[k.strip().lower()] = v.strip()
        else:
            position += 1
            fields[str(position)] = p.strip()
    return fields


def template_fields(content):
    """The first cite template of a ref's text: its named parameters, lower case, or None."""
    return next((f for _, _, f in templates_of(content) if CITE.match("{{" + f[""] + "|")), None)


def plain(text):
    text = re.sub(r"\[https?://[^\s\]]*\s*([^\]]*)\]", r"\1", text)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"'{2,}|<[^>]+>", "", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


# Identifiers a citation may give in place of a URL (Module:Citation/CS1's identifiers that link to one
# work), as a cite template's parameter or a template of their own ({{ISBN|...}}, {{doi|...}}).
IDENTIFIERS = ("doi", "isbn", "isbn13", "pmid", "pmc", "jstor", "arxiv", "eprint", "hdl", "bibcode", "oclc",
               "osti", "ssrn", "s2cid", "lccn", "rfc")
# A "title" that only says when the page was read ("Retrieved 20 March 2010"): an access note written
# in the title slot, which names no work.
ACCESS_NOTE = re.compile(r"(?i)^(?:retrieved|accessed|archived|abgerufen)\b[^a-z]*(?:on\s+)?[\w ,.-]*\d{4}\W*$")


def identifier(fields):
    """("id", value) of the first identifier a cite template's fields give, or None."""
    for k in IDENTIFIERS:
        v = html.unescape(fields.get(k) or "").strip()
        if v:
            return ("id", v)
    return None


def wanted(title, url):
    title = plain(title or "") or None
    if title and ACCESS_NOTE.match(title):
        title = None
    return title, url


def expected(content):
    """What the wikitext says a citation gives: a list of (title or None, URL, ("id", value) or None),
    one per work it cites: every cite template of the ref (a ref may bundle several); in a ref with
    none, the URL written in its text, else a template that gives url=/title= ({{Wayback}}, a site's
    own template) when the ref's text is nothing but templates, and an identifier template
    ({{ISBN|...}}) when the ref gives no URL."""
    found = templates_of(content)
    cites = [f for _, _, f in found if CITE.match("{{" + f[""] + "|")]
    if cites:
        out = []
        for t in cites:
            url = next((t[k] for k in ("url", "chapter-url", "chapterurl", "contribution-url", "archive-url", "online")
                        if (t.get(k) or "").strip()), "").strip()
            url = url if url.startswith("http") else identifier(t)
            out.append(wanted(t.get("title") or t.get("titel") or t.get("chapter"), url))
        return out
    outside, last = "", 0
    for start, end, _ in found:
        outside, last = outside + content[last:start] + " ", end
    outside += content[last:]
    m = URL.search(outside)
    url = m.group(0).rstrip(".,;") if m else None
    if url and url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    if not re.search(r"\w", plain(outside)):
        site = next((f for _, _, f in found if f.get("url", "").startswith("http") or f.get("title")), None)
        if site is not None:
            return [wanted(site.get("title"), site.get("url") if site.get("url", "").startswith("http") else None)]
    if url is None:
        url = next((("id", f["1"].strip()) for _, _, f in found if f[""] in IDENTIFIERS and f.get("1", "").strip()), None)
    return [(None, url)]


def cleaned(text):
    """The wikitext without comments and nowiki spans (a dump's escaped markup unescaped)."""
    if "&lt;ref" in text and "<ref" not in text:
        text = html.unescape(text)
    text = re.sub(r"<!--.*?(?:-->|$)", "", text, flags=re.S)
    return re.sub(r"<nowiki>.*?</nowiki>", "", text, flags=re.S | re.I)


def back_matter():
    """data/back_matter.tsv: heading (lower case) -> kind (sources, notes, pointers, illustrations)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "back_matter.tsv")
    rows = (line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if not line.startswith("#"))
    return {r[1]: r[0] for r in rows if len(r) == 2}


HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1\s*$")


def entries(text):
    """The works a References, Sources or Bibliography list gives outside any ref (WP:GENREF, and the
    targets of {{sfn}}/{{harvnb}}): each list line's text, refs cut out."""
    kinds, out, kind = back_matter(), [], None
    text = re.sub(r"<ref(\s[^>]*?)?(?:/\s*>|>.*?</ref\s*>)", "", cleaned(text), flags=re.S | re.I)
    lines, joined = text.split("\n"), []
    for line in lines:  # a template written over several lines is one item
        if joined and joined[-1].count("{{") > joined[-1].count("}}"):
            joined[-1] += " " + line
        else:
            joined.append(line)
    for line in joined:
        h = HEADING.match(line)
        if h:
            k = kinds.get(plain(h.group(2)).lower())
            kind = k  # a sub-heading of its own ("===Novels===" under an author's Bibliography) lists no sources
            continue
        if kind == "sources" and re.match(r"\s*[*#:]|\s*\{\{\s*(cite|citation)", line, re.I):
            out.append(line)
    return out


def census_text(text):
    """The refs in running text and the distinct citations of a page's wikitext."""
    text = cleaned(text)
    listed = ""  # {{reflist|refs=...}}: definitions, not places in the text
    m = re.search(r"\{\{\s*(?:reflist|references)\s*\|[^{}]*?refs\s*=|<references\s*>", text, re.I)
    if m:
        listed, text = text[m.start():], text[:m.start()]
    refs, templated, distinct, names = 0, 0, [], {}
    depth = template_depths(text)
    for part, in_text in ((text, True), (listed, False)):
        for r in REF.finditer(part):
            a = attrs(r.group(1))
            if a.get("group"):
                continue
            if in_text and depth(r.start()) > 0:
                templated += 1
            else:
                refs += in_text
            content = r.group(2) or ""
            name = a.get("name")
            if name is None:
                distinct.append(content)
            elif name not in names:
                names[name] = len(distinct)
                distinct.append(content)
            elif content.strip() and not distinct[names[name]].strip():
                distinct[names[name]] = content
    sfns = set()
    for s in SFN.finditer(re.sub(r"<ref(\s[^>]*?)?>.*?</ref\s*>", "", text, flags=re.S | re.I)):
        refs += 1
        sfns.add(s.group(1).strip())
    return refs, templated, distinct, len(sfns)


def template_depths(text):
    """depth(i): how many {{ are open at offset i (refs inside an infobox or other template)."""
    marks, depth = [], 0
    for m in re.finditer(r"\{\{|\}\}", text):
        depth = depth + 1 if m.group(0) == "{{" else max(0, depth - 1)
        marks.append((m.end(), depth))
    ends = [e for e, _ in marks]

    def at(i):
        k = bisect.bisect_right(ends, i) - 1
        return marks[k][1] if k >= 0 else 0
    return at


def norm(s):
    return re.sub(r"[^\w]+", " ", (s or "").lower()).strip()


def domain(url):
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def ingest(cg, path, work):
    g = os.path.join(work, "g.cg")
    run = subprocess.run([cg, "ingest", path, "-o", g], capture_output=True, text=True)
    m = re.search(r"citation markers (\d+), bound to a reference (\d+)", run.stderr)
    exported = subprocess.run([cg, "export", "-g", g, "--format", "json"], capture_output=True, text=True)
    return json.loads(exported.stdout), int(m.group(1)), int(m.group(2))


def page_row(cg, path, work):
    text = open(path, encoding="utf-8", errors="replace").read()
    refs, templated, distinct, sfns = census_text(text)
    graph, markers, bound = ingest(cg, path, work)
    sources = graph["sources"]
    named = sum(1 for s in sources if s.get("work") or (s.get("publisher") and s["publisher"] != domain(s.get("url"))))
    dom = sum(1 for s in sources if not s.get("work") and s.get("publisher") and s["publisher"] == domain(s.get("url")))
    titles = [norm(s.get("title")) for s in sources]
    urls = {s.get("url") or "" for s in sources}
    want_title = got_title = want_url = got_url = renamed = 0
    misses = []
    first_title = {}  # URL -> the title its first citation gives
    listed, ref_tallies = entries(text), None
    for n, content in enumerate(distinct + listed):
        if n == len(distinct):  # the refs' tallies, then the list entries' apart
            ref_tallies = (want_title, got_title, want_url, got_url)
        for title, url in expected(content):
            if title and url and isinstance(url, str):
                # One source per work: citations that give one URL under two titles are one source, named
                # as the page first cites it (United Kingdom's "Treaty of Union, 1706", then "Treaty (act)
                # of Union 1706").
                first = first_title.setdefault(url, title)
                if norm(first) != norm(title):
                    title, renamed = first, renamed + 1
            if title:
                want_title += 1
                ok = any(norm(title) and (norm(title) == t or norm(title) in t) for t in titles)
                got_title += ok
                if not ok:
                    misses.append(("title", title))
            if url:
                want_url += 1
                ok = has_url(url, urls)
                got_url += ok
                if not ok:
                    misses.append(("url", url if isinstance(url, str) else "id " + url[1]))
    ref_tallies = ref_tallies or (want_title, got_title, want_url, got_url)
    return {"refs": refs, "in_templates": templated, "markers": markers, "bound": bound, "cites": len(distinct) + sfns, "sources": len(sources),
            "named": named, "dom": dom, "want_title": want_title, "got_title": got_title, "want_url": want_url,
            "got_url": got_url, "renamed": renamed, "entries": len(listed),
            "entry_want_title": want_title - ref_tallies[0], "entry_got_title": got_title - ref_tallies[1],
            "entry_want_url": want_url - ref_tallies[2], "entry_got_url": got_url - ref_tallies[3]}, misses, sources


def has_url(url, urls):
    """A URL is on a source as written (a final "/" aside); an identifier is in a source's address
    (https://doi.org/10.1/x, urn:isbn:0-19-..., hyphens and case aside)."""
    if isinstance(url, tuple):
        key = re.sub(r"[^0-9a-z./]", "", url[1].lower())
        return bool(key) and any(key in re.sub(r"[^0-9a-z./]", "", u.lower()) for u in urls if u)
    return url in urls or any(url.rstrip("/") == u.rstrip("/") for u in urls)


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


def main():
    cg, pages, exclude, show, out = args()
    names = sorted(f[:-5] for f in os.listdir(pages) if f.endswith(".wiki") and f[:-5] not in exclude)
    rows, total = {}, {}
    print(f"{'page':44} {'refs':>5} {'tmpl':>4} {'markers':>8} {'bound':>6} {'cites':>6} {'srcs':>5} {'pub|work':>9} {'dom':>4}"
          f" {'title':>9} {'url':>9}")
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            path = os.path.join(pages, name + ".wiki")
            with open(path, encoding="utf-8", errors="replace") as f:
                if re.match(r"\s*#(redirect|weiterleitung)", f.read(64), re.I):
                    continue
            row, misses, sources = page_row(cg, path, work)
            rows[name] = row
            for k, v in row.items():
                total[k] = total.get(k, 0) + v
            print(f"{name[:44]:44} {row['refs']:5} {row['in_templates']:4} {row['markers']:8} {row['bound']:6} {row['cites']:6}"
                  f" {row['sources']:5} {row['named']:9} {row['dom']:4} {row['got_title']:4}/{row['want_title']:<4}"
                  f" {row['got_url']:4}/{row['want_url']:<4}")
            if show in (name, "all"):
                for kind, value in misses:
                    print(f"    {name}: missing {kind}: {value[:100]}")
                for s in sources:
                    if not (s.get("publisher") or s.get("work")) or not s.get("title"):
                        print(f"    {name}: source [{s.get('ref')}] pub={s.get('publisher')!r} work={s.get('work')!r}"
                              f" title={(s.get('title') or '')[:60]!r} url={s.get('url')!r}")
    t = total
    print(f"\n{len(rows)} article pages ({len(exclude)} held-out names excluded, never opened)")
    print(f"  <ref>/{{{{sfn}}}} in running text and tables {t['refs']}, inside templates (infoboxes, notes) "
          f"{t['in_templates']}; markers read {t['markers']}, bound to a source "
          f"{t['bound']} ({pct(t['bound'], t['markers']).strip()})")
    print(f"  distinct citations counted {t['cites']}; sources {t['sources']}; publisher or work "
          f"{t['named']} ({pct(t['named'], t['sources']).strip()}), with a URL's domain standing in "
          f"{t['named'] + t['dom']} ({pct(t['named'] + t['dom'], t['sources']).strip()})")
    print(f"  title given by the template {t['want_title']}, found {t['got_title']} "
          f"({pct(t['got_title'], t['want_title']).strip()}); URL or identifier given {t['want_url']}, found "
          f"{t['got_url']} ({pct(t['got_url'], t['want_url']).strip()})")
    print(f"  of them in the list entries of a References/Sources/Bibliography section ({t['entries']} lines, outside"
          f" refs): title {t['entry_got_title']}/{t['entry_want_title']}, URL or identifier"
          f" {t['entry_got_url']}/{t['entry_want_url']}")
    print(f"  of the titles, {t['renamed']} given to a URL an earlier citation gave under another title: one source,"
          f" sought under that first title")
    if out:
        with open(out, "w") as f:
            json.dump({"pages": rows, "total": t}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
