#!/usr/bin/env python3
"""Validate ``pairs.jsonl`` (and its agreement with ``claims.json``) and print counts.

Standard library only. Exit status 1 with one line per problem when the file
is invalid. Usage: ``python3 bench/data/claim_pairs/check.py [FOLDER]`` (FOLDER
holds ``pairs.jsonl`` and ``claims.json``; default: this script's folder).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import EXTRA_SETS  # noqa: E402  (the one list of the later sets)

KINDS = ("verbatim", "reworded", "correction", "compatible", "unrelated", "contradiction")
EXPECTED = {
    "verbatim": "match",
    "reworded": "match",
    "correction": "related",
    "compatible": "related",
    "unrelated": "none",
    "contradiction": "contradiction",
}
CONTRADICTIONS = (
    "antonym",
    "agent",
    "object",
    "place",
    "quantity",
    "quantifier",
    "number",
    "date",
    "modality",
    "negation",
)
FIELDS = {
    "id",
    "topic",
    "split",
    "lang",
    "claim",
    "statement",
    "kind",
    "contradiction",
    "expected",
    "contradiction_span",
}
CLAIM_FIELDS = {"id", "text", "lang", "verdict"}
LANGS = ("fr", "en")
VERDICTS = ("true", "false", "misleading", "unproven")


def problems_of(pair: dict[str, object], claims: dict[str, dict[str, object]]) -> list[str]:
    out: list[str] = []
    keys = set(pair)
    if missing := FIELDS - keys:
        out.append(f"missing fields {sorted(missing)}")
    if extra := keys - FIELDS - {"note"}:
        out.append(f"unknown fields {sorted(extra)}")
    if out:
        return out
    kind, verdict_claim = pair["kind"], pair["claim"]
    if pair["split"] not in ("tune", "heldout", *EXTRA):
        out.append(f"bad split {pair['split']!r}")
    if pair["lang"] not in LANGS:
        out.append(f"bad lang {pair['lang']!r}")
    if kind not in KINDS:
        out.append(f"bad kind {kind!r}")
    elif pair["expected"] != EXPECTED[str(kind)]:
        out.append(f"expected {pair['expected']!r} does not fit kind {kind!r}")
    if not isinstance(pair["statement"], str) or not pair["statement"].strip():
        out.append("empty statement")
    if not isinstance(pair["topic"], str) or not pair["topic"]:
        out.append("empty topic")
    if not isinstance(verdict_claim, dict) or set(verdict_claim) != CLAIM_FIELDS:
        out.append("claim must have exactly id, text, lang, verdict")
        return out
    verdict = verdict_claim["verdict"]
    if verdict not in VERDICTS:
        out.append(f"bad verdict {verdict!r}")
    if verdict_claim["lang"] != pair["lang"]:
        out.append("claim lang differs from pair lang")
    if claims.get(str(verdict_claim["id"])) != verdict_claim:
        out.append(f"claim {verdict_claim['id']} differs from claims.json")
    if kind in ("contradiction", "compatible") and verdict != "true":
        out.append(f"{kind} needs a true claim")
    if kind == "correction" and verdict == "true":
        out.append("correction needs a claim that is not true")
    if kind == "verbatim" and pair["statement"] != verdict_claim["text"]:
        out.append("verbatim statement differs from claim text")
    span = pair["contradiction_span"]
    if kind == "contradiction":
        if pair["contradiction"] not in CONTRADICTIONS:
            out.append(f"bad contradiction kind {pair['contradiction']!r}")
        if not isinstance(span, str) or not span or span not in str(pair["statement"]):
            out.append(f"contradiction_span {span!r} is not a substring of the statement")
    elif pair["contradiction"] is not None or span is not None:
        out.append("contradiction and contradiction_span must be null unless kind is contradiction")
    return out


def table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


EXTRA = tuple(stem for stem, _ in EXTRA_SETS)  # the later sets, one split each


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    status = check(folder, "pairs.jsonl", "claims.json", ("tune", "heldout"))
    for stem in EXTRA:
        if (folder / f"{stem}.jsonl").exists():
            print()
            status |= check(folder, f"{stem}.jsonl", f"{stem}_claims.json", (stem,))
    return status


def check(folder: Path, pairs_name: str, claims_name: str, splits: tuple[str, ...]) -> int:
    print(f"# {pairs_name}\n")
    kb = json.loads((folder / claims_name).read_text("utf-8"))
    claims = {c["id"]: c for c in kb["claims"]}
    errors: list[str] = []
    if len(claims) != len(kb["claims"]):
        errors.append(f"{claims_name}: duplicate claim ids")
    pairs = []
    seen: set[str] = set()
    topic_split: dict[str, str] = {}
    used: set[str] = set()
    for number, line in enumerate((folder / pairs_name).read_text("utf-8").splitlines(), 1):
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as err:
            errors.append(f"{pairs_name}:{number}: not JSON ({err})")
            continue
        pid = str(pair.get("id"))
        if pid in seen:
            errors.append(f"{pairs_name}:{number}: duplicate id {pid}")
        seen.add(pid)
        for problem in problems_of(pair, claims):
            errors.append(f"{pairs_name}:{number} ({pid}): {problem}")
        topic = str(pair.get("topic"))
        if topic_split.setdefault(topic, str(pair.get("split"))) != pair.get("split"):
            errors.append(f"{pairs_name}:{number}: topic {topic} is in both splits")
        if pair.get("split") not in splits:
            errors.append(f"{pairs_name}:{number}: split {pair.get('split')!r} not in {splits}")
        if isinstance(pair.get("claim"), dict):
            used.add(str(pair["claim"].get("id")))
        pairs.append(pair)
    if unused := set(claims) - used:
        errors.append(f"{claims_name}: claims used by no pair: {sorted(unused)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    count = Counter((p["lang"], p["kind"], p["split"]) for p in pairs)
    rows = [["lang", "kind", *splits, "total"]]
    for lang in LANGS:
        for kind in (*KINDS, "all"):
            ks = KINDS if kind == "all" else (kind,)
            n = [sum(count[(lang, k, s)] for k in ks) for s in splits]
            rows.append([lang, kind, *map(str, n), str(sum(n))])
    print(table(rows))
    print()
    ccount = Counter(
        (p["lang"], p["contradiction"], p["split"]) for p in pairs if p["contradiction"]
    )
    rows = [["lang", "contradiction", *splits, "total"]]
    for lang in LANGS:
        for kind in CONTRADICTIONS:
            n = [ccount[(lang, kind, s)] for s in splits]
            rows.append([lang, kind, *map(str, n), str(sum(n))])
    print(table(rows))
    print()
    topics = Counter(topic_split.values())
    halves = ", ".join(f"{topics[s]} {s}" for s in splits)
    print(f"{len(pairs)} pairs, {len(claims)} claims, {len(topic_split)} topics ({halves})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
