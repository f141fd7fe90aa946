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
from functools import lru_cache
from itertools import pairwise

from factcheck.entities.given_names import after_other_given, with_lower_words, wrong_given_name
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.name_index import DISTINCTIVE_LENGTH, NameIndex, NameVariant, NearMiss
from factcheck.entities.names import NameSpan, Token, name_spans, particles
from factcheck.entities.spelling import Difference, Kind
from factcheck.entities.written_form import form_difference
from factcheck.text.normalize import normalize

__all__ = [
    "Mention",
    "NameIndex",
    "NameVariant",
    "article_names",
    "find_mentions",
    "name_index",
    "person_names",
]


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
    if start == 0 and end is None:
        return list(article_names(text, index, sentence_starts)[0])
    return _find(text, index, frozenset(sentence_starts), name_spans(text, start, end, True))


def article_names(
    text: str, index: NameIndex, sentence_starts: Iterable[int] = ()
) -> tuple[tuple[Mention, ...], tuple[NameSpan, ...]]:
    """The whole article's mentions and runs of capitalised words, found once.

    FC101 and FC102 ask for the same article in turn: the index keeps the
    last article's answer (holding its text, so the identity check is sound).
    """
    starts = frozenset(sentence_starts)
    last = index.last_article
    if last is not None and last[0] is text and last[1] == starts:
        return last[2], last[3]
    spans = tuple(name_spans(text, elided=True))
    mentions = tuple(_find(text, index, starts, spans))
    index.last_article = (text, starts, mentions, spans)
    return mentions, spans


def _find(
    text: str, index: NameIndex, starts: frozenset[int], spans: Iterable[NameSpan]
) -> list[Mention]:
    mentions: list[Mention] = []
    keys: dict[str, str] = {}

    def norm(word: str) -> str:
        key = keys.get(word)
        if key is None:
            key = keys[word] = normalize(word)
        return key

    # A name written again gives the same mentions, shifted: an article names
    # its people many times (and a hostile one, thousands of times).
    seen: dict[tuple[str, tuple[bool, ...], tuple[bool, bool]], tuple[int, list[Mention]]] = {}
    # Whether a run's words hold a capitalised particle, by the run's text.
    particled: dict[str, bool] = {}
    for span in with_lower_words(text, spans, index, norm):
        end = span.tokens[-1].end
        if text[end + 1 : end + 2] in _NUMERAL_LETTERS:  # one slice for most runs
            span = _with_numeral(text, span, index)
        first = span.tokens[0].start
        written = text[first : span.tokens[-1].end]
        particle = particled.get(written)
        if particle is None:
            particle = particled[written] = any(_capital_particle(t.text) for t in span.tokens)
        context = _context(text, span, starts, index) if particle else _PLAIN
        shape = (written, tuple(t.start in starts for t in span.tokens), context)
        known = seen.get(shape)
        if known is None:
            found = _span_mentions(text, span, index, starts, norm, context)
            seen[shape] = (first, found)
            mentions.extend(found)
        else:
            shift = first - known[0]
            mentions.extend(
                Mention(
                    m.start + shift, m.end + shift, m.entities, m.exact, m.display, m.difference
                )
                for m in known[1]
            )
    # A lone word close to a known surname ("Martins", "Alexandre") is far more
    # often another person than a misspelling; it counts as a near miss only
    # when the article also names that person exactly somewhere.
    # A title just before it ("le président Zelenskiy") also says it is that name.
    # A lone surname a letter off after a real given name not the person's is
    # another person's name ("Alexandra Mitsotaki").
    mentions = [
        _given_name_checked(text, m, index)
        for m in mentions
        if m.exact or not after_other_given(text, m.start, m.end, m.entity, m.difference, index)
    ]
    named = {e.id for m in mentions if m.exact for e in m.entities}
    mentions = [
        m
        for m in mentions
        if m.exact
        or not _lone_surname(text, m)
        or (m.difference is not None and m.difference.kind is Kind.CASE)
        or m.entities[0].id in named
        or _word_before(text, m.start) in index.title_words
        or _distinctive(text, m, index)
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _given_name_checked(text: str, mention: Mention, index: NameIndex) -> Mention:
    """An exact surname after another real given name, under the person's title,
    as a near miss of the whole name ("le Premier ministre Stéphane Lecornu")."""
    entity, found = mention.entity, None
    if mention.exact and entity is not None and entity.kind == "person":
        found = wrong_given_name(text, mention.start, mention.end, entity, index)
    if entity is None or found is None:
        return mention
    return Mention(found[0], mention.end, (entity,), False, entity.name, found[1])


def _distinctive(text: str, mention: Mention, index: NameIndex) -> bool:
    """A lone word one letter off a long, distinctive surname ("Sheinbaun")."""
    why = mention.difference
    return (
        why is not None
        and why.kind in _LETTER_SLIPS
        and index.distinctive(normalize(text[mention.start : mention.end]), normalize(why.known))
    )


_LETTER_SLIPS = (Kind.TYPO, Kind.SWAP, Kind.DOUBLED)
_PLAIN = (False, False)

# What may stand between a sentence's start and its first name: quotes, dashes.
_OPENING = re.compile(r"[\s«»\"“”‘’'(\[—–-]*")


def _context(
    text: str, span: NameSpan, starts: frozenset[int], index: NameIndex
) -> tuple[bool, bool]:
    """(the name opens a sentence, it stands in a title-cased headline), which
    matter for a run with a capitalised particle ("Von der Leyen") only."""
    first = span.start
    back = first
    while back > 0 and _OPENING.fullmatch(text[back - 1]):
        back -= 1
    initial = back == 0 or any(i in starts for i in range(back, first + 1))
    return initial, _title_case(text, span, index)


@lru_cache(maxsize=1 << 16)
def _capital_particle(word: str) -> bool:
    """A capitalised word that is a particle, or opens with one ("Von", "Al-Assad")."""
    return word.partition("-")[0].lower() in particles()


_CLAUSE_END = re.compile(r"[.!?\n]")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str, span: NameSpan, index: NameIndex) -> bool:
    """Whether the clause around the name has every word of four letters or more
    capitalised, two of them at least no word of a known name ("Unveils Plan")."""
    left = _CLAUSE_END.split(text[max(0, span.start - 120) : span.start])[-1]
    right = _CLAUSE_END.split(text[span.end : span.end + 120])[0]
    words = _LONG_WORD.findall(f"{left} {text[span.start : span.end]} {right}")
    others = [w for w in words if normalize(w) not in index.name_words]
    return len(others) >= 2 and all(w[0].isupper() for w in words)


