"""A comparison of two sides ("le bitcoin consomme plus d'électricité que la France"),
and how a sentence's comparison stands to a claim's.

Said the other way round with the opposite word ("la France consomme moins
d'électricité que le bitcoin"), a comparison is the claim again, though "moins"
against "plus" looks like a change of quantity. Said the other way round with the
same word ("les activités humaines émettent plus de CO2 que les volcans" against
"les volcans émettent plus de CO2 que les activités humaines") it is reversed: a
contradiction of the claim. The words are ``comparison`` in
``data/<lang>/contradiction.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum

from factcheck.claims.fold import LETTERS, fold
from factcheck.claims.lexicon import lexicon
from factcheck.claims.side import Side

_CLAUSE_END = re.compile(r"[,;:]")


class Relation(Enum):
    SAME = "same"  # the other way round, with the opposite word: the claim again
    REVERSED = "reversed"  # the other way round, with the same word: its contradiction


@dataclass(frozen=True)
class Comparison:
    upwards: bool  # "plus", "more" (else "moins", "less")
    word: tuple[int, int]  # the comparison word's offsets
    before: frozenset[str]  # the content keys of what is compared ("le bitcoin")
    after: frozenset[str]  # ... and of what it is compared with ("la France")


def comparison(side: Side) -> Comparison | None:
    """The side's comparison, when it has exactly one: a comparison word, then (in
    its clause) the word of what it is compared with. Linear in the side's length."""
    lex = lexicon(side.lang)
    folded = fold(side.text)
    words = list(LETTERS.finditer(folded, side.start, side.end))
    thans = [i for i, w in enumerate(words) if w.group() in lex.than]
    ends = [m.start() for m in _CLAUSE_END.finditer(folded, side.start, side.end)]
    found: list[Comparison] = []
    for i, m in enumerate(words):
        word = m.group()
        if word not in lex.more and word not in lex.less:
            continue
        if i and words[i - 1].group() in lex.not_more:
            continue  # "ne ... plus que": a restriction, no comparison
        cut = bisect_left(ends, m.end())
        clause_end = ends[cut] if cut < len(ends) else side.end
        at = bisect_right(thans, i)
        if at == len(thans) or words[thans[at]].start() >= clause_end:
            continue
        if found:
            return None  # two comparisons: which sides go together is not told
        start = ends[cut - 1] + 1 if cut else side.start
        content = side.features.keys
        before = _keys(side, start, m.start(), content)
        after = _keys(side, words[thans[at]].end(), clause_end, content)
        found.append(Comparison(word in lex.more, m.span(), before, after))
    return found[0] if found else None


def relation(said: Side, claim: Side) -> tuple[Relation, Comparison, Comparison] | None:
    """How the sentence's comparison stands to the claim's, when it compares the
    claim's two sides the other way round; None otherwise."""
    if said.lang != claim.lang:
        return None
    mine, theirs = comparison(said), comparison(claim)
    if mine is None or theirs is None:
        return None
    crossed = (mine.before & theirs.after, mine.after & theirs.before)
    straight = len(mine.before & theirs.before) + len(mine.after & theirs.after)
    if not all(crossed) or sum(map(len, crossed)) <= straight:
        return None  # a shared verb ("consomme") stands on the same side in both
    kind = Relation.SAME if mine.upwards != theirs.upwards else Relation.REVERSED
    return kind, mine, theirs


def _keys(side: Side, start: int, end: int, content: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k, s, _ in side.words() if start <= s < end and k in content)
