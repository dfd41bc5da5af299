#!/usr/bin/env python3
"""Writes data/agent_nouns.tsv from WordNet 3.0 (Debian's wordnet-base): each one-word verb and the
noun for a person who does it, read from the derivational pointers ('+') of data.verb to a synset of
noun.person (lexicographer file 18): "contribute" -> "contributor", "use" -> "user", "subscribe" ->
"subscriber", "attend" -> "attender". A count of people with such a verb ("290 people had contributed
to X") counts the verb's agents (ingest/Extractor.cpp), as the page that writes "290 contributors" does.

Of a verb's senses, the most frequent one with such a pointer wins (index.verb's order), and of its
pointers the first. Only nouns of one word that share the verb's first three letters (a derived form,
not a synonym). Usage: scripts/agent-nouns.py [WORDNET_DIR] > data/agent_nouns.tsv
"""
import sys

from wordnet_index import senses

PERSON_FILE = 18  # noun.person


def synsets(path):
    """offset -> (lexicographer file, lemmas, [(symbol, target offset, pos, source word, target word)])."""
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


def agent_of(verb, offsets, verbs, nouns):
    for offset in offsets:
        _, words, pointers = verbs[offset]
        for symbol, target, pos, source, word in pointers:
            if symbol != "+" or pos != "n" or not source or words[source - 1] != verb:
                continue
            lexfile, targets, _ = nouns[target]
            noun = targets[word - 1] if word else ""
            if lexfile == PERSON_FILE and noun.isalpha() and noun[:3] == verb[:3] and noun != verb:
                return noun
    return None


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = synsets(wn + "/data.verb")
    nouns = synsets(wn + "/data.noun")
    print("# Verbs and the noun for a person who does each, from WordNet 3.0's derivational pointers to")
    print("# noun.person (scripts/agent-nouns.py; Debian's wordnet-base). columns: verb<TAB>agent noun")
    for verb, offsets in senses(wn, "verb"):
        if not verb.isalpha():
            continue
        agent = agent_of(verb, offsets, verbs, nouns)
        if agent:
            print(f"{verb}\t{agent}")


if __name__ == "__main__":
    main()
