"""Sentence and word splitting with offsets into the original text.

Rule-based on purpose: it loads in no time, works for the Latin-script
languages we handle, and keeps exact offsets. It also serves as sumy's
tokenizer (sumy accepts any object with ``to_sentences`` and ``to_words``),
because sumy's default tokenizer needs NLTK data that cannot be downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words before a period that do not end a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr drs pr prof st ste me mgr gal gén col cdt lt sgt
    mr mrs ms messrs jr sr gen sen rep gov rev hon capt cmdr adm maj
    av bd boul fg pl rte cf p pp vol no nos art chap env ex fig ibid op vs etc
    inc ltd co corp dept est approx jan fév feb mar avr apr juil jul sept sep oct nov déc dec
    u.s u.k e.g i.e n.b""".split()
)

_PARAGRAPH = re.compile(r"[^\r\n]+")
# Starts only at the first stop of a run and takes the run whole (possessive),
# so a long run of dots costs linear time; "\s»" takes a French "? »".
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++(?:[\"»”’')\]]|\s»)*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"«“‘'(\[—–-]?\s?[A-ZÀ-ÖØ-Þ0-9])")
# Scraped news often drops the space after a stop: "communiqué.Jeudi",
# "dit-il.\"Nous", "Macron\".Les". Such a stop ends a sentence when a word,
# number or closing mark precedes it and a capitalised word follows (see
# _next_word_starts_sentence), so "ASP.NET", "3.5" and "U.S.A" stay whole;
# a straight quote right after the stop opens the next sentence when the
# quotes before it are balanced.
_GLUED = re.compile(r"(?<=[^\W_]|[%)\]\"»”])[.!?…]+[»”)\]]*(\"?)[«“]?(?=[^\W\d_])")
_LETTERS = re.compile(r"[^\W\d_]+")
_CHUNK = re.compile(r"\S+")
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_LONGEST_CHUNK = 200
_NOT_PROSE = re.compile(r"://|www\.|@|\.[a-z]{2,4}\b")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_WORD = re.compile(r"[^\W_]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; ``text[start:end]`` has no outer spaces."""
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        for start, end in _split_paragraph(text, para.start(), para.end()):
            spans.extend(_bounded(text, start, end))
    return spans


LONGEST_SENTENCE = 2_000  # characters: a longer run without a sentence end is cut


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`LONGEST_SENTENCE` characters, each cut
    after the last clause mark (";", ",", ":") or else the last space before the bound. A
    transcript or a pasted list without full stops is one "sentence" otherwise, and the
    checks that compare the parts of a sentence with one another grow with its square."""
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = max(text.rfind(mark, start + 1, limit) for mark in ";,:")
        if cut < 0:
            space = text.rfind(" ", start + 1, limit)
            cut = space if space > start else limit - 1
        piece = _trim(text, start, cut + 1)
        if piece:
            yield piece
        start = cut + 1
    piece = _trim(text, start, end)
    if piece:
        yield piece


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for cut in sorted(_spaced_cuts(text, start, end) + _glued_cuts(text, start, end)):
        if cut <= cursor:
            continue
        span = _trim(text, cursor, cut)
        if span:
            yield span
        cursor = cut
    span = _trim(text, cursor, end)
    if span:
        yield span


def _spaced_cuts(text: str, start: int, end: int) -> list[int]:
    """Ends of sentences followed by white space and a capital, digit or opening mark."""
    cuts = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _NEXT_START.match(text, match.end(), end):
            continue
        if match.group().startswith(".") and _is_abbreviation(text, cursor, match.start() + 1):
            continue
        cuts.append(match.end())
        cursor = match.end()
    return cuts


def _glued_cuts(text: str, start: int, end: int) -> list[int]:
    """Ends of sentences glued to the next one ("communiqué.Jeudi")."""
    cuts = []
    quotes, counted_to = 0, start  # straight quotes in text[start:counted_to]
    for match in _GLUED.finditer(text, start, end):
        if not _next_word_starts_sentence(text, match.end(), end, text[match.start() - 1]):
            continue
        chunk = _chunk_around(text, match.start(), start, end)
        if chunk is None or _NOT_PROSE.search(text, *chunk):
            continue
        if match.group().startswith(".") and _is_abbreviation(text, chunk[0], match.start() + 1):
            continue
        quote = match.start(1)
        quotes += text.count('"', counted_to, quote)
        counted_to = quote
        opens_next = match.group(1) and quotes % 2 == 0
        cuts.append(quote if opens_next else match.end(1))
    return cuts


def _next_word_starts_sentence(text: str, at: int, end: int, before: str) -> bool:
    """Whether the word glued after a stop looks like a sentence start.

    A capital then lower case ("Jeudi"); a one-letter word ("A Paris",
    "M. Dupont", "L'acte", "Q:"); or an all-capitals word ("LES FORCES",
    "BFMTV a") after a lower-case word or closing mark, which leaves
    "ASP.NET" whole.
    """
    word = _LETTERS.match(text, at, end)
    if word is None or not word.group()[0].isupper():
        return False
    after = text[word.end()] if word.end() < end else " "
    letters = word.group()
    if len(letters) == 1:
        if after == ".":  # "M. Dupont", not "U.S.A"
            return word.end() + 1 >= end or text[word.end() + 1].isspace()
        return after.isspace() or after in ",:'’-"
    if letters[1].islower():
        return True
    return letters.isupper() and (before.islower() or before in '"»”)') and after in " ,:"


def _chunk_around(text: str, at: int, start: int, end: int) -> tuple[int, int] | None:
    """The run of non-space text holding ``text[at]``; None when absurdly long (not prose)."""
    window = max(start, at - _LONGEST_CHUNK)
    space = _UP_TO_LAST_SPACE.match(text, window, at)
    left = space.end() if space else window
    right = _CHUNK.match(text, at, min(end, at + _LONGEST_CHUNK))
    if right is None or right.end() == at + _LONGEST_CHUNK:
        return None
    if left == window > start and not text[window - 1].isspace():
        return None
    return left, right.end()


def _is_abbreviation(text: str, start: int, period_end: int) -> bool:
    # A bounded look-back keeps long runs of "A. B. C." linear; abbreviations are short.
    word = _WORD_BEFORE.search(text, max(start, period_end - 64), period_end)
    if word is None:
        return False
    token = word.group(1).lower()
    if _INITIALS.fullmatch(token):
        return True  # initials: "J.K. Rowling", "U.S.A."
    last = token.rsplit(".", 1)[-1]  # "innocence.M." (a glued stop) ends in "m"
    if len(last) == 1 and last.isalpha():
        return True  # an initial: "J. Biden"
    return token in ABBREVIATIONS or last in ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each word (letters and digits) in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


class SumyTokenizer:
    """The tokenizer sumy's parsers and summarizers call."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))
