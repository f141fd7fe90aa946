"""Which person a title phrase is written next to ("le président Emmanuel Macron").

FC102 asks this for every title it finds. The answer is a person mention
right after the title, or right before it and a comma; never a person
named in the title's own complement, whose subordinate the title names
("une ancienne ministre d'Edouard Philippe" is not a title of Philippe).

Spans are looked up by position (bisect), so the cost per title does not
grow with the article's length.
"""

from __future__ import annotations

import bisect
import re

from factcheck.entities.names import NameSpan
from factcheck.entities.people import Mention, NameIndex
from factcheck.entities.titles import TitlePhrase, Vocabulary, country_of
from factcheck.text.normalize import normalize


class Spans:
    """The runs of capitalised words of a text, found by position."""

    def __init__(self, spans: list[NameSpan]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]

    def containing(self, start: int, end: int) -> NameSpan | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i].start <= start and end <= self.spans[i].end:
            return self.spans[i]
        return None

    def first_from(self, pos: int) -> NameSpan | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.spans[i] if i < len(self.spans) else None


def attached_person(
    text: str,
    phrase: TitlePhrase,
    mentions: list[Mention],
    spans: Spans,
    vocab: Vocabulary,
    index: NameIndex,
) -> Mention | None:
    """The person the title is written next to: before the name, or after it and a comma.

    A title directly before a name belongs to it; otherwise a title after a
    name and a comma ("Emmanuel Macron, président de la République") wins
    over one before a comma and a name ("Secrétaire d'État, Marco Rubio").
    ``mentions`` are the sentence's people, in order.
    """
    if _unknown_name_follows(text, phrase, mentions, spans, vocab):
        return None  # "Emmanuel Macron, la reine Elizabeth II": the title is Elizabeth's
    before: Mention | None = None
    with_comma = False
    following = [m for m in mentions if m.start >= phrase.end]
    if following:
        nearest = following[0]
        comma = _gap_comma(text[phrase.end : nearest.start], vocab)
        if (
            comma is not None
            and _whole_name(text, nearest, spans, vocab, phrase.end)
            and not _complement_is_name(text, phrase, nearest, index)
        ):
            before, with_comma = nearest, comma
    after: Mention | None = None
    preceding = [m for m in mentions if m.end <= phrase.outer_start]
    if preceding:
        nearest = preceding[-1]
        gap = text[nearest.end : phrase.outer_start]
        if re.fullmatch(r"\s*,\s*", gap) and _whole_name(text, nearest, spans, vocab):
            after = nearest
    if before is not None and not with_comma:
        return before
    return after or before


def _unknown_name_follows(
    text: str, phrase: TitlePhrase, mentions: list[Mention], spans: Spans, vocab: Vocabulary
) -> bool:
    """Whether the title is directly followed by a name that is not a known person's."""
    span = spans.first_from(phrase.end)
    if span is None or _gap_comma(text[phrase.end : span.start], vocab) is not False:
        return False
    inside = [m for m in mentions if span.start <= m.start < span.end]
    return not any(_whole_name(text, m, spans, vocab, phrase.end) for m in inside)


def _gap_comma(gap: str, vocab: Vocabulary) -> bool | None:
    """Whether the gap between a title and a name holds a comma; None if it holds words.

    Only generic words may stand between them: "le président M. Macron".
    """
    lead = re.match(r"\s*(,)?\s+", gap)
    if lead is None:
        return None
    rest = gap[lead.end() :]
    while rest:
        generic = vocab.generic_pattern.match(rest)
        space = re.match(r"\s+", rest[generic.end() :]) if generic else None
        if generic is None or space is None:
            return None
        rest = rest[generic.end() + space.end() :]
    return lead.group(1) is not None


def _whole_name(
    text: str, mention: Mention, spans: Spans, vocab: Vocabulary, after: int = 0
) -> bool:
    """Whether the mention is the whole capitalised name, not part of a longer one.

    "Brigitte Macron" and "Didier Guillaume" hold known names ("Macron",
    "Guillaume") but are other people; so does "Edouard Philippe" (not King
    Philippe). Capitalised titles, nationalities, courtesy words and
    countries before the name are not part of it: "British Prime Minister
    Keir Starmer", "Sir Keir Starmer", "président de la République Emmanuel
    Macron", "Ukraine's President Volodymyr Zelensky". Words before
    ``after`` belong to the title's own complement ("ministre de la Défense
    Catherine Vautrin", "président de la BCE Christine Lagarde") when the
    name is a full one: before a surname alone, a capitalised word may be a
    first name ("ministre de l'Agriculture Didier Guillaume").
    """
    full = " " in text[mention.start : mention.end].strip()
    span = spans.containing(mention.start, mention.end)
    if span is None:
        return True
    if mention.end != span.end:
        return False
    skip = min(after, mention.start) if full else span.start
    prefix = text[max(span.start, skip) : mention.start]
    for pattern in (vocab.title_pattern, vocab.post_words, vocab.generic_pattern):
        prefix = pattern.sub(" ", prefix)
    return all(country_of(re.sub(r"['’]s$", "", w)) for w in prefix.split())


def _complement_is_name(text: str, phrase: TitlePhrase, mention: Mention, index: NameIndex) -> bool:
    """Whether the title's complement ends with the person's first name.

    In "le Premier ministre d'Emmanuel Macron" the title is someone else's:
    "d'Emmanuel" reads as a complement, but "Emmanuel Macron" is the name.
    """
    if not phrase.complement or text[phrase.end : mention.start].strip():
        return False
    last = re.search(r"[A-ZÀ-ÖØ-Þ][\w’'-]*$", text[phrase.start : phrase.end])
    if last is None:
        return False
    return normalize(f"{last.group()} {text[mention.start : mention.end]}") in index.known
