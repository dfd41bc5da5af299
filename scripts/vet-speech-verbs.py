#!/usr/bin/env python3
"""Vets data/speech_verbs.txt against WordNet 3.0 (Debian's wordnet-base): lists each verb
that has no sense in WordNet's verb.communication or verb.cognition lexicographer file, so
that a verb added to the list for one sentence, with no sense of saying or believing, shows.
The few listed on purpose are verbs of showing and valuing ("highlight", "position",
"market", "pegged"). Not part of the build or of ctest.

usage: scripts/vet-speech-verbs.py [WORDNET_DIR]   (default /usr/share/wordnet)
"""
import os
import sys

COGNITION, COMMUNICATION = 31, 32  # lexicographer file numbers (lexnames(5WN))


def senses(wordnet):
    """lemma -> the lexicographer files of its verb senses."""
    lexfile = {}
    with open(os.path.join(wordnet, "data.verb"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                fields = line.split()
                lexfile[fields[0]] = int(fields[1])
    out = {}
    with open(os.path.join(wordnet, "index.verb"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            out[fields[0]] = [lexfile[o] for o in fields[4 + pointers + 2:]]
    return out


def lemmas(word, index, exceptions):
    """WordNet's morphy for verbs: the exception list, then its detachment rules."""
    found = [exceptions[word]] if word in exceptions else []
    for suffix, ending in (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
                           ("ing", "e"), ("ing", "")):
        if word.endswith(suffix):
            found.append(word[: -len(suffix)] + ending)
    found.append(word)
    return [w for w in found if w in index]


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    index = senses(wordnet)
    with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as f:
        exceptions = dict(line.split()[:2] for line in f if line.strip())
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "speech_verbs.txt")
    unvetted = []
    with open(data, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t")[0]
            if not any(set(index[l]) & {COGNITION, COMMUNICATION} for l in lemmas(word, index, exceptions)):
                unvetted.append(word)
    print("no verb.communication or verb.cognition sense: " + (" ".join(unvetted) or "none"))


if __name__ == "__main__":
    main()
