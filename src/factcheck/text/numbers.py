"""Numbers in text, written in digits or in words, with offsets and values.

Per-language data (``factcheck/data/numbers/<lang>.json``): number words,
the decimal and thousands separators, scale words, quantity words
("centaines", "dozens"), and the words that introduce, join and end lists
(used by FC104). Claim matching reads numbers through
:mod:`factcheck.text.values`, which builds on this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from factcheck.core.langdata import lang_json


@dataclass(frozen=True)
class NumberData:
    lang: str
    words: dict[str, float]
    equivalents: dict[str, float]
    decimal: str
    group: tuple[str, ...]
    scales: dict[str, int]
    list_words: dict[str, list[str]]
    quantities: dict[str, float] = field(default_factory=dict)
    fractions: dict[str, int] = field(default_factory=dict)  # "septième" -> 7


@dataclass(frozen=True)
class NumberMention:
    """A number in the text: ``text[start:end]`` and its value."""

    start: int
    end: int
    value: Decimal
    spelled: bool  # written in words ("quatre") rather than digits


@cache
def number_data(lang: str) -> NumberData | None:
    """The number data for ``lang``, or None when factcheck has none."""
    data: dict[str, Any] | None = lang_json(lang, "numbers.json")
    if data is None:
        return None
    return NumberData(
        lang=lang,
        words={k.casefold(): v for k, v in data["words"].items()},
        equivalents={k.casefold(): v for k, v in data.get("equivalents", {}).items()},
        decimal=data["decimal"],
        group=tuple(data["group"]),
        scales=data.get("scales", {}),
        list_words=data.get("list", {}),
        quantities={k.casefold(): v for k, v in data.get("quantities", {}).items()},
        fractions={
            k.casefold(): v for k, v in data.get("fractions", {}).items() if not k.startswith("_")
        },
    )


@cache
def _digits_pattern(decimal: str, group: tuple[str, ...]) -> re.Pattern[str]:
    groups = "".join(re.escape(g) for g in group)
    # 2 000 / 2,000 / 1.500.000 groups of three; then an optional decimal part.
    return re.compile(
        rf"(?<![\w.,])\d{{1,3}}(?:[{groups}]\d{{3}})+(?:{re.escape(decimal)}\d+)?(?![\w])"
        rf"|(?<![\w.,])\d+(?:{re.escape(decimal)}\d+)?(?![\w])"
    )


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def digit_value(written: str, data: NumberData) -> Decimal | None:
    """The value of a number written in digits with the language's separators."""
    text = written
    for sep in data.group:
        if sep != data.decimal:
            text = text.replace(sep, "")
    text = text.replace(data.decimal, ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_numbers(
    text: str,
    data: NumberData,
    start: int = 0,
    end: int | None = None,
    *,
    equivalents: bool = False,
) -> list[NumberMention]:
    """Numbers in ``text[start:end]``, in digits and in words, in text order."""
    stop = len(text) if end is None else end
    found: list[NumberMention] = []
    for match in _digits_pattern(data.decimal, data.group).finditer(text, start, stop):
        value = digit_value(match.group(), data)
        if value is not None:
            found.append(NumberMention(match.start(), match.end(), value, False))
    words = dict(data.words)
    if equivalents:
        words.update(data.equivalents)
    for match in _words_pattern(tuple(words)).finditer(text, start, stop):
        key = " ".join(match.group().casefold().split())
        found.append(NumberMention(match.start(), match.end(), Decimal(str(words[key])), True))
    found.sort(key=lambda n: n.start)
    return found
