#!/usr/bin/env python3
"""Survey the forms of the AI Wiki content snapshot that the readers must handle.

usage: survey-references.py [CONTENT_DIR] [--list LAYOUT] [--examples N]

CONTENT_DIR defaults to ../shared/aiwiki-content (relative to the project).
Prints counts of:
  - reference-list layouts, on two axes: the back-link that opens an entry
    ("anchor") and the order of the slots after it ("slots");
  - in-text citation marker forms;
  - infobox and table forms;
  - sentence openers "The company", "The firm", "It" ...;
  - number words, "X out of Y", model names with numbers.
--list LAYOUT prints every article whose reference list is of that layout
(an anchor or a slots name). Standard library only; reads, never writes.
"""
import collections
import glob
import os
import re
import sys

REF_HEADING = re.compile(r"^#{1,6}\s*(References|Sources|Citations|Notes and references|Footnotes)\s*$",
                         re.M | re.I)
NEXT_HEADING = re.compile(r"^#{1,6}\s", re.M)
ENTRY = re.compile(r"^\s*(?:(\d+)\.|[-*])\s+(.*)$")

# Back-links that open a reference entry, most specific first.
ANCHORS = [
    ("caret-multi", re.compile(r"^↑\s*(\[\d+\.\d+\]\(#cite_ref-[^)]*\)\s*)+")),
    ("caret-single", re.compile(r"^\[↑\]\(#cite_ref-[^)]*\)\s*")),
    ("caret-bare", re.compile(r"^\[\^\]\(#cite_(?:ref|note)-[^)]*\)\s*")),
    ("caret-entity", re.compile(r"^\[&#8593;\]\(#cite_ref-[^)]*\)\s*")),
    ("cite-note-label", re.compile(r"^\[?&#91;\d+&#93;\]?\(#cite_note-[^)]*\)\s*")),
]

URL = r"(?:\[[^\]]*\]\(https?://[^)]*\)|https?://\S+)"
QUOTED = r"[\"“][^\"”]{3,}[\"”]"
YEAR = r"(?:1[89]|20)\d\d"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE = (r"(?:" + MONTH + r"\.? \d{1,2},? " + YEAR + r"|\d{1,2} " + MONTH + r"\.? " + YEAR + r"|"
        + MONTH + r" " + YEAR + r"|" + YEAR + r"-\d\d(?:-\d\d)?|" + YEAR + r")")

# Slot orders, tried in turn on the entry text after its back-link.
SLOTS = [
    ("empty", re.compile(r"^\s*$")),
    ("cite-error", re.compile(r"^Cite error:")),
    # ["Title"](url).&#32;Publisher.&#32;Date.&#32;[url](url)   (MediaWiki {{cite web}})
    ("linked-title-sp32", re.compile(r"^\[[\"“]?[^\]]+[\"”]?\]\(https?://[^)]*\)\.?\s*&#32;")),
    # Publisher - "Title" (Date). [url](url)
    ("publisher-dash-title-(date)", re.compile(r"^[^\"“]{2,80}? [-–—] " + QUOTED + r"\s*\(" + DATE)),
    # Publisher: "Title", Date. url
    ("publisher-colon-title-date", re.compile(r"^[^\"“:]{2,60}: " + QUOTED)),
    # Devlin, Jacob&#59;&#32;Chang, ...&#32;(2018).&#32;["Title"](url)   ({{cite journal}})
    ("authors-(year)-linked-title-sp32", re.compile(r"^[^\[]{2,400}?&#32;\(" + YEAR + r"\)\.&#32;\[")),
    # Author/Org. (Year). "Title". ... Retrieved from url   (APA)
    ("author-(year)-quoted-title", re.compile(r"^[^\"“]{2,300}?\(" + DATE + r"[a-z]?\)\.?\s*" + QUOTED)),
    # Title. Work (Year). Retrieved from url   (title first, then the work and year)
    ("bare-title-work-(year)", re.compile(r"^[^\"“(]*?[a-z0-9)?!]\. (?:[A-Z][\w'&.-]*\s?){1,5}\(" + DATE + r"\)")),
    # Author (Year). Title. Work. url   (APA without quotes)
    ("author-(year)-bare-title", re.compile(r"^[^\"“(]{2,200}?\(" + YEAR + r"[a-z]?\)\.?\s+[^\"“]")),
    # Author. "Title." Work, Year. url   (MLA)
    ("author-quoted-title-work", re.compile(r"^[A-Z][^\"“]{1,200}?\.\s+" + QUOTED + r"\.?\s*[^.]")),
    # "Title." Publisher (Date). Retrieved from url
    ("quoted-title-publisher", re.compile(r"^" + QUOTED + r"\.?\s*\S")),
    # ["Title"](url) Publisher / [Title](url)
    ("linked-title", re.compile(r"^\[[^\]]+\]\(https?://[^)]*\)")),
    # Title. Creators[, Outlet], Date. url   ("Title. Ada Roe, Medium, May 2024. [url](url)")
    ("bare-title-creators-date", re.compile(r"^[^\"“\[]{5,250}\. [^.\"“\[]{2,120}?, " + DATE + r"\.? " + URL)),
    # Title, Work, Date, url
    ("title-comma-work-date", re.compile(r"^[^\"“\[]{5,200}, [^,]{2,60}, " + DATE + r",? " + URL)),
    # Title. Publisher. Date.
    ("bare-title-publisher-date", re.compile(r"^[^\"“\[]{5,200}\. [^.]{2,60}\. " + DATE)),
    # Title - Site - url
    ("bare-title-dash-site", re.compile(r"^[^\"“\[]{5,200} [-–—] [^-–—]{2,60} [-–—] " + URL)),
    # Title. Work. [Retrieved ... from] url
    ("bare-title-work-url", re.compile(r"^[^\"“\[]{5,250}\.\s+(?:[^.\[]{2,80}\.\s+)?(?:URL: |Retrieved [^\[]*)?" + URL)),
    ("bare-url", re.compile(r"^(?:URL: )?" + URL + r"\s*$")),
    # a sentence of note, with no url, quote or year slot
    ("note-without-url", re.compile(r"^[^\[\]\"“]{10,}$")),
]

