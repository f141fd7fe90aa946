"""One reader of values: the numbers, quantities and dates a text states, with offsets.

Every part of factcheck that reads a value goes through this module family:
claim detection and matching, FC103 (dates), FC104 (counts), FC401 (values
kept in translation). The word lists are the per-language data files
``data/<lang>/numbers.json`` (number words, separators, scales, quantity
words) and ``data/<lang>/dates.json`` (months, weekdays, relative words),
read by :mod:`factcheck.text.numbers` and :mod:`factcheck.text.dates`; this
module adds what claim comparison needs on top of them:

- :func:`find_dates`: calendar dates ("3 sept. 2025", "1er mars", "March 3,
  2025"), relative dates ("hier", "mardi dernier") and bare years ("en
  2018"), each with what it states (year, month, day);
- :func:`find_numbers`: figures ("1 500", "1,5", French "1,500" = 1.5,
  English "1,500" = 1500) and number and quantity words ("dix-sept",
  "quatre", "des centaines", "a dozen"), leaving out the parts of dates;
- :func:`find_durations`: spans of time ("deux mois", "un an", "18 months"),
  in seconds, so that "douze mois" is "un an" whatever the unit.

A language without data files gets the English reading of digits and no
words (never a guess from another language's separators).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.text.dates import DateExpression, calendar, find_date_expressions
from factcheck.text.numbers import NumberData, digit_value, number_data
from factcheck.text.numbers import find_numbers as _numbers_in

FALLBACK = "en"
_YEAR = re.compile(r"(?<![\w.,])(?:1[89]|20)\d{2}(?![\w.,]\d)")


@dataclass(frozen=True)
class DateValue:
    """A date the text states: ``text[start:end]``; year, month, day as far as written.

    ``relative`` dates ("hier", "mardi", "last Tuesday") state no calendar
    value by themselves: they need the article's date (see :mod:`.dates`).
    """

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    relative: bool = False

    def iso(self) -> str:
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class NumberValue:
    """A number the text states: ``text[start:end]`` and its value."""

    start: int
    end: int
    value: Decimal
    spelled: bool = False


@dataclass(frozen=True)
class DurationValue:
    """A span of time the text states: ``text[start:end]`` ("deux mois") and its length."""

    start: int
    end: int
    seconds: Decimal
    unit: Decimal  # the length of its unit ("mois": a month), in seconds


def value_lang(lang: str) -> str:
    """The language whose value data reads ``lang`` (English when it has none)."""
    return lang if number_data(lang) is not None and calendar(lang) is not None else FALLBACK


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateValue]:
    """Dates in ``text[start:end]`` (offsets into ``text``), in text order."""
    stop = len(text) if end is None else end
    lang = value_lang(lang)
    found = [_date_value(e) for e in find_date_expressions(text, lang, start, stop)]
    for m in _YEAR.finditer(text, start, stop):
        if not any(d.start < m.end() and m.start() < d.end for d in found):
            found.append(DateValue(m.start(), m.end(), int(m.group()), None, None))
    found.sort(key=lambda d: d.start)
    return found


def _date_value(expression: DateExpression) -> DateValue:
    e = expression
    return DateValue(e.start, e.end, e.year, e.month, e.day, e.relative or e.month is None)


def find_numbers(
    text: str,
    lang: str,
    start: int = 0,
    end: int | None = None,
    dates: list[DateValue] | None = None,
) -> list[NumberValue]:
    """Figures, number words and quantity words in ``text[start:end]``, dates left out."""
    stop = len(text) if end is None else end
    lang = value_lang(lang)
    dates = find_dates(text, lang, start, stop) if dates is None else dates
    taken = [(d.start, d.end) for d in dates]
    data = _quantity_data(lang)
    found = [
        _and_a_half(text, NumberValue(n.start, n.end, n.value, n.spelled), data, stop)
        for n in _numbers_in(text, data, start, stop, equivalents=True)
        if not any(s < n.end and n.start < e for s, e in taken)
    ]
    found += _glued(text, data, start, stop, taken)
    return _longest(found + _scaled(text, found, data, stop))


_UNIT_AFTER = re.compile(r"\s+([^\W\d_]+)")
_UNIT_INSIDE = re.compile(r"\S+\s+([^\W\d_]+)")


def find_durations(
    text: str,
    lang: str,
    start: int = 0,
    end: int | None = None,
    numbers: list[NumberValue] | tuple[NumberValue, ...] | None = None,
) -> list[DurationValue]:
    """Spans of time in ``text[start:end]``: a number and a unit of time right after it
    ("deux mois", "18 months", "37 heures et demie"), or one of the language's
    articles before a unit ("un an", "une semaine"), in text order. ``numbers``: the
    numbers already read in that stretch, if any."""
    stop = len(text) if end is None else end
    lang = value_lang(lang)
    data = number_data(lang)
    assert data is not None
    units, articles = data.durations, data.duration_articles
    if not units:
        return []
    numbers = find_numbers(text, lang, start, stop) if numbers is None else numbers
    found = []
    for n in numbers:
        m = _UNIT_AFTER.match(text, n.end, stop)
        inner = _UNIT_INSIDE.match(text[n.start : n.end])  # "37 heures et demie" is one number
        if inner is not None and inner.group(1).casefold() in units:
            unit = units[inner.group(1).casefold()]
            found.append(DurationValue(n.start, n.end, n.value * unit, unit))
        elif m is not None and m.group(1).casefold() in units:
            unit = units[m.group(1).casefold()]
            found.append(DurationValue(n.start, m.end(), n.value * unit, unit))
    if articles:
        pattern = _article_unit(articles, tuple(units), data.and_a_half)
        for m in pattern.finditer(text, start, stop):
            unit = units[m.group(1).casefold()]
            length = unit * Decimal("1.5") if m.group(2) else unit  # "un an et demi"
            found.append(DurationValue(m.start(), m.end(), length, unit))
    found.sort(key=lambda d: d.start)
    return found


@cache
def _article_unit(
    articles: tuple[str, ...], units: tuple[str, ...], halves: tuple[str, ...]
) -> re.Pattern[str]:
    """An article, a unit of time, and maybe "et demi" after it ("un an et demi")."""
    one = "|".join(map(re.escape, articles))
    unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    half = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in halves) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{one})\s+({unit})(\s+(?:{half}))?(?!\w)", re.IGNORECASE)


def _glued(
    text: str, data: NumberData, start: int, stop: int, taken: list[tuple[int, int]]
) -> list[NumberValue]:
    """A figure with its scale glued to it ("$44bn"): the figure times the scale."""
    if not data.glued_scales:
        return []
    pattern = _glued_pattern(data.decimal, tuple(data.glued_scales))
    found = []
    for m in pattern.finditer(text, start, stop):
        value = digit_value(m.group(1), data)
        if value is not None and not any(s < m.end() and m.start() < e for s, e in taken):
            scaled = _whole(value * data.glued_scales[m.group(2).casefold()])
            found.append(NumberValue(m.start(), m.end(), scaled, False))
    return found


@cache
def _glued_pattern(decimal: str, scales: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(map(re.escape, scales))
    return re.compile(rf"(?<![\w.,])(\d+(?:{re.escape(decimal)}\d+)?)({body})\b", re.IGNORECASE)


def _whole(value: Decimal) -> Decimal:
    """A scaled value without a trailing ".0" when it is whole: 1200000000, as digits
    give it, not 1200000000.0."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


