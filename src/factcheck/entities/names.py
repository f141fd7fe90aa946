"""Finding proper-name candidates in text, with offsets.

A candidate is a run of capitalised words ("Keir Starmer"), possibly joined
by lower-case particles ("Ursula von der Leyen", "Charles de Gaulle").
Which candidates are people, outlets or nothing is decided by the rules
against the knowledge base, not here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factcheck.core.langdata import lang_file, languages_with
from factcheck.entities.translit import script_particles
from factcheck.text.normalize import normalize

# A capitalised word starts a word, or follows an elided article or
# preposition ("d'Emmanuel", "l'Élysée", "qu'Olaf"), and may carry a
# hyphenated particle ("al-Assad", "el-Sisi"; the particles are data).
# Elisions longer than a letter ("qu'") are data: data/<lang>/elisions.txt.
_WORD_START = r"(?<![\w’'])"
# An English possessive ending ("Starmer's", "Charles’s") is not part of the
# name; "O'Brien" and "N'Diaye" keep their apostrophe.
_LETTER = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]"
_WORD = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:-{_LETTER}[\w]*|[’'](?![sS](?!\w)){_LETTER}[\w]*)*"
_GAP = re.compile(r"[ \u00a0]+")


class Token(NamedTuple):
    """One capitalised word: ``text[start:end]``. A tuple, as articles hold many."""

    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return normalize(self.text)


class NameSpan(NamedTuple):
    """A run of name tokens; ``tokens`` are the capitalised words only."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def name_spans(
    text: str, start: int = 0, end: int | None = None, elided: bool = False
) -> list[NameSpan]:
    """Runs of capitalised words in ``text[start:end]``, particles allowed inside.

    With ``elided``, a word right after an elided article or preposition
    counts too ("d'Emmanuel Macron", "l'OTAN"), as people matching needs;
    without, such words are left out, as claim detection expects.
    """
    stop = len(text) if end is None else end
    elision = _elided()
    widest = _widest_gap()
    spans: list[NameSpan] = []
    run: list[Token] = []
    for match in _name_word(elided).finditer(text, start, stop):
        word = match.group()
        if ("'" in word or "’" in word) and elision.match(word):
            continue  # "L'empereur", "Qu'il": a capitalised elision, not a name
        token = Token(match.start(), match.end(), word)
        if run:
            left = run[-1].end
            if token.start - left <= widest and _joined(text, left, token.start):
                run.append(token)
                continue
            spans.append(NameSpan(tuple(run)))
        run = [token]
    if run:
        spans.append(NameSpan(tuple(run)))
    return spans


def _joined(text: str, left_end: int, right_start: int) -> bool:
    """Whether two capitalised words belong to one name: a space, or particles."""
    gap = text[left_end:right_start]
    if gap == " " or _GAP.fullmatch(gap):
        return True
    parts = gap.split()
    if not gap.startswith((" ", "\u00a0")) or not gap.endswith((" ", "\u00a0")):
        return False
    return 0 < len(parts) <= 2 and all(p in particles() or _two_particles(p) for p in parts)


@cache
def _widest_gap() -> int:
    """The longest gap two words of one name can have: two particles and three spaces."""
    return 2 * max(map(len, particles()), default=0) + 3 + 8  # and some extra spaces


def _two_particles(word: str) -> bool:
    """Two particles written as one word ("vonder" for "von der")."""
    small = particles()
    return any(word[:i] in small and word[i:] in small for i in range(1, len(word)))


@cache
def _name_word(elided: bool) -> re.Pattern[str]:
    hyphenated = "|".join(sorted((re.escape(p) for p in particles()), key=len, reverse=True))
    starts = _WORD_START
    if elided:
        # After any one letter and an apostrophe ("d'", "l'"), or a longer elision.
        behind = [r"(?<=(?<![\w’'])[a-zA-Z]['’])"]
        for word in sorted(_words_of("elisions.txt")):
            cased = f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"
            behind.append(rf"(?<=(?<![\w’']){cased}['’])")
        starts = f"(?:{_WORD_START}|{'|'.join(behind)})"
    # The lookahead first: most positions fail it at once, before the lookbehinds.
    first = rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž]|(?:{hyphenated})-)"
    return re.compile(rf"{first}{starts}(?:(?:{hyphenated})-)?{_WORD}")


@cache
def particles() -> frozenset[str]:
    """Lower-case words that may stand inside a name ("von der", "bin", "da"), every language's.

    They are data: ``data/<lang>/name_particles.txt``, one a line, and the
    ``particles`` of the transliteration tables (Arabic "bin", "al").
    """
    return _words_of("name_particles.txt") | script_particles()


@cache
def _elided() -> re.Pattern[str]:
    """A capitalised elision opening a word ("L'empereur", "Qu'il"): not a name."""
    longer = "|".join(w.capitalize() for w in sorted(_words_of("elisions.txt"), key=len))
    return re.compile(rf"(?:[A-Z]{'|' + longer if longer else ''})['’][a-zà-öø-ÿ]")


def _words_of(name: str) -> frozenset[str]:
    """The words of ``data/<lang>/<name>`` for every language that has it (``#`` comments)."""
    words: set[str] = set()
    for lang in languages_with(name):
        entry = lang_file(lang, name)
        if entry is not None:
            lines = entry.read_text("utf-8").splitlines()
            words.update(w.strip() for w in lines if w.strip() and not w.startswith("#"))
    return frozenset(words)
