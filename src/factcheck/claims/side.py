"""One side of a comparison between a sentence and a claim, and a contradiction
quoting both sides."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.claims.cues import cues_for
from factcheck.claims.features import Features, lang_key
from factcheck.claims.fold import LETTERS, fold
from factcheck.claims.model import Contradiction, ContradictionKind


@dataclass(frozen=True)
class Side:
    """One side of the comparison: the text, its span, its language and what it states."""

    text: str
    start: int
    end: int
    lang: str
    features: Features

    def words(self) -> list[tuple[str, int, int]]:
        """(key, start, end) of every word of the span, stop words included."""
        folded = fold(self.text)
        values = [(d.start, d.end) for d in self.features.dates]
        values += [(n.start, n.end) for n in self.features.numbers]
        return [
            (lang_key(m.group(), self.lang), m.start(), m.end())
            for m in LETTERS.finditer(folded, self.start, self.end)
            if not any(s <= m.start() < e for s, e in values)  # "May" 2021 is no modality
        ]

    def negated(self) -> bool:
        """A negation anywhere in the span ("rien n'oblige", "can no longer")."""
        cues = cues_for(self.lang)
        return any(
            not cues.pattern("not_negation").match(self.text, m.start(), self.end)
            for m in cues.pattern("negation").finditer(self.text, self.start, self.end)
        )


def quoted(kind: ContradictionKind, said: Side, claim: Side, *spans: int) -> Contradiction:
    """Both sides quoted; a claim with no counterpart words (a modality, a reversal) is
    quoted whole."""
    s, e, cs, ce = spans
    if cs == ce:
        cs, ce = claim.start, claim.end
    return Contradiction(kind, s, e, said.text[s:e], cs, ce, claim.text[cs:ce])
