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

from wordnet_index import senses, synsets

PERSON_FILE = 18  # noun.person


def agent_of(verb, offsets, verbs, nouns):
    for offset in offsets:
        _, written, pointers = verbs[offset]
        words = [w.lower() for w in written]
        for symbol, target, pos, source, word in pointers:
            if symbol != "+" or pos != "n" or not source or words[source - 1] != verb:
                continue
            lexfile, targets, _ = nouns[target]
            noun = targets[word - 1].lower() if word else ""
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
