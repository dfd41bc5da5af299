#!/usr/bin/env python3
"""Writes data/agent_nouns.tsv from WordNet 3.0 (Debian's wordnet-base): each verb and the nouns for a
person who does it, read from the derivational pointers ('+') of data.verb whose target noun is in
the lexicographer file noun.person: "contribute" -> "contributor", "participate" -> "participant",
"speak" -> "speaker". A statement that counts people by what they do ("290 people had contributed to
AutoGen") speaks of the count of those agents ("290 community contributors", query/VerbMeasures.h).

Single words only (no "take_part"); a verb's nouns are joined by spaces, in WordNet's order.
Usage: scripts/agent-nouns.py [WORDNET_DIR] > data/agent_nouns.tsv
"""
import sys

from wordnet_index import senses

NOUN_PERSON = 18  # lexicographer file number of noun.person (WordNet's lexnames)


def synsets(path):
    """offset -> (lexicographer file, lemmas, [(symbol, target offset, target pos, source, target)])."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ", 1)[0].split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * k].split("(", 1)[0].lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = []
            for k in range(int(parts[at])):
                symbol, offset, pos, source_target = parts[at + 1 + 4 * k:at + 5 + 4 * k]
                pointers.append((symbol, offset, pos, int(source_target[:2], 16), int(source_target[2:], 16)))
            out[parts[0]] = (int(parts[1]), words, pointers)
    return out


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = synsets(wn + "/data.verb")
    nouns = synsets(wn + "/data.noun")
    agents = {}
    for verb, offsets in senses(wn, "verb"):
        if "_" in verb or not verb.isalpha():
            continue
        for offset in offsets:
            _, words, pointers = verbs[offset]
            for symbol, target, pos, source, word in pointers:
                if symbol != "+" or pos != "n" or not source or words[source - 1] != verb:
                    continue
                lexfile, noun_words, _ = nouns[target]
                noun = noun_words[word - 1]
                if lexfile == NOUN_PERSON and noun.isalpha() and noun != verb:
                    agents.setdefault(verb, [])
                    if noun not in agents[verb]:
                        agents[verb].append(noun)
    print("# Verbs and the nouns for a person who does each, from WordNet 3.0's derivational pointers to")
    print("# noun.person (scripts/agent-nouns.py; Debian's wordnet-base). columns: verb<TAB>nouns (spaces)")
    for verb in sorted(agents):
        print(f"{verb}\t{' '.join(agents[verb])}")


if __name__ == "__main__":
    main()
