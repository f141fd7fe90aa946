"""Reading a list the way it is written: items, separators, the last one's conjunction.

``read_list`` tells how many items the words after an announcement hold
("la présence militaire, la défense antimissile, ainsi que la surveillance"
is three). The words that matter (conjunctions, determiners, open endings)
are language data: ``data/<lang>/numbers.json`` under ``list_words``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factcheck.core.langdata import languages_with
from factcheck.text.numbers import NumberData, number_data

MAX_COUNT = 12  # longer lists group items ("Paris et petite couronne") too often
MAX_ITEM_WORDS = 6  # a lone item longer than this after a colon is read as a sentence
MAX_NAME_WORDS = 4
_APOS = "['’ʼ]"
_OPEN = "([«“"
_CLOSE = ")]»”"

TitleTest = Callable[[str], bool]  # whether a piece starts with a title ("secrétaire d'État")


@dataclass(frozen=True)
class Item:
    start: int
    end: int


@dataclass(frozen=True)
class ListReading:
    items: list[Item]
    fewest: int
    most: int


def phrase_pattern(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+").replace("'", _APOS)


def read_list(
    text: str, start: int, end: int, data: NumberData, is_title: TitleTest | None = None
) -> ListReading | None:
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
        or ends_with(body, words.get("non_exhaustive", []))
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
    plain = _count(text, _merge_descriptions(text, pieces, words, is_title, by_kind=False), words)
    merged = _count(text, _merge_descriptions(text, pieces, words, is_title, by_kind=True), words)
    fewest, most = min(plain[0], merged[0]), max(plain[1], merged[1])
    if most < 2 and not _nounphrase_pattern(text, merged[2], words):
        return None  # a colon followed by a sentence, not a list
    return ListReading(merged[2], fewest, most)


def _nounphrase_pattern(text: str, items: list[Item], words: dict[str, list[str]]) -> bool:
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
    for lang in languages_with("numbers.json"):
        data = number_data(lang)
        if data is not None and word in data.words:
            return min(data.words[word], MAX_COUNT)
    return 1


def _list_body(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the list runs: to the end of the sentence, or to a bullet or dash."""
    cut = re.search(r"\s[-•–—]\s|\s•|;\s*[-•]", text[start:end])
    if cut is not None:
        end = start + cut.start()
    return _trim(text, start, end)


def ends_with(lowered: str, phrases: list[str]) -> bool:
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
    text: str,
    pieces: list[Item],
    words: dict[str, list[str]],
    is_title: TitleTest | None,
    *,
    by_kind: bool,
) -> list[Item]:
    """Join each piece that describes the one before it rather than naming a new item.

    Items of a list are written alike: if the first starts with a determiner
    ("la présence militaire") or a capital ("Dimitri Moulic"), a piece that
    starts otherwise ("mécanicien de 37 ans", "réalisée sans note", "où
    l'écart grimpe") is a description. A title ("secrétaire d'État") or a
    relative clause ("qui", "dont") always is; the kind of start only counts
    when ``by_kind``. A piece led by a conjunction is a new item.
    """
    finals = words.get("final_conjunctions", [])
    merged: list[Item] = []
    first_kind = _start_kind(text[pieces[0].start : pieces[0].end], words)
    for piece in pieces:
        piece_text = text[piece.start : piece.end]
        lowered = piece_text.casefold()
        describes = bool(merged) and not _starts_with(lowered, finals)
        if describes:
            title = is_title is not None and is_title(piece_text)
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
    return re.compile(
        rf"(?<=\s)(?:{'|'.join(phrase_pattern(c) for c in ordered)})(?=\s)", re.IGNORECASE
    )


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
