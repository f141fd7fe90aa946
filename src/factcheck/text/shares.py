"""Shares of a whole, read one way whatever their wording.

"la moitié", "50 %", "un Français sur deux", "one in two" all say 0.5;
"un tiers", "33 %", "one third" say 0.33. Claim matching compares a claim's
share with a sentence's in this form (a fraction or a ratio rounded to the
hundredth, a percentage exact), so that a rewording that writes the share
otherwise still says the claim's figure.
Numbers are read by :mod:`factcheck.text.values`.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from factcheck.text.numbers import number_data
from factcheck.text.values import NumberValue, find_numbers

PLACES = Decimal("0.01")
_PERCENT = re.compile(r"\s*(?:%|pour\s?cent|per\s?cent)", re.IGNORECASE)
_OUT_OF = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:sur|in|out\s+of)\s+$", re.IGNORECASE)
_ONE = re.compile(r"\b(?:un|une|one)\s+(?:[\w'’-]+\s+){0,2}?(?:sur|in|out\s+of)\s+$", re.IGNORECASE)
_ONE_BEFORE = re.compile(r"(?<![\w-])(?:un|une|one|a|an)[\s-]+$", re.IGNORECASE)
_JOINED = re.compile(r"[\s-]+$")


def find_shares(text: str, lang: str, start: int = 0, end: int | None = None) -> list[NumberValue]:
    """The shares ``text[start:end]`` states, as fractions of one (``value`` 0..1)."""
    stop = len(text) if end is None else end
    numbers = find_numbers(text, lang, start, stop)
    found: list[NumberValue | None] = []
    for i, n in enumerate(numbers):
        before = numbers[i - 1] if i else None
        if _PERCENT.match(text, n.end):  # exact: "5,25 %" is not "4,75 %"
            found.append(NumberValue(n.start, n.end, n.value / 100))
        elif n.spelled and 0 < n.value < 1:
            times = before.value if before and not text[before.end : n.start].strip() else 1
            found.append(
                _share(before.start if times != 1 and before else n.start, n.end, times * n.value)
            )
        elif (
            n.value > 1
            and before
            and before.value >= 1
            and _OUT_OF.match(text[before.end : n.start] + " ")
        ):
            found.append(_share(before.start, n.end, before.value / n.value))
        elif n.value > 1 and (one := _ONE.search(text, max(start, n.start - 40), n.start)):
            found.append(_share(one.start(), n.end, 1 / n.value))  # "un Français sur deux"
    found.extend(_fractions(text, lang, start, stop, numbers))
    return sorted((s for s in found if s is not None and 0 < s.value <= 1), key=lambda s: s.start)


def _fractions(
    text: str, lang: str, start: int, stop: int, numbers: list[NumberValue]
) -> list[NumberValue | None]:
    """ "un septième", "deux cinquièmes", "a fifth", "one-tenth": an ordinal after a
    number is a fraction (alone, "la cinquième République", it is no share)."""
    data = number_data(lang)
    if data is None or not data.fractions:
        return []
    found: list[NumberValue | None] = []
    for word in _fraction_pattern(tuple(data.fractions)).finditer(text, start, stop):
        denominator = data.fractions[word.group().casefold()]
        before = text[max(start, word.start() - 12) : word.start()]
        if one := _ONE_BEFORE.search(before):
            first = word.start() - len(before) + one.start()
            found.append(_share(first, word.end(), Decimal(1) / denominator))
            continue
        count = None
        for n in numbers:
            if n.end <= word.start():
                count = n
        if count is not None and _JOINED.fullmatch(text[count.end : word.start()]):
            found.append(_share(count.start, word.end(), count.value / denominator))
    return found


@cache
def _fraction_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A share is "of" something: "un cinquième mandat", "a fifth term" are ordinals.
    after = r"(?=\s+(?:de|des|du|d['’]|of)(?!\w)|\s*[.,;:)]|\s*$)"
    return re.compile(rf"(?<!\w)(?:{body}){after}", re.IGNORECASE)


def _share(start: int, end: int, value: Decimal) -> NumberValue | None:
    """The share rounded to the hundredth; none for a value no share can have
    ("999… tiers" is no share, and too large a number cannot be rounded)."""
    if not 0 < value <= 1:
        return None
    return NumberValue(start, end, value.quantize(PLACES, rounding=ROUND_HALF_UP))