# In-text citation markers: label -> pattern.
MARKERS = {
    "[&#91;n&#93;](#cite_note-…)": r"\[&#91;\d+&#93;\]\(#cite_note-[^)]*\)",
    "[^](#cite_note-…)": r"\[\^\]\(#cite_note-[^)]*\)",
    "[n](#cite_note-…)": r"\[\d+\]\(#cite_note-[^)]*\)",
    "bare [n] after a word": r"(?<=[a-z.,;:)])\[\d{1,3}\](?!\()",
    "<sup>…</sup>": r"<sup>[^<]{1,40}</sup>",
}


def front_matter(text):
    """(fields, body) of an article with YAML front matter."""
    m = re.match(r"^---\n(.*?)\n---", text, re.S)
    if not m:
        return {}, text
    fields = {"categories": re.findall(r"^\s+-\s+\"?([^\"\n]+)\"?", m.group(1), re.M)}
    t = re.search(r"^title:\s*\"?(.*?)\"?\s*$", m.group(1), re.M)
    fields["title"] = t.group(1) if t else ""
    return fields, text[m.end():]


def reference_entries(body):
    """The entries of the last reference-list section, as text lines."""
    heads = list(REF_HEADING.finditer(body))
    if not heads:
        return None
    rest = body[heads[-1].end():]
    nxt = NEXT_HEADING.search(rest)
    section = rest[: nxt.start()] if nxt else rest
    entries = []
    for line in section.split("\n"):
        m = ENTRY.match(line)
        if m:
            entries.append(m.group(2).strip())
        elif line.startswith("Cite error:"):
            entries.append(line.strip())
    return entries


def classify_entry(entry):
    anchor = "none"
    for name, rx in ANCHORS:
        m = rx.match(entry)
        if m:
            anchor, entry = name, entry[m.end():]
            break
    entry = re.sub(r"^\[\d+\]\s*", "", entry.strip())  # "[1] Fedewa, J (2023)..."
    for name, rx in SLOTS:
        if rx.match(entry):
            return anchor, name
    return anchor, "other"


