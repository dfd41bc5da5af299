#!/usr/bin/env python3
"""Writes data/pertainyms.tsv from WordNet 3.0 (Debian's wordnet-base): the proper adjectives and
the proper noun each pertains to, read from the pertainym pointers ('\\') of data.adj: "Irish" ->
"Ireland", "Australian" -> "Australia", "French" -> "France". A statement that names its subject by
such an adjective ("Irish primary schools have ...") speaks of the noun's entity (query/Query.cpp).

Only capitalised adjectives pointing at a capitalised noun are kept (a proper adjective of a proper
noun: not "solar" -> "sun"); of an adjective's senses, the most frequent one's noun (index.adj's
order) wins. Lemmas are written with spaces for WordNet's '_' and without an adjective marker
("(a)"). Usage: scripts/pertainyms.py [WORDNET_DIR] > data/pertainyms.tsv
"""
import sys

from wordnet_index import senses, synsets


def lemma(word):
    word = word.split("(", 1)[0]
    return word.replace("_", " ")


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    adjectives = synsets(wn + "/data.adj")
    nouns = synsets(wn + "/data.noun")
    print("# Proper adjectives and the proper noun each pertains to, from WordNet 3.0's pertainym pointers")
    print("# (scripts/pertainyms.py; Debian's wordnet-base). columns: adjective<TAB>noun")
    seen = set()
    for adjective_lemma, offsets in senses(wn, "adj"):
        for offset in offsets:
            _, words, pointers = adjectives[offset]
            position = [k + 1 for k, w in enumerate(words) if w.lower() == lemma(adjective_lemma).lower()]
            for symbol, target, pos, source, word in pointers:
                if symbol != "\\" or pos != "n" or (source and source not in position):
                    continue
                adjective = words[source - 1] if source else words[position[0] - 1] if position else ""
                noun = nouns[target][1][word - 1] if word else nouns[target][1][0]
                if not adjective[:1].isupper() or not noun[:1].isupper() or adjective in seen:
                    continue
                if adjective == noun:
                    continue
                seen.add(adjective)
                print(f"{adjective}\t{noun}")


if __name__ == "__main__":
    main()
