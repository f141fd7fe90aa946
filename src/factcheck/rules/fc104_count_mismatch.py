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
from dataclasses import dataclass
from functools import cache

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.titles import vocabulary
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.document import Document, Sentence
from factcheck.text.numbers import NumberData, number_data

MAX_COUNT = 12  # longer lists group items ("Paris et petite couronne") too often
MAX_NOUN_WORDS = 4
MAX_ITEM_WORDS = 6  # a lone item longer than this after a colon is read as a sentence
MAX_NAME_WORDS = 4
_APOS = "['’ʼ]"
_OPEN = "([«“"
_CLOSE = ")]»”"


@dataclass(frozen=True)
class Item:
    start: int
    end: int


@dataclass(frozen=True)
class ListReading:
    items: list[Item]
    fewest: int
    most: int


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
        _phrase(w) for w in sorted(data.list_words.get("exhaustive", []), key=len, reverse=True)
    )
    noun = r"[^\W\d_][\w’'-]*"
    return re.compile(
        rf"(?<![\w,.-])(?P<count>\d{{1,2}}|{number})"
        rf"(?P<noun>(?:\s+{noun}){{1,{MAX_NOUN_WORDS}}}?)"
        rf"(?P<intro>\s*:|\s+[—–]|\s*,?\s+(?:{intro})(?:\s*:)?)(?=\s)",
        re.IGNORECASE,
    )