_SCALE_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _scaled(text: str, found: list[NumberValue], data: NumberData, stop: int) -> list[NumberValue]:
    """A number and the scale word after it, as one value: "1,2 milliard" is 1.2e9, as
    "1 200 millions" and "1 200 000 000" are, and "dix millions" is "10
    millions". Read apart, the number and the scale disagree with the same amount
    written another way."""
    scaled = []
    for number in found:
        if text[number.start : number.end].casefold() in data.scales:
            continue  # "millions" itself
        m = _SCALE_AFTER.match(text, number.end, stop)
        scale = data.scales.get(m.group(1).casefold()) if m else None
        if m is not None and scale:
            scaled.append(NumberValue(number.start, m.end(), _whole(number.value * scale), False))
    return scaled


def _and_a_half(text: str, number: NumberValue, data: NumberData, stop: int) -> NumberValue:
    """ "37 heures et demie" is 37.5, "two and a half" 2.5: the number with the half that
    follows it, right after or after one word (its unit, not a scale: "un million et
    demi" is left to the scale word)."""
    if not data.and_a_half:
        return number
    m = _half_after(data.and_a_half).match(text, number.end, stop)
    if m is None or (m.group(2) and m.group(2).casefold() in data.words):
        return number  # "millions", "cents" read as numbers of their own
    scale = text[number.start : number.end].casefold() in data.scales  # "million et demi"
    half = number.value / 2 if scale else Decimal("0.5")
    return NumberValue(number.start, m.end(), number.value + half, number.spelled)


@cache
def _half_after(halves: tuple[str, ...]) -> re.Pattern[str]:
    """One word or none, then "et demie" / "and a half"."""
    body = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in halves)
    return re.compile(rf"(\s+([^\W\d_]+))?\s+(?:{body})(?!\w)", re.IGNORECASE)


@cache
def _quantity_data(lang: str) -> NumberData:
    """The number data with scale and quantity words counted as words ("millions", "half")."""
    data = number_data(lang)
    assert data is not None
    words = {**data.scales, **data.quantities, **data.words}
    return NumberData(
        data.lang,
        {k.casefold(): v for k, v in words.items()},
        data.equivalents,
        data.decimal,
        data.group,
        data.scales,
        data.list_words,
        data.quantities,
        and_a_half=data.and_a_half,
        glued_scales=data.glued_scales,
    )


def _longest(found: list[NumberValue]) -> list[NumberValue]:
    """One number per stretch of text: the longest reading wins where two overlap."""
    kept: list[NumberValue] = []
    taken: list[tuple[int, int]] = []  # the kept stretches, sorted and disjoint
    for n in sorted(found, key=lambda n: (-(n.end - n.start), n.start)):
        i = bisect.bisect_left(taken, (n.start, n.start))
        before = i > 0 and taken[i - 1][1] > n.start
        after = i < len(taken) and taken[i][0] < n.end
        if not before and not after:
            taken.insert(i, (n.start, n.end))
            kept.append(n)
    kept.sort(key=lambda n: n.start)
    return kept


def number_value(written: str, lang: str) -> Decimal | None:
    """The value of one number written in digits, read the way ``lang`` writes them."""
    data = number_data(value_lang(lang))
    assert data is not None
    return digit_value(written.strip(), data)


__all__ = [
    "DateValue",
    "DurationValue",
    "NumberValue",
    "find_dates",
    "find_durations",
    "find_numbers",
    "number_value",
    "value_lang",
]
