#!/usr/bin/env python3
"""Deterministically list candidate attribution sentences in OrangeSum articles.

Standard library only. Two passes over OrangeSum's ``source_documents.txt``
(one article per line), printed as TSV ``pass  line  cue  sentence``:

- pass ``broad``: every STEP-th article (lines 5, 10, 15, ... 1-based); every
  sentence containing one of the broad attribution cues (CUES);
- pass ``anon``: all other articles; every sentence containing one of the
  cues of anonymous sourcing (ANON_CUES). The broad pass alone holds too few
  anonymous attributions (OrangeSum is mostly on-the-record copy).

The cue column is only a search hint: each row of ``fr_orangesum.tsv`` was
then read and labelled by hand (many candidates were dropped as ambiguous),
its ``cue`` column rewritten to the exact attribution words, and sentences
glued to the previous one without a space (``...AFP.Selon ...``) cut at
that boundary.

Usage:
    python3 bench/data/attributions/select_candidates.py [--source PATH]
"""

import argparse
import re
import sys

DEFAULT_SOURCE = "/work/shared/data/orangesum/source_documents.txt"
STEP = 5

_BOUNDARY = re.compile(r'(?<=[.!?…])["»”)]*\s+(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"«“0-9])')

CUES = re.compile(
    r"\b(selon|d'après|d’après|sources?|proches?|témoins?|interrogée?s?|"
    r"a confié|a indiqué|a déclaré|a affirmé|a précisé|a expliqué|"
    r"anonymat|de même source|rapporte|rapporté|écrit|a appris|"
    r"habitants?|riverains?|responsables?|porte-parole|"
    r"nos informations|indique|affirme|explique|assure)\b",
    re.IGNORECASE,
)


ANON_CUES = re.compile(
    r"\b(sources?\b|témoins?\b|anonymat|un proche|des proches|"
    r"selon (un|une|des|plusieurs|certains) |de même source|un responsable|"
    r"des responsables|un enquêteur|un diplomate|un haut|un cadre|un membre|"
    r"riverains|selon les médias|a appris)",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    out = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        out.append(text[start : m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n in range(STEP, len(lines) + 1, STEP):
        for sent in split_sentences(lines[n - 1]):
            m = CUES.search(sent)
            if m and "\t" not in sent:
                sys.stdout.write(f"broad\t{n}\t{m.group(0)}\t{sent}\n")
    for n in range(1, len(lines) + 1):
        if n % STEP == 0:
            continue
        for sent in split_sentences(lines[n - 1]):
            m = ANON_CUES.search(sent)
            if m and "\t" not in sent:
                sys.stdout.write(f"anon\t{n}\t{m.group(0)}\t{sent}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
