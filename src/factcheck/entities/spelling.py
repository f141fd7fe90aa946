"""How a written name differs from a known one, part by part, and whether that is a misspelling.

FC101 explains every finding with a :class:`Difference`: which part of the
name differs ("the surname"), how ("one letter doubled", "2 letters",
"a transliteration from Cyrillic"), and what was written instead of what.

The budget of letters a part may differ by grows with its length, and a
name of several words is a misspelling only when at least one word is
written exactly: "Kiri Starmer" (given name 2 letters off, surname exact)
is Keir Starmer, "Martin Schulz" (both words differ) is another person.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz.distance import OSA, Levenshtein

from factcheck.entities.names import particles

# Letters a part may differ by, by its length: a short word has no room for
# a typo that still leaves it recognisable ("Li Keqiang" is not "Li Qiang").
SURNAME_BUDGET = ((3, 0), (5, 1))  # up to 3 letters: 0; up to 5: 1; longer: 2
GIVEN_NAME_BUDGET = ((2, 0), (3, 1))  # given names: "Kiri" for "Keir" is 2 letters


class Kind(StrEnum):
    """How a written name departs from the known one."""

    TYPO = "typo"  # letters substituted, inserted or deleted
    SWAP = "swap"  # two adjacent letters swapped
    DOUBLED = "doubled"  # a letter doubled or undoubled
    SPACING = "spacing"  # glued or split otherwise ("EmmanuelMacron")
    PARTICLE = "particle"  # another particle ("van der" for "von der")
    TRANSLITERATION = "transliteration"  # another romanisation
    CASE = "case"  # the right letters, a capital where there is none ("MAcron", "Von Der")
    ACCENT = "accent"  # the right letters, a diacritic wrong, added or partly dropped
    OCR = "ocr"  # a scanning confusion ("Charles lll" for "Charles III")
    GIVEN_NAME = "given-name"  # another real given name under the person's title


@dataclass(frozen=True)
class Difference:
    """What sets a written name apart from the known name it misspells."""

    kind: Kind
    part: str  # "given name", "surname", "middle name", "particle" or "name"
    written: str
    known: str
    distance: int = 0  # letters (edits) apart, for typos
    script: str | None = None  # for transliterations
    forms: tuple[str, ...] = ()  # the romanisation's letters seen in the written name
    index: int | None = None  # which word of the name, for a difference in one word

    def as_written(self, written: str, known: str) -> Difference:
        """This difference quoting the names as written (``written``) and as known (``known``)."""
        if self.kind is Kind.PARTICLE and self.index is None:
            return self  # the particles themselves, left out or added
        if self.index is None:
            return replace(self, written=written, known=known)
        words, known_words = written.split(), known.split()
        if len(words) <= self.index or len(known_words) <= self.index:
            return self
        return replace(self, written=words[self.index], known=known_words[self.index])

    def explain(self) -> str:
        written, known = f"'{self.written}'", f"'{self.known}'"
        if self.kind is Kind.SPACING:
            return f"the same letters as {known} with a space or hyphen missing or added"
        if self.kind is Kind.PARTICLE:
            if not self.written:
                return f"the particle {known} left out"
            if not self.known:
                return f"the particle {written} added"
            return f"the particle {written} for {known}"
        if self.kind is Kind.TRANSLITERATION:
            how = f" ({', '.join(self.forms)})" if self.forms else ""
            return (
                f"another romanisation of the {self.script} name{how}, "
                "which the knowledge base does not list"
            )
        if self.kind is Kind.CASE:
            return f"the {self.part} {written} for {known}: the capitals differ"
        if self.kind is Kind.ACCENT:
            return f"the {self.part} {written} for {known}: the accents differ"
        if self.kind is Kind.GIVEN_NAME:
            return (
                f"the given name {written} for {known}: another given name, "
                "under a title this person holds"
            )
        if self.kind is Kind.OCR:
            return f"{written} for {known}: letters a scanner confuses (l, 1, I)"
        what = "" if self.part == "name" else f"the {self.part} {written} for {known}, "
        if self.kind is Kind.DOUBLED:
            return f"{what}a letter doubled or undoubled"
        if self.kind is Kind.SWAP:
            return f"{what}two letters swapped"
        letters = "1 letter differs" if self.distance == 1 else f"{self.distance} letters differ"
        return f"{what}{letters}"

    def to_data(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind.value,
            "part": self.part,
            "written": self.written,
            "known": self.known,
        }
        if self.distance:
            data["distance"] = self.distance
        if self.script:
            data["script"] = self.script
        return data


def budget(word: str, given: bool, anchor: int = 0) -> int:
    """Letters ``word`` (a known part) may differ by and still be recognised.

    ``anchor`` is the length of the longest word written exactly beside it:
    a five-letter surname may take two typos next to a given name of three
    letters or more ("Joe Bifdn"), not next to "Li" ("Li Keqiang").
    """
    for longest, letters in GIVEN_NAME_BUDGET if given else SURNAME_BUDGET:
        if len(word) <= longest:
            strong = not given and len(word) == longest == 5 and anchor >= 3
            return letters + 1 if strong else letters
    return 2


def word_difference(written: str, known: str, part: str, anchor: int = 0) -> Difference | None:
    """How one written word misspells one known word, within the part's budget."""
    distance = OSA.distance(written, known)
    if distance == 0 or distance > budget(known, part == "given name", anchor):
        return None
    if distance == 1 and _undoubled(written) == _undoubled(known):
        kind = Kind.DOUBLED
    elif distance == 1 and Levenshtein.distance(written, known) == 2:
        kind = Kind.SWAP
    else:
        kind = Kind.TYPO
    return Difference(kind, part, written, known, distance)


def parts_difference(written: list[str], known: list[str]) -> Difference | None:
    """How a name misspells a known name of as many words, or None if it is another name.

    One word may differ within its budget, or the particles alone ("ibn"
    for "bin", "van der" for "von der"); the other words must be exact.
    """
    if len(written) != len(known) or written == known:
        return None
    small = particles()
    content = [i for i, word in enumerate(known) if word not in small]
    if not content:
        return None
    differing = [i for i in range(len(known)) if written[i] != known[i]]
    if all(known[i] in small and written[i] in small for i in differing):
        first = differing[0]
        return Difference(Kind.PARTICLE, "particle", written[first], known[first], index=first)
    if len(differing) != 1 or differing[0] not in content or len(content) < 2:
        return None
    i = differing[0]
    part = "surname" if i == content[-1] else "given name" if i == content[0] else "middle name"
    anchor = max(len(known[j]) for j in content if j != i)
    difference = word_difference(written[i], known[i], part, anchor)
    return None if difference is None else replace(difference, index=i)


def compact(key: str) -> str:
    """A normalized name without spaces, hyphens or apostrophes ("jean-noel barrot" -> "jeannoelbarrot")."""
    return key.translate(_SPACING)


_SPACING = str.maketrans("", "", " -'")


def _undoubled(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
