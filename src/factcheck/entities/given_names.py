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
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from factcheck.core.langdata import shared_json
from factcheck.entities.kb.model import Entity
from factcheck.entities.name_index import NameIndex
from factcheck.entities.names import NameSpan, Token
from factcheck.entities.spelling import Difference, Kind
from factcheck.text.normalize import normalize

_LOWER = "a-zß-öø-ÿā-ž"
_LOWER_BEFORE = re.compile(rf"(?<![\w’'])([{_LOWER}][\w]*)(-|[ \u00a0])$")
_LOWER_AFTER = re.compile(rf"[ \u00a0]([{_LOWER}][\w]*(?:-[\w]+)*)(?![\w’'])")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BEFORE = 100  # characters before a given name where the person's title may stand


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    return normalize(word)


@cache
def given_names() -> frozenset[str]:
    """Real given names, normalized (``data/given_names.json``)."""
    return frozenset(normalize(n) for n in shared_json("given_names.json")["names"])


@cache
def relations() -> frozenset[str]:
    """Words that make a title someone else's ("le père du président"), normalized."""
    return frozenset(normalize(w) for w in shared_json("given_names.json")["relations"])


def with_lower_words(
    text: str, spans: Iterable[NameSpan], index: NameIndex, norm: Callable[[str], str]
) -> Iterator[NameSpan]:
    """Each span, with a lower-case given name before it, or a lower-case word
    after it, when the joined words are a known name of two words or more."""
    inner, later = index.joining_words
    for span in spans:
        tokens = span.tokens
        start, end = tokens[0].start, tokens[-1].end
        before = start >= 2 and text[start - 1] in " \u00a0-" and text[start - 2].islower()
        before = before and norm(tokens[0].text) in later
        after = text[end + 1 : end + 2].islower() and text[end : end + 1] in " \u00a0"
        if before or (after and norm(tokens[-1].text) in inner):
            span = _joined(text, span, index, before)
        yield span


def _joined(text: str, span: NameSpan, index: NameIndex, before: bool) -> NameSpan:
    tokens = span.tokens
    start, end = tokens[0].start, tokens[-1].end
    if before:
        match = _LOWER_BEFORE.search(text, max(0, start - 30), start)
        if match is not None and _key(match.group(1)) in given_names():
            first = tokens[0]
            if match.group(2) == "-":  # "jean-Noël": one word
                joined = Token(match.start(1), first.end, text[match.start(1) : first.end])
                candidate = (joined, *tokens[1:])
            else:
                candidate = (Token(match.start(1), match.end(1), match.group(1)), *tokens)
            if _known_from(text, candidate, 0, index):
                tokens = candidate
    if text[end + 1 : end + 2].islower():
        match = _LOWER_AFTER.match(text, end)
        if match is not None and _key(match.group(1)) in index.name_words:
            candidate = (*tokens, Token(match.start(1), match.end(1), match.group(1)))
            if _known_from(text, candidate, len(candidate) - 1, index):
                tokens = candidate
    return span if tokens == span.tokens else NameSpan(tokens)


def _known_from(text: str, tokens: tuple[Token, ...], new: int, index: NameIndex) -> bool:
    """Whether a window of ``tokens`` holding the new token ``tokens[new]`` is a known name."""
    for size in range(2, min(len(tokens), index.max_words) + 1):
        for first in range(max(0, new - size + 1), min(new, len(tokens) - size) + 1):
            last = tokens[first + size - 1]
            if normalize(text[tokens[first].start : last.end]) in index.known:
                return True
    return False


def wrong_given_name(
    text: str, start: int, end: int, entity: Entity, index: NameIndex
) -> tuple[int, Difference] | None:
    """(where the wrong given name starts, how it differs) when the surname
    ``text[start:end]``, an exact mention of ``entity``, follows another real
    given name under one of the person's titles, else None."""
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isalpha():
        return None
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None or not other_given_name(match.group(1), entity, index):
        return None
    word = match.group(1)
    given = _key(word)
    surname = normalize(text[start:end])
    names = index.own_names(entity)
    if (
        surname.split()[-1] in given_names()
        or _REGNAL.fullmatch(surname.split()[-1])
        or not any(n.endswith(" " + surname) for n in names)
        or f"{given} {surname}" in index.known
        or not title_fits(text, match.start(1), entity, index)
    ):
        return None
    known = entity.name.split()[0]
    return match.start(1), Difference(Kind.GIVEN_NAME, "given name", word, known, index=0)


def other_given_name(word: str, entity: Entity, index: NameIndex) -> bool:
    """Whether ``word`` is a real given name that none of the person's names holds."""
    given = _key(word)
    return given in given_names() and given not in index.own_words(entity)


def after_other_given(
    text: str,
    start: int,
    end: int,
    entity: Entity | None,
    why: Difference | None,
    index: NameIndex,
) -> bool:
    """Whether ``text[start:end]``, a lone word a letter or two off the surname
    of ``entity``, follows a real given name that is none of the person's."""
    if entity is None or why is None or why.kind not in _LETTER_SLIPS or " " in text[start:end]:
        return False
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and other_given_name(match.group(1), entity, index)


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
    # the title stands right before the name ("le Premier ministre polonais X"),
    # not somewhere earlier in the clause ("l'ex-chef de l'État apprécie X")
    last = normalize(words[-1]) if words else ""
    return bool(titled) and titled <= own and capitalised <= own and not related and last in own


_LETTER_SLIPS = (Kind.TYPO, Kind.SWAP, Kind.DOUBLED)
_REGNAL = re.compile(r"[ivxl]+")  # "Elizabeth II" is no surname "II"
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*)?)[ \u00a0]$")
