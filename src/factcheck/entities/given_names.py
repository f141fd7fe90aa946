"""Given names around a known surname: dropped capitals and wrong given names.

Two slips real copy makes that the near-miss search cannot see, because the
surname is written right:

- a given name in lower case before it, or the surname in lower case after
  the given name ("emmanuel Macron", "Pedro sánchez"): the lower-case word is
  not a capitalised word, so it is not part of the name's run until it is
  joined to it here, when the joined words are a known name;
- another real given name before a person's surname, under a title that
  person holds ("le Premier ministre Stéphane Lecornu"): flagged only when
  the given name is a real one (``data/given_names.json``) that is none of
  the person's, the surname is no given name itself ("Louis Michel"), the
  two words are no other known name, and a word of one of the person's
  titles stands before it in the clause. Other people share surnames, so
  without the title a given name is never judged.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.core.langdata import shared_json
from factcheck.entities.kb.model import Entity
from factcheck.entities.name_index import NameIndex
from factcheck.entities.names import NameSpan, Token
from factcheck.text.normalize import normalize

_LOWER = "a-zß-öø-ÿā-ž"
_LOWER_BEFORE = re.compile(rf"(?<![\w’'])([{_LOWER}][\w]*)(-|[ \u00a0])$")
_LOWER_AFTER = re.compile(rf"[ \u00a0]([{_LOWER}][\w]*(?:-[\w]+)*)(?![\w’'])")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BEFORE = 100  # characters before a given name where the person's title may stand


@cache
def given_names() -> frozenset[str]:
    """Real given names, normalized (``data/given_names.json``)."""
    return frozenset(normalize(n) for n in shared_json("given_names.json")["names"])


@cache
def relations() -> frozenset[str]:
    """Words that make a title someone else's ("le père du président"), normalized."""
    return frozenset(normalize(w) for w in shared_json("given_names.json")["relations"])


def with_lower_words(text: str, span: NameSpan, index: NameIndex) -> NameSpan:
    """``span`` with a lower-case given name before it, or a lower-case word after
    it, when the joined words are a known name of two words or more."""
    tokens = list(span.tokens)
    start = span.start
    if start >= 2 and text[start - 1] in " \u00a0-" and text[start - 2].islower():
        match = _LOWER_BEFORE.search(text, max(0, start - 30), start)
        if match is not None and normalize(match.group(1)) in given_names():
            first = tokens[0]
            if match.group(2) == "-":  # "jean-Noël": one word
                joined = Token(match.start(1), first.end, text[match.start(1) : first.end])
                candidate = [joined, *tokens[1:]]
            else:
                candidate = [Token(match.start(1), match.end(1), match.group(1)), *tokens]
            if _known_from(text, candidate, 0, index):
                tokens = candidate
    end = tokens[-1].end
    if text[end : end + 1] in (" ", "\u00a0") and text[end + 1 : end + 2].islower():
        match = _LOWER_AFTER.match(text, end)
        if match is not None:
            candidate = [*tokens, Token(match.start(1), match.end(1), match.group(1))]
            if _known_from(text, candidate, len(candidate) - 1, index):
                tokens = candidate
    return span if tuple(tokens) == span.tokens else NameSpan(tuple(tokens))


def _known_from(text: str, tokens: list[Token], new: int, index: NameIndex) -> bool:
    """Whether a window of ``tokens`` holding the new token ``tokens[new]`` is a known name."""
    for size in range(2, min(len(tokens), index.max_words) + 1):
        for first in range(max(0, new - size + 1), min(new, len(tokens) - size) + 1):
            last = tokens[first + size - 1]
            if normalize(text[tokens[first].start : last.end]) in index.known:
                return True
    return False


def wrong_given_name(
    text: str, start: int, end: int, entity: Entity, index: NameIndex
) -> tuple[int, str] | None:
    """(where the wrong given name starts, that word) when the surname
    ``text[start:end]``, an exact mention of ``entity``, follows another real
    given name under one of the person's titles, else None."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    word = match.group(1)
    given = normalize(word)
    surname = normalize(text[start:end])
    names = _names(entity)
    if (
        not other_given_name(word, entity)
        or surname.split()[-1] in given_names()
        or not any(n.endswith(" " + surname) for n in names)
        or f"{given} {surname}" in index.known
        or not title_fits(text, match.start(1), entity, index)
    ):
        return None
    return match.start(1), word


def other_given_name(word: str, entity: Entity) -> bool:
    """Whether ``word`` is a real given name that none of the person's names holds."""
    given = normalize(word)
    return given in given_names() and not any(given in n.split() for n in _names(entity))


def given_name_before(text: str, start: int) -> str | None:
    """The capitalised word right before ``text[start:]``, one space apart, if any."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return None if match is None else match.group(1)


def title_fits(text: str, start: int, entity: Entity, index: NameIndex) -> bool:
    """Whether the clause before ``text[start:]`` holds a title word, and every
    title word it holds is a word of one of the person's titles."""
    clause = _CLAUSE_END.split(text[max(0, start - _BEFORE) : start])[-1]
    # the title's phrase: after the last comma, or before it when the name
    # follows the comma ("La ministre des Armées, Christine Vautrin")
    parts = clause.split(",")
    phrase = parts[-2] if len(parts) > 1 and not parts[-1].strip() else parts[-1]
    words = _WORDS.findall(phrase)
    own = index.title_words_of(entity)
    titled = {normalize(w) for w in words} & index.title_words
    # a capitalised word the person's titles lack names another office or
    # body ("la ministre estonienne de l'Éducation")
    capitalised = {normalize(w) for w in words[1:] if w[0].isupper()}
    related = {normalize(w) for w in words} & relations()
    return bool(titled) and titled <= own and capitalised <= own and not related


def _names(entity: Entity) -> list[str]:
    return [normalize(n) for n in (*entity.accepted_names, *entity.translated_names)]


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*)?)[ \u00a0]$")
