"""A span of time of the sentence in the place of the claim's: "la période d'essai est de
deux mois au maximum" against "la période d'essai peut durer un an".

Spans are compared by their length (:func:`factcheck.text.values.find_durations`),
whatever their units: "douze mois" says "un an" again, "deux mois" does not.
A bound is met by any length on its side ("plus de deux mois" for "un an", "un
an au plus" for "six mois"), and a span that dates rather than measures ("trois
mois après le vote", "il y a deux ans", "two years ago") is left out: it tells
another step of the story, as :func:`factcheck.claims.contradict` reads it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.claims.fold import ends_with_words, fold
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.side import Side, quoted
from factcheck.claims.value_diff import hedge_phrases, upper_bounds
from factcheck.text.values import DurationValue, find_durations

NEAR = 20  # characters before or after a span where its bound or its dating word is read
SAME = Decimal("0.1")  # "quatre semaines" says "un mois": lengths within a tenth agree
_OF = re.compile(r"\s+(?:de\s+|d['’]|of\s+)([^\W\d_]+)", re.IGNORECASE)


def differing_duration(said: Side, claim: Side) -> Contradiction | None:
    """The sentence's span of time against the claim's it stands for, when the two
    differ and neither bound meets the other: another number ("deux mois" for "un
    an"), or, when the sentence bounds its span, another quantity ("plus de cinq ans"
    for "un an"). Two figures in the same unit ("16 ans", "14 ans") are left to
    :func:`factcheck.claims.value_diff.differing_number`, which weighs what each
    measures."""
    mine, theirs = _measured(said), _measured(claim)
    if not mine or not theirs:
        return None
    if any(_agree(said, d, claim, c) for d in mine for c in theirs):
        return None  # the claim's span is said, whatever else the sentence measures
    for d in mine:
        for c in theirs:
            if _figures_alike(said, d, claim, c) or _of_other_things(said, d, claim, c):
                continue
            bounded = _bound(said, d) is not None
            kind = ContradictionKind.QUANTITY if bounded else ContradictionKind.NUMBER
            return quoted(kind, said, claim, d.start, d.end, c.start, c.end)
    return None


def span_reworded(said: Side, claim: Side, found: Contradiction) -> bool:
    """What ``found`` sets against the claim lies in a span of time of one length on both
    sides: "26 semaines" says "six mois", and "semaines" is no other object."""
    mine = [d for d in _measured(said) if d.start <= found.start and found.end <= d.end]
    theirs = [
        c for c in _measured(claim) if c.start <= found.claim_start and found.claim_end <= c.end
    ]
    return any(_agree(said, d, claim, c) for d in mine for c in theirs)


def _figures_alike(said: Side, d: DurationValue, claim: Side, c: DurationValue) -> bool:
    """Both spans are a figure and the same unit ("16 ans", "14 ans")."""
    return (
        d.unit == c.unit
        and any(n.start == d.start for n in said.features.numbers)
        and any(n.start == c.start for n in claim.features.numbers)
    )


def _measured(side: Side) -> list[DurationValue]:
    """The spans of time of the side that measure something (not "trois mois après")."""
    found = find_durations(side.text, side.lang, side.start, side.end, side.features.numbers)
    return [d for d in found if not _dates(side, d)]


def _dates(side: Side, span: DurationValue) -> bool:
    """The span dates a step rather than measures: "trois mois après", "il y a deux
    ans", "two years ago"."""
    before, after = _around(side, span)
    lex = lexicon(side.lang)
    return _opens_with_any(after, (*lex.steps, *lex.ago_after)) or any(
        ends_with_words(before, w) for w in lex.ago_before
    )


def _agree(said: Side, d: DurationValue, claim: Side, c: DurationValue) -> bool:
    """The two spans are one length, or a bound of either side meets the other's."""
    if abs(d.seconds - c.seconds) <= SAME * max(d.seconds, c.seconds):
        return True
    return _meets(said, d, c.seconds) or _meets(claim, c, d.seconds)


def _meets(side: Side, span: DurationValue, other: Decimal) -> bool:
    """A bound on ``span`` ("plus de deux mois", "un an au plus") that ``other`` meets;
    an approximation ("environ un an") is met within a tenth, as a plain span is."""
    bound = _bound(side, span)
    if bound == LOWER:
        return other >= span.seconds
    if bound == UPPER:
        return other <= span.seconds
    return False


LOWER, UPPER = "lower", "upper"


def _bound(side: Side, span: DurationValue) -> str | None:
    """Whether a lower ("plus de", "au moins") or an upper bound ("moins de", "au
    maximum") stands right before or right after ``span``."""
    before, after = _around(side, span)
    _, lower = hedge_phrases(side.lang)
    upper = upper_bounds(side.lang)
    if any(ends_with_words(before, w) for w in lower) or _opens_with_any(after, lower):
        return LOWER
    if any(ends_with_words(before, w) for w in upper) or _opens_with_any(after, upper):
        return UPPER
    return None


def _of_other_things(said: Side, d: DurationValue, claim: Side, c: DurationValue) -> bool:
    """Both spans measure named things, not the same: "cinq ans de prison" and "dix
    ans d'inéligibilité"."""
    mine = _OF.match(said.text, d.end, said.end)
    theirs = _OF.match(claim.text, c.end, claim.end)
    return bool(mine and theirs and fold(mine.group(1)) != fold(theirs.group(1)))


def _around(side: Side, span: DurationValue) -> tuple[str, str]:
    """The folded words right before and right after ``span``, within the side."""
    before = fold(side.text[max(side.start, span.start - NEAR) : span.start]).rstrip()
    after = fold(side.text[span.end : min(side.end, span.end + NEAR)]).lstrip()
    return before, after


def _opens_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    """``text`` opens with one of ``phrases`` as whole words."""
    return any(text.startswith(p) and not text[len(p) : len(p) + 1].isalpha() for p in phrases if p)
