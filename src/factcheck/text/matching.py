"""The matching view: the text the checks read, with a map back to the original.

A reader sees "Kiri Starmer" whether the name is typed plainly or with a
zero-width space, a soft hyphen, a narrow no-break space, Cyrillic look-alike
letters, full-width letters or a decomposed accent. The checks must see the
same name, so they read a *matching view* of the article:

- NFC: a letter and its combining accents become one character;
- default-ignorable characters (zero-width space and joiners, word joiner,
  soft hyphen, bidi marks, embeddings, overrides and isolates, BOM, variation
  selectors, tags) are left out;
- odd spaces (no-break, narrow no-break, thin, figure, ideographic...) become
  a plain space;
- confusables become the Latin letter they imitate (the skeleton idea of
  Unicode TR39): full-width and mathematical letters always; Cyrillic and
  Greek look-alikes inside a word that also has Latin letters, or in any word
  made only of look-alikes when the text is mostly Latin script. A Greek or
  Russian word in a Latin-script article that has a letter with no Latin
  twin (П, λ) is left alone.

The original text is never changed: :meth:`MatchingView.to_original` maps a
span of the view back to the span of the original it was read from, so every
offset that leaves the pipeline points into the user's file.

The look-alike table (:data:`LOOKALIKES`) is a hand-kept subset of what
Unicode's confusables data (TR39, ``confusables.txt``) maps to one basic
Latin letter: the Cyrillic and Greek letters that look the same as a Latin
one in common news fonts, picked by hand. It is not generated from
``confusables.txt``: Python does not ship it, and confusable-homoglyphs
(PyPI) fetches its data at run time, which factcheck never does. Full-width
and mathematical letters need no table: NFKC folds them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Default-ignorable code points (DerivedCoreProperties.txt) that occur in
# pasted text, and the bidi controls; they display as nothing.
HIDDEN = (
    "\u00ad"  # SOFT HYPHEN
    "\u034f"  # COMBINING GRAPHEME JOINER
    "\u061c"  # ARABIC LETTER MARK
    "\u115f\u1160"  # HANGUL CHOSEONG/JUNGSEONG FILLER
    "\u17b4\u17b5"  # KHMER VOWEL INHERENT AQ/AA
    "\u180b-\u180f"  # MONGOLIAN FREE VARIATION SELECTORS, VOWEL SEPARATOR
    "\u200b-\u200f"  # ZERO WIDTH SPACE, ZWNJ, ZWJ, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u206f"  # WORD JOINER, invisible operators, bidi isolates, deprecated format
    "\u3164"  # HANGUL FILLER
    "\ufe00-\ufe0f"  # VARIATION SELECTORS
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (BOM)
    "\uffa0"  # HALFWIDTH HANGUL FILLER
    "\U0001bca0-\U0001bca3"  # SHORTHAND FORMAT CONTROLS
    "\U000e0000-\U000e0fff"  # TAGS, VARIATION SELECTORS SUPPLEMENT
)
HIDDEN_CHARS = re.compile(f"[{HIDDEN}]")
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

# Cyrillic and Greek letters that are confusable with one basic Latin letter.
LOOKALIKES: dict[str, str] = {
    # Cyrillic capitals
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "l",
    # Cyrillic small letters
    "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "г": "r", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek small letters
    "ο": "o", "ν": "v", "ι": "i", "α": "a", "ρ": "p", "γ": "y", "υ": "u",
}  # fmt: skip
_LOOKALIKE_CLASS = "".join(LOOKALIKES)
_LOOKALIKE = re.compile(rf"[{_LOOKALIKE_CLASS}]")
_WORD_CHARACTER = re.compile(r"\w")
_WORD_REST = re.compile(r"\w*")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_SCRIPT_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")

# Full-width ASCII (U+FF01-FF5E) and mathematical alphanumerics fold by NFKC.
_COMPAT = "\uff01-\uff5e\U0001d400-\U0001d7ff"

# What the view changes; everything else is copied as it is.
_SPECIAL = re.compile(f"[{HIDDEN}]+|[{ODD_SPACES}]|[{_COMPAT}]")


@dataclass(frozen=True)
class MatchingView:
    """``text`` is the view; pieces map its spans back into ``original``.

    Each piece is (view start, original start, original end, exact): an exact
    piece maps character for character; an inexact one (an NFC cluster) maps
    any of its view characters to the whole original cluster.
    """

    original: str
    text: str
    _view_starts: tuple[int, ...]
    _pieces: tuple[tuple[int, int, int, bool], ...]

    @property
    def is_identity(self) -> bool:
        return self.text is self.original

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span a view span was read from."""
        if self.is_identity:
            return start, end
        orig_start = self._map(start, is_end=False)
        if end <= start:
            return orig_start, orig_start
        return orig_start, self._map(end - 1, is_end=True)

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        """The view span read from an original span (hidden characters at its edges drop out)."""
        if self.is_identity:
            return start, end
        pieces = self._pieces
        i = bisect.bisect_right(pieces, start, key=lambda p: p[1]) - 1
        if i >= 0 and start < pieces[i][2]:
            view_start = pieces[i][0] + (start - pieces[i][1] if pieces[i][3] else 0)
        else:
            view_start = self._view_end(i)
        j = bisect.bisect_left(pieces, end, key=lambda p: p[1]) - 1
        if j < 0:
            return view_start, view_start
        piece_start, orig_start, orig_end, exact = pieces[j]
        if exact and end <= orig_end:
            view_end = piece_start + (end - orig_start)
        else:
            view_end = self._view_end(j)
        return view_start, max(view_start, view_end)

    def _view_end(self, i: int) -> int:
        """Where piece ``i`` ends in the view (piece -1 ends at 0)."""
        if i + 1 < len(self._pieces):
            return self._pieces[i + 1][0]
        return len(self.text) if i >= 0 else 0

    def _map(self, pos: int, *, is_end: bool) -> int:
        if pos >= len(self.text):
            return len(self.original)
        i = bisect.bisect_right(self._view_starts, pos) - 1
        view_start, orig_start, orig_end, exact = self._pieces[i]
        if exact:
            return orig_start + (pos - view_start) + (1 if is_end else 0)
        return orig_end if is_end else orig_start


