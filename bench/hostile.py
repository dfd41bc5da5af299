#!/usr/bin/env python3
"""Writes one hostile article: python3 bench/hostile.py KIND BYTES > FILE.

The shapes of docs/ROBUSTNESS.md "Linear time": input that once made a reader or the
extractor slow down faster than it grew. bench/hostile.sh times each at 1x and 10x. The kinds
named wiki-* are Wikipedia wikitext (issue #14's hostile wikitext), written to a .wiki file."""
import sys

HEAD = '# Hostile\n\n'
UNITS = {
    'one-sentence-figures': 'Acme sold 5 million dollars, ',
    'paragraph-of-figures': 'NVIDIA fell 17 percent. NVIDIA fell 18 percent. ',
    'paragraph-of-quotes': '"We will win this market," Bob Smith said. ',
    'one-sentence-prose': 'The quick brown fox jumps over the lazy dog ',
    # "It" whose paragraph holds no name that may be its antecedent (every name a person or common
    # words, here "Bolt Inc"): each figure's antecedent search once read every earlier name.
    'paragraph-of-it': 'Bolt Inc grew 5 percent. It fell 18 percent. ',
    # "It" after a sentence whose subordinate clause names a second subject.
    'paragraph-of-it-clauses': 'Acme Corp grew when Bolt Inc left. It fell 17 percent. ',
    # A verb of saying after a name with no comma in the paragraph: the search for an appositive
    # ("X, the chief, said") once read back to the paragraph's start.
    'paragraph-of-said': 'The company said it fell 5 percent. ',
    # "the chip" in a paragraph with no name ending in "Chip" (every name's last word another): the
    # search for the last name ending in the noun once read every earlier name of the paragraph.
    'paragraph-of-the-chip': 'Acme Grace grew. The chip grew 5 percent. ',
    # "By this time" with no date in the paragraph: each sentence's search for the date it points back
    # to once found the dates of every earlier sentence.
    'paragraph-of-then': 'By this time, 17,000 users had joined. ',
    # One sentence of series after "from" with one date: each figure that starts a series looks back
    # for "from" and for the passive verb before it.
    'sentence-of-from': ' was lowered from $21 to $18 and',
}


WIKI_HEAD = "'''Hostile''' is a page.\n\n"
# One paragraph of the forms a real page mixes (a cite template in a named ref and its reuse, links,
# a figure template, bold, an entity, a comment), repeated to make one large page.
WIKI_PARAGRAPH = ("The [[Widget Works|company]] sold {{{{convert|12|km}}}} of '''wire''' in 2019,"
                  "<ref name=\"r{i}\">{{{{cite news |title=Wire {i} |work=The Daily |date=1 May 2019 "
                  "|url=http://news.example/{i}}}}}</ref> up 5%&nbsp;on 2018.<ref name=\"r{i}\" /> "
                  "<!-- note --> Its chief said the plant would grow.<ref>[http://x.example/{i} Report]</ref>\n\n")


def wikitext(kind: str, n: int) -> str:
    if kind == 'wiki-unclosed-refs':  # every <ref> left open
        unit = 'Acme grew 5%.<ref>Unclosed '
        return WIKI_HEAD + unit * (n // len(unit)) + '\n'
    if kind == 'wiki-braces':  # '{{' never closed, then '}}' never opened
        return WIKI_HEAD + 'A {{' * (n // 8) + ' b }}' * (n // 10) + '\n'
    if kind == 'wiki-brackets':  # '[[' never closed
        return WIKI_HEAD + 'A [[b ' * (n // 6) + '\n'
    if kind == 'wiki-nested':  # one template nested n/8 deep inside a sentence
        depth = n // 8
        return WIKI_HEAD + 'Acme sold 5 cars. ' + '{{a|' * depth + 'x' + '}}' * depth + ' It grew.\n'
    if kind == 'wiki-page':  # a large page of ordinary wikitext (10x: the 50 MB page)
        parts, size, i = [], 0, 0
        while size < n:
            parts.append(WIKI_PARAGRAPH.format(i=i))
            size += len(parts[-1])
            i += 1
        return WIKI_HEAD + ''.join(parts) + '==References==\n{{reflist}}\n'
    raise SystemExit(f'hostile.py: unknown kind {kind}')


def article(kind: str, n: int) -> str:
    if kind.startswith('wiki-'):
        return wikitext(kind, n)
    if kind == 'brackets':
        return HEAD + '[' * n + '\n'
    if kind == 'markers':
        return HEAD + 'Text' + '[1]' * (n // 3) + '\n\n## References\n\n1. P, "T," 2024. https://x.example\n'
    if kind == 'paragraph-of-links':
        parts, size, i = [], 0, 0
        while size < n:
            link = f'[A{i}](/wiki/a{i}) '
            parts.append(link)
            size += len(link)
            i += 1
        return HEAD + ''.join(parts) + '\n'
    if kind == 'mixed':
        return HEAD + '&' * (n // 4) + '<a' * (n // 8) + '\n\n' + '# S\n' * (n // 16) + '\nA b. [1] ' * (n // 36) + '\n'
    unit = UNITS[kind]
    if kind == 'sentence-of-from':
        return HEAD + 'In 2010 the fee' + unit * (n // len(unit)) + ' stayed.\n'
    return HEAD + unit * (n // len(unit)) + ('.\n' if kind == 'one-sentence-prose' else '\n')


if __name__ == '__main__':
    sys.stdout.write(article(sys.argv[1], int(sys.argv[2])))
