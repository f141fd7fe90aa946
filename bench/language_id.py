#!/usr/bin/env python3
"""Accuracy of language identification on single French and English sentences.

Reads ``bench/data/language/sentences.tsv`` (see the README there: labelled
before any tuning, no CSV quoting) and prints, per half (``tune``,
``heldout``), the accuracy of:

- ``always-fr``: the trivial baseline, always the majority language (French);
- ``old``: the detector before issue 13 (function words only, at least 3
  hits, else undetermined), re-implemented here on the same word lists;
- ``factcheck``: ``factcheck.text.language.detect_language`` as shipped.

An undetermined answer ("und") counts as wrong. Only the tune half's
errors may be looked at while tuning (``--errors tune``); listing the
held-out errors spends the held-out half.

Usage::

    PYTHONPATH=src .venv/bin/python bench/language_id.py [--errors tune]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from factcheck.core.langdata import lang_json, languages_with
from factcheck.text.language import detect_language

TSV = Path(__file__).resolve().parent / "data" / "language" / "sentences.tsv"
_TOKEN = re.compile(r"[^\W\d_]+")


def read_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """(id, lang, split, text) rows."""
    lines = path.read_text("utf-8").splitlines()
    rows = []
    for line in lines[1:]:
        ident, lang, split, _source, text = line.split("\t")
        rows.append((ident, lang, split, text))
    return rows


def old_detect(text: str) -> str:
    """The detector as it was: most function-word hits, at least 3, else 'und'."""
    profiles = {
        lang: frozenset(lang_json(lang, "function_words.json")["words"])
        for lang in languages_with("function_words.json")
    }
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    scores = {lang: sum(1 for t in tokens if t in words) for lang, words in profiles.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else "und"


DETECTORS: dict[str, Callable[[str], str]] = {
    "always-fr": lambda text: "fr",
    "old": old_detect,
    "factcheck": lambda text: detect_language(text).lang,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["tune", "heldout"])
    parser.add_argument("--tsv", type=Path, default=TSV)
    args = parser.parse_args()
    rows = read_rows(args.tsv)
    print(f"| detector | {' | '.join(f'{s} (n)' for s in ('tune', 'heldout'))} |")
    print("|---|---:|---:|")
    for name, detect in DETECTORS.items():
        cells = []
        for split in ("tune", "heldout"):
            part = [r for r in rows if r[2] == split]
            right = sum(1 for _, lang, _, text in part if detect(text) == lang)
            cells.append(f"{right / len(part):.3f} ({right}/{len(part)})")
        print(f"| {name} | {' | '.join(cells)} |")
    if args.errors:
        print(f"\nfactcheck errors on {args.errors}:")
        for ident, lang, split, text in rows:
            if split == args.errors:
                guess = detect_language(text)
                if guess.lang != lang:
                    print(f"{ident}\t{lang}->{guess.lang} ({guess.confidence})\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