# A regnal number after a name, as a scanner misreads it ("Charles lll").
_NUMERAL_LETTERS = frozenset("IVXl1|")
_NUMERAL_AFTER = re.compile(r"[ \u00a0]([IVXl1|]{1,5})(?![\w'’])")


def _with_numeral(text: str, span: NameSpan, index: NameIndex) -> NameSpan:
    """``span`` with a misread regnal number after it ("lll", "1I") as its last word."""
    match = _NUMERAL_AFTER.match(text, span.end)
    if match is None or index.ocr_numeral(match.group(1)) is None:
        return span
    numeral = Token(match.start(1), match.end(1), match.group(1))
    return NameSpan((*span.tokens, numeral))


def _lone_surname(text: str, mention: Mention) -> bool:
    glued = mention.difference is not None and mention.difference.kind is Kind.SPACING
    return not glued and not any(ch.isspace() for ch in text[mention.start : mention.end])


_LAST_WORD = re.compile(r"(\w+)[\s,]*$")


def _word_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text, max(0, start - 40), start)
    return normalize(match.group(1)) if match else ""


def _span_mentions(
    text: str,
    span: NameSpan,
    index: NameIndex,
    sentence_starts: frozenset[int],
    norm: Callable[[str], str],
    context: tuple[bool, bool] = (False, False),
) -> list[Mention]:
    """The mentions in one run of capitalised words, longest windows first.

    Names of several words written exactly as the knowledge base writes them
    are taken first, so a near miss never swallows one with a word beside it:
    in "Swedish King Carl Gustaf", "Carl Gustaf" is an alias, and "King Carl"
    is not a misspelled "King Charles". A bare surname does not stop a near
    miss ("Kiri Starmer"). A window's key keeps the particles written between
    its words, as the knowledge base writes them ("Mohammed bin Salman").
    Windows are at most ``index.max_words`` words long.
    """
    tokens = span.tokens
    if len(tokens) == 1:  # the common case, kept cheap
        token = tokens[0]
        key = norm(token.text)
        if key in index.known:
            return [_known(text, tokens, key, index, context)]
        if token.start not in sentence_starts:
            near = index.closest(key, True) if index.has_people else None
        elif len(key) >= DISTINCTIVE_LENGTH - 1 and index.has_people:
            # A capitalised word opening a sentence is a misspelled surname
            # only if it is one letter off a distinctive one ("Sheinbaun").
            near = index.closest(key, True)
            if near is not None and not index.distinctive(key, near.difference.known):
                near = None
        else:
            near = index.closest(key, False) if index.has_people else None
        return [] if near is None else [_near(text, tokens, near)]
    used = [False] * len(tokens)
    found: list[Mention] = []
    # Each word and each gap is normalized once; a window's key joins them.
    # A misread regnal number is read as meant ("lll" as "iii").
    words = [norm(index.ocr_numeral(t.text) or t.text) for t in tokens]
    gaps = [_gap_key(text[a.end : b.start]) for a, b in pairwise(tokens)]

    def key_of(first: int, size: int) -> str:
        parts = [words[first]]
        for i in range(first, first + size - 1):
            parts += (gaps[i], words[i + 1])
        return "".join(parts)

    def take(first: int, size: int, mention: Mention) -> None:
        used[first : first + size] = [True] * size
        found.append(mention)

    longest = min(len(tokens), index.max_words)
    for size in range(longest, 1, -1):
        for first in range(len(tokens) - size + 1):
            if any(used[first : first + size]):
                continue
            key = key_of(first, size)
            window = tokens[first : first + size]
            if key in index.known:
                take(first, size, _known(text, window, key, index, context))
            elif (spaced := index.spaced(key)) is not None:
                # The letters of a known name, spaced otherwise: stronger than a
                # shorter exact name inside it ("King Salman bin Abdul Aziz").
                take(first, size, _near(text, window, spaced))
    if not index.has_people:
        return found
    for size in range(min(longest, index.max_near_words), 0, -1):
        for first in range(len(tokens) - size + 1):
            if any(used[first : first + size]):
                continue
            key = key_of(first, size)
            window = tokens[first : first + size]
            if key in index.known:
                take(first, size, _known(text, window, key, index, context))
                continue
            # A lone word inside a longer name is a given name or a title
            # ("Michael Petraglia"), not a surname that could be misspelled;
            # nor is a capitalised word opening a sentence.
            last = first == len(tokens) - 1
            lone = size == 1 and last and window[0].start not in sentence_starts
            near = index.closest(key, lone)
            if near is not None:
                take(first, size, _near(text, window, near))
    return found


