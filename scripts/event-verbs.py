#!/usr/bin/env python3
"""Writes data/event_verbs.tsv: the past forms of the verbs whose event's year is a fact about the
thing it happened to ("BLEU was developed by IBM Research in 2002", "The company was set up in
2015"), read from WordNet 3.0 (Debian's wordnet-base) rather than grown by hand a sentence at a time.

Each event is one WordNet synset, the sense in which the verb makes, brings out or founds a thing;
every lemma of that synset is a verb of the event: the sense of "develop" that is "make something
new, such as a product" (not "grow", "elaborate" or "process a film"), of "publish, bring out, put
out, issue, release" that is "prepare and issue for public distribution or sale". The synsets map
to a few event kinds, the measures of data/event_years.tsv, so that two different events of one
thing never refute each other: made or devised (year introduced), brought out (year introduced,
as data/event_years.tsv's "released" is), founded (founding year). A verb whose other senses are
common ("issued a statement", "set up a meeting") is read only in its plainest forms, as
data/event_years.tsv's "adjacent" verbs are. data/event_years.tsv's own rows come first: a form it
lists keeps its reading there ("published" stays the publication year).

Each lemma's past form is WordNet's verb.exc's for an irregular verb ("brought out", "thought up"),
else the regular one that the English word list (Debian's wamerican) spells ("devised",
"formulated"); a lemma of two words or more with no irregular past is also read with its first word
unchanged ("put out", "set up": verb.exc lists no past of a verb whose past is its own form). One line a form:
past form<TAB>measure<TAB>once|many[<TAB>flags], as data/event_years.tsv's.

usage: scripts/event-verbs.py [WORDNET_DIR] [WORDLIST] > data/event_verbs.tsv
"""
import collections
import os
import sys

# synset offset (WordNet 3.0 data.verb) -> (measure, once|many, flags); the synset's words in the comment.
EVENTS = {
    # invent, contrive, devise, excogitate, formulate, forge: "come up with (an idea, plan,
    # explanation, theory, or principle) after a mental effort"
    "01632429": ("year introduced", "once", "adjacent"),
    # think up, think of, dream up, hatch, concoct: "devise or invent"
    "01634160": ("year introduced", "once", "adjacent"),
    # develop: "make something new, such as a product or a mental or artistic creation"
    "01738792": ("year introduced", "many", ""),
    # create: "bring into existence"
    "01753806": ("year introduced", "many", ""),
    # bring in, introduce: "bring in a new person or object into a familiar environment"
    "02078609": ("year introduced", "many", "adjacent"),
    # publish, bring out, put out, issue, release: "prepare and issue for public distribution or sale"
    "00967643": ("year introduced", "many", "adjacent"),
    # establish, set up, found, launch: "set up or found"
    "02427103": ("founding year", "once", ""),
}


def synset_words(wordnet):
    """offset -> the synset's lemmas (lower case, '_' between words), for the offsets of EVENTS."""
    out = {}
    with open(os.path.join(wordnet, "data.verb"), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if line.startswith("  ") or fields[0] not in EVENTS:
                continue
            count = int(fields[3], 16)
            out[fields[0]] = [fields[4 + 2 * i].lower() for i in range(count)]
    return out


def past_forms(lemma, irregular, words):
    """The past forms of a lemma ("bring_out" -> "brought out"), spelled as the word list spells them."""
    head, *rest = lemma.split("_")
    tail = "".join(" " + w for w in rest)
    pasts = [w for w in irregular.get(head, []) if not w.endswith("ing") and not w.endswith("n")]
    regular = not pasts
    if regular:
        if head.endswith("e"):
            candidates = [head + "d"]
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            candidates = [head[:-1] + "ied"]
        else:
            candidates = [head + head[-1] + "ed", head + "ed"]  # "admitted", "visited": the word list decides
        pasts = [w for w in candidates if w in words][:1]
    out = [p + tail for p in pasts]
    if rest and regular:
        out.append(head + tail)
    return out


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    wordlist = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    with open(wordlist, encoding="utf-8") as f:
        words = {line.strip() for line in f}
    irregular = collections.defaultdict(list)
    with open(os.path.join(wordnet, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, lemma = line.split()[:2]
            if "_" not in form:
                irregular[lemma].append(form)
    rows = {}
    for offset, lemmas in synset_words(wordnet).items():
        measure, count, flags = EVENTS[offset]
        for lemma in lemmas:
            for past in past_forms(lemma, irregular, words):
                rows.setdefault(past, (measure, count, flags))
    print("# Generated by scripts/event-verbs.py from WordNet 3.0 and wamerican: do not edit.")
    print("# past form<TAB>measure<TAB>once|many[<TAB>flags] (data/event_years.tsv's columns)")
    for past in sorted(rows):
        measure, count, flags = rows[past]
        print("\t".join([past, measure, count] + ([flags] if flags else [])))


if __name__ == "__main__":
    main()
