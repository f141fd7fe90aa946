"""Generate typo candidates of knowledge-base person names (standard library only).

Deterministic (seeded random): re-running it prints the same candidates.

    python3 bench/data/names/make_typos.py > candidates.tsv

For each well-known person in PEOPLE it edits ONE part of the KB name (the
given name or the surname, chosen at random among parts of >= 4 letters) and
writes one candidate per kind:

- ``typo-1``: one substitution, insertion or deletion of a letter;
- ``typo-2``: two such edits in the same part;
- ``swap``: two adjacent, different letters swapped;
- ``double``: a letter doubled, or a doubled letter undoubled.

Candidates equal (ignoring case and accents) to any KB person's name or alias
are dropped here. The rest were checked by hand: a candidate that spells
another real person's name, or that reads as a real transliteration, was not
used (see README.md). Sentences were then written by hand for the kept ones
in ``typos_reviewed.tsv``.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path
from typing import Any

SEED = 20261128
ROOT = Path(__file__).resolve().parents[3]
KB_DIR = ROOT / "src" / "factcheck" / "entities" / "kb" / "builtin"
KB_FILES = ("heads.json", "international.json", "ministers.json")

# Well-known heads of state or government, ministers and heads of international
# bodies, in the KB, whose names appear in French news.
PEOPLE = (
    "emmanuel-macron",
    "sebastien-lecornu",
    "francois-bayrou",
    "michel-barnier",
    "gabriel-attal",
    "elisabeth-borne",
    "friedrich-merz",
    "olaf-scholz",
    "frank-walter-steinmeier",
    "giorgia-meloni",
    "sergio-mattarella",
    "keir-starmer",
    "rishi-sunak",
    "donald-trump",
    "joe-biden",
    "narendra-modi",
    "javier-milei",
    "mark-carney",
    "justin-trudeau",
    "anthony-albanese",
    "claudia-sheinbaum",
    "cyril-ramaphosa",
    "pedro-sanchez",
    "donald-tusk",
    "andrzej-duda",
    "viktor-orban",
    "robert-fico",
    "mette-frederiksen",
    "ulf-kristersson",
    "alexander-stubb",
    "dick-schoof",
    "kyriakos-mitsotakis",
    "ursula-von-der-leyen",
    "kaja-kallas",
    "mark-rutte",
    "christine-lagarde",
    "antonio-guterres",
    "roberta-metsola",
    "marco-rubio",
    "antony-blinken",
    "pete-hegseth",
    "david-lammy",
    "jean-noel-barrot",
    "catherine-vautrin",
    "annalena-baerbock",
    "boris-pistorius",
    "antonio-tajani",
    "melanie-joly",
    "isaac-herzog",
    "masoud-pezeshkian",
)

KINDS = ("typo-1", "typo-2", "swap", "double")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiouy"


def fold(text: str) -> str:
    """Lower case without accents, for comparing with KB names."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_people() -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for name in KB_FILES:
        data = json.loads((KB_DIR / name).read_text(encoding="utf-8"))
        for entity in data["entities"]:
            if entity["kind"] == "person":
                people[entity["id"]] = entity
    return people


def known_forms(people: dict[str, dict[str, Any]]) -> set[str]:
    forms: set[str] = set()
    for entity in people.values():
        forms.add(fold(str(entity["name"])))
        for alias in entity.get("aliases", []):
            forms.add(fold(str(alias)))
    return forms


WANTED = {"typo-1": 1, "typo-2": 2, "swap": 1, "double": 1}


def distance(a: str, b: str) -> int:
    """Edit distance counting an adjacent transposition as one edit."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def one_edit(part: str, rng: random.Random) -> str:
    """One substitution, insertion or deletion, never on the first letter."""
    op = rng.choice(("sub", "ins", "del"))
    i = rng.randrange(1, len(part))
    if op == "sub":
        old = part[i].lower()
        pool = VOWELS if old in VOWELS else LETTERS
        new = rng.choice([c for c in pool if c != old])
        return part[:i] + new + part[i + 1 :]
    if op == "ins":
        return part[:i] + rng.choice(LETTERS) + part[i:]
    return part[:i] + part[i + 1 :]


def swap(part: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(part) - 1) if part[i] != part[i + 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return part[:i] + part[i + 1] + part[i] + part[i + 2 :]


def double(part: str, rng: random.Random) -> str | None:
    doubled = [i for i in range(1, len(part)) if part[i] == part[i - 1]]
    if doubled and rng.random() < 0.5:
        i = rng.choice(doubled)
        return part[:i] + part[i + 1 :]
    spots = [i for i in range(1, len(part)) if part[i].isalpha() and part[i] != part[i - 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return part[:i] + part[i] + part[i:]


def make(name: str, kind: str, rng: random.Random) -> str | None:
    parts = name.split(" ")
    usable = [i for i, p in enumerate(parts) if len(p) >= 4 and p.isalpha()]
    if not usable:
        return None
    # The surname (last part) twice as often as the other parts: newsroom
    # typos that matter most hit the surname while the given name is right.
    k = rng.choice([*usable, usable[-1]])
    part = parts[k]
    new: str | None
    if kind == "typo-1":
        new = one_edit(part, rng)
    elif kind == "typo-2":
        new = one_edit(one_edit(part, rng), rng)
    elif kind == "swap":
        new = swap(part, rng)
    else:
        new = double(part, rng)
    if new is None or fold(new) == fold(part):
        return None
    if distance(fold(new), fold(part)) != WANTED[kind]:
        return None
    parts[k] = new
    return " ".join(parts)


def main() -> int:
    people = load_people()
    forms = known_forms(people)
    rng = random.Random(SEED)
    out = sys.stdout
    out.write("kb_id\tkb_name\tkind\tvariant\n")
    for pid in PEOPLE:
        name = str(people[pid]["name"])
        for kind in KINDS:
            for _attempt in range(30):
                variant = make(name, kind, rng)
                if variant is not None and fold(variant) not in forms:
                    out.write(f"{pid}\t{name}\t{kind}\t{variant}\n")
                    break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
