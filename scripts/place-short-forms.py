#!/usr/bin/env python3
"""Writes data/place_short_forms.tsv from WordNet 3.0 (Debian's wordnet-base): the initials with
full stops that WordNet lists as another name of one place ("U.S.", "U.K.", "U.S.A."), each with
the place's first name written in words ("United States", "United Kingdom"). A place is a synset of
noun.location (lexicographer file 15) that is an instance of something (a country, a state, a
city), as in scripts/proper-noun-kinds.py. Initials without stops ("US", "UK") are left out: a
state's postal code or an acronym reads as a common abbreviation ("AR", "ID").

The extractor names a mention written with such initials by the place's name ("the 2024 U.S.
elections" speaks of the United States), so the graph holds one entity for both.
Usage: scripts/place-short-forms.py [WORDNET_DIR] > data/place_short_forms.tsv
"""
import re
import sys

from wordnet_index import synsets

INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def main(argv):
    wn = argv[1] if len(argv) > 1 else "/usr/share/wordnet"
    forms = {}
    for lexfile, words, pointers in synsets(wn + "/data.noun").values():
        if lexfile != 15 or not any(p[0] == "@i" for p in pointers):
            continue
        full = next((w for w in words if re.search("[a-z]", w) and w[0].isupper()), None)
        for w in words:
            if full and INITIALS.match(w) and w not in forms:
                forms[w] = full
    print("# Initials with full stops that WordNet 3.0 lists as a name of one place, and the place's name")
    print("# in words. Written by scripts/place-short-forms.py; the initials, a tab, the name.")
    for short in sorted(forms):
        print(short + "\t" + forms[short])


if __name__ == "__main__":
    main(sys.argv)
