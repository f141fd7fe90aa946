"""Where a finding is, for tools outside the terminal (GitHub, SARIF viewers).

Those tools are written in JavaScript or .NET and count columns in UTF-16
code units, so columns here are UTF-16 (SARIF's default ``columnKind``).
For text in the Basic Multilingual Plane (every Latin, Cyrillic, Arabic or
CJK letter) this equals the character count; an emoji counts two.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.text.document import line_starts


@dataclass(frozen=True)
class Region:
    """1-based lines and columns; ``end_column`` is one past the last character."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


class Utf16Index:
    """Offsets into a Python string -> 1-based line and UTF-16 column."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = line_starts(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        before = self._text[self._starts[line] : offset]
        return line + 1, utf16_length(before) + 1

    def region(self, start: int, end: int) -> Region:
        start_line, start_column = self.line_col(start)
        end_line, end_column = self.line_col(end)
        return Region(start_line, start_column, end_line, end_column)


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def relative_path(path: str, root: Path | None = None) -> str | None:
    """``path`` relative to ``root`` (the working directory), with ``/`` separators.

    None for standard input and for files outside ``root``: code-scanning
    tools resolve paths against the checkout, which is where CI runs.
    """
    if path == "-":
        return None
    base = os.path.abspath(root or Path.cwd())
    full = os.path.abspath(path)
    if os.path.commonpath([base, full]) != base:
        return None
    return Path(os.path.relpath(full, base)).as_posix()
