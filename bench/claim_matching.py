#!/usr/bin/env python3
"""Matching accuracy on the claim fixtures: how many article claims get the right status.

Reads ``fixtures/claims/expected.json`` (hand-written: every claim of each
article with its status, matched entry and agreement), checks each article
and counts the expected claims found with exactly that status, entry and
agreement, and the claims found that were not expected.

Usage::

    .venv/bin/python bench/claim_matching.py [--builtin-kb] [--translate]

``--translate`` needs an installed fr->en model (the tiny test model knows
the fixture sentences: ``factcheck models install --from-file
fixtures/models/translate-fr_en-tiny.argosmodel``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from factcheck.pipeline import Options, check_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "claims"
KEYS = ("text", "status", "claim_id", "agreement")


def load_expected(folder: Path = FIXTURES) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "expected.json").read_text("utf-8"))
    return data


def found_claims(
    article: Path, claims: Path, builtin_kb: bool = False, translate: bool = False
) -> list[dict[str, Any]]:
    options = Options(
        claims=[claims], builtin_kb=builtin_kb, translate=translate, summary_sentences=0
    )
    report = check_article(str(article), options)
    return [{key: c[key] for key in KEYS} for c in report.claims]


def compare(expected: list[dict[str, Any]], found: list[dict[str, Any]]) -> tuple[int, int]:
    """(expected claims found exactly, claims found but not expected)."""
    remaining = list(found)
    right = 0
    for claim in expected:
        if claim in remaining:
            remaining.remove(claim)
            right += 1
    return right, len(remaining)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builtin-kb", action="store_true", help="also load the built-in KB")
    parser.add_argument("--translate", action="store_true", help="translate (needs a model)")
    args = parser.parse_args(argv)
    data = load_expected()
    print("| article | expected | right | unexpected |")
    print("|---|---:|---:|---:|")
    total = right_total = extra_total = 0
    for name, entry in data["files"].items():
        claims = FIXTURES / entry.get("claims", data["claims"])
        found = found_claims(FIXTURES / name, claims, args.builtin_kb, args.translate)
        right, extra = compare(entry["expect"], found)
        total += len(entry["expect"])
        right_total += right
        extra_total += extra
        print(f"| {name} | {len(entry['expect'])} | {right} | {extra} |")
    print(f"| **all** | {total} | {right_total} | {extra_total} |")
    print(f"\nmatching accuracy: {right_total}/{total} = {right_total / max(1, total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
