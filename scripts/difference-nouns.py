#!/usr/bin/env python3
"""Writes data/difference_nouns.txt: nouns that name a difference between two figures, so that a
table column headed by one ("Gap from Human", "Performance Gap", "Difference") holds differences
from a reference, not changes: a signed percentage in it keeps the column's measure rather than
being read as an increase or a decrease (docs/MEASURES.md, "A change and its levels").

The nouns are WordNet 3.0's one-word lemmas of disparity (n 04752530, "inequality or difference in
some respect") and every synset below it ("gap, spread: a conspicuous disparity or difference as
between two figures"), and of the arithmetic difference (n 13729236, "the number that remains after
subtraction"; its own lemmas, not the "balance" below it). The wider difference (n 04748836) is not taken whole: "change" and "variance" are
below it, and a "Change" column over time is a change.
Usage: scripts/difference-nouns.py [WORDNET_DIR] > data/difference_nouns.txt
"""
import sys

from wordnet_index import synsets

DISPARITY = "04752530"
ARITHMETIC_DIFFERENCE = "13729236"


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    table = synsets(wn + "/data.noun")
    nouns = {l.lower() for l in table[ARITHMETIC_DIFFERENCE][1] if l.isalpha()}
    todo, seen = [DISPARITY], {DISPARITY}
    while todo:
        _, lemmas, pointers = table[todo.pop()]
        nouns.update(l.lower() for l in lemmas if l.isalpha())
        for symbol, target, pos, _, _ in pointers:
            if symbol == "~" and pos == "n" and target not in seen:
                seen.add(target)
                todo.append(target)
    print("# Nouns that name a difference between two figures: a table column headed by one holds differences")
    print("# from a reference, not changes (\"Gap from Human\"). WordNet 3.0's one-word lemmas of disparity and its")
    print("# hyponyms and of the arithmetic difference. Written by scripts/difference-nouns.py. One a line, lower case.")
    for noun in sorted(nouns):
        print(noun)


if __name__ == "__main__":
    main()
