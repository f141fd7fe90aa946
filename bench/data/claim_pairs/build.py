#!/usr/bin/env python3
"""Build ``pairs.jsonl`` and ``claims.json`` from the hand-written ``source.txt``.

Standard library only, deterministic. ``source.txt`` holds every claim and
statement as written by hand; this script only numbers the pairs, derives
``expected`` from ``kind``, and assigns each topic to the ``tune`` or
``heldout`` half (greedily, keeping every language, kind and contradiction kind about 50/50).

Format of ``source.txt`` (one record a line, ``#`` starts a comment line)::

    @ topic-slug LANG                      a new topic (LANG: fr or en)
    C claim-id VERDICT | claim text         a claim of that topic
    V statement                             verbatim
    R statement                             reworded
    K statement                             correction of a false claim
    P statement                             compatible with a true claim
    U statement                             unrelated
    X KIND | statement | span               contradiction of KIND, span in statement

Any statement line may end with ``|| note``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "V": "verbatim",
    "R": "reworded",
    "K": "correction",
    "P": "compatible",
    "U": "unrelated",
    "X": "contradiction",
}
EXPECTED = {
    "verbatim": "match",
    "reworded": "match",
    "correction": "related",
    "compatible": "related",
    "unrelated": "none",
    "contradiction": "contradiction",
}


def parse(path: Path) -> tuple[list[dict[str, object]], dict[str, dict[str, str]]]:
    pairs: list[dict[str, object]] = []
    claims: dict[str, dict[str, str]] = {}
    topic = lang = None
    claim: dict[str, str] | None = None
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        tag, _, rest = line.partition(" ")
        note = None
        if "||" in rest:
            rest, _, note = rest.partition("||")
            rest, note = rest.strip(), note.strip()
        if tag == "@":
            topic, lang = rest.split()
            claim = None
        elif tag == "C":
            head, _, text = rest.partition("|")
            cid, verdict = head.split()
            if cid in claims:
                sys.exit(f"{where}: duplicate claim id {cid}")
            assert lang is not None
            claim = {"id": cid, "text": text.strip(), "lang": lang, "verdict": verdict}
            claims[cid] = claim
        elif tag in KINDS:
            if claim is None or topic is None:
                sys.exit(f"{where}: statement before any claim")
            kind = KINDS[tag]
            contradiction = span = None
            if tag == "X":
                contradiction, statement, span = (part.strip() for part in rest.split("|"))
            else:
                statement = rest
            pairs.append(
                {
                    "topic": topic,
                    "lang": lang,
                    "claim": dict(claim),
                    "statement": statement,
                    "kind": kind,
                    "contradiction": contradiction,
                    "expected": EXPECTED[kind],
                    "contradiction_span": span,
                    "note": note,
                }
            )
        else:
            sys.exit(f"{where}: unknown tag {tag!r}")
    return pairs, claims


def assign_splits(pairs: list[dict[str, object]]) -> dict[str, str]:
    """Greedy, deterministic: each topic (in file order) goes to the half that keeps
    the per-(lang, kind, contradiction kind) counts most even."""
    topics: dict[str, Counter[tuple[object, object, object]]] = {}
    for pair in pairs:
        key = (pair["lang"], pair["kind"], pair["contradiction"])
        topics.setdefault(str(pair["topic"]), Counter())[key] += 1
    counts = {
        "tune": Counter[tuple[object, object, object]](),
        "heldout": Counter[tuple[object, object, object]](),
    }
    split_of: dict[str, str] = {}
    for topic, mine in topics.items():
        best = None
        for split in ("tune", "heldout"):
            other = "heldout" if split == "tune" else "tune"
            keys = set(counts["tune"]) | set(counts["heldout"]) | set(mine)
            cost = sum(abs(counts[split][k] + mine[k] - counts[other][k]) for k in keys)
            size = sum(counts[split].values())
            if best is None or (cost, size) < best[0]:
                best = ((cost, size), split)
        assert best is not None
        split_of[topic] = best[1]
        counts[best[1]].update(mine)
    return split_of


def write(
    pairs: list[dict[str, object]],
    claims: dict[str, dict[str, str]],
    split_of: dict[str, str],
    stem: str,
    prefix: str,
) -> None:
    claims_name = "claims.json" if stem == "pairs" else f"{stem}_claims.json"
    with (HERE / f"{stem}.jsonl").open("w", encoding="utf-8") as out:
        for index, pair in enumerate(pairs, 1):
            record = {
                "id": f"{prefix}{index:04d}",
                "topic": pair["topic"],
                "split": split_of[str(pair["topic"])],
            }
            record.update({k: v for k, v in pair.items() if k != "topic"})
            if record["note"] is None:
                del record["note"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    kb = {
        "name": "claim_pairs dev set",
        "description": "Text-only claims (id, text, lang, verdict) of bench/data/claim_pairs.",
        "claims": list(claims.values()),
    }
    if stem != "pairs":
        kb["name"] = f"claim_pairs {stem} set"
        kb["description"] = f"Text-only claims (id, text, lang, verdict) of {stem}.jsonl."
    text = json.dumps(kb, ensure_ascii=False, indent=1) + "\n"
    (HERE / claims_name).write_text(text, "utf-8")
    print(f"{stem}: {len(pairs)} pairs, {len(claims)} claims")


# The sets written after the first, each by its own helper on new topics, each one
# split: (stem, id prefix). tune2 to tune6 are for tuning; heldout2 is a second
# held-out set, never tuned on.
EXTRA_SETS = (
    ("tune2", "q"),
    ("tune3", "r"),
    ("heldout2", "s"),
    ("tune4", "t"),
    ("tune5", "u"),
    ("tune6", "v"),
    ("tune7", "w"),
    ("heldout3", "x"),
    ("tune8", "y"),
    ("tune9", "z"),
    ("tune10", "b"),
    ("heldout4", "h"),
    ("tune11", "k"),
    ("tune12", "l"),
    ("tune13", "m"),
    ("heldout5", "g"),
    ("tune14", "e"),
    ("tune15", "f"),
    ("heldout6", "d"),
    ("tune16", "i"),
    ("tune17", "j"),
    ("heldout7", "n"),
    ("heldout8", "o"),
    ("tune18", "a"),
    ("tune19", "c"),
    ("heldout9", "ha"),
    ("tune21", "tb"),
    ("heldout10", "hb"),
    ("tune20", "ta"),
    ("tune22", "tc"),
    ("tune23", "td"),
    ("tune24", "te"),
    ("tune25", "tf"),
    ("heldout11", "hc"),
    ("heldout12", "hd"),
    ("tune26", "tg"),
    ("tune27", "th"),
    ("heldout13", "he"),
    ("heldout14", "hf"),
    ("heldout15", "hg"),
    ("heldout16", "hh"),
    ("tune28", "ti"),
    ("tune29", "tj"),
    ("heldout17", "hi"),
    ("heldout18", "hj"),
    ("tune30", "tk"),
    ("tune31", "tl"),
    ("tune32", "tm"),
    ("tune33", "tn"),
    ("tune34", "to"),
    ("tune35", "tp"),
    ("tune36", "tq"),
    ("tune37", "tr"),
    ("tune38", "ts"),
    ("tune39", "tt"),
    ("tune40", "tu"),
    ("tune41", "tv"),
    ("tune42", "tw"),
    ("tune43", "tx"),
    ("tune44", "ty"),
    ("tune45", "tz"),
    ("tune46", "ua"),
    ("tune47", "ub"),
)


def main() -> None:
    pairs, claims = parse(HERE / "source.txt")
    write(pairs, claims, assign_splits(pairs), "pairs", "p")
    seen = dict(claims)
    for stem, prefix in EXTRA_SETS:
        source = HERE / f"{stem}_source.txt"
        more_pairs, more_claims = parse(source)
        if dup := set(seen) & set(more_claims):
            sys.exit(f"{source.name}: claim ids already used: {sorted(dup)}")
        seen.update(more_claims)
        write(more_pairs, more_claims, {str(p["topic"]): stem for p in more_pairs}, stem, prefix)


if __name__ == "__main__":
    main()
