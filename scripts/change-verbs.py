#!/usr/bin/env python3
"""Writes data/change_verbs.txt: the verbs whose most frequent sense or the next is a verb of change
in WordNet 3.0 (lexicographer file 30, verb.change: "raise", "lower", "reduce", "extend"), the
verbs a passive "was lowered from 21 to 18 in 1975" sets a value anew by. Reads Debian's
wordnet-base (/usr/share/wordnet). Usage: scripts/change-verbs.py [WORDNET_DIR] > data/change_verbs.txt
"""
import sys

VERB_CHANGE = 30  # lexicographer file number of verb.change (WordNet's lexnames)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    lexfile = {}
    with open(f"{root}/data.verb", encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                parts = line.split()
                lexfile[parts[0]] = int(parts[1])
    out = []
    with open(f"{root}/index.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            word, pointers = parts[0], int(parts[3])
            offsets = parts[4 + pointers + 2:]  # synsets in order of frequency
            if "_" not in word and any(lexfile[o] == VERB_CHANGE for o in offsets[:2]):
                out.append(word)
    print("# Verbs of change (WordNet 3.0 verb.change, most frequent or next sense), written by")
    print("# scripts/change-verbs.py; one a line.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
