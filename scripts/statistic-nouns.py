#!/usr/bin/env python3
"""Writes data/statistic_nouns.txt: nouns that name a statistic, so that a value written after one
is a value of that statistic ("a standard deviation of 1", "a mean of 0", "its median is 42"): the
measure is the statistic's own name (docs/MEASURES.md, "A statistic named as the value's noun").

The nouns are WordNet 3.0's hyponyms of statistic (n 06021499), every lemma of every synset below
it, written with spaces for '_', save capitalised lemmas (a test named after a person) and the
synsets that name no value of one ("demographic", "time series", "vital statistics", "outlier":
a group of people, a sequence, a record, a data point). WordNet files the metrics of classification
elsewhere ("precision" is a quality), so they are added by name (kMetrics).
Usage: scripts/statistic-nouns.py [WORDNET_DIR] > data/statistic_nouns.txt
"""
import sys

from pertainyms import synsets  # offset -> (lemmas with spaces, pointers) of a data file

STATISTIC = "06021499"
NO_VALUE = {"demographic", "time series", "vital statistics", "outlier"}
# The evaluation metrics of a classifier, each a share of its predictions (Wikipedia, "Precision
# and recall", "Sensitivity and specificity").
METRICS = ["precision", "recall", "sensitivity", "specificity", "f1 score", "false positive rate",
           "false negative rate", "true positive rate", "true negative rate", "error rate"]


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
    print("# classification; written by scripts/statistic-nouns.py. One a line, lower case.")
    for noun in sorted(nouns | set(METRICS)):
        print(noun)


if __name__ == "__main__":
    main()
