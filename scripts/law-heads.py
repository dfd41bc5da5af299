#!/usr/bin/env python3
"""Writes data/law_heads.txt from WordNet 3.0 (Debian's wordnet-base): the head nouns that end
names of laws and agreements ("Act", "Treaty", "Convention", "Constitution"). A head is the last
word, capitalised, of two or more of the capitalised names WordNet files under "legal document"
or "written agreement" ("Foreign Intelligence Surveillance Act", "Stamp Act"; "Lateran Treaty",
"Treaty of Versailles" has its head first and counts for "Versailles" only once).

The name finder joins the capitalised words of such a name across "from", "of", "for", "on" and
"against" when a head ends it ("Defending Democracy from Deepfake Deception Act").
Usage: scripts/law-heads.py [WORDNET_DIR] > data/law_heads.txt
"""
import collections
import sys

from wordnet_index import synsets

ROOTS = ["06479665", "06771653"]  # legal document, written agreement


def main(argv):
    wn = argv[1] if len(argv) > 1 else "/usr/share/wordnet"
    nouns = synsets(wn + "/data.noun")
    seen, stack = set(), list(ROOTS)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        stack += [target for symbol, target, pos, _, _ in nouns[offset][2] if symbol in ("~", "~i") and pos == "n"]
    lemmas = {w for o in seen for w in nouns[o][1] if " " not in w and w.islower()}
    heads = collections.Counter(w.split()[-1].lower() for o in seen for w in nouns[o][1]
                                if " " in w and w[0].isupper() and w.split()[-1][0].isupper())
    print("# Head nouns that end names of laws and agreements: the last word of two or more capitalised names")
    print("# WordNet 3.0 files under legal document or written agreement. Written by scripts/law-heads.py.")
    print(" ".join(sorted(h for h, n in heads.items() if n >= 2 and h in lemmas)))


if __name__ == "__main__":
    main(sys.argv)
