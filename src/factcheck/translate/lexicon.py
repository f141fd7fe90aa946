"""Words of a source sentence and of its English, and a bilingual lexicon to compare them.

The lexicon is ``data/<lang>/lexicon_en.tsv`` (French: FreeDict fra-eng,
GPL-2.0-or-later, built by ``tools/build_lexicon.py``), with the news words it
lacks in ``data/<lang>/lexicon_news_en.tsv`` (written for this project). Words are compared by
Snowball stems (NLTK's, which sumy already brings), so "garanties" meets
"garantie" and "guarantees" meets "guarantee".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.claims.fold import fold
from factcheck.core.atomic import write_text_atomic
from factcheck.core.langdata import lang_file, lang_json
from factcheck.text.dates import calendar
from factcheck.text.summarize import SUMY_LANGUAGES

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
COGNATE_PREFIX = 5  # letters a source word and an English word share when they are cognates


PREFIX = 6  # letters of a source word tried when its stem is not in the lexicon (verb forms)
CACHE_FORMAT = "1"
_TABLES = {"translations", "by_prefix", "english_words", "english_stems"}


@dataclass(frozen=True)
class Lexicon:
    """Source stem (and word prefix) -> English stems of its dictionary translations."""

    lang: str
    translations: dict[str, frozenset[str]]
    by_prefix: dict[str, frozenset[str]]
    english_words: frozenset[str]  # English words translating common (lower-case) headwords
    english_stems: frozenset[str]  # their stems

    def lookup(self, folded_word: str) -> frozenset[str]:
        found = self.translations.get(stem(folded_word, self.lang))
        if found is None and len(folded_word) > PREFIX:
            found = self.by_prefix.get(folded_word[:PREFIX])
        return found or frozenset()


@cache
def stemmer(lang: str) -> Any:
    from sumy.nlp.stemmers import Stemmer

    return cache(Stemmer(SUMY_LANGUAGES.get(lang, "english")))


def stem(word: str, lang: str) -> str:
    return str(stemmer(lang)(word.casefold()))


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Sumy's stop words, the language's function words, and its calendar words (folded)."""
    from sumy.utils import get_stop_words

    words: set[str] = set()
    if lang in SUMY_LANGUAGES:
        words |= {fold(w) for w in get_stop_words(SUMY_LANGUAGES[lang])}
    data = lang_json(lang, "function_words.json") or {"words": []}
    words |= {fold(w) for w in data["words"]}
    cal = calendar(lang)
    if cal is not None:
        words |= {fold(w) for w in (*cal.months, *cal.weekdays, *cal.relative)}
    return frozenset(words)


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The ``lang`` -> English lexicon, or None when factcheck has none for ``lang``.

    Stemming its 20,000-odd words takes a few tenths of a second, so the
    stemmed tables are kept in the cache folder (JSON, keyed by the file's
    and NLTK's versions) and read from there by the next run.
    """
    entry = lang_file(lang, "lexicon_en.tsv")
    if entry is None:
        return None
    text = entry.read_text("utf-8")
    supplement = lang_file(lang, "lexicon_news_en.tsv")
    if supplement is not None:
        text += "\n" + supplement.read_text("utf-8")
    cached = _cache_path(lang, text)
    tables = _read_cache(cached) if cached is not None else None
    if tables is None:
        tables = _stemmed_tables(text, lang)
        if cached is not None:
            _write_cache(cached, tables)
    return Lexicon(
        lang,
        {k: frozenset(v) for k, v in tables["translations"].items()},
        {k: frozenset(v) for k, v in tables["by_prefix"].items()},
        frozenset(tables["english_words"]),
        frozenset(tables["english_stems"]),
    )


def _stemmed_tables(text: str, lang: str) -> dict[str, Any]:
    translations: dict[str, set[str]] = {}
    by_prefix: dict[str, set[str]] = {}
    english: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        source, targets = line.split("\t")
        parts = {p for w in targets.split("|") for p in w.split("-") if p}
        if source[:1].islower():
            english.update(parts)
        stems = {stem(w, "en") for w in parts}
        folded = fold(source)
        translations.setdefault(stem(folded, lang), set()).update(stems)
        if len(folded) > PREFIX:
            by_prefix.setdefault(folded[:PREFIX], set()).update(stems)
    return {
        "translations": {k: sorted(v) for k, v in translations.items()},
        "by_prefix": {k: sorted(v) for k, v in by_prefix.items()},
        "english_words": sorted(english),
        "english_stems": sorted({stem(w, "en") for w in english}),
    }


def _cache_path(lang: str, text: str) -> Path | None:
    try:
        from importlib.metadata import version

        nltk = version("nltk")
    except Exception:
        return None
    key = hashlib.sha256(f"{CACHE_FORMAT}\0{nltk}\0{text}".encode()).hexdigest()[:16]
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck" / f"lexicon-{lang}-{key}.json"


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and set(data) == _TABLES else None


def _write_cache(path: Path, tables: dict[str, Any]) -> None:
    """Atomically, and silently not at all when the cache folder cannot be written."""
    with contextlib.suppress(OSError):
        write_text_atomic(path, json.dumps(tables))


def words(text: str) -> list[str]:
    """The words of ``text``, folded (lower case, no accents), apostrophe-split."""
    out = []
    for word in WORD.findall(fold(text)):
        out += [w for w in re.split(r"['’]", word) if w]
    return out


def content_words(text: str, lang: str) -> list[str]:
    """Folded words of three letters or more that are not stop or calendar words."""
    stops = stop_words(lang)
    return [w for w in words(text) if len(w) >= 3 and w not in stops]


def cognate(a: str, b: str) -> bool:
    """Folded words that share their first letters ("ukrainienne", "ukrainian")."""
    size = min(COGNATE_PREFIX, len(a), len(b))
    return size >= 4 and a[:size] == b[:size]


def adequacy(source: str, english: str, lang: str) -> tuple[float | None, list[str]]:
    """Share of the source's known content words whose translation is in the English.

    A word counts as known when the lexicon has it or when the English has a
    cognate of it; words the lexicon lacks and the English does not echo are
    left out. Returns (share, the words found missing), share None when
    fewer than two words are known.
    """
    table = lexicon(lang)
    english_words = words(english)
    english_stems = {stem(w, "en") for w in english_words}
    known = covered = 0
    missing: list[str] = []
    for word in dict.fromkeys(content_words(source, lang)):
        if any(cognate(word, e) for e in english_words):
            known += 1
            covered += 1
            continue
        targets = table.lookup(word) if table else None
        if not targets:
            continue
        known += 1
        if targets & english_stems:
            covered += 1
        else:
            missing.append(word)
    if known < 2:
        return None, missing
    return covered / known, missing


def english_of(source: str, lang: str) -> set[str]:
    """English stems the lexicon offers for the source's words."""
    table = lexicon(lang)
    if table is None:
        return set()
    found: set[str] = set()
    for word in words(source):
        found |= table.lookup(word)
    return found
