#!/usr/bin/env python3
"""Writes one hostile article: python3 bench/hostile.py KIND BYTES > FILE.

The shapes of docs/ROBUSTNESS.md "Linear time": input that once made a reader or the
extractor slow down faster than it grew. bench/hostile.sh times each at 1x and 10x."""
import sys

HEAD = '# Hostile\n\n'
UNITS = {
    'one-sentence-figures': 'Acme sold 5 million dollars, ',
    'paragraph-of-figures': 'NVIDIA fell 17 percent. NVIDIA fell 18 percent. ',
    'paragraph-of-quotes': '"We will win this market," Bob Smith said. ',
    'one-sentence-prose': 'The quick brown fox jumps over the lazy dog ',
}


def article(kind: str, n: int) -> str:
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
    return HEAD + unit * (n // len(unit)) + ('.\n' if kind == 'one-sentence-prose' else '\n')


if __name__ == '__main__':
    sys.stdout.write(article(sys.argv[1], int(sys.argv[2])))
