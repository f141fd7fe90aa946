"""FC101 on the hand-labelled name-pair dev set: precision, recall and F1 per half.

    .venv/bin/python bench/name_matching.py [--set pairs|fresh|fresh2|fresh3|all]
        [--split tune|heldout|all] [--show-errors] [--validate-only]

Reads ``bench/data/names/pairs.tsv``, ``fresh.tsv``, ``fresh2.tsv`` and
``fresh3.tsv`` (their README says how they were built and labelled, before
FC101 was run on them; ``fresh2.tsv`` is held-out only, written after FC101 was
tuned on ``fresh.tsv``; ``fresh3.tsv`` is tune only, on the kinds FC101 missed)
and runs the real FC101 rule, through ``check_article`` with the built-in
knowledge base, on each row's sentence alone. The three fresh sets
are validated first (``check_fresh``: the run stops with the list of problems
if one is not valid). As the sets' README suggests:

- a ``misspelled`` row is a true positive when an FC101 finding overlaps the
  variant and names the right person (suggestion ``kb_name`` or entity
  ``kb_id``), else a false negative;
- an ``other`` or ``exact`` row is a false positive when an FC101 finding
  overlaps the variant.

Beside FC101 it scores a trivial baseline on the same rows: plain
Levenshtein distance (1 or 2) between the whole variant and any accepted
name of a knowledge-base person, case and accents folded, with the
variant's span given (an oracle no real rule has). Tune on ``tune`` only;
quote ``heldout``. For the fresh sets, ``--show-errors`` lists
the tune half's errors one by one and gives only counts by kind for the
held-out half.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.pipeline import Options, Resources, check_article
from factcheck.text.normalize import normalize
from factcheck.text.reading import Article

NAMES = Path(__file__).resolve().parent / "data" / "names"
PAIRS = NAMES / "pairs.tsv"
FRESH = NAMES / "fresh.tsv"
FRESH2 = NAMES / "fresh2.tsv"
FRESH3 = NAMES / "fresh3.tsv"
COLUMNS = ["id", "split", "label", "kind", "kb_id", "kb_name", "variant", "sentence", "lang"]
FRESH_KINDS = {
    "misspelled": {
        "phonetic",
        "wrong-given",
        "accent",
        "case",
        "hyphen",
        "particle",
        "double",
        "keyboard",
        "ocr",
        "translit",
        "glued",
        "swap",
    },
    "other": {
        "same-given",
        "similar-given",
        "same-surname",
        "similar-surname",
        "given-in-longer",
        "common-word",
        "derived",
        "regnal",
    },
    "exact": {"exact", "caps", "nbsp"},
}
# fresh2.tsv adds one exact kind: a form with some of its words in capitals
FRESH2_KINDS = {**FRESH_KINDS, "exact": FRESH_KINDS["exact"] | {"caps-part"}}
NBSP = "\u00a0"
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


def fold(text: str) -> str:
    """Lower case, no accents, no-break spaces as spaces: for comparing with KB forms."""
    decomposed = unicodedata.normalize("NFD", text.replace(NBSP, " ").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def whole_word(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def caps_part(variant: str, form: str) -> bool:
    """``form`` with some, not all, of its words in capitals: "Emmanuel MACRON"."""
    words, form_words = variant.split(" "), form.split(" ")
    return (
        len(words) == len(form_words)
        and variant not in (form, form.upper())
        and all(w in (f, f.upper()) for w, f in zip(words, form_words, strict=True))
    )


def exact_form(kind: str, variant: str, forms: set[str]) -> bool:
    """Whether an ``exact`` row's variant is a KB form as its kind says."""
    if kind == "caps":  # a form in capitals (headline), not itself a form
        return variant not in forms and variant in {f.upper() for f in forms}
    if kind == "caps-part":  # French official style: the surname in capitals
        return variant not in forms and any(caps_part(variant, f) for f in forms)
    if kind == "nbsp":  # a form with no-break spaces for its spaces
        return NBSP in variant and variant.replace(NBSP, " ") in forms
    return kind == "exact" and variant in forms


