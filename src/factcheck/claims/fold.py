"""Accent- and case-insensitive phrase search that keeps offsets.

:func:`fold` maps every character to exactly one character (lower case, no
accent, one kind of apostrophe and dash), so an offset in the folded text is
the same offset in the original: matches found here point into the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

_APOSTROPHES = "’‘ʼ`´"
_DASHES = "‐‑‒–—"
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word as the claims layer reads it


@cache
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    base = unicodedata.normalize("NFKD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """``text`` lower-cased and accent-free, character for character (same length).

    Kept for recent texts: claim matching asks again for the article's and its
    sentences' folding from many places (features, sides, cues).
    """
    return "".join(_fold_char(ch) for ch in text)


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A pattern finding ``phrase`` in folded text, as whole words, any spacing."""
    words = fold(phrase).split()
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def find_phrases(
    folded: str, phrases: Iterable[str], start: int = 0, end: int | None = None
) -> list[tuple[str, int, int]]:
    """(phrase, start, end) of every phrase found in ``folded[start:end]``."""
    stop = len(folded) if end is None else end
    found = []
    for phrase in phrases:
        if not phrase.strip():
            continue
        for match in phrase_pattern(phrase).finditer(folded, start, stop):
            found.append((phrase, match.start(), match.end()))
    return found


def whole_words(text: str) -> set[str]:
    """The folded words of ``text``, whole (letters only): for word lists that must
    not meet by a shared key ("interdit" is not "international")."""
    return set(LETTERS.findall(fold(text)))


def content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    """The folded content words of ``text``, crudely stemmed (plural and -ing/-ed endings)."""
    words = set()
    for word in _WORD.findall(fold(text)):
        for part in word.replace("'", " ").split():
            if part in stopwords or len(part) < 2:
                continue
            words.add(stem(part))
    return words


def stem(word: str) -> str:
    """A crude, language-blind stem: enough to meet "guarantees" with "guarantee"."""
    for suffix in ("ing", "ed", "er", "es", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def ends_with_words(text: str, phrase: str) -> bool:
    """``text`` ends with ``phrase`` as whole words ("has" does not end with "as")."""
    return text.endswith(phrase) and not text[: len(text) - len(phrase)][-1:].isalpha()
