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
    and_a_half: tuple[str, ...] = ()  # "et demie": after a number (and its unit), half more
    glued_scales: dict[str, int] = field(default_factory=dict)  # "bn" in "$44bn"
    durations: dict[str, Decimal] = field(default_factory=dict)  # "mois": its length in seconds
    duration_articles: tuple[str, ...] = ()  # "un", "une": one unit of time ("un an")


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
        glued_scales=data.get("glued_scales", {}),
        list_words=data.get("list", {}),
        quantities={k.casefold(): v for k, v in data.get("quantities", {}).items()},
        fractions={
            k.casefold(): v for k, v in data.get("fractions", {}).items() if not k.startswith("_")
        },
        and_a_half=tuple(data.get("and_a_half", [])),
        durations={k.casefold(): Decimal(str(v)) for k, v in data.get("durations", {}).items()},
        duration_articles=tuple(data.get("duration_articles", [])),
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
    """Number words, alone or in a run joined by hyphens or spaces ("cent trente-cinq")."""
    body = _body(words)
    joint = r"(?:-|\s+(?:(?:and|et)\s+)?)"
    return re.compile(rf"(?<![\w-])(?:{body})(?:{joint}(?:{body}))*(?![\w-])", re.IGNORECASE)


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One number word, inside a run ("trente" and "cinq" in "trente-cinq")."""
    return re.compile(rf"(?<!\w)(?:{_body(words)})(?!\w)", re.IGNORECASE)


def _body(words: tuple[str, ...]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # "dix-sept" before "dix"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


MULTIPLIERS = (100, 1000)  # "cent", "mille", "hundred", "thousand"
SCORE = 20  # "quatre-vingts": four twenties


def _joins(before: float, after: float, joint: str) -> bool:
    """Whether number word ``after`` goes on the number that ``before`` ends: a smaller
    part ("trente | cinq"), a multiplier ("deux | cents"), or French "quatre | vingts".
    Across "and" / "et" (``joint``: the text between), only a part after a multiplier
    ("two hundred and fifty") or "onze" after tens ("soixante et onze"): "between two
    and three" and "entre deux et trois" are two numbers."""
    if any(c.isalpha() for c in joint):
        return before in MULTIPLIERS or (before in TENS and after == ELEVEN)
    return after in MULTIPLIERS or before > after or (before == 4 and after == SCORE)


TENS = (20, 30, 40, 50, 60)
ELEVEN = 11


def _run_value(values: list[float]) -> float:
    """The value of a run of number words: "deux cent trente-cinq" is 235, "deux mille
    vingt-cinq" 2025, "quatre-vingt-dix" 90."""
    total = current = 0.0
    last = 0.0
    for value in values:
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        elif value == SCORE and last == 4:
            current += 4 * SCORE - 4
        else:
            current += value
        last = value
    return total + current


def _word_numbers(
    text: str, words: dict[str, float], joinable: frozenset[str], start: int, stop: int
) -> list[NumberMention]:
    """Numbers written in words: each run of number words ("cent trente-cinq") split where
    a word does not go on the number before it ("deux trois" is two numbers); scale and
    quantity words ("millions", "centaines") stand alone."""
    found: list[NumberMention] = []
    single = _word_pattern(tuple(words))
    for run in _words_pattern(tuple(words)).finditer(text, start, stop):
        group: list[tuple[int, int, float]] = []  # the words of the number being read
        for m in single.finditer(text, run.start(), run.end()):
            key = " ".join(m.group().casefold().split())
            item = (m.start(), m.end(), float(words[key]))
            if (
                key in joinable
                and group
                and _joins(group[-1][2], item[2], text[group[-1][1] : m.start()])
            ):
                group.append(item)
                continue
            if group:
                found.append(_mention(group))
            group = [item] if key in joinable else []
            if key not in joinable:  # "millions", "centaines": a number of its own
                found.append(NumberMention(m.start(), m.end(), Decimal(str(words[key])), True))
        if group:
            found.append(_mention(group))
    return found


def _mention(group: list[tuple[int, int, float]]) -> NumberMention:
    """One number from its words: (start, end, value) each."""
    value = _run_value([v for _, _, v in group])
    number = Decimal(str(int(value))) if value == int(value) else Decimal(str(value))
    return NumberMention(group[0][0], group[-1][1], number, True)


@cache
def _joinable(lang: str) -> frozenset[str]:
    """The words that make up a number with others: the cardinal words, and "one" of
    "one hundred"; not the scale and quantity words ("millions", "centaines")."""
    data = number_data(lang)
    if data is None:
        return frozenset()
    return frozenset(data.words) | {k for k, v in data.equivalents.items() if v == 1}


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
    found += _word_numbers(text, words, _joinable(data.lang), start, stop)
    found.sort(key=lambda n: n.start)
    return found
