"""Build the translation quality dev set, ``dev.tsv``, from correct pairs and their corruptions.

Correct pairs (label 1): the tiny model's 41 training pairs
(``fixtures/models/tiny_pairs.tsv``) and the 50 pairs written for this set
(``pairs_written.tsv``). Each correct pair is then corrupted, where the
English allows it, in five ways (label 0):

- ``shuffled``: the English of another pair;
- ``dropped-clause``: the English less its last clause (after the last comma,
  "and", "when", "after"...), or less its second half when it has no clause;
- ``changed-number``: a number of the English changed (a digit, or a number word);
- ``swapped-name``: a name of the English replaced by another name;
- ``invented-name``: a person the source never names added to the English;
- ``copied``: the French itself, left untranslated (added 2026-11-29, after a
  re-tuning without it had let an untranslated sentence pass as reliable).

The 80 pairs of ``pairs_plain.tsv`` (written 2026-11-29, before any weight
was re-tuned) name nothing and give no number: the kind of sentence on
which a model that invents a fluent, unrelated English leaves no name or
number behind to catch it. Their ``shuffled-plain`` corruption is the
English of another plain pair; their other corruptions are as above.

Pairs are split by pair, so a pair and its corruptions sit in the same half:
``tune`` (every even pair) is what the quality estimate's weights were chosen
on, ``held-out`` (every odd pair) is only measured. The labels and the
corruptions were written, and this file generated, before any weight was
tuned. Seeded: the same pairs give the same file.

    python bench/data/translation_quality/build.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
SOURCES = (ROOT / "fixtures" / "models" / "tiny_pairs.tsv", HERE / "pairs_written.tsv")
PLAIN = (HERE / "pairs_plain.tsv",)
OUTPUT = HERE / "dev.tsv"
SEED = 9

NAME_POOL = (
    "Olivier Dupont",
    "Sarah Collins",
    "Vienna",
    "Nigeria",
    "Hamburg",
    "Pierre Lemaire",
    "Mexico",
    "Lisbon",
)
INVENTED = (
    ", said Daniel Moreau",
    " with Laura Bennett",
    ", according to Marc Fontaine",
    " alongside Helena Varga",
)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "twelve")
CLAUSE_CUTS = (", ", " and ", " when ", " after ", " before ", " because ", " for ", " on ", " in ")


def read_pairs(sources: tuple[Path, ...] = SOURCES) -> list[tuple[str, str]]:
    pairs = []
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                fr, en = line.split("\t")
                pairs.append((fr, en))
    return pairs


def _end(english: str) -> tuple[str, str]:
    """The sentence less its final punctuation, and that punctuation."""
    match = re.search(r"[.!?]*$", english)
    assert match is not None
    return english[: match.start()], english[match.start() :]


def dropped_clause(english: str) -> str | None:
    body, end = _end(english)
    cut = max((body.rfind(c) for c in CLAUSE_CUTS), default=-1)
    words = body.split()
    if cut > len(body) // 3:
        shorter = body[:cut]
    elif len(words) >= 6:
        shorter = " ".join(words[: len(words) // 2])
    else:
        return None
    return shorter + (end or ".")


def changed_number(english: str, rng: random.Random) -> str | None:
    digits = list(re.finditer(r"\d+(?:[.,]\d+)*", english))
    if digits:
        m = rng.choice(digits)
        old = m.group()
        first = int(old[0])
        new = str((first + rng.randint(1, 8)) % 10 or 9) + old[1:]
        return english[: m.start()] + new + english[m.end() :]
    words = [m for m in re.finditer(r"\b(\w+)\b", english) if m.group(1).lower() in NUMBER_WORDS]
    if words:
        m = rng.choice(words)
        new = rng.choice([w for w in NUMBER_WORDS if w != m.group(1).lower()])
        return english[: m.start()] + new + english[m.end() :]
    return None


def swapped_name(english: str, rng: random.Random) -> str | None:
    names = [
        m for m in re.finditer(r"(?<=\s)[A-Z][\w’'-]+(?:\s+(?:von der\s+)?[A-Z][\w’'-]+)*", english)
    ]
    if not names:
        return None
    m = rng.choice(names)
    new = rng.choice([n for n in NAME_POOL if n not in english])
    return english[: m.start()] + new + english[m.end() :]


def invented_name(english: str, rng: random.Random) -> str:
    body, end = _end(english)
    return body + rng.choice(INVENTED) + (end or ".")


def build() -> list[tuple[str, str, int, str, str, str]]:
    rng = random.Random(SEED)
    pairs = read_pairs()
    plain = read_pairs(PLAIN)
    rows: list[tuple[str, str, int, str, str, str]] = []
    for i, (fr, en) in enumerate(pairs + plain):
        split = "tune" if i % 2 == 0 else "held-out"
        rows.append((f"p{i:03d}", split, 1, "correct", fr, en))
        pool, shuffled = (pairs, "shuffled") if i < len(pairs) else (plain, "shuffled-plain")
        other = pool[(i + 1 + rng.randrange(len(pool) - 1)) % len(pool)][1]
        corrupted = {
            shuffled: other if other != en else None,
            "dropped-clause": dropped_clause(en),
            "changed-number": changed_number(en, rng),
            "swapped-name": swapped_name(en, rng),
            "invented-name": invented_name(en, rng),
            "copied": fr,
        }
        for kind, text in corrupted.items():
            if text is not None and text != en:
                rows.append((f"p{i:03d}-{kind}", split, 0, kind, fr, text))
    return rows


def main() -> None:
    rows = build()
    header = "id\tsplit\tlabel\tkind\tfrench\tenglish\n"
    OUTPUT.write_text(
        header + "".join("\t".join(map(str, row)) + "\n" for row in rows), encoding="utf-8"
    )
    print(f"wrote {OUTPUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
