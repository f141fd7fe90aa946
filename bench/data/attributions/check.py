#!/usr/bin/env python3
"""Validate the attribution dev sets and print their counts.

Standard library only. Checks, for ``fr_orangesum.tsv`` and ``en_written.tsv``:

- the header is exactly ``id line split label cue sentence``;
- every row has six tab-separated fields, a unique id, a known label
  (anonymous, named, none) and split (tune, heldout);
- ``cue`` is a non-empty substring of ``sentence``;
- French rows: ``line`` is a 1-based OrangeSum article line and ``sentence``
  is a substring of that article; every article sits in one split only;
- English rows: ``line`` is 0;
- minimum counts per label (French: 120 anonymous, 120 named, 40 none;
  English: 70 rows in all).

Prints the counts per label and split. Exits 1 with one line per problem.

``--file NAME`` (repeatable) checks only the named written files of this
folder instead (e.g. ``fresh_fr.tsv``, ``fresh_en.tsv``): the same row checks
as for ``en_written.tsv`` (``line`` is 0), no minimum counts, no OrangeSum.

Usage:
    python3 bench/data/attributions/check.py [--source PATH]
    python3 bench/data/attributions/check.py --file fresh_fr.tsv --file fresh_en.tsv
"""

import argparse
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = "/work/shared/data/orangesum/source_documents.txt"
HEADER = ["id", "line", "split", "label", "cue", "sentence"]
LABELS = ("anonymous", "named", "none")
SPLITS = ("tune", "heldout")
MINIMUM_FR = {"anonymous": 120, "named": 120, "none": 40}
MINIMUM_EN_ROWS = 70


def read_rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_file(
    name: str, articles: list[str] | None, problems: list[str]
) -> collections.Counter[tuple[str, str]]:
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    try:
        rows = read_rows(os.path.join(HERE, name))
    except OSError as e:
        problems.append(f"{name}: cannot read: {e.strerror}")
        return counts
    if not rows or rows[0] != HEADER:
        problems.append(f"{name}: header must be {HEADER}")
        return counts
    ids: set[str] = set()
    split_of_line: dict[str, str] = {}
    for n, row in enumerate(rows[1:], 2):
        where = f"{name}:{n}"
        if len(row) != len(HEADER):
            problems.append(f"{where}: {len(row)} fields, expected {len(HEADER)}")
            continue
        rid, line, split, label, cue, sentence = row
        if rid in ids:
            problems.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label!r}")
        if split not in SPLITS:
            problems.append(f"{where}: unknown split {split!r}")
        if not cue or cue not in sentence:
            problems.append(f"{where}: cue {cue!r} is not in the sentence")
        if sentence != sentence.strip() or not sentence:
            problems.append(f"{where}: sentence empty or padded with spaces")
        if articles is None:
            if line != "0":
                problems.append(f"{where}: line must be 0 for written rows")
        else:
            if not line.isdigit() or not 1 <= int(line) <= len(articles):
                problems.append(f"{where}: bad article line {line!r}")
                continue
            if sentence not in articles[int(line) - 1]:
                problems.append(f"{where}: sentence not found in article {line}")
            if split_of_line.setdefault(line, split) != split:
                problems.append(f"{where}: article {line} is in both splits")
        counts[(label, split)] += 1
    return counts


def show(name: str, counts: collections.Counter[tuple[str, str]]) -> None:
    print(f"{name}: {sum(counts.values())} rows")
    print(f"  {'label':<10} {'tune':>6} {'heldout':>8} {'all':>6}")
    for label in LABELS:
        t, h = counts[(label, "tune")], counts[(label, "heldout")]
        print(f"  {label:<10} {t:>6} {h:>8} {t + h:>6}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--file", action="append", help="check only this written file (repeatable)")
    args = ap.parse_args()
    if args.file:
        problems: list[str] = []
        for name in args.file:
            show(name, check_file(os.path.basename(name), None, problems))
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    try:
        with open(args.source, encoding="utf-8") as f:
            articles = f.read().split("\n")
    except OSError as e:
        print(f"check.py: cannot read OrangeSum source: {e}", file=sys.stderr)
        return 1
    problems = []
    fr = check_file("fr_orangesum.tsv", articles, problems)
    en = check_file("en_written.tsv", None, problems)
    for label, low in MINIMUM_FR.items():
        have = fr[(label, "tune")] + fr[(label, "heldout")]
        if have < low:
            problems.append(f"fr_orangesum.tsv: {have} {label} rows, need {low}")
    if sum(en.values()) < MINIMUM_EN_ROWS:
        problems.append(f"en_written.tsv: {sum(en.values())} rows, need {MINIMUM_EN_ROWS}")
    show("fr_orangesum.tsv", fr)
    show("en_written.tsv", en)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
