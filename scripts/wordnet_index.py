"""Reads WordNet 3.0's index files (Debian's wordnet-base) for the scripts that write data/ lists
from it (abstract-nouns.py, proper-noun-kinds.py, pertainyms.py)."""


def noun_senses(wn):
    """Yields each noun lemma of index.noun (lower case, '_' between words) and the offsets of its
    synsets in data.noun, most frequent sense first."""
    return senses(wn, "noun")


def senses(wn, pos):
    """Yields each lemma of index.POS (pos: noun, verb, adj, adv) and the offsets of its synsets in
    data.POS, most frequent sense first."""
    with open(wn + "/index." + pos, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            offsets = parts[4 + int(parts[3]) + 2:]
            assert len(offsets) == int(parts[2])
            yield parts[0], offsets
