#!/usr/bin/env python3
"""Writes data/work_nouns.txt from WordNet 3.0 (Debian's wordnet-base): the nouns that have a sense
in WordNet's noun.communication or noun.cognition lexicographer file (a statement, a report, a
dissertation, a study, an estimate, research) and none in noun.person (not "head", "official",
"spokesperson", who speak themselves). After "according to", such a noun and "by", "from", "of"
or "with" name whose work it is: "according to a dissertation by Heiko Jakubzik", "according to
estimates from the IMF".

usage: scripts/work-nouns.py [WORDNET_DIR] > data/work_nouns.txt
"""
import sys

WORK = {"09": "noun.cognition", "10": "noun.communication"}
PERSON = "18"  # noun.person


def main(argv):
    wn = argv[1] if len(argv) > 1 else "/usr/share/wordnet"
    lexfile = {}
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 2)
            lexfile[parts[0]] = parts[1]
    words = []
    with open(wn + "/index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if not lemma.isalpha() or not lemma.islower():
                continue
            p_cnt = int(parts[3])
            files = {lexfile.get(o) for o in parts[4 + p_cnt + 2:]}
            if files & set(WORK) and PERSON not in files:
                words.append(lemma)
    print("# Nouns with a WordNet 3.0 sense in noun.communication or noun.cognition and none in")
    print("# noun.person: a work or a finding (\"dissertation\", \"report\", \"study\", \"estimate\") whose")
    print("# maker follows \"by\", \"from\", \"of\" or \"with\" after \"according to\". Written by")
    print("# scripts/work-nouns.py.")
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