def matching_view(original: str) -> MatchingView:
    """Build the view of ``original`` (the original itself when nothing changes)."""
    if original.isascii():
        return MatchingView(original, original, (0,), ((0, 0, len(original), True),))
    builder = _Builder()
    for start, end, replacement in _edits(original):
        builder.copy(original, start)
        builder.replace(replacement, start, end)
    builder.copy(original, len(original))
    text = _fold_lookalikes("".join(builder.parts))
    if text == original:
        text = original
    return MatchingView(original, text, tuple(builder.view_starts), tuple(builder.pieces))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.view_starts: list[int] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.view_len = 0
        self.orig_pos = 0

    def copy(self, original: str, until: int) -> None:
        if until > self.orig_pos:
            self._add(original[self.orig_pos : until], self.orig_pos, until, True)
        self.orig_pos = max(self.orig_pos, until)

    def replace(self, text: str, start: int, end: int) -> None:
        if text:
            self._add(text, start, end, len(text) == end - start)
        self.orig_pos = end

    def _add(self, text: str, start: int, end: int, exact: bool) -> None:
        self.parts.append(text)
        self.view_starts.append(self.view_len)
        self.pieces.append((self.view_len, start, end, exact))
        self.view_len += len(text)


def _edits(original: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every place the view differs, in order."""
    edits: list[tuple[int, int, str]] = []
    for match in _SPECIAL.finditer(original):
        ch = match.group()
        if HIDDEN_CHARS.match(ch):
            edits.append((match.start(), match.end(), ""))
        elif ch in _ODD_SPACE_SET:
            edits.append((match.start(), match.end(), " "))
        else:
            edits.append((match.start(), match.end(), unicodedata.normalize("NFKC", ch)))
    if not unicodedata.is_normalized("NFC", original):
        edits = _merge(edits, _nfc_edits(original))
    return edits


_ODD_SPACE_SET = frozenset(
    "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
)


def _nfc_edits(original: str) -> list[tuple[int, int, str]]:
    """A base character and the combining marks after it, composed (NFC)."""
    edits = []
    for match in _combining().finditer(original):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if stacked_marks(cluster):
            # "Sta" + three acute accents + "rmer": one mark is a letter's accent, the rest
            # a disguise (FC903 says so); the view keeps the letter and its first mark
            composed = unicodedata.normalize("NFC", cluster[:2])
        if composed != cluster:
            edits.append((match.start(), match.end(), composed))
    return edits


@lru_cache(maxsize=1)
def _combining() -> re.Pattern[str]:
    """A base character and the combining marks after it (built once, on first use)."""
    marks = "".join(
        re.escape(chr(c)) for c in range(0x300, 0x20000) if unicodedata.combining(chr(c))
    )
    return re.compile(f"[^{marks}]?[{marks}]+")


def stacked_marks(cluster: str) -> bool:
    """A Latin letter followed by combining marks that do not all compose with it (NFC
    leaves some): accents stacked on one letter, which no Latin-script word has
    ("ệ" written as e and two marks composes whole)."""
    if len(cluster) < 3 or not _LATIN_LETTER.match(cluster):
        return False
    composed = unicodedata.normalize("NFC", cluster)
    return any(unicodedata.combining(ch) for ch in composed)


def stacked_mark_clusters(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` has a letter with stacked combining marks (:func:`stacked_marks`)."""
    if unicodedata.is_normalized("NFC", text) and not any(unicodedata.combining(ch) for ch in text):
        return
    for match in _combining().finditer(text):
        if stacked_marks(match.group()):
            yield match.start(), match.end()


def _merge(
    first: list[tuple[int, int, str]], second: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Both edit lists in order; where they overlap, the NFC cluster wins."""
    merged: list[tuple[int, int, str]] = []
    for edit in sorted(first + second, key=lambda e: (e[0], -(e[1] - e[0]))):
        if merged and edit[0] < merged[-1][1]:
            continue
        merged.append(edit)
    return merged


def _fold_lookalikes(text: str) -> str:
    """Cyrillic and Greek look-alikes to Latin, where a word imitates Latin (same length)."""
    if not _OTHER_SCRIPT_LETTER.search(text):
        return text
    mostly_latin = is_mostly_latin(text)
    chars: list[str] | None = None
    for start, end in lookalike_words(text):
        if imitates_latin(text[start:end], mostly_latin):
            chars = chars if chars is not None else list(text)
            for i in range(start, end):
                chars[i] = LOOKALIKES.get(chars[i], chars[i])
    return text if chars is None else "".join(chars)


def imitates_latin(word: str, mostly_latin: bool) -> bool:
    """A word with look-alike letters that a reader takes for Latin script."""
    return bool(_LATIN_LETTER.search(word)) or (
        mostly_latin and all(ch in LOOKALIKES or not ch.isalpha() for ch in word)
    )


def lookalike_words(text: str) -> Iterator[tuple[int, int]]:
    """The words of ``text`` holding a look-alike letter (for FC903): (start, end)."""
    return words_around(_LOOKALIKE, text)


def words_around(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The words (runs of ``\\w``) that hold a match of ``pattern``, in linear time: the
    match is found first, then widened to its word. (A pattern of the form
    ``\\w*X\\w*`` retries every start of a long word: quadratic.)"""
    at = 0
    while (found := pattern.search(text, at)) is not None:
        start = found.start()
        while start > 0 and _WORD_CHARACTER.match(text, start - 1):
            start -= 1
        rest = _WORD_REST.match(text, found.end())
        end = rest.end() if rest else found.end()
        yield start, end
        at = max(end, found.end(), found.start() + 1)


def is_mostly_latin(text: str) -> bool:
    sample = text[:200_000]
    latin = len(_LATIN_LETTER.findall(sample))
    return latin > 2 * len(_OTHER_SCRIPT_LETTER.findall(sample))
