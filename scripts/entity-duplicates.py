#!/usr/bin/env python3
"""Names held by more than one entity in a graph's JSON export, and what kind of duplicate each is.

Usage: python3 scripts/entity-duplicates.py EXPORT.json [--list]

Groups entities by case-folded name; a group of two or more is a duplicate name. Each group is
sorted into one kind by its ids (the first kind that fits, in this order):
  url        an id spelled from a URL ("e:https_huggingface.co_openai")
  spelling   ids equal once '-', '.', '_' and an encoded dash are read alike ("e:gpt-5", "e:gpt_5")
  corporate  one id is another with a company suffix ("e:tesla_inc.", "e:apple_inc")
  long-form  a page id that spells the name and its long form or short form ("e:bleu_bilingual_...")
  listing    a plugin, custom-GPT or model-listing page that shares a field's name ("e:education_chatgpt_plugins")
  plural     ids that differ by a plural ending ("e:cpu", "e:cpus")
  qualified  one id is another with a qualifier ("e:claude_ai_model", "e:python_(programming_language)")
  other      the rest: a link whose words name another thing ("model parallelism" -> e:parallel_computing)
Prints the number of groups, of groups where an entity holds claims, and per kind; then the names
written with a maker in front that another entity holds bare ("OpenAI o3" and "o3"): the first one
to three words an organisation's name, the rest a name with a digit that opens with a letter and is
no version ("v2"). With --list, each such pair too.
"""
import collections
import json
import re
import sys

SUFFIXES = ("_inc", "_inc.", "_corporation", "_platforms", "_group", "_company", "_corp", "_corp.", "_ltd")
LISTING = re.compile(r"_(chatgpt_plugins?|custom_gpts?|gpt|models)$")


def norm(key):
    return re.sub(r"[-._]+", "_", key.replace("_e2_80_93", "_"))


def initials(key):
    return "".join(w[0] for w in key.split("_") if w)


# "bleu" and "bilingual_evaluation_understudy": the short form's letters in order through the
# long form's words, from its first letter.
def isLongForm(short, long):
    letters = short.replace("_", "")
    words = [w for w in long.split("_") if w]
    if len(words) < 2 or not letters or letters[0] != words[0][0]:
        return False
    text = "".join(words)
    at = 0
    for ch in letters:
        at = text.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def kind(ids, names):
    keys = [i[2:] for i in ids]
    if any(k.startswith(("http_", "https_")) for k in keys):
        return "url"
    if len({norm(k) for k in keys}) < len(keys):
        return "spelling"
    pairs = [(a, b) for a in keys for b in keys if a != b]
    if any(b == a + s for a, b in pairs for s in SUFFIXES):
        return "corporate"
    folded = {norm(n.casefold().replace(" ", "_")) for n in names}
    for k in keys:
        nk = norm(k)
        for f in folded:
            rest = nk[len(f) + 1:] if nk.startswith(f + "_") else ""
            if rest and (isLongForm(f, rest) or rest == initials(f)):
                return "long-form"
    if any(LISTING.search(k) for k in keys):
        return "listing"
    if any(norm(b) in (norm(a) + "s", norm(a) + "es") for a, b in pairs):
        return "plural"
    if any(norm(b).startswith(norm(a) + "_") for a, b in pairs):
        return "qualified"
    return "other"


def makerPairs(entities):
    """(prefixed entity, bare entity) pairs: "OpenAI o3" held apart from "o3"."""
    orgs = {e["name"].casefold() for e in entities if e["type"] == "organization"}
    named = {}
    for e in entities:
        named.setdefault(e["name"].casefold(), e)
    pairs = []
    for e in entities:
        words = e["name"].split()
        for k in range(1, min(4, len(words))):
            rest = " ".join(words[k:])
            product = rest[0].isalpha() and any(ch.isdigit() for ch in rest) and not re.fullmatch(r"[vV]\d\S*", words[k])
            if " ".join(words[:k]).casefold() in orgs and product:
                bare = named.get(rest.casefold())
                if bare and bare["id"] != e["id"]:
                    pairs.append((e, bare))
                break
    return pairs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    graph = json.load(open(sys.argv[1], encoding="utf-8"))
    used = collections.Counter()
    for c in graph["claims"]:
        for field in ("subject", "object"):
            if c.get(field):
                used[c[field]] += 1
        for x in c.get("claimants") or []:
            used[x] += 1
    byName = collections.defaultdict(list)
    for e in graph["entities"]:
        byName[e["name"].casefold()].append(e)
    groups = {n: es for n, es in byName.items() if len(es) > 1}
    kinds = collections.Counter()
    withClaims = 0
    listed = []
    for name, es in sorted(groups.items()):
        ids = [e["id"] for e in es]
        k = kind(ids, [e["name"] for e in es])
        kinds[k] += 1
        withClaims += any(used[i] for i in ids)
        listed.append(f"{k:10} {name!r}: " + " | ".join(f"{i}({used[i]})" for i in ids))
    print(f"entities {len(graph['entities'])}")
    print(f"duplicate names {len(groups)} (with claims {withClaims})")
    for k, n in kinds.most_common():
        print(f"  {k:10} {n}")
    pairs = makerPairs(graph["entities"])
    print(f"maker-prefixed names also held bare {len(pairs)}")
    if "--list" in sys.argv:
        print("\n".join(listed))
        print("\n".join(f"maker      {a['name']!r} {a['id']}({used[a['id']]}) | {b['id']}({used[b['id']]})" for a, b in pairs))


if __name__ == "__main__":
    main()
