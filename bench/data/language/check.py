#!/usr/bin/env python3
"""Validate the language-identification dev set and print its counts.

Standard library only. Checks ``sentences.tsv``:

- the header is exactly ``id lang split source text``;
- every row has five tab-separated fields, a unique id, ``lang`` in (en, fr),
  ``split`` in (tune, heldout), a non-empty text without leading or trailing
  spaces, and no text appears twice;
- ``source`` is ``written`` or ``orangesum:<line>``; for OrangeSum rows the
  text is a substring of that article line and the language is ``fr``;
- at least 220 sentences per language.

Prints counts per language, split, source and length band (3-12 words and
longer). Exits 1 with one line per problem.

Usage:
    python3 bench/data/language/check.py [--source PATH]
"""

import argparse
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = "/work/shared/data/orangesum/source_documents.txt"
HEADER = ["id", "lang", "split", "source", "text"]
LANGS = ("en", "fr")
SPLITS = ("tune", "heldout")
MINIMUM = 220


def band(text: str) -> str:
    n = len(text.split())
    if n < 3:
        return "1-2 words"
    return "3-12 words" if n <= 12 else "13+ words"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    args = ap.parse_args()
    problems: list[str] = []
    try:
        with open(args.source, encoding="utf-8") as f:
            articles = f.read().split("\n")
        with open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as e:
        print(f"check.py: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    if not rows or rows[0] != HEADER:
        print(f"sentences.tsv: header must be {HEADER}", file=sys.stderr)
        return 1
    ids: set[str] = set()
    texts: set[str] = set()
    by_split: collections.Counter[tuple[str, str]] = collections.Counter()
    by_source: collections.Counter[tuple[str, str]] = collections.Counter()
    by_band: collections.Counter[tuple[str, str]] = collections.Counter()
    for n, row in enumerate(rows[1:], 2):
        where = f"sentences.tsv:{n}"
        if len(row) != len(HEADER):
            problems.append(f"{where}: {len(row)} fields, expected {len(HEADER)}")
            continue
        rid, lang, split, source, text = row
        if rid in ids:
            problems.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        if text in texts:
            problems.append(f"{where}: duplicate text")
        texts.add(text)
        if lang not in LANGS:
            problems.append(f"{where}: unknown lang {lang!r}")
        if split not in SPLITS:
            problems.append(f"{where}: unknown split {split!r}")
        if not text or text != text.strip():
            problems.append(f"{where}: text empty or padded with spaces")
        if source.startswith("orangesum:"):
            line = source.removeprefix("orangesum:")
            if not line.isdigit() or not 1 <= int(line) <= len(articles):
                problems.append(f"{where}: bad OrangeSum line {line!r}")
            elif text not in articles[int(line) - 1]:
                problems.append(f"{where}: text not found in OrangeSum line {line}")
            if lang != "fr":
                problems.append(f"{where}: OrangeSum rows are French")
            kind = "orangesum"
        elif source == "written":
            kind = "written"
        else:
            problems.append(f"{where}: unknown source {source!r}")
            continue
        by_split[(lang, split)] += 1
        by_source[(lang, kind)] += 1
        by_band[(lang, band(text))] += 1
    for lang in LANGS:
        total = by_split[(lang, "tune")] + by_split[(lang, "heldout")]
        if total < MINIMUM:
            problems.append(f"sentences.tsv: {total} {lang} rows, need {MINIMUM}")
        print(
            f"{lang}: {total} sentences; "
            f"tune {by_split[(lang, 'tune')]}, heldout {by_split[(lang, 'heldout')]}; "
            f"orangesum {by_source[(lang, 'orangesum')]}, "
            f"written {by_source[(lang, 'written')]}; "
            f"3-12 words {by_band[(lang, '3-12 words')]}, "
            f"13+ words {by_band[(lang, '13+ words')]}, "
            f"1-2 words {by_band[(lang, '1-2 words')]}"
        )
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
