"""Who a name in the text refers to: exact names, aliases and near misses.

One resolution shared by the rules: FC101 reports the near misses, FC102
and FC103 need to know which entity a name (even a misspelled one) means.

A mention is *exact* when its words are an accepted or translated name of
an entity, or the surname of a known person; it is a *near miss* when it is
close to, but not, a person's accepted name (rapidfuzz ratio over the
normalized words).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

from rapidfuzz import fuzz

from factcheck.kb.model import Entity, KnowledgeBase
from factcheck.names import NameSpan, Token, name_spans, window_key, windows
from factcheck.textnorm import normalize

FULL_NAME_SCORE = 80.0  # rapidfuzz ratio, 0-100, over the whole name
SURNAME_SCORE = 88.0  # a surname alone must be closer
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
        for entity in kb.entities.values():
            for name in (*entity.accepted_names, *entity.translated_names):
                self._add(normalize(name), entity)
            if entity.kind != "person":
                continue
            for name in entity.accepted_names:
                key = normalize(name)
                self.variants.append(NameVariant(entity, name, key, len(key.split())))
                self._add(key.split()[-1], entity)  # a surname alone is a correct mention

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
            surname = variant.key.split()[-1]
            groups.setdefault((1, surname[:1]), []).append((variant, surname))
            if variant.size > 1:
                groups.setdefault((variant.size, variant.key[:1]), []).append(
                    (variant, variant.key)
                )
        return groups

    def closest(
        self, window: tuple[Token, ...], key: str, sentence_starts: set[int]
    ) -> NameVariant | None:
        """The person's name ``window`` is a near miss of, if any."""
        size = len(window)
        if size == 1:
            if len(key) < MIN_SURNAME_LENGTH or window[0].start in sentence_starts:
                return None
            threshold = SURNAME_SCORE
        else:
            threshold = FULL_NAME_SCORE
        best: NameVariant | None = None
        best_score = threshold
        for variant, candidate in self._candidates.get((size, key[:1]), ()):
            score = fuzz.ratio(key, candidate)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = variant, score
        if best is not None and size == 1:
            surname = best.key.split()[-1]
            return NameVariant(best.entity, best.display.split()[-1], surname, 1)
        return best


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
        mentions.extend(_span_mentions(span, index, starts))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _span_mentions(span: NameSpan, index: NameIndex, sentence_starts: set[int]) -> list[Mention]:
    used: set[int] = set()
    found: list[Mention] = []
    for size in range(len(span.tokens), 0, -1):
        for window in windows(span, size):
            if any(t.start in used for t in window):
                continue
            key = window_key(window)
            if key in index.known:
                used.update(t.start for t in window)
                entities = tuple(index.known[key])
                display = " ".join(t.text for t in window)
                found.append(Mention(window[0].start, window[-1].end, entities, True, display))
                continue
            if not index.has_people:
                continue
            match = index.closest(window, key, sentence_starts)
            if match is None:
                continue
            used.update(t.start for t in window)
            found.append(
                Mention(window[0].start, window[-1].end, (match.entity,), False, match.display)
            )
    return found


def person_names(entity: Entity) -> set[str]:
    """Normalized names that identify ``entity``: accepted, translated, and surnames."""
    names = {normalize(n) for n in (*entity.accepted_names, *entity.translated_names)}
    if entity.kind == "person":
        names |= {normalize(n).split()[-1] for n in entity.accepted_names}
    return names
