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
