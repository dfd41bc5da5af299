#!/usr/bin/env python3
"""Writes data/abstract_nouns.txt from WordNet 3.0 (Debian's wordnet-base): the nouns whose first
(most frequent) sense WordNet files under noun.cognition, noun.attribute, noun.state,
noun.feeling or noun.relation: a field, a concept, a quality or a condition ("discipline",
"theory", "ability", "privacy"), not a thing, a place, a group, a person or an event.

With --value it writes data/value_nouns.txt: the nouns, of one word or two ("standard_deviation",
written with WordNet's "_"), whose first sense is under noun.attribute, noun.cognition,
noun.quantity or noun.relation, or that have any sense under noun.attribute or noun.quantity: what a
bare number can be the value of ("a mean of 0", "a temperature of 0.7", "a learning rate of 0.001";
ingest/StatedValues.h).

With --work it writes data/work_nouns.txt instead: the nouns that have a sense in
noun.communication or noun.cognition and none in noun.person (a statement, a report, a
dissertation, a study, an estimate; not "head", "official", "spokesperson", who speak themselves).
After "according to", such a noun and "by", "from", "of" or "with" name whose work it is:
"according to a dissertation by Heiko Jakubzik", "according to estimates from the IMF".

usage: scripts/abstract-nouns.py [--work|--value] [WORDNET_DIR] > data/abstract_nouns.txt (or work_nouns.txt,
value_nouns.txt)
"""
import sys

from wordnet_index import noun_senses

ABSTRACT = {"07": "noun.attribute", "09": "noun.cognition", "12": "noun.feeling", "24": "noun.relation",
            "26": "noun.state"}
WORK = {"09": "noun.cognition", "10": "noun.communication"}
PERSON = "18"  # noun.person
VALUE_FIRST = {"07": "noun.attribute", "09": "noun.cognition", "23": "noun.quantity", "24": "noun.relation"}
VALUE_ANY = {"07": "noun.attribute", "23": "noun.quantity"}

HEADERS = {
    False: ["# Nouns whose first WordNet 3.0 sense is abstract (noun.cognition, noun.attribute,",
            "# noun.state, noun.feeling, noun.relation): what a page about a field or a concept says it is",
            "# (\"a scientific discipline\", \"the ability of ...\"). Written by scripts/abstract-nouns.py."],
    True: ["# Nouns with a WordNet 3.0 sense in noun.communication or noun.cognition and none in",
           "# noun.person: a work or a finding (\"dissertation\", \"report\", \"study\", \"estimate\") whose",
           "# maker follows \"by\", \"from\", \"of\" or \"with\" after \"according to\". Written by",
           "# scripts/abstract-nouns.py --work."],
    "value": ["# Nouns of one word or two (joined by \"_\") whose first WordNet 3.0 sense is under noun.attribute,",
              "# noun.cognition, noun.quantity or noun.relation, or that have a noun.attribute or noun.quantity",
              "# sense: what a bare number can be the value of (\"a mean of 0\", \"a standard deviation of 1\";",
              "# ingest/StatedValues.h). Written by scripts/abstract-nouns.py --value."],
}


def senses(wn, words=1):
    """Each lower-case noun lemma of up to `words` words ("_" between them), with the lexicographer
    files of its senses in order."""
    lexfile = {}
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 2)
            lexfile[parts[0]] = parts[1]
    for lemma, offsets in noun_senses(wn):
        parts = lemma.split("_")
        if len(parts) <= words and all(p.isalpha() and p.islower() for p in parts):
            yield lemma, [lexfile.get(o) for o in offsets]


def main(argv):
    work = "--work" in argv
    value = "--value" in argv
    args = [a for a in argv[1:] if a not in ("--work", "--value")]
    wn = args[0] if args else "/usr/share/wordnet"
    words = []
    for lemma, files in senses(wn, 2 if value else 1):
        if value:
            if files[0] in VALUE_FIRST or set(files) & set(VALUE_ANY):
                words.append(lemma)
        elif work:
            if set(files) & set(WORK) and PERSON not in files:
                words.append(lemma)
        elif files[0] in ABSTRACT:
            words.append(lemma)
    for line in HEADERS["value" if value else work]:
        print(line)
    line = ""
    for w in words:
        if len(line) + len(w) + 1 > 100:
            print(line)
            line = ""
        line = (line + " " + w).strip()
    if line:
        print(line)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