def _phrase(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+").replace("'", _APOS)


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
    reading = read_list(text, match.end(), sentence.end, data, doc.lang)
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
    return _ends_with(before, words) or any(
        re.search(rf"(?<!\w){_phrase(w.casefold())}(?!\w)", noun) for w in words
    )


def _not_a_list_noun(words: list[str], data: NumberData, lang: str) -> bool:
    """Durations, dates, amounts and proper names are not counts of a list."""
    first = words[0].casefold()
    not_counted = {w.casefold() for w in data.list_words.get("not_counted_nouns", [])}
    if first in not_counted or first in data.words or len(first) < 3:
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and (lang != "en" or words[-1][:1].isupper())


def read_list(text: str, start: int, end: int, data: NumberData, lang: str) -> ListReading | None:
    """The list in ``text[start:end]`` and how many items it can be read as having.

    Two readings bound the count: every piece between separators as an item,
    and pieces that only describe the one before them ("Salomé, 6 ans",
    "la banque, où l'écart grimpe") merged into it. None when what follows
    is not a closed list.
    """
    words = data.list_words
    body_start, body_end = _list_body(text, start, end)
    body = text[body_start:body_end].casefold()
    if (
        not body
        or body[0] in '"«“'
        or _starts_with(body, words.get("non_exhaustive", []))
        or _ends_with(body, words.get("non_exhaustive", []))
        or _starts_with(body, words.get("sequence_markers", []))
        or _starts_with(body, words.get("clause_starts", []))
        or _open_ended(text[start:end], words.get("open_endings", []))
        or ":" in body
    ):
        return None
    separator = ";" if _top_level(body, ";") else ","
    pieces = _split(text, body_start, body_end, separator)
    pieces = _drop_tail(text, pieces, words.get("tail_markers", []))
    if not pieces:
        return None
    plain = _count(text, _merge_descriptions(text, pieces, words, lang, by_kind=False), words)
    merged = _count(text, _merge_descriptions(text, pieces, words, lang, by_kind=True), words)
    fewest, most = min(plain[0], merged[0]), max(plain[1], merged[1])
    if most < 2 and not _noun_phrase(text, merged[2], words):
        return None  # a colon followed by a sentence, not a list
    return ListReading(merged[2], fewest, most)


def _noun_phrase(text: str, items: list[Item], words: dict[str, list[str]]) -> bool:
    """Whether a one-item "list" is a short noun phrase ("deux pistes : la fraude fiscale")."""
    if len(items) != 1:
        return False
    item = text[items[0].start : items[0].end]
    kind = _start_kind(item, words)
    if kind == "capital":  # a name: "deux êtres chers : Johnny Hallyday"
        return len(item.split()) <= MAX_NAME_WORDS
    return kind == "determiner" and len(item.split()) <= MAX_ITEM_WORDS


def _count(
    text: str, pieces: list[Item], words: dict[str, list[str]]
) -> tuple[int, int, list[Item]]:
    """Fewest and most items ``pieces`` can hold, and the items of the plainest reading."""
    finals = words.get("final_conjunctions", [])
    inners = words.get("inner_conjunctions", [])
    last = pieces[-1]
    inner_before = sum(len(_conjunctions(text, p, inners)) for p in pieces[:-1])
    if len(pieces) > 1 and _starts_with(text[last.start : last.end].casefold(), finals):
        fewest = len(pieces)
        most = fewest + inner_before
        items = [*pieces[:-1], _after_conjunction(text, last, finals)]
    else:
        joins = _conjunctions(text, last, inners)
        fewest = len(pieces) + (1 if joins else 0)
        most = len(pieces) + len(joins) + inner_before
        items = pieces
        if len(joins) == 1:
            at, after = joins[0]
            items = [*pieces[:-1], _item(text, last.start, at), _item(text, after, last.end)]
    # "deux épreuves écrites" in a list of exams stands for two of them.
    most += sum(
        _leading_count(text, item) - 1
        for item in items
        if not _measure(text[item.start : item.end], words)
    )
    return fewest, most, items


def _measure(piece: str, words: dict[str, list[str]]) -> bool:
    """Whether a piece is an age, duration or amount ("6 ans", "37 years")."""
    parts = piece.casefold().split()
    not_counted = {w.casefold() for w in words.get("not_counted_nouns", [])}
    return len(parts) >= 2 and parts[0][:1].isdigit() and parts[1] in not_counted


def _leading_count(text: str, piece: Item) -> int:
    first = re.match(r"\S+", text[piece.start : piece.end])
    if first is None:
        return 1
    word = first.group().casefold()
    if word.isdigit():
        return max(1, min(int(word), MAX_COUNT))
    for lang in ("fr", "en"):
        data = number_data(lang)
        if data is not None and word in data.words:
            return min(int(data.words[word]), MAX_COUNT)
    return 1


def _list_body(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the list runs: to the end of the sentence, or to a bullet or dash."""
    cut = re.search(r"\s[-•–—]\s|\s•|;\s*[-•]", text[start:end])
    if cut is not None:
        end = start + cut.start()
    return _trim(text, start, end)


def _ends_with(lowered: str, phrases: list[str]) -> bool:
    bare = lowered.rstrip(" .!?;,")
    return any(re.search(rf"(?<!\w){re.escape(p.casefold())}$", bare) for p in phrases)


def _open_ended(region: str, endings: list[str]) -> bool:
    """Whether the list ends with "etc." or an ellipsis."""
    tail = region.rstrip().casefold()
    bare = tail.rstrip(".!? ")
    for ending in endings:
        key = ending.casefold()
        word = key.rstrip(".")
        if tail.endswith(key) or (word and re.search(rf"(?<!\w){re.escape(word)}$", bare)):
            return True
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ":—–,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return start, end


def _starts_with(lowered: str, phrases: list[str]) -> bool:
    for phrase in phrases:
        key = phrase.casefold()
        if lowered.startswith(key) and (
            len(lowered) == len(key) or not lowered[len(key)].isalnum() or not key[-1].isalnum()
        ):
            return True
        if key.replace("'", "’") != key and lowered.startswith(key.replace("'", "’")):
            return True
    return False


def _top_level(body: str, char: str) -> bool:
    depth = 0
    for ch in body:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == char and depth == 0:
            return True
    return False


def _split(text: str, start: int, end: int, separator: str) -> list[Item]:
    """Pieces between top-level separators; a comma between digits ("7,3") is not one."""
    pieces: list[Item] = []
    depth = 0
    piece_start = start
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == separator and depth == 0:
            if separator == "," and _between_digits(text, i):
                continue
            pieces.append(_item(text, piece_start, i))
            piece_start = i + 1
    pieces.append(_item(text, piece_start, end))
    return [p for p in pieces if p.end > p.start]


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _item(text: str, start: int, end: int) -> Item:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Item(start, end)


def _drop_tail(text: str, pieces: list[Item], markers: list[str]) -> list[Item]:
    """Leave out a clause after the list: ", a précisé le ministre", ", officials said"."""
    for i, piece in enumerate(pieces):
        if i > 0 and _starts_with(text[piece.start : piece.end].casefold(), markers):
            return pieces[:i]
    return pieces


def _merge_descriptions(
    text: str, pieces: list[Item], words: dict[str, list[str]], lang: str, *, by_kind: bool
) -> list[Item]:
    """Join each piece that describes the one before it rather than naming a new item.

    Items of a list are written alike: if the first starts with a determiner
    ("la présence militaire") or a capital ("Dimitri Moulic"), a piece that
    starts otherwise ("mécanicien de 37 ans", "réalisée sans note", "où
    l'écart grimpe") is a description. A title ("secrétaire d'État") or a
    relative clause ("qui", "dont") always is; the kind of start only counts
    when ``by_kind``. A piece led by a conjunction is a new item.
    """
    vocab = vocabulary(lang)
    finals = words.get("final_conjunctions", [])
    merged: list[Item] = []
    first_kind = _start_kind(text[pieces[0].start : pieces[0].end], words)
    for piece in pieces:
        piece_text = text[piece.start : piece.end]
        lowered = piece_text.casefold()
        describes = bool(merged) and not _starts_with(lowered, finals)
        if describes:
            title = vocab is not None and vocab.title_pattern.match(piece_text) is not None
            relative = _starts_with(lowered, words.get("relative_starts", [])) or _measure(
                piece_text, words
            )
            other_kind = (
                by_kind and first_kind != "other" and _start_kind(piece_text, words) != first_kind
            )
            describes = title or relative or other_kind
        if describes:
            merged[-1] = Item(merged[-1].start, piece.end)
        else:
            merged.append(piece)
    return merged


def _start_kind(piece: str, words: dict[str, list[str]]) -> str:
    if piece[:1].isupper():
        return "capital"
    if _starts_with(piece.casefold(), words.get("determiners", [])):
        return "determiner"
    return "other"


def _conjunctions(text: str, piece: Item, conjunctions: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each conjunction joining parts of ``piece``, in the text."""
    flat = _outside_brackets(text[piece.start : piece.end])
    pattern = _conjunction_pattern(tuple(conjunctions))
    return [(piece.start + m.start(), piece.start + m.end()) for m in pattern.finditer(flat)]


@cache
def _conjunction_pattern(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted((c.casefold() for c in conjunctions), key=len, reverse=True)
    return re.compile(rf"(?<=\s)(?:{'|'.join(_phrase(c) for c in ordered)})(?=\s)", re.IGNORECASE)


def _after_conjunction(text: str, piece: Item, conjunctions: list[str]) -> Item:
    lowered = text[piece.start : piece.end].casefold()
    for conjunction in sorted(conjunctions, key=len, reverse=True):
        key = conjunction.casefold()
        if lowered.startswith(key) and lowered[len(key) : len(key) + 1].isspace():
            return _item(text, piece.start + len(key), piece.end)
    return piece


def _outside_brackets(piece: str) -> str:
    out = []
    depth = 0
    for ch in piece:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            continue
        out.append(" " if depth else ch)
    return "".join(out)


RULE = Rule(
    code="FC104",
    name="count-mismatch",
    severity=Severity.WARNING,
    summary="A count announcing a list that has fewer or more items.",
    docs=__doc__ or "",
    check=check,
)
