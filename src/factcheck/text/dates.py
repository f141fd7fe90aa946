"""Date expressions in text, with offsets, resolved against the article's date.

Finding the expressions is done here with per-language calendar words
(``factcheck/data/dates/<lang>.json``), so the offsets are exact and
dateparser is imported only when a text holds a date at all. Resolving them
("le 18 août", "mardi", "hier", "last Tuesday", "on August 18") is left to
dateparser, relative to the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from factcheck.core.langdata import lang_json

DAY = "day"
MONTH = "month"


@dataclass(frozen=True)
class Calendar:
    """The calendar words of one language."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    direction: dict[str, str]
    first_day: tuple[str, ...]  # how the first of the month is written ("1er"), first one first
    case_sensitive: bool
    month_first: bool = False  # "August 18" rather than "18 août"

    def key(self, word: str) -> str:
        return word if self.case_sensitive else word.casefold()


@dataclass(frozen=True)
class DateExpression:
    """A date in the text: ``text[start:end]``, what it states, and how precisely.

    ``month`` and ``day`` are read from the words; ``year`` only when written.
    ``weekday`` (1-7) and ``offset`` (days from the article date) mark
    relative dates; ``direction`` says "dernier"/"prochain", "last"/"next".
    """

    start: int
    end: int
    text: str
    precision: str  # DAY or MONTH
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    direction: str | None = None

    @property
    def relative(self) -> bool:
        return (self.weekday is not None and self.day is None) or self.offset is not None


@cache
def calendar(lang: str) -> Calendar | None:
    """The calendar words of ``lang``, or None when factcheck has none."""
    data: dict[str, Any] | None = lang_json(lang, "dates.json")
    if data is None:
        return None
    sensitive = bool(data.get("case_sensitive"))

    def keyed(table: dict[str, Any]) -> dict[str, Any]:
        return {(k if sensitive else k.casefold()): v for k, v in table.items()}

    return Calendar(
        lang=lang,
        months=keyed(data["months"]),
        weekdays=keyed(data["weekdays"]),
        relative=keyed(data["relative"]),
        direction=keyed(data["direction"]),
        first_day=tuple(w.casefold() for w in data.get("first_day", [])),
        case_sensitive=sensitive,
        month_first=data.get("order") == "month-day",
    )


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[-‑]")
        for w in ordered
    )


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    cal = calendar(lang)
    assert cal is not None
    month = _alternation(list(cal.months))
    weekday = _alternation(list(cal.weekdays))
    direction = _alternation(list(cal.direction))
    first = "|".join(re.escape(w) for w in cal.first_day)
    day = rf"(?P<day>\d{{1,2}}(?:er|st|nd|rd|th)?{'|' + first if first else ''})"
    year = r"(?:,?\s+(?P<year>\d{4}))?"
    flags = 0 if cal.case_sensitive else re.IGNORECASE
    end = r"(?![\w’'])"
    return tuple(
        re.compile(p, flags)
        for p in (
            # mardi 19 août 2025 / Tuesday, 19 August 2025 / 18 août
            rf"(?<![\w’'])(?:(?P<weekday>{weekday}),?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?"
            rf"(?P<month>{month}){end}{year}",
            # August 18, 2025 / Tuesday, August 19
            rf"(?<![\w’'])(?:(?P<weekday>{weekday}),?\s+)?(?P<month>{month})\s+{day}{end}{year}",
            # août 2025 / August 2025
            rf"(?<![\w’'])(?P<month>{month})\s+(?P<year>\d{{4}}){end}",
            # last Tuesday / mardi dernier / mardi
            rf"(?<![\w’'])(?:(?P<before>(?i:{direction}))\s+)?(?P<weekday>{weekday})"
            rf"(?:\s+(?P<after>(?i:{direction})))?{end}",
            rf"(?<![\w’'-])(?P<relative>(?i:{_alternation(list(cal.relative))})){end}",
            # 1/6/2016, 12/03/2024: the calendar's order (day first, unless it puts the
            # month first and the first number can be a month)
            r"(?<![\w/.,-])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\w/])",
        )
    )


def find_date_expressions(
    text: str, lang: str, start: int = 0, end: int | None = None
) -> list[DateExpression]:
    """Date expressions in ``text[start:end]``, longest first where they overlap."""
    cal = calendar(lang)
    if cal is None:
        return []
    stop = len(text) if end is None else end
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns(lang):
        for match in pattern.finditer(text, start, stop):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            expression = _expression(text, match, cal)
            if expression is not None:
                found.append(expression)
                taken.append((match.start(), match.end()))
    found.sort(key=lambda e: e.start)
    return found