def check_fresh(
    rows: list[dict[str, str]],
    kb: KnowledgeBase,
    *,
    second: bool = False,
    third: bool = False,
) -> list[str]:
    """Problems in fresh.tsv, or fresh2.tsv when ``second``, or fresh3.tsv when
    ``third`` (the rules of their README sections); empty when valid.
    fresh2.tsv: ids ``g001``..., every row ``heldout``, one more exact kind
    (``caps-part``), and no misspelled or other ``(kb_id, variant)`` pair
    already in pairs.tsv or fresh.tsv. fresh3.tsv: the same with ids
    ``h001``..., every row ``tune``, and none of its pairs in fresh2.tsv
    either."""
    second = second or third
    people = {p.id: p for p in kb.people()}
    folded_forms = {fold(n) for p in people.values() for n in p.accepted_names}
    long_forms = {n for p in people.values() for n in p.accepted_names if len(n) >= 4}
    earlier = [PAIRS, FRESH, FRESH2] if third else [PAIRS, FRESH] if second else [PAIRS]
    known = {(r["kb_id"], r["variant"]) for path in earlier for r in read_pairs(path)}
    kinds = FRESH2_KINDS if second else FRESH_KINDS
    id_pattern, halves = (
        (r"h\d{3}", {"tune"})
        if third
        else (r"g\d{3}", {"heldout"})
        if second
        else (r"f\d{3}", {"tune", "heldout"})
    )
    problems: list[str] = []
    splits: dict[str, set[str]] = defaultdict(set)
    ids = Counter(r["id"] for r in rows)
    pairs = Counter((r["kb_id"], r["variant"]) for r in rows)
    for r in rows:
        where = f"{r['id']} ({r['variant']!r})"
        if list(r) != COLUMNS or None in r.values():
            problems.append(f"{where}: columns")
            continue
        if ids[r["id"]] > 1 or not re.fullmatch(id_pattern, r["id"]):
            problems.append(f"{where}: id")
        if r["split"] not in halves or r["lang"] not in {"fr", "en"}:
            problems.append(f"{where}: split or lang")
        if r["kind"] not in kinds.get(r["label"], set()):
            problems.append(f"{where}: label/kind {r['label']}/{r['kind']}")
        pair = (r["kb_id"], r["variant"])
        if pairs[pair] > 1 or (r["label"] != "exact" and pair in known):
            problems.append(f"{where}: pair twice in the file, or already in an earlier set")
        sentence, variant = r["sentence"], r["variant"]
        found = list(whole_word(variant).finditer(sentence))
        if len(found) != 1 or found[0].start() != sentence.find(variant):
            problems.append(f"{where}: not once as a whole word (or a substring earlier)")
        else:
            # the rest of the sentence, no-break spaces plain, holds no KB form
            rest = (sentence[: found[0].start()] + " " + sentence[found[0].end() :]).replace(
                NBSP, " "
            )
            problems.extend(
                f"{where}: the sentence also holds the KB form {form!r}"
                for form in sorted(long_forms)
                if whole_word(form).search(rest)
            )
        person = people.get(r["kb_id"])
        if person is None or person.kind != "person" or person.name != r["kb_name"]:
            problems.append(f"{where}: kb_id/kb_name")
            continue
        forms = set(person.accepted_names)
        splits[r["kb_id"]].add(r["split"])
        kind = r["kind"]
        if r["label"] == "exact":
            if not exact_form(kind, variant, forms):
                problems.append(f"{where}: not a KB form of {r['kb_id']} of kind {kind}")
        elif variant in forms or variant.replace(NBSP, " ") in forms:
            problems.append(f"{where}: a KB form of the person, labelled {r['label']}")
        elif kind == "case":
            if (
                fold(variant) not in {fold(f) for f in forms}
                or variant in {f.upper() for f in forms}
                or (second and any(caps_part(variant, f) for f in forms))
            ):
                problems.append(f"{where}: a case error must differ from a form by case only")
        elif kind != "accent" and fold(variant) in folded_forms:
            problems.append(f"{where}: a KB form ignoring case and accents")
    problems.extend(f"{p}: rows in both halves" for p, s in sorted(splits.items()) if len(s) > 1)
    return problems


