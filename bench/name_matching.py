"""FC101 on the hand-labelled name-pair dev set: precision, recall and F1 per half.

    .venv/bin/python bench/name_matching.py [--split tune|heldout|all] [--show-errors]

Reads ``bench/data/names/pairs.tsv`` (its README says how it was built and
labelled, before FC101 was tuned) and runs the real FC101 rule, through
``check_article`` with the built-in knowledge base, on each row's sentence
alone. As the set's README suggests:

- a ``misspelled`` row is a true positive when an FC101 finding overlaps the
  variant and names the right person (suggestion ``kb_name`` or entity
  ``kb_id``), else a false negative;
- an ``other`` or ``exact`` row is a false positive when an FC101 finding
  overlaps the variant.

Beside FC101 it scores a trivial baseline on the same rows: plain
Levenshtein distance (1 or 2) between the whole variant and any accepted
name of a knowledge-base person, case and accents folded, with the
variant's span given (an oracle no real rule has). Tune on ``tune`` only;
quote ``heldout``.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.pipeline import Options, Resources, check_article
from factcheck.text.normalize import normalize
from factcheck.text.reading import Article

PAIRS = Path(__file__).resolve().parent / "data" / "names" / "pairs.tsv"
ONLY_FC101 = ("FC102", "FC103", "FC104", "FC2", "FC3", "FC4", "FC9")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, row: dict[str, str], fired: bool, right: bool) -> None:
        if row["label"] == "misspelled":
            if fired and right:
                self.tp += 1
            else:
                self.fn += 1
                self.errors.append(f"FN {row['kind']:16} {row['variant']!r} ({row['kb_name']})")
        elif fired:
            self.fp += 1
            self.errors.append(f"FP {row['kind']:16} {row['variant']!r} ({row['kb_name']})")
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def fc101_row(row: dict[str, str], resources: Resources) -> tuple[bool, bool]:
    """(an FC101 finding overlaps the variant, one of those names the row's person)."""
    sentence = row["sentence"]
    start = sentence.index(row["variant"])
    end = start + len(row["variant"])
    article = Article(f"{row['id']}.txt", sentence, "utf-8", sentence.encode())
    options = Options(translate=False, lang=row["lang"], disabled_rules=ONLY_FC101)
    report = check_article(article, options, resources)
    hits = [f for f in report.findings if f.code == "FC101" and f.start < end and start < f.end]
    right = any(
        f.suggestion == row["kb_name"] or f.data.get("entity") == row["kb_id"] for f in hits
    )
    return bool(hits), right


def baseline_row(row: dict[str, str], names: dict[str, set[str]]) -> tuple[bool, bool]:
    """Plain Levenshtein 1-2 on the whole variant against every person's accepted names."""
    written = normalize(row["variant"])
    close = {
        entity_id
        for name, ids in names.items()
        if 0 < Levenshtein.distance(written, name, score_cutoff=2) <= 2
        for entity_id in ids
    }
    return bool(close), row["kb_id"] in close


def person_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for person in kb.people():
        for name in person.accepted_names:
            names.setdefault(normalize(name), set()).add(person.id)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--show-errors", action="store_true", help="list FC101's errors")
    args = parser.parse_args()
    rows = read_pairs()
    resources = Resources()
    names = person_names(load_knowledge_base([], builtin=True))
    halves = ["tune", "heldout"] if args.split == "all" else [args.split]
    print("| half | method | precision | recall | F1 | TP | FP | FN |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    kinds: Counter[str] = Counter()
    for half in halves:
        mine, base = Score(), Score()
        for row in (r for r in rows if r["split"] == half):
            mine.add(row, *fc101_row(row, resources))
            base.add(row, *baseline_row(row, names))
        for label, score in (("FC101", mine), ("Levenshtein <= 2, whole name", base)):
            print(
                f"| {half} | {label} | {score.precision:.3f} | {score.recall:.3f} "
                f"| {score.f1:.3f} | {score.tp} | {score.fp} | {score.fn} |"
            )
        if args.show_errors:
            for line in mine.errors:
                kinds[line[:19]] += 1
                print(f"    {half}: {line}")


if __name__ == "__main__":
    main()
