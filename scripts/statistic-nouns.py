#!/usr/bin/env python3
"""Writes data/statistic_nouns.txt: nouns that name a statistic, so that a value written after one
is a value of that statistic ("a standard deviation of 1", "a mean of 0", "its median is 42"): the
measure is the statistic's own name (docs/MEASURES.md, "A statistic named as the value's noun").

The nouns are WordNet 3.0's hyponyms of statistic (n 06021499), every lemma of every synset below
it, written with spaces for '_', save capitalised lemmas (a test named after a person) and the
synsets that name no value of one ("demographic", "time series", "vital statistics", "outlier":
a group of people, a sequence, a record, a data point). WordNet files the metrics of classification
elsewhere ("precision" is a quality), so they are added by name (kMetrics). Each is written with
a tab and "statistic": a percentage can be one's value too ("a precision of 90%").

Below them, tagged "value", the nouns of one word or two whose first sense is under noun.attribute,
noun.cognition, noun.quantity or noun.relation, or that have any sense under noun.attribute or
noun.quantity: what a bare number, with no unit, can be the value of ("a temperature of 0.7", "a
learning rate of 0.001", "with 0.5 being the score"; h-count24). Only a bare number is read as
theirs (MeasureNames.h, NamedValues::kAnyValue).
Usage: scripts/statistic-nouns.py [WORDNET_DIR] > data/statistic_nouns.txt
"""
import sys

from pertainyms import synsets  # offset -> (lemmas with spaces, pointers) of a data file
from wordnet_index import noun_senses

VALUE_FIRST = {"07": "noun.attribute", "09": "noun.cognition", "23": "noun.quantity", "24": "noun.relation"}
VALUE_ANY = {"07": "noun.attribute", "23": "noun.quantity"}

STATISTIC = "06021499"
NO_VALUE = {"demographic", "time series", "vital statistics", "outlier"}
# The evaluation metrics of a classifier, each a share of its predictions (Wikipedia, "Precision
# and recall", "Sensitivity and specificity").
METRICS = ["precision", "recall", "sensitivity", "specificity", "f1 score", "false positive rate",
           "false negative rate", "true positive rate", "true negative rate", "error rate"]


def value_nouns(wn):
    """The lower-case nouns of one word or two whose senses' lexicographer files make them name a value."""
    lexfile = {}
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                parts = line.split(" ", 2)
                lexfile[parts[0]] = parts[1]
    for lemma, offsets in noun_senses(wn):
        parts = lemma.split("_")
        if len(parts) > 2 or not all(p.isalpha() and p.islower() for p in parts):
            continue
        files = [lexfile.get(o) for o in offsets]
        if files[0] in VALUE_FIRST or set(files) & set(VALUE_ANY):
            yield " ".join(parts)


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    table = synsets(wn + "/data.noun")
    nouns, todo, seen = set(), [STATISTIC], {STATISTIC}
    while todo:
        offset = todo.pop()
        lemmas, pointers = table[offset]
        if any(l.lower() in NO_VALUE for l in lemmas):
            continue
        if offset != STATISTIC:  # its hyponyms, not the word itself
            nouns.update(l for l in lemmas if l == l.lower())
        for p in pointers:
            if p[0] in ("~", "~i") and p[2] == "n" and p[1] not in seen:
                seen.add(p[1])
                todo.append(p[1])
    print("# Nouns that name a statistic: a value written after one is that statistic's (\"a standard")
    print("# deviation of 1\"), its measure the noun. WordNet 3.0's hyponyms of statistic and the metrics of")
    print("# classification, tagged statistic; below them, tagged value, the nouns WordNet files as an")
    print("# attribute, a concept, a quantity or a relation, whose value a bare number can be (\"a")
    print("# temperature of 0.7\"). Written by scripts/statistic-nouns.py. One a line, lower case, a tab, the tag.")
    statistics = sorted(nouns | set(METRICS))
    for noun in statistics:
        print(noun + "\tstatistic")
    for noun in sorted(set(value_nouns(wn)) - set(statistics)):
        print(noun + "\tvalue")


if __name__ == "__main__":
    main()