def fc101_row(row: dict[str, str], resources: Resources) -> tuple[bool, bool]:
    """(an FC101 finding overlaps the variant, one of those names the row's person)."""
    sentence = row["sentence"]
    start = sentence.index(row["variant"])  # check_fresh: the whole-word occurrence
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


def score_set(
    name: str,
    rows: list[dict[str, str]],
    halves: list[str],
    resources: Resources,
    names: dict[str, set[str]],
    show_errors: bool,
) -> None:
    for half in halves:
        mine, base = Score(), Score()
        if not any(r["split"] == half for r in rows):
            continue  # fresh2.tsv has no tune half, fresh3.tsv no held-out half
        for row in (r for r in rows if r["split"] == half):
            mine.add(row, *fc101_row(row, resources))
            base.add(row, *baseline_row(row, names))
        for label, score in (("FC101", mine), ("Levenshtein <= 2, whole name", base)):
            print(
                f"| {name} | {half} | {label} | {score.precision:.3f} | {score.recall:.3f} "
                f"| {score.f1:.3f} | {score.tp} | {score.fp} | {score.fn} |"
            )
        if not show_errors:
            continue
        if name != "pairs" and half == "heldout":
            # held-out errors are never listed one by one: counts by kind only
            kinds = Counter(line[:19].rstrip() for line in mine.errors)
            for kind, n in sorted(kinds.items()):
                print(f"    {name} {half}: {kind} x{n}")
        else:
            for line in mine.errors:
                print(f"    {name} {half}: {line}")


def print_counts(name: str, rows: list[dict[str, str]]) -> None:
    counts = Counter((r["label"], r["kind"], r["split"]) for r in rows)
    for label, kind, half in sorted(counts):
        print(f"{label:<11}{kind:<16}{half:<8}{counts[(label, kind, half)]:>4}")
    print(
        f"{name}.tsv valid: {len(rows)} rows, "
        f"{len({r['kb_id'] for r in rows})} KB people, "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["lang"] for r in rows).items()))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", choices=["pairs", "fresh", "fresh2", "fresh3", "all"], default="all"
    )
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--show-errors", action="store_true", help="list FC101's errors")
    parser.add_argument(
        "--validate-only",
        action="store_true",
        help="check fresh.tsv, fresh2.tsv and fresh3.tsv and print their counts",
    )
    args = parser.parse_args()
    kb = load_knowledge_base([], builtin=True)
    sets = {
        "pairs": read_pairs(),
        "fresh": read_pairs(FRESH),
        "fresh2": read_pairs(FRESH2),
        "fresh3": read_pairs(FRESH3),
    }
    problems: list[str] = []
    for name in ("fresh", "fresh2", "fresh3"):
        if args.set in (name, "all") or args.validate_only:
            problems += [
                f"{name}: {p}"
                for p in check_fresh(
                    sets[name], kb, second=name == "fresh2", third=name == "fresh3"
                )
            ]
    if problems:
        for problem in problems:
            print("PROBLEM:", problem, file=sys.stderr)
        raise SystemExit(1)
    if args.validate_only:
        for name in ("fresh", "fresh2", "fresh3"):
            print_counts(name, sets[name])
        return
    resources = Resources()
    names = person_names(kb)
    halves = ["tune", "heldout"] if args.split == "all" else [args.split]
    print("| set | half | method | precision | recall | F1 | TP | FP | FN |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, rows in sets.items():
        if args.set in (name, "all"):
            score_set(name, rows, halves, resources, names, args.show_errors)


if __name__ == "__main__":
    main()
