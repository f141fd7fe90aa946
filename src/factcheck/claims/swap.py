"""Two named parties swapped around the same words: another agent.

"Kamala Harris a battu Donald Trump" for the claim "Donald Trump a battu
Kamala Harris" says every word of the claim, so no word-level kind sees it:
the same names stand in each other's places. A swap is read only when,
names aside, the sentence says the claim's content words in the claim's
order; a passive ("Trump a été battu par Harris") changes the words between
the names and is not read as a swap.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims.cues import cues_for
from factcheck.claims.features import lang_key
from factcheck.claims.fold import LETTERS, fold
from factcheck.core.langdata import lang_json

_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*")

Name = tuple[str, int, int]  # folded name, start, end


def names(text: str, start: int, end: int, lang: str) -> list[Name]:
    """The capitalised runs of ``text[start:end]`` with their leading articles dropped
    ("La France" and "la France" are one name)."""
    stop = cues_for(lang).stopwords
    found = []
    for m in _NAME_RUN.finditer(text, start, end):
        s = m.start()
        words = m.group().split()
        while words and fold(words[0].split("'")[-1].split("’")[-1]) in stop:
            s = text.index(words[0], s) + len(words[0])
            words = words[1:]
        if not words:
            continue
        first = words[0]
        if "'" in first or "’" in first:  # "L'Irlande"
            cut = max(first.rfind("'"), first.rfind("’")) + 1
            s = text.index(first, s) + cut
            words[0] = first[cut:]
        found.append((fold(" ".join(words)), text.index(words[0], s), m.end()))
    return found


@cache
def _passive(lang: str) -> frozenset[str]:
    data = lang_json(lang, "contradiction.json") or {}
    return frozenset(fold(w) for w in data.get("passive", []))


def _marks(text: str, start: int, end: int, lang: str) -> int:
    """How many passive marks ("par", "été", "by") ``text[start:end]`` holds."""
    marks = _passive(lang)
    return sum(1 for m in LETTERS.finditer(fold(text), start, end) if m.group() in marks)


def _rest(text: str, start: int, end: int, lang: str, taken: list[Name]) -> list[str]:
    """The content-word keys of ``text[start:end]`` outside the names, in order."""
    stop = cues_for(lang).stopwords
    folded = fold(text)
    return [
        lang_key(m.group(), lang)
        for m in LETTERS.finditer(folded, start, end)
        if m.group() not in stop and not any(s <= m.start() < e for _, s, e in taken)
    ]


def swapped(
    said: tuple[str, int, int], claim: tuple[str, int, int], lang: str
) -> tuple[Name, Name] | None:
    """(the sentence's name, the claim's name) where the sentence puts the claim's names
    in other places and says the rest as the claim does; None otherwise."""
    mine, theirs = names(*said, lang), names(*claim, lang)
    if len(theirs) < 2 or sorted(n for n, _, _ in mine) != sorted(n for n, _, _ in theirs):
        return None
    if [n for n, _, _ in mine] == [n for n, _, _ in theirs]:
        return None
    if _rest(*said, lang, mine) != _rest(*claim, lang, theirs):
        return None
    if _marks(*said, lang) != _marks(*claim, lang):  # "Trump a été battu par Harris"
        return None
    for a, b in zip(mine, theirs, strict=True):
        if a[0] != b[0]:
            return a, b
    return None