def _expression(text: str, match: re.Match[str], cal: Calendar) -> DateExpression | None:
    groups = match.groupdict()
    start, end = match.span()
    written = text[start:end]
    if groups.get("relative"):
        said = " ".join(groups["relative"].replace("’", "'").replace("‑", "-").split())
        offset = next(v for k, v in cal.relative.items() if k.casefold() == said.casefold())
        return DateExpression(start, end, written, DAY, offset=offset)
    if groups.get("first"):
        return _numeric(start, end, written, groups, cal)
    weekday = cal.weekdays.get(cal.key(groups["weekday"])) if groups.get("weekday") else None
    month = cal.months.get(cal.key(groups["month"])) if groups.get("month") else None
    day = _day(groups.get("day"), cal)
    year = int(groups["year"]) if groups.get("year") else None
    if month is None:
        if weekday is None:
            return None
        word = groups.get("before") or groups.get("after")
        direction = _lookup(cal.direction, word) if word else None
        return DateExpression(start, end, written, DAY, weekday=weekday, direction=direction)
    if day is not None and not 1 <= day <= 31:
        return None
    precision = DAY if day is not None else MONTH
    return DateExpression(start, end, written, precision, year, month, day, weekday)


def _numeric(
    start: int, end: int, written: str, groups: dict[str, str | None], cal: Calendar
) -> DateExpression | None:
    """ "1/6/2016": day and month in the calendar's order (an American month first,
    unless the first number is no month: "25/12/2024")."""
    first, second = int(groups["first"] or 0), int(groups["second"] or 0)
    month_first = cal.month_first and first <= MONTHS
    month, day = (first, second) if month_first else (second, first)
    if not (1 <= month <= MONTHS and 1 <= day <= 31):
        return None
    return DateExpression(start, end, written, DAY, int(groups["year"] or 0), month, day)


MONTHS = 12


def _lookup(table: dict[str, str], word: str) -> str | None:
    return next((v for k, v in table.items() if k.casefold() == word.casefold()), None)


def _day(written: str | None, cal: Calendar) -> int | None:
    if not written:
        return None
    if written.casefold() in cal.first_day:
        return 1
    digits = re.match(r"\d+", written)
    return int(digits.group()) if digits else None


def resolve(expression: DateExpression, lang: str, base: date | None) -> list[date]:
    """The dates ``expression`` can mean, given the article's date ``base``.

    A weekday or a day without a year can point back or ahead ("mardi" in
    "l'accord sera signé mardi"): both readings are returned unless the text
    says which ("mardi dernier", "next Tuesday"). Without ``base``, relative
    expressions cannot be resolved (empty list), and a day without a year is
    resolved in the year of the claim it is compared with by the caller.
    """
    if base is None and (expression.relative or expression.year is None):
        return []
    import dateparser  # slow to import: only when the article holds a date

    assert base is not None or expression.year is not None
    anchor = datetime.combine(base or date(expression.year or 2000, 1, 1), datetime.min.time())
    phrase = _parseable(expression, lang)
    directions = [expression.direction] if expression.direction else ["past", "future"]
    if expression.year is not None:
        directions = ["past"]
    dates: list[date] = []
    for direction in directions:
        settings = {
            "RELATIVE_BASE": anchor,
            "PREFER_DATES_FROM": direction,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        parsed = dateparser.parse(phrase, languages=[lang], settings=settings)
        if parsed is not None and parsed.date() not in dates:
            dates.append(parsed.date())
    return dates


def _parseable(expression: DateExpression, lang: str) -> str:
    """The expression as dateparser reads it: no direction word, no leading article."""
    cal = calendar(lang)
    assert cal is not None
    words = [w for w in expression.text.replace(",", " ").split() if not _lookup(cal.direction, w)]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words)


def matches_claim_date(candidates: list[date], expression: DateExpression, claimed: str) -> bool:
    """Whether one of the ``candidates`` is the claim's ISO date, as precisely as both go."""
    parts = [int(p) for p in claimed.split("-")]
    for candidate in candidates:
        mine = [candidate.year, candidate.month, candidate.day]
        depth = min(len(parts), 3 if expression.precision == DAY else 2)
        if mine[:depth] == parts[:depth]:
            return True
    return False


def same_day_of_year(expression: DateExpression, claimed: str) -> bool | None:
    """Without an article date: whether a day-and-month matches the claim's (None if unknown)."""
    parts = [int(p) for p in claimed.split("-")]
    if expression.month is None or len(parts) < 2:
        return None
    if expression.precision == DAY and len(parts) == 3:
        return (expression.month, expression.day) == (parts[1], parts[2])
    return expression.month == parts[1]
