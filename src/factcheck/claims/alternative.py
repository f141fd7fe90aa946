"""A denied alternative: "X, et non Y", "X and not Y".

"C'est la Lettonie, et non l'Islande, qui a rétabli le service militaire"
says who did it and denies that Iceland did. When the words after the cue
(up to the end of their clause) hold a word or a value of a claim that the
rest of the sentence does not say, the sentence sets the claim's own word
aside for another: another agent, object or place, another number or date,
as :mod:`factcheck.claims.substitution` finds when the claim's word is simply
replaced. The cues are the ``denied_alternative`` section of
``data/<lang>/claim_cues.json``; "et non plus" (no longer) and "et non
seulement" (not only) are no cues. A claim that sets an alternative aside
itself ("..., et non par des humains") is left to the other readings: the
sentence may repeat it.
"""

from __future__ import annotations

import re

from factcheck.claims.cues import cues_for
from factcheck.claims.features import Features, read_features
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.score import Said
from factcheck.claims.stance import same_date
from factcheck.claims.substitution import AGENT_WORDS, after_place_word
from factcheck.entities.kb.model import Claim

ENGLISH = "en"
ALTERNATIVE_WORDS = 8  # words after the cue that make the denied alternative at most
LOOKBACK = len("et non pas ")  # characters before a clause where its cue may begin
_CLAUSE_END = re.compile(r"[,;:.()]")
_WORD = re.compile(r"\S+")


def denied_alternative(said: Said, entry: Claim, theirs: Features) -> Contradiction | None:
    """The denied alternative against the entry's word it holds, or None. Read in the
    entry's language only. The clause reader may cut "..., et | non l'Islande, qui
    ...": the cue may begin a little before the claim's span, and the alternative may
    follow the span in its sentence."""
    lang = entry.lang or ENGLISH
    if lang != said.lang:
        return None
    pattern = cues_for(lang).pattern("denied_alternative")
    if pattern.search(entry.text):
        return None
    claim, text = said.claim, said.text
    last = max(claim.end, said.sentence_end or claim.end)
    for cue in pattern.finditer(text, max(0, claim.start - LOOKBACK), last):
        if cue.end() <= claim.start:
            continue
        end = _alternative_end(text, cue.end(), last)
        alternative = read_features(text, lang, cue.end(), end)
        found = _set_aside(said.features, alternative, (cue.start(), end), theirs, entry)
        if found is not None:
            kind, cs, ce = found
            return Contradiction(
                kind, cue.start(), end, text[cue.start() : end], cs, ce, entry.text[cs:ce]
            )
    return None


def _set_aside(
    mine: Features,
    alternative: Features,
    span: tuple[int, int],
    theirs: Features,
    entry: Claim,
) -> tuple[ContradictionKind, int, int] | None:
    """The kind and the entry's span of what the alternative sets aside: a value, a date
    or a word of the entry's that the sentence says nowhere else (``mine``: the
    sentence's features, ``span``: the cue and its alternative)."""

    def outside(start: int) -> bool:
        return not span[0] <= start < span[1]

    values = {n.value for n in mine.numbers if outside(n.start)}
    for number in alternative.numbers:
        if number.value not in values:
            for n in theirs.numbers:
                if n.value == number.value:
                    return ContradictionKind.NUMBER, n.start, n.end
    dates = [d for d in mine.dates if outside(d.start)]
    for date in alternative.dates:
        if not any(same_date(date, d) for d in dates):
            for d in theirs.dates:
                if same_date(date, d):
                    return ContradictionKind.DATE, d.start, d.end
    keys = {w.key for w in mine.words if outside(w.start)}
    for word in alternative.words:
        if word.key in keys:
            continue
        for i, w in enumerate(theirs.words):
            if w.key == word.key:
                return _role(entry, i, w.start), w.start, w.end
    return None


def _role(entry: Claim, index: int, start: int) -> ContradictionKind:
    """What the entry's word is to its claim: among its first words, its agent; after a
    place preposition, its place; else its object."""
    if index < AGENT_WORDS:
        return ContradictionKind.AGENT
    if after_place_word(lexicon(entry.lang or ENGLISH), entry.text, 0, start):
        return ContradictionKind.PLACE
    return ContradictionKind.OBJECT


def _alternative_end(text: str, start: int, limit: int) -> int:
    """Where the denied alternative ends: at its clause's end, or after
    :data:`ALTERNATIVE_WORDS` words."""
    stop = _CLAUSE_END.search(text, start, limit)
    end = stop.start() if stop else limit
    words = list(_WORD.finditer(text, start, end))
    if len(words) > ALTERNATIVE_WORDS:
        end = words[ALTERNATIVE_WORDS - 1].end()
    return end
