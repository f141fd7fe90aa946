"""The article's own date, read from its first lines: a dateline or a "Published" line.

``PARIS, 12 mars 2025 (AFP) -`` and ``WASHINGTON, March 12, 2025 (Reuters) -``
are datelines: a place in capitals, a comma, then the date. ``Publié le
12/03/2025`` and ``Published 12 March 2025`` are publication lines; their
opening words are language data (``data/<lang>/dateline.json``). Only a
full date (day, month and year) is taken; the first one found wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from factcheck.core.langdata import lang_json, languages_with
from factcheck.text.dates import find_date_expressions

FIRST_LINES = 6  # non-empty lines looked at
_DATELINE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,40}(?:\([^)]{1,40}\))?\s*,\s*")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")


@dataclass(frozen=True)
class ArticleDate:
    date: date
    start: int  # where the date is written in the article
    end: int


@lru_cache(maxsize=1)
def _published() -> dict[str, re.Pattern[str]]:
    patterns = {}
    for lang in languages_with("dateline.json"):
        words = sorted(lang_json(lang, "dateline.json")["published"], key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        patterns[lang] = re.compile(rf"^\s*(?:{alternation})\b\s*:?\s*", re.IGNORECASE)
    return patterns


def article_date(text: str, lang: str) -> ArticleDate | None:
    """The date of a dateline or a publication line in the first lines of ``text``."""
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        here, offset = offset, offset + len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > FIRST_LINES:
            return None
        opening = _opening(line, lang)
        if opening is None:
            continue
        found = _full_date(line, opening, lang)
        if found is not None:
            day, start, end = found
            return ArticleDate(day, here + start, here + end)
    return None


def _opening(line: str, lang: str) -> int | None:
    """Where the date may start: after a dateline's place or a publication cue."""
    dateline = _DATELINE.match(line)
    if dateline and sum(ch.isupper() for ch in dateline.group()) >= 3:
        return dateline.end()
    for cue_lang, pattern in _published().items():
        if cue_lang in (lang, "en", "fr"):
            match = pattern.match(line)
            if match:
                return match.end()
    return None


def _full_date(line: str, start: int, lang: str) -> tuple[date, int, int] | None:
    window = line[start : start + 60]
    candidates: list[tuple[int, date, int]] = []
    for cal_lang in dict.fromkeys((lang, "en", "fr")):
        for e in find_date_expressions(window, cal_lang):
            if e.year and e.month and e.day:
                day = _make(e.year, e.month, e.day)
                if day:
                    candidates.append((e.start, day, e.end))
    for m in _ISO.finditer(window):
        day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            candidates.append((m.start(), day, m.end()))
    for m in _NUMERIC.finditer(window):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # Day first, as written outside the United States; an English month first only
        # when the day-first reading is impossible.
        day = _make(year, second, first) or (_make(year, first, second) if lang == "en" else None)
        if day:
            candidates.append((m.start(), day, m.end()))
    if not candidates:
        return None
    begin, day, end = min(candidates, key=lambda c: c[0])
    return day, start + begin, start + end


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
