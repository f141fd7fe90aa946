"""FC104 count-mismatch: a count the list that follows it does not bear out.

## What it flags
A number that announces a list ("quatre axes principaux : ...", "three
measures: ...", "deux pays, à savoir ...", "two demands, namely ...")
when the list that follows in the same sentence has fewer or more items.

Items are read the way lists are written: separated by commas (or by
semicolons when the list uses them), the last one joined by a conjunction
("et", "ainsi que", "and", "as well as"). A conjunction inside the last
item after that one belongs to the item: "la défense antimissile,
l'armement, ainsi que la surveillance et le suivi du cessez-le-feu" is
three items, not four. Where a list can be read two ways ("A, B et C et D"),
every reading is allowed, and only a count that fits none is flagged.

Not flagged: non-exhaustive lists ("including", "notamment", "such as",
"dont"), lists that end open ("etc."), lists enumerated over several
sentences ("d'abord ..."), a colon followed by a sentence rather than a
list, and durations or scores ("deux ans :", "trois buts à zéro").

## Why it matters
"Four axes" followed by three is the kind of slip that survives editing:
an item was cut, or merged with its neighbour. Readers notice, and it casts
doubt on the rest of the piece.

## Example
    les garanties futures reposeront sur quatre axes principaux : la présence
    militaire, la défense antimissile, ainsi que la surveillance du cessez-le-feu.

## Fix
Restore the missing item, or correct the count ("trois axes principaux").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.titles import vocabulary
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.document import Document, Sentence
from factcheck.text.lists import MAX_COUNT, ends_with, phrase_pattern, read_list
from factcheck.text.numbers import NumberData, number_data

MAX_NOUN_WORDS = 4


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    data = number_data(doc.lang)
    if data is None:
        return
    pattern = _announcement(doc.lang)
    for sentence in doc.sentences:
        for match in pattern.finditer(doc.text, sentence.start, sentence.end):
            finding = _check_list(doc, sentence, match, data, rule)
            if finding is not None:
                yield finding


@cache
def _announcement(lang: str) -> re.Pattern[str]:
    """A count, a noun phrase, and what introduces the list (":", "—", "à savoir")."""
    data = number_data(lang)
    assert data is not None
    words = sorted(data.words, key=len, reverse=True)
    number = "|".join(re.escape(w) for w in words)
    intro = "|".join(
        phrase_pattern(w)
        for w in sorted(data.list_words.get("exhaustive", []), key=len, reverse=True)
    )
    noun = r"[^\W\d_][\w’'-]*"
    return re.compile(
        rf"(?<![\w,.-])(?P<count>\d{{1,2}}|{number})"
        rf"(?P<noun>(?:\s+{noun}){{1,{MAX_NOUN_WORDS}}}?)"
        rf"(?P<intro>\s*:|\s+[—–]|\s*,?\s+(?:{intro})(?:\s*:)?)(?=\s)",
        re.IGNORECASE,
    )


def _check_list(
    doc: Document, sentence: Sentence, match: re.Match[str], data: NumberData, rule: Rule
) -> Finding | None:
    text = doc.text
    count_text = match.group("count")
    stated = int(count_text) if count_text.isdigit() else data.words[count_text.casefold()]
    noun_words = match.group("noun").split()
    if not 2 <= stated <= MAX_COUNT or _not_a_list_noun(noun_words, data, doc.lang):
        return None
    if _approximate(text, sentence.start, match, data):
        return None  # "au moins deux choses", "two things at least"
    vocab = vocabulary(doc.lang)
    is_title = (
        None if vocab is None else (lambda piece: vocab.title_pattern.match(piece) is not None)
    )
    reading = read_list(text, match.end(), sentence.end, data, is_title)
    if reading is None or reading.fewest <= stated <= reading.most:
        return None
    if len(reading.items) <= 2 and reading.most <= 2 and stated > 3:
        return None  # "quinze claviers : ce sera visuel et adapté": a clause, not a list
    start, end = match.start("count"), match.end("noun")
    counted = (
        str(reading.fewest)
        if reading.fewest == reading.most
        else f"{reading.fewest} to {reading.most}"
    )
    items = " | ".join(f"'{text[i.start : i.end]}'" for i in reading.items)
    return rule.finding(
        doc,
        start,
        end,
        f"'{text[start:end]}' announces {stated}, but the list that follows has {counted}: {items}",
        suggestion=(
            f"restore the missing item, or write the count as {counted}"
            if reading.most < stated
            else f"write the count as {counted}, or shorten the list to {stated}"
        ),
        stated=stated,
        counted=[reading.fewest, reading.most],
        items=[[i.start, i.end] for i in reading.items],
    )


def _approximate(text: str, floor: int, match: re.Match[str], data: NumberData) -> bool:
    words = data.list_words.get("approximate", [])
    before = text[max(floor, match.start() - 20) : match.start()].casefold()
    noun = match.group("noun").casefold()
    return ends_with(before, words) or any(
        re.search(rf"(?<!\w){phrase_pattern(w.casefold())}(?!\w)", noun) for w in words
    )


def _not_a_list_noun(words: list[str], data: NumberData, lang: str) -> bool:
    """Durations, dates, amounts and proper names are not counts of a list."""
    first = words[0].casefold()
    not_counted = {w.casefold() for w in data.list_words.get("not_counted_nouns", [])}
    if first in not_counted or first in data.words or len(first) < 3:
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and (lang != "en" or words[-1][:1].isupper())


RULE = Rule(
    code="FC104",
    name="count-mismatch",
    severity=Severity.WARNING,
    summary="A count announcing a list that has fewer or more items.",
    docs=__doc__ or "",
    check=check,
)
