"""Who a name in the text refers to: exact names, aliases and near misses.

One resolution shared by the rules: FC101 reports the near misses, FC102
and FC103 need to know which entity a name (even a misspelled one) means.

A mention is *exact* when its words are an accepted or translated name of
an entity, or the surname of a known person; it is a *near miss* when it
misspells a person's accepted name (one word a few letters off, glued,
another particle, another romanisation): :mod:`factcheck.entities.spelling`
says how, :mod:`factcheck.entities.name_index` finds the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.name_index import NameIndex, NameVariant, NearMiss
from factcheck.entities.names import NameSpan, Token, name_spans, windows
from factcheck.entities.spelling import Difference
from factcheck.text.normalize import normalize

__all__ = ["Mention", "NameIndex", "NameVariant", "find_mentions", "name_index", "person_names"]

T = TypeVar("T")


@dataclass(frozen=True)
class Mention:
    """A name in the text and the entities it may refer to.

    ``text[start:end]`` is the name as written. ``entities`` holds one entity
    when the name is unambiguous, several when it is shared (two people with
    one surname), and ``exact`` says whether the name is written as the
    knowledge base writes it. For a near miss, ``display`` is the closest
    accepted name and ``difference`` says how the written name departs from it.
    """

    start: int
    end: int
    entities: tuple[Entity, ...]
    exact: bool
    display: str
    difference: Difference | None = None

    @property
    def entity(self) -> Entity | None:
        """The one entity meant, or None when the name is ambiguous."""
        return self.entities[0] if len(self.entities) == 1 else None


def per_knowledge_base(kb: KnowledgeBase, name: str, build: Callable[[KnowledgeBase], T]) -> T:
    """``build(kb)``, computed once per knowledge base and ``name``, and kept by ``kb``."""
    return kb.derived(name, build)


def name_index(kb: KnowledgeBase) -> NameIndex:
    """The name index of ``kb``, built once per knowledge base and kept by it."""
    return kb.derived("people-names", NameIndex)


def find_mentions(
    text: str,
    index: NameIndex,
    sentence_starts: Iterable[int] = (),
    start: int = 0,
    end: int | None = None,
) -> list[Mention]:
    """Every exact or near-miss mention of a known entity in ``text[start:end]``.

    Within a run of capitalised words the longest windows are tried first,
    so "Keir Starmer" is one mention, not "Keir" and "Starmer". Windows are
    at most ``index.max_words`` words long, so the cost is linear in the
    text's length.
    """
    starts = set(sentence_starts)
    mentions: list[Mention] = []
    for span in name_spans(text, start, end, elided=True):
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
        or not _lone_surname(text, m)
        or m.entities[0].id in named
        or _word_before(text, m.start) in index.title_words
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _lone_surname(text: str, mention: Mention) -> bool:
    glued = mention.difference is not None and mention.difference.kind == "spacing"
    return not glued and not any(ch.isspace() for ch in text[mention.start : mention.end])


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
    longest = min(len(span.tokens), index.max_words)

    def take(window: tuple[Token, ...], mention: Mention) -> None:
        used.update(t.start for t in window)
        found.append(mention)

    def key_of(window: tuple[Token, ...]) -> str:
        return normalize(text[window[0].start : window[-1].end])

    for size in range(longest, 1, -1):
        for window in windows(span, size):
            if any(t.start in used for t in window):
                continue
            key = key_of(window)
            if key in index.known:
                take(window, _exact(text, window, index.known[key]))
            elif (spaced := index.spaced(key)) is not None:
                # The letters of a known name, spaced otherwise: stronger than a
                # shorter exact name inside it ("King Salman bin Abdul Aziz").
                take(window, _near(text, window, spaced))
    if not index.has_people:
        return found
    for size in range(longest, 0, -1):
        for window in windows(span, size):
            if any(t.start in used for t in window):
                continue
            key = key_of(window)
            if key in index.known:
                take(window, _exact(text, window, index.known[key]))
                continue
            # A lone word inside a longer name is a given name or a title
            # ("Michael Petraglia"), not a surname that could be misspelled;
            # nor is a capitalised word opening a sentence.
            lone = (
                size == 1
                and window[0] is span.tokens[-1]
                and window[0].start not in sentence_starts
            )
            near = index.closest(key, lone)
            if near is not None:
                take(window, _near(text, window, near))
    return found


def _near(text: str, window: tuple[Token, ...], near: NearMiss) -> Mention:
    start, end = window[0].start, window[-1].end
    shown = near.variant.display
    why = near.difference.as_written(text[start:end], shown)
    return Mention(start, end, (near.variant.entity,), False, shown, why)


def _exact(text: str, window: tuple[Token, ...], entities: list[Entity]) -> Mention:
    start, end = window[0].start, window[-1].end
    return Mention(start, end, tuple(entities), True, text[start:end])


def person_names(entity: Entity) -> set[str]:
    """Normalized names that identify ``entity``: accepted, translated, and surnames."""
    names = {normalize(n) for n in (*entity.accepted_names, *entity.translated_names)}
    if entity.kind == "person":
        names |= {normalize(n).split()[-1] for n in entity.accepted_names}
    return names
