#!/usr/bin/env python3
"""Writes a synthetic MediaWiki pages-articles dump of at least SIZE_MB megabytes, made of the
real pages of ../shared/wikipedia (pages/*.wiki and the articles of dump/en_test.xml) repeated
under numbered titles, with a redirect every tenth page. For measuring the dump reader's speed
and memory (docs/PERFORMANCE.md); the output is not committed.

Usage: bench/wiki-dump.py SIZE_MB OUT.xml [SHARED_DIR]   (bzip2 -k OUT.xml gives the .bz2 form)
"""
import html, os, re, sys

size_mb, out = int(sys.argv[1]), sys.argv[2]
shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
wiki = os.path.join(shared, "wikipedia")

texts = []
for name in sorted(os.listdir(os.path.join(wiki, "pages"))):
    with open(os.path.join(wiki, "pages", name), encoding="utf-8", errors="replace") as f:
        text = f.read()
    if not re.match(r"\s*#redirect", text, re.I):
        texts.append((name[:-5].replace("_", " "), text))
with open(os.path.join(wiki, "dump", "en_test.xml"), encoding="utf-8") as f:
    for page in re.findall(r"<page>.*?</page>", f.read(), re.S):
        if "<ns>0</ns>" in page and "<redirect" not in page:
            title = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
            body = re.search(r"<text[^>]*>(.*?)</text>", page, re.S).group(1)
            if body.startswith("<![CDATA["):
                body = body[9:-3]
            else:
                body = html.unescape(body)
            texts.append((title, body))

def page(title, text, n):
    return (f"  <page>\n    <title>{html.escape(title)}</title>\n    <ns>0</ns>\n    <id>{n}</id>\n"
            f"    <revision>\n      <id>{n}</id>\n      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
            f"      <text xml:space=\"preserve\">{html.escape(text, quote=False)}</text>\n    </revision>\n  </page>\n")

with open(out, "w", encoding="utf-8") as f:
    f.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n'
            "  <siteinfo>\n    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n  </siteinfo>\n")
    written, n = 0, 0
    while written < size_mb * 1_000_000:
        title, text = texts[n % len(texts)]
        n += 1
        chunk = page(f"{title} {n}", text, n)
        if n % 10 == 0:
            chunk += page(f"Redirect {n}", f"#REDIRECT [[{title} {n}]]", n + 10**9)
        f.write(chunk)
        written += len(chunk.encode("utf-8"))
    f.write("</mediawiki>\n")
print(f"{out}: {n} pages, {written / 1e6:.0f} MB", file=sys.stderr)
