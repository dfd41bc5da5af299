#!/usr/bin/env python3
"""Writes data/attribute_adjectives.tsv from WordNet 3.0 (Debian's wordnet-base): the adjectives of
size and extent and the magnitude each gives a value of, read from the attribute pointers ('=') of
data.adj: "deep" -> "depth", "wide" -> "width", "long" -> "length". A statement that gives its figure
as "N UNITs ADJ" ("is nine layers deep") states the attribute's value (ingest/Statement.cpp).

Only attributes that are magnitudes (a hyponym of WordNet's "magnitude", which holds "dimension",
"size" and "quantity") are kept: "good" -> "quality" is no value a number gives. Of an adjective's
senses, the first (index.adj's order) with such an attribute wins. Lemmas of one word only.
Usage: scripts/attribute-adjectives.py [WORDNET_DIR] > data/attribute_adjectives.tsv
"""
import sys

from wordnet_index import senses, synsets


def hypernyms(nouns, offset):
    """Every synset above `offset` in the noun hierarchy (hypernym and instance pointers)."""
    seen, stack = set(), [offset]
    while stack:
        for symbol, target, _, _, _ in nouns[stack.pop()][2]:
            if symbol in ("@", "@i") and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    adjectives = synsets(wn + "/data.adj")
    nouns = synsets(wn + "/data.noun")
    magnitudes = {offset for offset, (_, words, _) in nouns.items() if words[0] == "magnitude"}
    print("# Adjectives of size and extent and the magnitude each gives a value of, from WordNet 3.0's attribute")
    print("# pointers (scripts/attribute-adjectives.py; Debian's wordnet-base). columns: adjective<TAB>attribute")
    for adjective, offsets in senses(wn, "adj"):
        if "_" in adjective or "-" in adjective:
            continue
        attribute = next((nouns[target][1][0] for offset in offsets
                          for symbol, target, pos, _, _ in adjectives[offset][2]
                          if symbol == "=" and pos == "n" and magnitudes & hypernyms(nouns, target)), None)
        if attribute:
            print(f"{adjective}\t{attribute}")


if __name__ == "__main__":
    main()
