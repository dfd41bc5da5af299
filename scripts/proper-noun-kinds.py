#!/usr/bin/env python3
"""Writes data/proper_noun_kinds.tsv from WordNet 3.0 (Debian's wordnet-base): the proper nouns
(capitalised lemmas) and the kind of thing their most frequent capitalised sense is, read from
the synset's hypernyms and instance hypernyms (WordNet files "Turin" as an instance of "city",
"Einstein" of "physicist", "NATO" of "alliance"):

  person        an instance or kind of person (noun.person)
  place         a location, a geological formation or a body of water ("Turin", "Alps", "Nile")
  organization  an organisation (a company, an institution, an alliance, a political party)
  other         a celestial body ("Sirius", "Mars"): a named thing that is none of the above

With --heads it writes data/head_noun_kinds.tsv instead: the lower-case one-word nouns whose most
frequent sense is a place (a location, a building, a facility, an establishment, a way:
"airport", "district", "road", "sanctuary"; not a part of one: "window") or an organisation ("school", "university", "council"): the head noun that ends an
English proper name ("OR Tambo International Airport", "Staats Model School") names its kind. A
place noun with a sense in noun.communication or noun.group too ("post", "tribune") is left out.

A person or a place counts only as an instance (an "@i" instance hypernym): the class nouns WordNet
capitalises ("American", "Anabaptist", "European country") name kinds of people and places, not one.

A capitalised word that WordNet does not know, or whose sense is something else (a language, a
work, an event, a deity), is not listed. Usage: scripts/proper-noun-kinds.py [--heads] [WORDNET_DIR] > data/proper_noun_kinds.tsv
"""
import sys

from wordnet_index import noun_senses

# The ancestor synsets that decide a kind, first match wins, by (lemma, lexicographer file).
ANCESTORS = [
    ("person", "03", "person"),
    ("organization", "14", "organization"),
    ("location", "03", "place"),
    ("geological_formation", "17", "place"),
    ("body_of_water", "17", "place"),
    ("celestial_body", "17", "other"),
]
# For head nouns: the made things that are places (what is built to stand somewhere, or to go along).
HEAD_PLACES = [("building", "06"), ("facility", "06"), ("way", "06"), ("establishment", "06")]


def read_synsets(wn):
    synsets = {}  # offset -> (lexfile, [words], [parent offsets], whether an instance)
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            parents = []
            instance = False
            for p in range(pointers):
                symbol, target = fields[at + 1 + 4 * p], fields[at + 2 + 4 * p]
                if symbol in ("@", "@i"):
                    parents.append(target)
                instance = instance or symbol == "@i"
            synsets[offset] = (lexfile, words, parents, instance)
    return synsets


def main(argv):
    heads = "--heads" in argv
    argv = [a for a in argv if a != "--heads"]
    wn = argv[1] if len(argv) > 1 else "/usr/share/wordnet"
    synsets = read_synsets(wn)
    deciders = {}
    for offset, (lexfile, words, _, _) in synsets.items():
        for lemma, lf, kind in ANCESTORS:
            if lemma in words and lexfile == lf and words[0] == lemma:
                deciders[offset] = kind
        if heads:
            for lemma, lf in HEAD_PLACES:
                if words[0] == lemma and lexfile == lf:
                    deciders[offset] = "place"
    memo = {}

    def kind_of(offset, depth=0):
        if offset in memo:
            return memo[offset]
        if offset in deciders:
            return deciders[offset]
        if depth > 30:
            return None
        found = None
        # The first kind by the order of ANCESTORS among all paths up.
        order = [k for _, _, k in ANCESTORS]
        for parent in synsets[offset][2]:
            k = kind_of(parent, depth + 1)
            if k and (found is None or order.index(k) < order.index(found)):
                found = k
        memo[offset] = found
        return found

    if heads:
        write_heads(wn, synsets, kind_of)
        return
    kinds = {}
    for lemma, offsets in noun_senses(wn):
        # The capitalised forms of this lemma, each with its first sense that writes it so.
        for offset in offsets:
            for word in synsets[offset][1]:
                word = word.split("(")[0]
                if word.lower() != lemma or not word[0].isupper() or word in kinds:
                    continue
                kind = kind_of(offset)
                # A person or a place is named by an instance ("Einstein", "Turin"); the class
                # nouns WordNet capitalises ("American", "Anabaptist", "European country") are not names.
                if kind in ("person", "place") and not synsets[offset][3]:
                    kind = None
                # "AR", "ID", "TN": a state's postal code reads as a common acronym ("augmented
                # reality", "identifier"); only names with a lower-case letter are a person's or a place's.
                if kind in ("person", "place") and word.replace("_", "").isupper():
                    kind = None
                kinds[word] = kind
    print("# Proper nouns WordNet 3.0 knows and the kind of their most frequent capitalised sense (person,")
    print("# place, organization, other: a celestial body), from its hypernyms and instance hypernyms.")
    print("# Written by scripts/proper-noun-kinds.py; one name (spaces for WordNet's '_'), a tab, the kind.")
    for word in sorted(kinds):
        if kinds[word]:
            print(word.replace("_", " ") + "\t" + kinds[word])


def write_heads(wn, synsets, kind_of):
    # "here", "home", "abroad": a word that is an adverb too heads no name ("Start Here").
    with open(wn + "/index.adv", encoding="latin-1") as f:
        adverbs = {line.split()[0] for line in f if not line.startswith(" ")}
    print("# Lower-case nouns whose most frequent WordNet 3.0 sense is a place (a location, a building, a")
    print("# facility, an establishment, a way) or an organisation: the head noun ending a proper name names its kind")
    print("# (\"... International Airport\", \"... Model School\"). Written by scripts/proper-noun-kinds.py --heads.")
    for lemma, senses in noun_senses(wn):
        if not lemma.isalpha() or not lemma.islower():
            continue
        first = senses[0]
        # The first sense must be the common noun's ("china" the porcelain), not a proper noun
        # that index.noun files under the same lower-case lemma ("China", "US").
        if lemma not in synsets[first][1] or lemma in adverbs:
            continue
        kind = kind_of(first)
        # A place noun that also names a message, a publication or a group in another sense
        # ("post", "tribune") may head a newspaper's or a company's name: left out.
        if kind == "place" and any(synsets[o][0] in ("10", "14") for o in senses):
            continue
        if kind in ("place", "organization"):
            print(lemma + "\t" + kind)


if __name__ == "__main__":
    main(sys.argv)
