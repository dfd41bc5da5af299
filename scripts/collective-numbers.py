#!/usr/bin/env python3
"""Writes data/collective_numbers.tsv: nouns that name a set of so many similar things, with that
number, so that a statement's "a trio of main groups" is read as three groups, as "a pair of PDF
files" is two files.

The nouns are WordNet 3.0's one-word lemmas of the synsets directly below set (n 07996689) whose gloss
reads "a set of N similar things considered as a unit" ("pair, brace", "trio, triad, triplet, triple",
"quartet", ... "octet"), N a cardinal in words. Not the lemmas of the cardinals' own synsets ("three,
trio, ... trinity, trey"): those hold playing cards and dice ("trey", "fin") and a group of people
("threesome"), where a number of things is not meant.
Usage: scripts/collective-numbers.py [WORDNET_DIR] > data/collective_numbers.tsv
"""
import re
import sys

from wordnet_index import synsets

SET = "07996689"
CARDINALS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
GLOSS = re.compile(r"\| a set of ([a-z]+) similar things considered as a unit")


def glosses(path):
    """offset -> its whole line (lemmas, pointers and gloss) in a data.POS file."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                out[line.split(" ", 1)[0]] = line
    return out


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    table = synsets(wn + "/data.noun")
    lines = glosses(wn + "/data.noun")
    rows = []
    for offset, (_, lemmas, pointers) in table.items():
        match = GLOSS.search(lines[offset])
        if not match or match.group(1) not in CARDINALS:
            continue
        if not any(symbol == "@" and target == SET for symbol, target, _, _, _ in pointers):
            continue
        rows += [(l.lower(), CARDINALS[match.group(1)]) for l in lemmas if l.isalpha()]
    print("# Nouns that name a set of so many similar things, and the number: \"a trio of main groups\" is three")
    print("# groups. WordNet 3.0's one-word lemmas of the synsets below set glossed \"a set of N similar things")
    print("# considered as a unit\". Written by scripts/collective-numbers.py. noun<TAB>number, lower case.")
    for noun, number in sorted(rows, key=lambda r: (r[1], r[0])):
        print(f"{noun}\t{number}")


if __name__ == "__main__":
    main()
