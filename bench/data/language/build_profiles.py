#!/usr/bin/env python3
"""Build the character trigram profiles of French and English from the TUNE half only.

Writes ``src/factcheck/data/<lang>/char_trigrams.json`` for fr and en: the
counts of character trigrams (lower case, words padded with one space,
digits and punctuation dropped) over the ``tune`` rows of ``sentences.tsv``.
The held-out rows are never read. ``factcheck.text.language`` turns the
counts into smoothed log-probabilities.

Usage::

    python3 bench/data/language/build_profiles.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "src" / "factcheck" / "data"
_WORD = re.compile(r"[^\W\d_]+")


def trigrams(text: str) -> list[str]:
    """The trigrams of each word, padded with a space at both ends (same as the detector)."""
    out = []
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        out += [padded[i : i + 3] for i in range(len(padded) - 2)]
    return out


def main() -> None:
    counts: dict[str, Counter[str]] = {"fr": Counter(), "en": Counter()}
    rows = (HERE / "sentences.tsv").read_text("utf-8").splitlines()[1:]
    for row in rows:
        _id, lang, split, _source, text = row.split("\t")
        if split == "tune":
            counts[lang].update(trigrams(text))
    for lang, counter in counts.items():
        data = {
            "_doc": "Character trigram counts of single sentences (bench/data/language, tune half "
            "only), built by bench/data/language/build_profiles.py; read by text.language.",
            "total": sum(counter.values()),
            "trigrams": dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
        path = DATA / lang / "char_trigrams.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"{path}: {len(counter)} trigrams, {data['total']} in all")


if __name__ == "__main__":
    main()
