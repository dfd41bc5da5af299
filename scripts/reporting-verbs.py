#!/usr/bin/env python3
"""Writes data/reporting_verbs.tsv: the verbs of saying and of belief that report what someone
says or holds, read from WordNet 3.0 (Debian's wordnet-base) rather than listed by hand.

A lemma is a reporting verb when
  - its first verb sense (WordNet orders senses by how often SemCor tags them) is in the
    lexicographer file verb.communication (32) or verb.cognition (31): "assert", "allege",
    "estimate", not "find" (first sense verb.perception) or "release" (verb.contact);
  - that first sense takes a that-clause (verb frame 26, "Somebody ----s that CLAUSE"), which
    is what reported speech is: "X asserted that ..."; or, for a first sense in
    verb.communication that takes none, a later sense in verb.communication does, when the
    first sense has somebody, never something, for subject (no frame 1, 3-6, 10-12, 34, 35):
    "suggest", "testify", "urge", "confess". Not "indicate" (first sense "be a signal for",
    frame 11 "Something ----s something": "a higher AUC indicates that"), "specify", "mention".
    Only a that-clause selects such a later sense ("He was signed by Hearts" is the first, of
    signing): their kind is "that-clause", which reports only before "that", a quotation or a
    lead-in's colon, never in the passive with "by" nor as a participle;
  - SemCor tags it as a verb at least as often as a noun (cntlist.rev), so that "order",
    "record", "mind", "question" (nouns first) are left to data/speech_verbs.txt's vetting.
Each lemma's forms (-s, past, participle, -ing) are those of WordNet's verb.exc for irregular
verbs, else the regular forms that the English word list (Debian's wamerican) spells so
("admitted", not "admited"). One line a form: form<TAB>past form<TAB>communication|cognition|that-clause.
The extractor reads these verbs as data/speech_verbs.txt's "mind" verbs, more strictly: they
attribute only before "that" or a quotation, and (communication only) in the passive with "by".

usage: scripts/reporting-verbs.py [WORDNET_DIR] [WORDLIST] > data/reporting_verbs.tsv
"""
import collections
import os
import sys

COGNITION, COMMUNICATION = 31, 32  # lexicographer file numbers (lexnames(5WN))
THAT_CLAUSE = 26  # verb frame "Somebody ----s that CLAUSE" (wninput(5WN))
# The verb frames whose subject is a thing ("Something ----s", "It is ----ing", "Something ----s
# something", "It ----s that CLAUSE", ...), wninput(5WN).
THING_SUBJECT = {1, 3, 4, 5, 6, 10, 11, 12, 34, 35}


def read_synsets(wordnet):
    """offset -> (lexicographer file, {word: verb frames})."""
    out = {}
    with open(os.path.join(wordnet, "data.verb"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split("|")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            at += 1 + 4 * int(fields[at])
            frames = collections.defaultdict(set)
            if at < len(fields):
                for _ in range(int(fields[at])):
                    frame, word = int(fields[at + 2]), int(fields[at + 3], 16)
                    for w in words if word == 0 else [words[word - 1]]:
                        frames[w].add(frame)
                    at += 3
            out[fields[0]] = (int(fields[1]), frames)
    return out


def read_index(wordnet, pos):
    """lemma -> synset offsets, most frequent sense first."""
    out = {}
    with open(os.path.join(wordnet, "index." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            out[fields[0]] = fields[4 + int(fields[3]) + 2:]
    return out


def tag_counts(wordnet):
    """(lemma, ss_type) -> how often SemCor tags it (cntlist.rev)."""
    out = collections.Counter()
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%")
            out[(lemma, int(rest.split(":")[0]))] += int(count)
    return out


def forms(lemma, irregular, words):
    """The lemma's forms and its past form, as the word list spells them."""
    # verb.exc lists past forms, participles and a few doubled -ing forms ("forgetting"); the past
    # form names the verb ("knew", not "known"), and a regular past the word list has comes first
    # ("learned", not "learnt").
    past = sorted((w for w in irregular.get(lemma, []) if not w.endswith("ing")), key=lambda w: (w.endswith("n"), w))
    out = {lemma}
    out.update(irregular.get(lemma, []))
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = [lemma + "es"]
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = [lemma[:-1] + "ies"]
    else:
        third = [lemma + "s"]
    if lemma.endswith("e"):
        regular, ing = [lemma + "d"], [lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        regular, ing = [lemma[:-1] + "ied"], [lemma + "ing"]
    else:
        # "admit" -> "admitted", "commit"; "visit" -> "visited": the word list decides.
        regular = [lemma + lemma[-1] + "ed", lemma + "ed"]
        ing = [lemma + lemma[-1] + "ing", lemma + "ing"]
    spelled = lambda candidates: [w for w in candidates if w in words][:1]
    out.update(spelled(third) or third[:1])
    if spelled(regular) and (not past or spelled(regular)[0] in past or lemma + "ed" not in past):
        past = spelled(regular) if not past or spelled(regular)[0] in words else past
    out.update(past[:1])
    out.update(spelled(ing))
    return sorted(out), past[0] if past else None


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    wordlist = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    synsets = read_synsets(wordnet)
    verbs = read_index(wordnet, "verb")
    counts = tag_counts(wordnet)
    with open(wordlist, encoding="utf-8") as f:
        words = {line.strip() for line in f}
    irregular = collections.defaultdict(list)
    with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            form, lemma = line.split()[:2]
            if "_" not in form:
                irregular[lemma].append(form)
    print("# Generated by scripts/reporting-verbs.py from WordNet 3.0 and wamerican: do not edit.")
    print("# form\tpast form\tlexicographer file of the lemma's first sense, or that-clause (a later sense's)")
    for lemma in sorted(verbs):
        if not lemma.isalpha():
            continue
        senses = [synsets[o] for o in verbs[lemma]]
        first = senses[0][0]
        if first not in (COGNITION, COMMUNICATION):
            continue
        later = THAT_CLAUSE not in senses[0][1].get(lemma, ())
        if later and not (
                first == COMMUNICATION and not senses[0][1].get(lemma, set()) & THING_SUBJECT and
                any(lex == COMMUNICATION and THAT_CLAUSE in frames.get(lemma, ()) for lex, frames in senses[1:])):
            continue
        if counts[(lemma, 1)] > counts[(lemma, 2)]:
            continue
        all_forms, past = forms(lemma, irregular, words)
        if not past:
            continue
        kind = "that-clause" if later else "communication" if first == COMMUNICATION else "cognition"
        for form in all_forms:
            print(f"{form}\t{past}\t{kind}")


if __name__ == "__main__":
    main()
