"""Who a name in the text refers to: exact names, aliases and near misses.

One resolution shared by the rules: FC101 reports the near misses, FC102
and FC103 need to know which entity a name (even a misspelled one) means.

A mention is *exact* when its words are an accepted or translated name of
an entity, or the surname of a known person; it is a *near miss* when it is
close to, but not, a person's accepted name (rapidfuzz ratio over the
normalized words).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

from rapidfuzz import fuzz

from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.names import NameSpan, Token, name_spans, windows
from factcheck.entities.titles import country_of, vocabulary
from factcheck.text.normalize import normalize

FULL_NAME_SCORE = 80.0  # rapidfuzz ratio, 0-100, over the whole name
SURNAME_SCORE = 88.0  # a surname alone must be closer
SURNAME_IN_NAME_SCORE = 75.0  # in a full name, the surname itself must be close
MIN_SURNAME_LENGTH = 6


@dataclass(frozen=True)
class NameVariant:
    """One accepted name of a person, as the near-miss search compares it."""

    entity: Entity
    display: str
    key: str
    size: int


@dataclass(frozen=True)
class Mention:
    """A name in the text and the entities it may refer to.

    ``text[start:end]`` is the name as written. ``entities`` holds one entity
    when the name is unambiguous, several when it is shared (two people with
    one surname), and ``exact`` says whether the name is written as the
    knowledge base writes it. For a near miss, ``display`` is the closest
    accepted name.
    """

    start: int
    end: int
    entities: tuple[Entity, ...]
    exact: bool
    display: str

    @property
    def entity(self) -> Entity | None:
        """The one entity meant, or None when the name is ambiguous."""
        return self.entities[0] if len(self.entities) == 1 else None


class NameIndex:
    """Every name the knowledge base accepts, and each person's variants."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.known: dict[str, list[Entity]] = {}
        self.variants: list[NameVariant] = []
        # Every word of every title people hold ("président", "minister", ...),
        # from the title vocabulary and from the knowledge base's roles.
        self.title_words: set[str] = set()
        for lang in ("fr", "en"):
            vocab = vocabulary(lang)
            self.title_words.update(_title_words(vocab.forms_text() if vocab else ()))
        for entity in kb.entities.values():
            for name in (*entity.accepted_names, *entity.translated_names):
                self._add(normalize(name), entity)
            if entity.kind != "person":
                continue
            for role in entity.roles:
                titles = (role.title, *(t for ts in role.titles.values() for t in ts))
                self.title_words.update(_title_words(titles))
            for name in entity.accepted_names:
                key = normalize(name)
                self.variants.append(NameVariant(entity, name, key, len(key.split())))
                surname = _surname(key)
                if surname:
                    self._add(surname, entity)  # a surname alone is a correct mention

    def _add(self, key: str, entity: Entity) -> None:
        entities = self.known.setdefault(key, [])
        if entity not in entities:
            entities.append(entity)

    @cached_property
    def has_people(self) -> bool:
        return bool(self.variants)

    @cached_property
    def _candidates(self) -> dict[tuple[int, str], list[tuple[NameVariant, str]]]:
        """Variants by (words compared, first letter), in order, with the string compared.

        A one-word window is compared with every person's surname, a longer
        one with the names of as many words; a candidate must start with
        the window's first letter. Grouping by both keeps ``closest`` from
        scoring every variant for every capitalised word of an article.
        """
        groups: dict[tuple[int, str], list[tuple[NameVariant, str]]] = {}
        for variant in self.variants:
            surname = _surname(variant.key)
            if surname:
                groups.setdefault((1, surname[:1]), []).append((variant, surname))
            if variant.size > 1:
                groups.setdefault((variant.size, variant.key[:1]), []).append(
                    (variant, variant.key)
                )
        return groups

    def closest(
        self, window: tuple[Token, ...], key: str, sentence_starts: set[int]
    ) -> NameVariant | None:
        """The person's name ``window`` is a near miss of, if any.

        ``key`` is the window as written, particles included ("mohammed bin
        salman"), so it is compared with names of as many words.
        """
        size = len(key.split())
        if len(window) == 1:
            if len(key) < MIN_SURNAME_LENGTH or window[0].start in sentence_starts:
                return None
            threshold = SURNAME_SCORE
        else:
            threshold = FULL_NAME_SCORE
        best: NameVariant | None = None
        best_score = threshold
        surname = key.split()[-1]
        for variant, candidate in self._candidates.get((size, key[:1]), ()):
            score = fuzz.ratio(key, candidate)
            if score < best_score or (best is not None and score == best_score):
                continue
            # A shared given name with another surname is another person
            # ("Emmanuel Marsigny" is not a misspelled "Emmanuel Macron").
            if size > 1 and fuzz.ratio(surname, candidate.split()[-1]) < SURNAME_IN_NAME_SCORE:
                continue
            best, best_score = variant, score
        if best is not None and len(window) == 1:
            surname = best.key.split()[-1]
            return NameVariant(best.entity, best.display.split()[-1], surname, 1)
        return best


