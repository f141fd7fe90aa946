"""Normalising names for comparison: case, accents, apostrophes, dashes, spaces."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = re.compile(r"[‐‑‒–—-]")
_SPACES = re.compile(r"\s+")


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Comparison key: case-folded, accent-free, one kind of apostrophe and dash."""
    text = fold_accents(text).casefold().translate(_APOSTROPHES)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


APOSTROPHE = "['’ʼ]"  # a regular-expression class: any apostrophe a text may use


def loose_pattern(phrase: str) -> str:
    """``phrase`` as a regular expression in which any apostrophe and any run of spaces match."""
    escaped = re.escape(phrase.replace("’", "'")).replace(r"\ ", " ")
    return escaped.replace("'", APOSTROPHE).replace(" ", r"\s+")


def loose_alternation(phrases: list[str]) -> str:
    """An alternation of ``phrases``, longest first, apostrophes and spaces loose."""
    return "|".join(loose_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))
