"""Sentence and word splitting with offsets into the original text.

Rule-based on purpose: it loads in no time, works for the Latin-script
languages we handle, and keeps exact offsets. It also serves as sumy's
tokenizer (sumy accepts any object with ``to_sentences`` and ``to_words``),
because sumy's default tokenizer needs NLTK data that cannot be downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words before a period that do not end a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr drs pr prof st ste me mgr gal gén col cdt lt sgt
    mr mrs ms messrs jr sr gen sen rep gov rev hon capt cmdr adm maj
    av bd boul fg pl rte cf p pp vol no nos art chap env ex fig ibid op vs etc
    inc ltd co corp dept est approx jan fév feb mar avr apr juil jul sept sep oct nov déc dec
    u.s u.k e.g i.e n.b""".split()
)

_PARAGRAPH = re.compile(r"[^\r\n]+")
_BOUNDARY = re.compile(r"[.!?…]+[\"»”’')\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"«“‘'(\[—–-]?\s?[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_WORD = re.compile(r"[^\W_]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; ``text[start:end]`` has no outer spaces."""
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        spans.extend(_split_paragraph(text, para.start(), para.end()))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _NEXT_START.match(text, match.end(), end):
            continue
        if match.group().startswith(".") and _is_abbreviation(text, cursor, match.start() + 1):
            continue
        span = _trim(text, cursor, match.end())
        if span:
            yield span
        cursor = match.end()
    span = _trim(text, cursor, end)
    if span:
        yield span


def _is_abbreviation(text: str, start: int, period_end: int) -> bool:
    word = _WORD_BEFORE.search(text, start, period_end)
    if word is None:
        return False
    token = word.group(1).lower()
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Biden"
    return token in ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each word (letters and digits) in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


class SumyTokenizer:
    """The tokenizer sumy's parsers and summarizers call."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))
