"""Reads WordNet 3.0's index files (Debian's wordnet-base) for the scripts that write data/ lists
from it (abstract-nouns.py, proper-noun-kinds.py, pertainyms.py, agent-nouns.py)."""


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


def synsets(path):
    """The synsets of a data.POS file: offset -> (lexicographer file number, lemmas as written with
    spaces for '_' and no adjective marker ("(a)"), [(pointer symbol, target offset, target pos,
    source word number, target word number)])."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ", 1)[0].split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * k].split("(", 1)[0].replace("_", " ") for k in range(count)]
            at = 4 + 2 * count
            pointers = []
            for k in range(int(parts[at])):
                symbol, offset, pos, source_target = parts[at + 1 + 4 * k:at + 5 + 4 * k]
                pointers.append((symbol, offset, pos, int(source_target[:2], 16), int(source_target[2:], 16)))
            out[parts[0]] = (int(parts[1]), words, pointers)
    return out
