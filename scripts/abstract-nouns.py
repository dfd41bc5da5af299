#!/usr/bin/env python3
"""Writes data/abstract_nouns.txt from WordNet 3.0 (Debian's wordnet-base): the nouns whose first
(most frequent) sense WordNet files under noun.cognition, noun.attribute, noun.state,
noun.feeling or noun.relation: a field, a concept, a quality or a condition ("discipline",
"theory", "ability", "privacy"), not a thing, a place, a group, a person or an event.

usage: scripts/abstract-nouns.py [WORDNET_DIR] > data/abstract_nouns.txt
"""
import sys

from wordnet_index import noun_senses

ABSTRACT = {"07": "noun.attribute", "09": "noun.cognition", "12": "noun.feeling", "24": "noun.relation",
            "26": "noun.state"}


def main(argv):
    wn = argv[1] if len(argv) > 1 else "/usr/share/wordnet"
    lexfile = {}
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 2)
            lexfile[parts[0]] = parts[1]
    words = []
    for lemma, offsets in noun_senses(wn):
        if lemma.isalpha() and lemma.islower() and lexfile.get(offsets[0]) in ABSTRACT:
            words.append(lemma)
    print("# Nouns whose first WordNet 3.0 sense is abstract (noun.cognition, noun.attribute,")
    print("# noun.state, noun.feeling, noun.relation): what a page about a field or a concept says it is")
    print("# (\"a scientific discipline\", \"the ability of ...\"). Written by scripts/abstract-nouns.py.")
    line = ""
    for w in words:
        if len(line) + len(w) + 1 > 100:
            print(line)
            line = ""
        line = (line + " " + w).strip()
    if line:
        print(line)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