def _gap_key(gap: str) -> str:
    """The normalized gap between two words of a name: " ", or " von der "."""
    inner = normalize(gap)
    return f" {inner} " if inner else " "


def _near(text: str, window: tuple[Token, ...], near: NearMiss) -> Mention:
    start, end = window[0].start, window[-1].end
    shown = near.variant.display
    why = near.difference.as_written(text[start:end], shown)
    return Mention(start, end, (near.variant.entity,), False, shown, why)


def _known(
    text: str, window: tuple[Token, ...], key: str, index: NameIndex, context: tuple[bool, bool]
) -> Mention:
    """A known name's mention: exact, or a near miss by its capitals, accents or
    a misread regnal number ("Emmanuel MAcron", "Sébastien Lécornu", "Charles lll")."""
    entities = index.known[key]
    start, end = window[0].start, window[-1].end
    written = text[start:end]
    forms = index.forms(key)
    if not forms or written in forms:
        return _exact(text, window, entities)
    for i, token in enumerate(window):
        numeral = index.ocr_numeral(token.text)
        if numeral is not None:
            why = Difference(Kind.OCR, "name", token.text, numeral, index=i)
            return Mention(start, end, tuple(entities), False, forms[0], why)
    marks = frozenset().union(*(index.added_marks(e) for e in entities))
    found = form_difference(written, forms, *context, added_marks=marks)
    if found is None:
        return _exact(text, window, entities)
    form, why = found
    return Mention(start, end, tuple(entities), False, form, why)


def _exact(text: str, window: tuple[Token, ...], entities: list[Entity]) -> Mention:
    start, end = window[0].start, window[-1].end
    return Mention(start, end, tuple(entities), True, text[start:end])


def person_names(entity: Entity) -> set[str]:
    """Normalized names that identify ``entity``: accepted, translated, and surnames."""
    names = {normalize(n) for n in (*entity.accepted_names, *entity.translated_names)}
    if entity.kind == "person":
        names |= {normalize(n).split()[-1] for n in entity.accepted_names}
    return names
