"""Language detection by frequent function words.

Fast (no model to load) and reliable on news prose of a paragraph or more.
Returns ``"und"`` (undetermined) when the text holds too few known words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.core.langdata import lang_json, languages_with

UNDETERMINED = "und"
_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_HITS = 3


@dataclass(frozen=True)
class LanguageGuess:
    lang: str
    confidence: float


@lru_cache(maxsize=1)
def _profiles() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(lang_json(lang, "function_words.json")["words"])
        for lang in languages_with("function_words.json")
    }


def supported_languages() -> list[str]:
    return sorted(_profiles())


def detect_language(text: str, sample_chars: int = 20_000) -> LanguageGuess:
    """Guess the language of ``text`` from its first ``sample_chars`` characters."""
    tokens = [t.lower() for t in _TOKEN.findall(text[:sample_chars])]
    scores = {lang: sum(1 for t in tokens if t in words) for lang, words in _profiles().items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    total = sum(scores.values())
    if scores[best] < _MIN_HITS:
        return LanguageGuess(UNDETERMINED, 0.0)
    return LanguageGuess(best, round(scores[best] / total, 3))
