"""Dates and numbers stated in a text, with offsets, for comparing with a claim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.claims.cues import Cues, cues_for
from factcheck.claims.fold import fold

_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?(?![\w])")
_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
_YEAR = re.compile(r"(?<![\w.,])(?:1[89]|20)\d{2}(?![\w.,]\d)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None

    def iso(self) -> str:
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float


@cache
def _date_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    cues = cues_for(lang)
    months = "|".join(sorted((re.escape(fold(m)) for m in cues.months), key=len, reverse=True))
    if not months:
        return (_ISO,)
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<year>\d{4}))?"
    return (
        _ISO,
        re.compile(rf"(?<!\w){day}\s+(?:of\s+)?(?P<month>{months})\.?(?!\w){year}"),
        re.compile(rf"(?<!\w)(?P<month>{months})\.?\s+{day}(?!\w){year}"),
        re.compile(rf"(?<!\w)(?P<month>{months})\.?\s+(?P<year>\d{{4}})(?!\w)"),
    )


def find_dates(text: str, cues: Cues) -> list[DateMention]:
    """Calendar dates in ``text``: day-month(-year), month-day(-year), month-year, ISO, years."""
    folded = fold(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _date_patterns(cues.lang):
        for m in pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = groups.get("month")
            month_no = int(month) if month and month.isdigit() else cues.months.get(month or "")
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = int(groups["year"]) if groups.get("year") else None
            found.append(DateMention(m.start(), m.end(), year, month_no, day))
            taken.append(m.span())
    for m in _YEAR.finditer(folded):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(DateMention(m.start(), m.end(), int(m.group()), None, None))
    found.sort(key=lambda d: d.start)
    return found


def parse_number(token: str) -> float | None:
    """``"2 000"``, ``"1,5"``, ``"1,500"``, ``"7.3"`` as a number."""
    compact = re.sub(r"[ \u00a0\u202f]", "", token)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact):
        compact = re.sub(r"[.,]", "", compact)
    compact = compact.replace(",", ".")
    try:
        return float(compact)
    except ValueError:
        return None


def find_numbers(
    text: str, cues: Cues, dates: list[DateMention] | None = None
) -> list[NumberMention]:
    """Figures and number words in ``text``, leaving out the parts of dates."""
    dates = find_dates(text, cues) if dates is None else dates
    taken = [(d.start, d.end) for d in dates]
    found: list[NumberMention] = []
    for m in _DIGITS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = parse_number(m.group())
        if value is not None:
            found.append(NumberMention(m.start(), m.end(), value))
    folded = fold(text)
    for word, value in cues.number_words.items():
        for m in re.finditer(rf"(?<![\w'-]){re.escape(fold(word))}(?![\w'-])", folded):
            found.append(NumberMention(m.start(), m.end(), value))
    found.sort(key=lambda n: n.start)
    return found