def _title_words(titles: Iterable[str]) -> set[str]:
    """The words of titles that can announce a name (short words like "de" left out)."""
    return {
        word
        for title in titles
        for word in normalize(title).replace("'", " ").split()
        if len(word) > 3
    }


def _surname(key: str) -> str | None:
    """The last word of a normalized name, unless it ends the country closing a
    royal's name ("Charles III du Royaume-Uni", "Charles III of the United Kingdom")."""
    words = key.split()
    if any(country_of(" ".join(words[i:])) for i in range(1, len(words))):
        return None
    return words[-1]


_CACHE: dict[tuple[int, str], tuple[weakref.ref[KnowledgeBase], int, Any]] = {}
T = TypeVar("T")


def per_knowledge_base(kb: KnowledgeBase, name: str, build: Callable[[KnowledgeBase], T]) -> T:
    """``build(kb)``, computed once per knowledge base and ``name`` (batch runs share one)."""
    key = (id(kb), name)
    cached = _CACHE.get(key)
    if cached is not None and cached[0]() is kb and cached[1] == len(kb.entities):
        return cast(T, cached[2])
    value = build(kb)
    _CACHE[key] = (weakref.ref(kb, lambda _: _CACHE.pop(key, None)), len(kb.entities), value)
    return value


def name_index(kb: KnowledgeBase) -> NameIndex:
    """The name index of ``kb``, built once per knowledge base."""
    return per_knowledge_base(kb, "names", NameIndex)


def find_mentions(
    text: str,
    index: NameIndex,
    sentence_starts: Iterable[int] = (),
    start: int = 0,
    end: int | None = None,
) -> list[Mention]:
    """Every exact or near-miss mention of a known entity in ``text[start:end]``.

    Within a run of capitalised words the longest windows are tried first,
    so "Keir Starmer" is one mention, not "Keir" and "Starmer".
    """
    starts = set(sentence_starts)
    mentions: list[Mention] = []
    for span in name_spans(text, start, end):
        mentions.extend(_span_mentions(text, span, index, starts))
    # A lone word close to a known surname ("Martins", "Alexandre") is far more
    # often another person than a misspelling; it counts as a near miss only
    # when the article also names that person exactly somewhere.
    # A title just before it ("le président Zelenskiy") also says it is that name.
    named = {e.id for m in mentions if m.exact for e in m.entities}
    mentions = [
        m
        for m in mentions
        if m.exact
        or not _lone_word(text, m)
        or m.entities[0].id in named
        or _word_before(text, m.start) in index.title_words
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _lone_word(text: str, mention: Mention) -> bool:
    return not any(ch.isspace() for ch in text[mention.start : mention.end])


_LAST_WORD = re.compile(r"(\w+)[\s,]*$")


def _word_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text, max(0, start - 40), start)
    return normalize(match.group(1)) if match else ""


def _span_mentions(
    text: str, span: NameSpan, index: NameIndex, sentence_starts: set[int]
) -> list[Mention]:
    """The mentions in one run of capitalised words, longest windows first.

    Names of several words written exactly as the knowledge base writes them
    are taken first, so a near miss never swallows one with a word beside it:
    in "Swedish King Carl Gustaf", "Carl Gustaf" is an alias, and "King Carl"
    is not a misspelled "King Charles". A bare surname does not stop a near
    miss ("Kiri Starmer"). A window's key keeps the particles written between
    its words, as the knowledge base writes them ("Mohammed bin Salman").
    """
    used: set[int] = set()
    found: list[Mention] = []

    def take(window: tuple[Token, ...], mention: Mention) -> None:
        used.update(t.start for t in window)
        found.append(mention)

    def key_of(window: tuple[Token, ...]) -> str:
        return normalize(text[window[0].start : window[-1].end])

    for size in range(len(span.tokens), 1, -1):
        for window in windows(span, size):
            key = key_of(window)
            if key in index.known and not any(t.start in used for t in window):
                take(window, _exact(text, window, index.known[key]))
    for size in range(len(span.tokens), 0, -1):
        for window in windows(span, size):
            if any(t.start in used for t in window):
                continue
            key = key_of(window)
            if key in index.known:
                take(window, _exact(text, window, index.known[key]))
                continue
            if not index.has_people:
                continue
            if len(window) == 1 and window[0] is not span.tokens[-1]:
                # A lone word inside a longer name is a given name or a title
                # ("Michael Petraglia"), not a surname that could be misspelled.
                continue
            match = index.closest(window, key, sentence_starts)
            if match is not None:
                start, end = window[0].start, window[-1].end
                take(window, Mention(start, end, (match.entity,), False, match.display))
    return found


def _exact(text: str, window: tuple[Token, ...], entities: list[Entity]) -> Mention:
    start, end = window[0].start, window[-1].end
    return Mention(start, end, tuple(entities), True, text[start:end])


def person_names(entity: Entity) -> set[str]:
    """Normalized names that identify ``entity``: accepted, translated, and surnames."""
    names = {normalize(n) for n in (*entity.accepted_names, *entity.translated_names)}
    if entity.kind == "person":
        names |= {normalize(n).split()[-1] for n in entity.accepted_names}
    return names