def count_quirks(body, entries, quirks):
    """Forms inside reference lists that trip a line-by-line reader."""
    urls = collections.Counter()
    for e in entries:
        if "Cite error" in e and not e.startswith("Cite error"):
            quirks["entries: a 'Cite error' message appended to the entry"] += 1
        if re.search(r"Retrieved (?:\d{1,2} )?" + MONTH + r"\.? (?:\d{1,2}, )?" + YEAR + r"|accessed", e, re.I):
            quirks["entries: an access date ('Retrieved March 2026', 'accessed ...')"] += 1
        first = re.search(r"\]\((https?://[^)\s]+)\)", e)
        if first:
            urls[first.group(1)] += 1
        else:
            quirks["entries: no url on the entry's line"] += 1
    if any(n > 1 for n in urls.values()):
        quirks["articles: one url under two or more numbers"] += 1
    if not re.search(r"#cite_note-", body):
        quirks["articles: a reference list but no in-text markers"] += 1
    heads = list(REF_HEADING.finditer(body))
    section = body[heads[-1].end():]
    nxt = NEXT_HEADING.search(section)
    section = section[: nxt.start()] if nxt else section
    if re.search(r"^\s*\d+\.\s.*\n(?!\s*\n)(?!\s*\d+\.\s)\S", section, re.M):
        quirks["articles: an entry running over several lines"] += 1


def majority(items):
    c = collections.Counter(items)
    return c.most_common(1)[0][0] if c else None


NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|dozens|hundreds)"
TEXT_PATTERNS = [
    ("sentence opens 'The company'", re.compile(r"(?:^|[.!?]\s+)The company\b", re.M)),
    ("sentence opens 'The firm'", re.compile(r"(?:^|[.!?]\s+)The firm\b", re.M)),
    ("sentence opens 'The startup'", re.compile(r"(?:^|[.!?]\s+)The startup\b", re.M)),
    ("sentence opens 'It' + verb", re.compile(
        r"(?:^|[.!?]\s+)It (?:was|is|has|had|announced|reported|raised|released|said|"
        r"launched|claims|claimed|describes)\b", re.M)),
    ("'describes itself as'", re.compile(r"describes itself as", re.I)),
    ("'the company announced/said/reported'", re.compile(
        r"\bthe company (?:announced|said|reported|stated|claimed)", re.I)),
    ("number word + noun", re.compile(r"\b" + NUMBER_WORDS + r" [a-z][a-z-]+s\b", re.I)),
    ("'X out of Y'", re.compile(r"\b\d[\d,.]* out of \d[\d,.]*\b")),
    ("unit shared across 'and' (8B and 35B)", re.compile(r"\b\d+(?:\.\d+)?B? and \d+(?:\.\d+)?B\b")),
    ("model name with a number (Llama 3.1, GPT-4o, Qwen2.5)", re.compile(
        r"\b(?:Llama|GPT|Claude|Gemini|Qwen|Mistral|DeepSeek|Grok|Phi|Gemma|Kimi)[- ]?"
        r"\d+(?:\.\d+)?[a-zA-Z]?\b")),
    ("model name then a size (Llama 3.1 405B)", re.compile(
        r"\b(?:Llama|GPT|Claude|Gemini|Qwen|Mistral|DeepSeek|Grok|Phi|Gemma|Kimi)[- ]?"
        r"[\w.-]*\d[\w.-]* \d+(?:\.\d+)?[BMT]\b")),
    ("price per month/use ($20/month, per month)", re.compile(
        r"\$\d[\d,.]*\s*(?:/|per )\s*(?:month|mo|user|seat|year|million tokens|1M tokens|image|minute)",
        re.I)),
    ("range in a table cell (~450-800)", re.compile(r"^\|[^\n]*\|\s*~?\d[\d,.]*\s*[-–]\s*\d[\d,.]*", re.M)),
]


def table_forms(body):
    """Which table forms an article uses: an infobox (a first table whose
    second row is the '| --- |' rule and which sits before the first
    heading), key/value rows, wide data tables."""
    forms = set()
    first_heading = NEXT_HEADING.search(body)
    lead = body[: first_heading.start()] if first_heading else body
    if re.search(r"^\|[^\n]*\|\s*\n\|\s*---", lead, re.M):
        forms.add("infobox table before the first heading")
    for block in re.findall(r"(?:^\|.*\n?)+", body, re.M):
        rows = [r for r in block.split("\n") if r.startswith("|")]
        cols = max(r.count("|") - 1 for r in rows) if rows else 0
        if cols <= 2:
            forms.add("two-column key/value table")
        else:
            forms.add("data table of 3+ columns")
    if re.search(r"\[Template:Infobox[^\]]*\]", body):
        forms.add("unrendered '[Template:Infobox …]' red link")
    if re.search(r"^\|[^\n]*\|[^\n]*\n[^|\n][^\n]*\n", body, re.M):
        forms.add("table cell spilling over lines")
    return forms


