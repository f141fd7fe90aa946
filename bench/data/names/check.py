"""Validate pairs.tsv and print its counts (standard library only).

    python3 bench/data/names/check.py [pairs.tsv]

Checks, for every row: the columns; the label and kind are valid together;
the variant occurs exactly once in the sentence (as a whole word sequence);
kb_id is a KB person and kb_name its name; an ``exact`` variant is that
person's name or one of its aliases, character for character; a
``misspelled`` or ``other`` variant is no KB person's name or alias, even
ignoring case and accents; ids are unique; all rows of one person are in the
same split; no other KB name or alias (4+ letters) appears in the sentence
outside the variant. Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_typos import fold, load_people  # noqa: E402

COLUMNS = ["id", "split", "label", "kind", "kb_id", "kb_name", "variant", "sentence", "lang"]
KINDS = {
    "misspelled": {"typo-1", "typo-2", "swap", "double", "particle", "translit", "glued"},
    "other": {"same-given", "same-surname", "similar-surname", "given-in-longer", "common-word"},
    "exact": {"exact"},
}
SPLITS = {"tune", "heldout"}
LANGS = {"fr", "en"}


def occurrences(variant: str, sentence: str) -> int:
    pattern = r"(?<!\w)" + re.escape(variant) + r"(?!\w)"
    return len(re.findall(pattern, sentence))


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "pairs.tsv"
    people = load_people()
    all_forms: set[str] = set()
    long_forms: set[str] = set()
    for entity in people.values():
        all_forms.add(fold(str(entity["name"])))
        all_forms.update(fold(str(a)) for a in entity.get("aliases", []))
        for form in [entity["name"], *entity.get("aliases", [])]:
            if len(form) >= 4:
                long_forms.add(str(form))
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != COLUMNS:
            print(f"{path}: header {header} != {COLUMNS}")
            return 1
        rows = [dict(zip(COLUMNS, r, strict=True)) for r in reader]
    ids: Counter[str] = Counter(r["id"] for r in rows)
    person_splits: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        where = f"{r['id']} ({r['variant']})"
        if ids[r["id"]] > 1:
            problems.append(f"{where}: duplicate id")
        if r["label"] not in KINDS or r["kind"] not in KINDS[r["label"]]:
            problems.append(f"{where}: label/kind {r['label']}/{r['kind']}")
        if r["split"] not in SPLITS:
            problems.append(f"{where}: split {r['split']}")
        if r["lang"] not in LANGS:
            problems.append(f"{where}: lang {r['lang']}")
        n = occurrences(r["variant"], r["sentence"])
        if n != 1:
            problems.append(f"{where}: variant occurs {n} times in the sentence")
        else:
            found = re.search(r"(?<!\w)" + re.escape(r["variant"]) + r"(?!\w)", r["sentence"])
            assert found is not None
            rest = r["sentence"][: found.start()] + " " + r["sentence"][found.end() :]
            problems.extend(
                f"{where}: the sentence also holds the KB form {form!r}"
                for form in sorted(long_forms)
                if occurrences(form, rest)
            )
        person_kb = people.get(r["kb_id"])
        if person_kb is None:
            problems.append(f"{where}: {r['kb_id']} is not a KB person")
            continue
        if person_kb["name"] != r["kb_name"]:
            problems.append(f"{where}: kb_name {r['kb_name']} != {person_kb['name']}")
        forms = {str(person_kb["name"]), *map(str, person_kb.get("aliases", []))}
        if r["label"] == "exact" and r["variant"] not in forms:
            problems.append(f"{where}: exact variant is not a name or alias of {r['kb_id']}")
        if r["label"] != "exact" and fold(r["variant"]) in all_forms:
            problems.append(f"{where}: variant is a KB name or alias (ignoring case/accents)")
        person_splits[r["kb_id"]].add(r["split"])
    for person, splits in sorted(person_splits.items()):
        if len(splits) > 1:
            problems.append(f"{person}: rows in both splits")
    seen: Counter[tuple[str, str]] = Counter((r["kb_id"], r["variant"]) for r in rows)
    problems.extend(f"duplicate pair {k}" for k, v in seen.items() if v > 1)

    counts: Counter[tuple[str, str, str]] = Counter(
        (r["label"], r["kind"], r["split"]) for r in rows
    )
    print(f"{'label':<11}{'kind':<17}{'tune':>6}{'heldout':>9}{'all':>6}")
    for label, kinds in KINDS.items():
        for kind in sorted(kinds):
            t, h = counts[(label, kind, "tune")], counts[(label, kind, "heldout")]
            print(f"{label:<11}{kind:<17}{t:>6}{h:>9}{t + h:>6}")
    for label in KINDS:
        t = sum(v for (lab, _, s), v in counts.items() if lab == label and s == "tune")
        h = sum(v for (lab, _, s), v in counts.items() if lab == label and s == "heldout")
        print(f"{label:<11}{'(all)':<17}{t:>6}{h:>9}{t + h:>6}")
    t = sum(1 for r in rows if r["split"] == "tune")
    print(f"{'total':<28}{t:>6}{len(rows) - t:>9}{len(rows):>6}")
    halves = Counter(next(iter(s)) for s in person_splits.values())
    print(f"KB people: {len(person_splits)} ({halves['tune']} tune, {halves['heldout']} heldout)")
    langs = Counter(r["lang"] for r in rows)
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
