#!/usr/bin/env python3
"""Writes data/procedure_nouns.txt or data/summary_nouns.txt: the nouns by which a heading in an assistant's
instructions names a procedure ("## Workflows:", "### Process") or a summary of one ("### Workflow Overview:"),
so that the numbered list under it gives the procedure's steps, not things of the heading's noun
(ingest/ListCounts.cpp, instructionHeadingCountOf).

Procedure nouns: WordNet 3.0's one-word lemmas of the synsets whose gloss defines a sequence of steps
(n 01023820 procedure, process: "a particular course of action intended to achieve a result"; n 05898568
plan, program: "a series of steps to be carried out", its example "a six-step plan"; n 06582403 routine,
subroutine: "a set sequence of steps"), each only where that synset is the lemma's first (most frequent) sense:
"function" and "routine" name other things first. WordNet 3.0 knows "workflow" only as "progress (or rate of
progress) in work being done", though the word is used for a sequence of steps ("a six-step workflow"; the AI
Wiki writes "N-step workflow(s)" eleven times): it is added, the one word not from WordNet.
Summary nouns: the one-word lemmas of summary (n 06467007, "a brief statement that presents the main points")
and of the synsets right below it, each where that synset is its first sense ("overview", "synopsis";
not "outline", a line that bounds an object first).
Usage: scripts/procedure-nouns.py procedure|summary [WORDNET_DIR] > data/KIND_nouns.txt
"""
import re
import sys

from wordnet_index import noun_senses, synsets

STEP_SEQUENCES = ["01023820", "05898568", "06582403"]
SUMMARY = "06467007"
NOT_IN_WORDNET = ["workflow"]


def first_sense_lemmas(table, first, offsets):
    """The one-word lower-case lemmas of the synsets `offsets` whose first noun sense is that synset."""
    words = set()
    for offset in offsets:
        for lemma in table[offset][1]:
            # Written in lower case: "CV" is an abbreviation.
            if re.fullmatch("[a-z]+", lemma) and first.get(lemma) == offset:
                words.add(lemma)
    return words


def main():
    kind = sys.argv[1]
    wn = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet"
    table = synsets(wn + "/data.noun")
    first = {lemma: offsets[0] for lemma, offsets in noun_senses(wn)}
    if kind == "procedure":
        nouns = first_sense_lemmas(table, first, STEP_SEQUENCES) | set(NOT_IN_WORDNET)
        print("# Nouns that name a procedure, a sequence of steps: a heading of one in an assistant's instructions")
        print("# (\"## Workflows:\") over a numbered list gives the procedure's steps. WordNet 3.0's one-word lemmas")
        print("# whose first sense is a sequence of steps, and \"workflow\" (WordNet lacks that sense).")
    else:
        below = [target for symbol, target, pos, _, _ in table[SUMMARY][2] if symbol == "~" and pos == "n"]
        nouns = first_sense_lemmas(table, first, [SUMMARY] + below)
        print("# Nouns that name a summary: a heading \"<procedure> Overview\" gives the procedure's steps whole.")
        print("# WordNet 3.0's one-word lemmas of summary and the synsets right below it, each its lemma's first sense.")
    print("# Written by scripts/procedure-nouns.py. One a line, lower case.")
    for noun in sorted(nouns):
        print(noun)


if __name__ == "__main__":
    main()
