#!/usr/bin/env python3
"""Write each article of a MediaWiki XML dump as a wikitext file of its own.

usage: dump-pages.py DUMP OUTDIR

Every page the dump reader (ingest/MediaWikiDump.cpp) takes as an article becomes OUTDIR/NAME.wiki:
namespace 0 (or, without <ns>, a title with no ':'), not a redirect (a <redirect> element or a text
starting "#REDIRECT"/"#WEITERLEITUNG"), the last revision's text when a page has several. NAME is
the title with spaces as '-' and every other character kept ('/' alone, which cannot be in a file
name, as '%2F'). The text is the XML parser's, i.e. unescaped once exactly as the dump reader sees
it ("&lt;ref&gt;" in the dump is "<ref>" in the file, "&amp;nbsp;" is "&nbsp;"). A .bz2 dump is read
through bz2. Standard library only; the dump is parsed as a stream, one page in memory at a time.
Prints the number of files written.
"""
import bz2
import os
import sys
import xml.etree.ElementTree as ET


def local(tag):
    """"{http://www.mediawiki.org/xml/export-0.8/}page" -> "page"."""
    return tag.rsplit("}", 1)[-1]


def is_redirect(text):
    head = text.strip()[:16].lower()
    return head.startswith("#redirect") or head.startswith("#weiterleitung")


def file_name(title):
    return title.replace(" ", "-").replace("/", "%2F") + ".wiki"


def pages(stream):
    """(title, text) of every article page, in dump order."""
    title = ns = None
    text = ""
    redirect = False
    depth = 0
    for event, elem in ET.iterparse(stream, events=("start", "end")):
        name = local(elem.tag)
        if event == "start":
            depth += 1
            if name == "page":
                title, ns, text, redirect = "", None, "", False
            continue
        depth -= 1
        if name == "title" and depth == 2:
            title = elem.text or ""
        elif name == "ns" and depth == 2:
            ns = (elem.text or "").strip()
        elif name == "redirect" and depth == 2:
            redirect = True
        elif name == "text" and depth == 3:
            text = elem.text or ""  # a history dump: the last revision wins
        elif name == "page":
            article = ns == "0" if ns is not None else ":" not in title
            if article and not redirect and not is_redirect(text):
                yield title, text
            elem.clear()


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    dump, outdir = argv[1], argv[2]
    os.makedirs(outdir, exist_ok=True)
    opener = bz2.open if dump.endswith(".bz2") else open
    written = 0
    with opener(dump, "rb") as stream:
        for title, text in pages(stream):
            with open(os.path.join(outdir, file_name(title)), "w", encoding="utf-8", newline="") as out:
                out.write(text)
            written += 1
    print(f"dump-pages: {written} articles written to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
