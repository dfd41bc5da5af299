#!/usr/bin/env python3
"""Writes data/particle_verbs.txt: WordNet 3.0's verbs of a verb and the particle "up" or "down" ("make up",
"sum up", "take up", "break down"), one a line as "verb particle". Right before a figure such a particle is
the verb's ("makes up 60%", "sums up 80%"), not a word of which way the figure moved ("up 20%"). Left out:
those with a sense under increase or decrease ("go up", "ramp up", "scale down", "cut down"), whose particle
does say which way. Reads Debian's wordnet-base (/usr/share/wordnet).
Usage: scripts/particle-verbs.py [WORDNET_DIR] > data/particle_verbs.txt
"""
import sys

from wordnet_index import senses, synsets

PARTICLES = ("up", "down")
# increase (become and make bigger), decrease (become and make smaller): their synsets in data.verb.
CHANGES = {"00156601", "00153263", "00151689", "00441445"}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = synsets(root + "/data.verb")

    def under_change(offset, seen=()):
        if offset in CHANGES:
            return True
        return any(under_change(target, seen + (offset,))
                   for symbol, target, _, _, _ in verbs[offset][2] if symbol == "@" and target not in seen)

    out = []
    for lemma, offsets in senses(root, "verb"):
        words = lemma.split("_")
        if len(words) == 2 and words[1] in PARTICLES and words[0].isalpha() and not any(map(under_change, offsets)):
            out.append(" ".join(words))
    print("# Verbs of a verb and the particle up or down, none of whose senses is under increase or decrease")
    print("# (WordNet 3.0), written by scripts/particle-verbs.py; one a line.")
    print("\n".join(sorted(out)))


if __name__ == "__main__":
    main()
