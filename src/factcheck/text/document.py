"""The Document: the original text, its language and its sentences with offsets.

Offsets are Python string indices into the original text; line and column
are computed only when a report is rendered (:class:`LineIndex`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.text.matching import MatchingView


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``document.text[start:end]`` is its exact text."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """``text`` is what the checks read: the matching view of the article when
    ``view`` is set (offsets then map back with ``view.to_original``)."""

    path: str
    text: str
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    lang_confidence: float = 1.0  # 1.0 when the language was given, not detected
    view: MatchingView | None = None

    @property
    def original(self) -> str:
        """The article as the user wrote it."""
        return self.view.original if self.view else self.text


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts. A line ends at LF, CRLF or a lone CR, as editors,
    GitHub and SARIF (2.1.0, 3.30.2) count lines: a file saved with old Mac line ends
    has its findings on their own lines, not all on line 1."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


class LineIndex:
    """Maps string offsets to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = line_starts(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


@lru_cache(maxsize=4)
def line_index(text: str) -> LineIndex:
    """The :class:`LineIndex` of ``text``, built once: every renderer of a report asks for it."""
    return LineIndex(text)
