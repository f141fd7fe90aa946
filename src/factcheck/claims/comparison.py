"""A comparison of two sides ("le bitcoin consomme plus d'électricité que la France"),
and how a sentence's comparison stands to a claim's.

Said the other way round with the opposite word ("la France consomme moins
d'électricité que le bitcoin"), a comparison is the claim again, though "moins"
against "plus" looks like a change of quantity. Said the other way round with the
same word ("les activités humaines émettent plus de CO2 que les volcans" against
"les volcans émettent plus de CO2 que les activités humaines") it is reversed: a
contradiction of the claim. A claim's superlative ("les épinards sont l'aliment
le plus riche en fer") is denied by a comparison that puts something above its
subject in the same quality ("les lentilles sont plus riches en fer que les
épinards"). The words are ``comparison`` in ``data/<lang>/contradiction.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

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
    quality: frozenset[str] = frozenset()  # the stems of the words between ("riches en fer")


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
        quality = _stems(side, m.end(), words[thans[at]].start())
        found.append(Comparison(word in lex.more, m.span(), before, after, quality))
    return found[0] if found else None


@dataclass(frozen=True)
class Superlative:
    upwards: bool  # "le plus", "the most" (else "le moins", "the least")
    word: tuple[int, int]  # the article and the superlative word
    subject: frozenset[str]  # the content keys before it in its clause ("les épinards")
    quality: frozenset[str]  # the stems of the words after it ("riche en fer")


def superlative(side: Side) -> Superlative | None:
    """The side's superlative, when it has exactly one: an article, then a word of
    the most or the least ("le plus", "the most", "the highest")."""
    lex = lexicon(side.lang)
    if not lex.superlative_articles:
        return None
    folded = fold(side.text)
    words = list(LETTERS.finditer(folded, side.start, side.end))
    ends = [m.start() for m in _CLAUSE_END.finditer(folded, side.start, side.end)]
    found: list[Superlative] = []
    for article, m in pairwise(words):
        if article.group() not in lex.superlative_articles:
            continue
        if m.group() not in lex.most and m.group() not in lex.least:
            continue
        if found:
            return None
        cut = bisect_left(ends, m.end())
        clause_end = ends[cut] if cut < len(ends) else side.end
        start = ends[cut - 1] + 1 if cut else side.start
        subject = _keys(side, start, article.start(), side.features.keys)
        quality = _stems(side, m.end(), clause_end)
        found.append(
            Superlative(m.group() in lex.most, (article.start(), m.end()), subject, quality)
        )
    return found[0] if found else None


def exceeded(said: Side, claim: Side) -> tuple[Comparison, Superlative] | None:
    """The sentence puts something above the subject of the claim's superlative, in
    the same quality and direction ("plus riches en fer que les épinards" against
    "les épinards sont l'aliment le plus riche en fer"): the claim denied."""
    if said.lang != claim.lang:
        return None
    theirs = superlative(claim)
    if theirs is None or not theirs.subject:
        return None
    mine = comparison(said)
    if mine is None or mine.upwards != theirs.upwards:
        return None
    if not (mine.after - mine.before) & theirs.subject:
        return None  # the claim's subject is not what is exceeded ("plus ... que les lentilles")
    if not mine.quality & theirs.quality:
        return None  # above it in another quality ("plus de fibres que les épinards")
    return mine, theirs


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


def _stems(side: Side, start: int, end: int) -> frozenset[str]:
    """The folded content words of ``side.text[start:end]``, without their plural or
    feminine ending ("chère" and "cher", "riches" and "riche" alike)."""
    content = side.features.keys
    spans = [(s, e) for k, s, e in side.words() if k in content]  # read once, not per word
    words = [
        w.group()
        for w in LETTERS.finditer(fold(side.text), start, end)
        if any(s <= w.start() < e for s, e in spans)
    ]
    return frozenset(re.sub(r"(?:es|e|s)$", "", w) or w for w in words)


def _keys(side: Side, start: int, end: int, content: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k, s, _ in side.words() if start <= s < end and k in content)
