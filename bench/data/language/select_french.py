#!/usr/bin/env python3
"""Deterministically pick French sentences from OrangeSum for the language set.

Standard library only. Takes every STEP-th article of OrangeSum's
``source_documents.txt`` starting at line START (1-based: 3, 13, 23, ...),
splits it into sentences with a simple regex, and from each article keeps

- the first sentence of 3 to 12 words (a short sentence), and
- the first sentence of 13 to 35 words (a medium sentence),

skipping sentences with a tab, a URL or fewer than 3 letters per word on
average. Prints TSV ``line  words  sentence``. Each printed sentence was then
read by hand before going into ``sentences.tsv`` (rows that are not plainly
French, e.g. an English song title alone, were dropped).

Usage:
    python3 bench/data/language/select_french.py [--source PATH]
"""

import argparse
import re
import sys

DEFAULT_SOURCE = "/work/shared/data/orangesum/source_documents.txt"
START = 3
STEP = 10

_BOUNDARY = re.compile(r'(?<=[.!?…])["»”)]*\s+(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"«“0-9])')
_GLUED = re.compile(r'(?<=[A-Za-zà-ÿ0-9)»"”]{2}[.!?])["»”]*(?=["«“]?[A-ZÀ-Ý])')


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        out.extend(_split_glued(text[start : m.start()]))
        start = m.end()
    out.extend(_split_glued(text[start:]))
    return [s for s in out if s]


def _split_glued(text: str) -> list[str]:
    out = []
    start = 0
    for m in _GLUED.finditer(text):
        out.append(text[start : m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return out


def usable(sent: str) -> bool:
    words = sent.split()
    letters = sum(c.isalpha() for c in sent)
    return (
        "\t" not in sent and "http" not in sent and "www." not in sent and letters >= 3 * len(words)
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n in range(START, len(lines) + 1, STEP):
        sents = [s for s in split_sentences(lines[n - 1]) if usable(s)]
        short = next((s for s in sents if 3 <= len(s.split()) <= 12), None)
        medium = next((s for s in sents if 13 <= len(s.split()) <= 35), None)
        for s in (short, medium):
            if s is not None:
                sys.stdout.write(f"{n}\t{len(s.split())}\t{s}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
