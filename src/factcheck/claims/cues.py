"""Cue words and phrases of claim detection and stance, one data file per language.

The lists live in ``factcheck/data/claim_cues/<lang>.json`` (format in the
README there), never in code. Each pattern section is compiled once into a
single alternation matched on word boundaries of the original text (accents
count: "a été" is not "a ete"), case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.claims.fold import fold
from factcheck.core.langdata import lang_json, languages_with
from factcheck.text.dates import calendar
from factcheck.text.numbers import number_data

PATTERN_SECTIONS = (
    "relative_dates",
    "ordinals",
    "attribution",
    "comparison",
    "causal",
    "superlative",
    "event",
    "finite_verbs",
    "opinion",
    "first_person",
    "negation",
    "not_negation",
    "refutation",
    "contrast",
    "debunk_opener",
    "denied_alternative",
)
CASE_SENSITIVE = frozenset({"speech_tag"})  # its patterns tell names by their capital
FALLBACK_LANGS = ("en", "fr")
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Cues:
    lang: str
    stopwords: frozenset[str]
    name_stopwords: frozenset[str]
    patterns: dict[str, re.Pattern[str]]
    speech_tag: re.Pattern[str]
    clause_boundary: re.Pattern[str]
    speech_verbs: frozenset[str] = frozenset()  # "déclaré", "said": folded
    accented_content_words: frozenset[str] = frozenset()  # "né": not the stop word "ne"

    def pattern(self, section: str) -> re.Pattern[str]:
        return self.patterns.get(section, _NEVER)


def _source(pattern: str) -> str:
    """A data-file pattern as a regex: any apostrophe for ', any white space for a space."""
    return pattern.replace("'", "['’ʼ]").replace(" ", r"\s+")


def _alternation(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern for a section, matched on the original text, on word boundaries."""
    if not patterns:
        return _NEVER
    body = "|".join(f"(?:{_source(p)})" for p in patterns)
    # a match ends at a word's end, or on an elision's apostrophe ("rien n'", "pas d'"),
    # which the next word follows at once
    return re.compile(rf"(?<![\w-])(?:{body})(?:(?<=['’ʼ])|(?![\w'’ʼ]))", flags)


def _with_value_words(lang: str, data: dict[str, Any]) -> dict[str, Any]:
    """The cue file with the value words of ``dates.json`` and ``numbers.json`` put in:
    ``{month}`` and ``{number}`` in patterns become alternations of month names and
    number words, ``"{months}"`` and ``"{weekdays}"`` in word lists the words themselves
    (one list of calendar and number words, read by every part of factcheck)."""
    cal = calendar(lang)
    numbers = number_data(lang)
    months = sorted(cal.months, key=len, reverse=True) if cal else []
    weekdays = list(cal.weekdays) if cal else []
    words = sorted(numbers.words, key=len, reverse=True) if numbers else []
    fill = {
        "{month}": "(" + "|".join(re.escape(m.lower()) for m in months) + ")",
        "{number}": "|".join(re.escape(w) for w in words),
    }
    listed = {"{months}": [m.lower() for m in months], "{weekdays}": [w.lower() for w in weekdays]}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            items: list[Any] = []
            for item in value:
                if isinstance(item, str) and item in listed:
                    items += listed[item]
                elif isinstance(item, str):
                    for marker, alternation in fill.items():
                        item = item.replace(marker, alternation)
                    items.append(item)
                else:
                    items.append(item)
            value = items
        out[key] = value
    return out


def available_langs() -> tuple[str, ...]:
    return languages_with("claim_cues.json")


@cache
def cues_for(lang: str) -> Cues:
    """The cues of ``lang``; a language without a file gets English's."""
    if lang not in available_langs():
        lang = FALLBACK_LANGS[0]
    data = _with_value_words(lang, lang_json(lang, "claim_cues.json"))
    speech = "|".join(data.get("speech_verbs", []))
    tags = [p.replace("{speech}", f"(?:{speech})") for p in data.get("speech_tag", [])]
    boundaries = "|".join(_source(p) for p in data.get("clause_boundaries", []))
    return Cues(
        lang=lang,
        stopwords=frozenset(fold(w) for w in data.get("stopwords", [])),
        name_stopwords=frozenset(fold(w) for w in data.get("name_stopwords", [])),
        patterns={s: _alternation(data.get(s, [])) for s in PATTERN_SECTIONS},
        speech_tag=_alternation(tags, 0) if speech else _NEVER,
        clause_boundary=re.compile(rf"\s*(?:{boundaries})(?![\w'’])\s*", re.IGNORECASE)
        if boundaries
        else _NEVER,
        speech_verbs=frozenset(fold(w) for w in data.get("speech_verbs", [])),
        accented_content_words=frozenset(w.lower() for w in data.get("accented_content_words", [])),
    )
