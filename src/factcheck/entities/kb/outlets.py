"""The outlet index of a knowledge base: which outlet a cited name is, was meant to be, or none.

Built once per knowledge base (``outlet_index(kb)``). A name is compared by
its *key*: case-folded, accent-free, without a leading article ("The", "Le",
"La", "Les", "L'", "El", "Il", "Die", "Der") and without spaces, dots or
dashes, so "Lyon Mag", "LyonMag" and "lyonmag" are one name.

``lookup`` answers, for a cited name:

- ``known``: it is an accepted name (name or alias) of an outlet;
- ``translated``: it is a translated name the knowledge base lists
  ("Vérité Européenne" for Yevropeiska Pravda);
- ``misspelled``: it is one or two edits away from an accepted name (a letter
  added, dropped, changed, or two letters swapped)
  (one for a key of 6 to 11 letters, two from 12; never under 6), and the
  answer says which outlet and how far;
- ``unknown``: none of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.text.normalize import loose_alternation, loose_pattern, normalize

_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|el|il|lo|die|der|das|de|het)\s*(?=\w)")
_NOT_LETTERS = re.compile(r"[\W_]+")


class OutletMatch(Enum):
    KNOWN = "known"
    TRANSLATED = "translated"
    MISSPELLED = "misspelled"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class OutletLookup:
    match: OutletMatch
    outlet: Entity | None = None
    distance: int = 0  # letters changed, for a misspelled name


def outlet_key(name: str) -> str:
    """The comparison key of an outlet name (see the module docstring)."""
    text = normalize(name)
    return _NOT_LETTERS.sub("", _ARTICLE.sub("", text))


def max_distance(key: str) -> int:
    """How many letters a cited name may differ from a known one and still be a misspelling."""
    return 0 if len(key) < 6 else 1 if len(key) < 12 else 2


class OutletIndex:
    """Every outlet of a knowledge base, by the key of each of its names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.accepted: dict[str, Entity] = {}
        self.translated: dict[str, Entity] = {}
        outlets = kb.by_kind("outlet")
        for outlet in outlets:
            for name in outlet.accepted_names:
                self.accepted.setdefault(outlet_key(name), outlet)
            for name in outlet.translated_names:
                self.translated.setdefault(outlet_key(name), outlet)
        self.accepted.pop("", None)
        self.translated.pop("", None)
        self._keys = list(self.accepted)
        names = {n for outlet in outlets for n in outlet.accepted_names if outlet_key(n)}
        body = loose_alternation(list(names))
        # Every accepted name, longest first: does a known outlet's name start here?
        self.names = re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE) if names else None
        # Every translated name as a whole phrase, in knowledge-base order (FC202 looks
        # for them anywhere in an article).
        self.translated_patterns = [
            (re.compile(rf"(?<!\w){loose_pattern(name)}(?!\w)", re.IGNORECASE), outlet)
            for outlet in outlets
            for name in outlet.translated_names
        ]

    def lookup(self, name: str) -> OutletLookup:
        key = outlet_key(name)
        if not key:
            return OutletLookup(OutletMatch.UNKNOWN)
        if key in self.accepted:
            return OutletLookup(OutletMatch.KNOWN, self.accepted[key])
        if key in self.translated:
            return OutletLookup(OutletMatch.TRANSLATED, self.translated[key])
        limit = max_distance(key)
        if limit and self._keys:
            best = process.extractOne(key, self._keys, scorer=OSA.distance, score_cutoff=limit)
            if best is not None:
                found, distance, _ = best
                # The first letter is kept by nearly every typo; a different one is another name.
                if found[0] == key[0] and max_distance(found) > 0:
                    return OutletLookup(OutletMatch.MISSPELLED, self.accepted[found], int(distance))
        return OutletLookup(OutletMatch.UNKNOWN)


def outlet_index(kb: KnowledgeBase) -> OutletIndex:
    """The outlet index of ``kb``, built once per knowledge base."""
    return kb.derived("outlets", OutletIndex)
