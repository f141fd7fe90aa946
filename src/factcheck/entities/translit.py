"""Transliteration keys: one key for the usual romanisations of one name.

The tables are data, one per script, in ``factcheck/data/transliteration_<script>.json``
(``data/README.md`` gives the format, each file its sources). A table turns a
name into a key; two names with the same key are one name in two
romanisations ("Wolodymyr Selenskyj" and "Volodymyr Zelensky"). FC101 uses
a table only for people whose role is in one of the table's countries.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable

from factcheck.core.langdata import data_root

_DOUBLED = re.compile(r"(.)\1+")
_CACHE_WORDS = 200_000
_PREFIX = "transliteration_"
_WORD_BREAK = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Step:
    pattern: re.Pattern[str]
    to: str
    keep_vowel: bool
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One script's romanisations, as an ordered list of rewriting steps."""

    script: str
    countries: frozenset[str]
    steps: tuple[Step, ...]
    # Letters with a diacritic that romanisations into French or English add
    # to names of this script ("Sergueï", "Kaïs Saïed"): not an accent error.
    added_marks: frozenset[str] = frozenset()
    _keys: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _firsts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def key(self, name: str) -> str:
        """The key of a normalized name: each word's key, joined without spaces or hyphens.

        Words are keyed one by one ("Denys Shmyhal": the "s sh" across the
        space is no "sch"), then joined, so that "Jin Ping", "Jin-ping" and
        "Jinping" give one key.
        """
        words = _WORD_BREAK.split(name)
        return _DOUBLED.sub(r"\1", "".join(self._word_key(w) for w in words if w))

    def first_word_key(self, name: str) -> str:
        """The key of the first word of ``name`` (up to a space or hyphen): a cheap bucket."""
        first = name.split(" ", 1)[0].split("-", 1)[0]
        cached = self._firsts.get(first)
        if cached is None:
            if len(self._firsts) > _CACHE_WORDS:
                self._firsts.clear()
            cached = self._firsts[first] = _DOUBLED.sub(r"\1", self._word_key(first))
        return cached

    def _word_key(self, word: str) -> str:
        cached = self._keys.get(word)
        if cached is None:
            if len(self._keys) > _CACHE_WORDS:
                self._keys.clear()  # a bound for long batch runs
            cached = self._keys[word] = self._rewrite(word)
        return cached

    def _rewrite(self, word: str) -> str:
        text = word
        for step in self.steps:
            if step.keep_vowel:
                to = step.to
                text = step.pattern.sub(lambda m, to=to: to + m.group()[-1], text)  # type: ignore[misc]
            else:
                text = step.pattern.sub(step.to, text)
        return text.replace("'", "")

    def forms_in(self, name: str) -> set[str]:
        """The forms of the table's steps that occur in ``name`` (to explain a match)."""
        found: set[str] = set()
        for word in _WORD_BREAK.split(name):
            text = word
            for step in self.steps:
                found.update(m.group() for m in step.pattern.finditer(text))
                text = step.pattern.sub(step.to, text)
        return found


def _table(entry: Traversable) -> Table:
    data = json.loads(entry.read_text("utf-8"))
    steps = []
    for step in data["steps"]:
        forms = sorted(step["forms"], key=len, reverse=True)
        body = "|".join(re.escape(f) for f in forms)
        pattern = re.compile(f"(?:{body})$" if step.get("at_end") else f"(?:{body})")
        steps.append(Step(pattern, step["to"], bool(step.get("keep_vowel")), tuple(forms)))
    marks = frozenset(data.get("added_marks", ()))
    return Table(data["script"], frozenset(data["countries"]), tuple(steps), marks)


@cache
def script_particles() -> frozenset[str]:
    """The particles of names romanised from the tables' scripts ("bin", "al")."""
    words: set[str] = set()
    for entry in _table_files():
        words.update(json.loads(entry.read_text("utf-8")).get("particles", ()))
    return frozenset(words)


def _table_files() -> list[Traversable]:
    """``data/transliteration_<script>.json``, in name order."""
    entries = data_root().iterdir()
    found = (e for e in entries if e.name.startswith(_PREFIX) and e.name.endswith(".json"))
    return sorted(found, key=lambda e: e.name)


@cache
def tables() -> tuple[Table, ...]:
    """Every script's table, in file-name order."""
    return tuple(_table(e) for e in _table_files())


def tables_for(countries: set[str]) -> tuple[Table, ...]:
    """The tables that apply to a person whose roles are in ``countries``."""
    return tuple(t for t in tables() if t.countries & countries)
