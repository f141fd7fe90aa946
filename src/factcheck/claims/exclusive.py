"""Another member of a set of mutually exclusive terms: "a diesel car" where the claim
says "an electric car", "une centrale à charbon" where it says "une centrale
nucléaire". The sets are ``exclusive`` in ``data/<lang>/contradiction.json``:
kinds of one thing that exclude each other (engines, energy sources, means of
transport, medals). A sentence that names another member of the claim's set, and
not the claim's own, tells of another object."""

from __future__ import annotations

from factcheck.claims.fold import LETTERS, fold
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.side import Side, quoted


def other_member(said: Side, claim: Side) -> Contradiction | None:
    """The sentence's member of a set where the claim names one other member, and the
    sentence does not name the claim's ("diesel et électrique" names both)."""
    if said.lang != claim.lang:
        return None
    mine = _members(said)
    for group, words in _members(claim).items():
        named = {member for member, _, _ in words}
        if len(named) != 1 or group not in mine:
            continue  # the claim names two members ("diesel et essence"): neither is its own
        if any(member in named for member, _, _ in mine[group]):
            continue
        _, s, e = mine[group][0]
        _, cs, ce = words[0]
        return quoted(ContradictionKind.OBJECT, said, claim, s, e, cs, ce)
    return None


def _members(side: Side) -> dict[int, list[tuple[str, int, int]]]:
    """The side's words that belong to a set, by set, with their member and offsets."""
    found: dict[int, list[tuple[str, int, int]]] = {}
    sets = lexicon(side.lang).exclusive
    for m in LETTERS.finditer(fold(side.text), side.start, side.end):
        if (belongs := sets.get(m.group())) is not None:
            group, member = belongs
            found.setdefault(group, []).append((member, m.start(), m.end()))
    return found
