"""Quoting the user's or a claim file's words in a one-line message."""

from __future__ import annotations

import re

QUOTE_CHARS = 160  # a quote longer than this is cut, with "..." at the end
_SPACES = re.compile(r"\s+")


def clipped(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line (runs of spaces and line breaks made one space), cut to
    ``limit`` characters: a claim file's 5,000-character entry or a sentence of a
    whole paragraph is quoted by its start, not pasted whole into every message."""
    line = _SPACES.sub(" ", text).strip()
    return line if len(line) <= limit else line[: limit - 3].rstrip() + "..."