def survey(directory):
    layouts, anchors, slot_orders = {}, collections.Counter(), collections.Counter()
    markers, tables, text_counts = collections.Counter(), collections.Counter(), {}
    cats, sizes, entry_mix = {}, {}, collections.Counter()
    entry_kinds = collections.Counter()
    quirks = collections.Counter()
    for path in sorted(glob.glob(os.path.join(directory, "*.md"))):
        name = os.path.basename(path)
        if name == "README.md":
            continue
        text = open(path, encoding="utf-8").read()
        fields, body = front_matter(text)
        cats[name] = fields.get("categories", [])
        sizes[name] = len(text.encode("utf-8"))
        for label, pattern in MARKERS.items():
            if re.search(pattern, body):
                markers[label] += 1
        for form in table_forms(body):
            tables[form] += 1
        for label, rx in TEXT_PATTERNS:
            n = len(rx.findall(body))
            if n:
                hits, arts = text_counts.get(label, (0, 0))
                text_counts[label] = (hits + n, arts + 1)
        entries = reference_entries(body)
        if entries is None:
            layouts[name] = ("no reference section", "")
            continue
        kinds = [classify_entry(e) for e in entries]
        entry_kinds.update(kinds)
        count_quirks(body, entries, quirks)
        if not kinds:
            layouts[name] = ("reference heading, no entries", "")
            continue
        anchor = majority(k[0] for k in kinds)
        slots = majority(k[1] for k in kinds if k[1] not in ("empty", "cite-error")) or majority(
            k[1] for k in kinds)
        if len({k[1] for k in kinds}) > 1:
            entry_mix[name] = len({k[1] for k in kinds})
        layouts[name] = (anchor, slots)
    return layouts, markers, tables, text_counts, cats, sizes, entry_mix, entry_kinds, quirks


def main(argv):
    directory = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "aiwiki-content")
    listing, examples = None, 3
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--list":
            listing = args.pop(0)
        elif a == "--examples":
            examples = int(args.pop(0))
        else:
            directory = a
    layouts, markers, tables, text_counts, cats, sizes, mix, entry_kinds, quirks = survey(directory)
    if listing:
        for name, (anchor, slots) in sorted(layouts.items()):
            if listing in (anchor, slots):
                print("%s\t%d\t%s\t%s" % (name, sizes[name], anchor, ",".join(cats[name][:3])))
        return 0
    total = len(layouts)
    print("articles: %d" % total)
    print("\n## Reference lists: anchor x slots (articles)")
    combos = collections.Counter(layouts.values())
    for (anchor, slots), n in combos.most_common():
        names = [a for a, l in sorted(layouts.items()) if l == (anchor, slots)]
        names.sort(key=lambda a: -sizes[a])
        print("%5d  %-32s %-30s e.g. %s" % (n, anchor, slots, ", ".join(names[:examples])))
    print("\n## Anchors (articles)")
    for a, n in collections.Counter(l[0] for l in layouts.values()).most_common():
        print("%5d  %s" % (n, a))
    print("\n## Slot orders (articles)")
    for s, n in collections.Counter(l[1] for l in layouts.values()).most_common():
        print("%5d  %s" % (n, s or "-"))
    print("\n## Articles whose entries mix slot orders: %d" % len(mix))
    print("\n## Entries: slot orders (entries, over all articles)")
    for s, n in collections.Counter(k[1] for k in entry_kinds.elements()).most_common():
        print("%5d  %s" % (n, s))
    print("\n## Entries: anchors (entries)")
    for a, n in collections.Counter(k[0] for k in entry_kinds.elements()).most_common():
        print("%5d  %s" % (n, a))
    print("\n## Reference-list quirks")
    for label, n in sorted(quirks.items()):
        print("%5d  %s" % (n, label))
    print("\n## In-text citation markers (articles using each)")
    for label, n in markers.most_common():
        print("%5d  %s" % (n, label))
    print("\n## Tables (articles using each form)")
    for label, n in tables.most_common():
        print("%5d  %s" % (n, label))
    print("\n## Text forms (occurrences / articles)")
    for label, _ in TEXT_PATTERNS:
        hits, arts = text_counts.get(label, (0, 0))
        print("%6d / %4d  %s" % (hits, arts, label))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
