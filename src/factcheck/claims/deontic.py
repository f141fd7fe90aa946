"""What a rule makes of an act, said otherwise: "les personnes de plus de 65 ans
peuvent se faire vacciner" where a rumour says the vaccination "est devenue
obligatoire", "peuvent remplacer leur chaudière au gaz" where it says boilers
"seront interdites". Three classes: obligation, option (permitted, recommended,
optional) and prohibition, read from ``deontic`` and ``prohibition`` in
``data/<lang>/contradiction.json``. A sentence that puts the act in a class the
claim does not, and in none the claim does, gives other facts than the claim.

Only a plain sentence is read so: a negated one ("n'est pas obligatoire", "ne
pourront plus") is the negation's to judge, and a negated permission is the
prohibition itself (:mod:`factcheck.claims.permission`)."""

from __future__ import annotations

from factcheck.claims.features import lang_key
from factcheck.claims.fold import LETTERS, find_phrases, fold
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.side import Side, quoted

PROHIBITION = "prohibition"
PRIVATIVE_REACH = 25  # characters before a word where "sans que" denies its class


def other_deontic(said: Side, claim: Side) -> Contradiction | None:
    """The sentence's word of another class than the claim's, both quoted, or None."""
    if said.lang != claim.lang or said.negated() or claim.negated():
        return None
    theirs, mine = _classes(claim), _classes(said)
    if not theirs or not mine or theirs.keys() & mine.keys():
        return None
    s, e = min(mine.values())
    cs, ce = min(theirs.values())
    return quoted(ContradictionKind.MODALITY, said, claim, s, e, cs, ce)


def _classes(side: Side) -> dict[str, tuple[int, int]]:
    """The classes the side's words put an act in, each with its first word's offsets."""
    lex = lexicon(side.lang)
    folded = fold(side.text)
    kinds = dict(lex.deontic)
    found = [(s, e, kinds[p]) for p, s, e in find_phrases(folded, kinds, side.start, side.end)]
    found += [
        (m.start(), m.end(), PROHIBITION)
        for m in LETTERS.finditer(folded, side.start, side.end)
        if m.group() in lex.prohibition
    ]
    classes: dict[str, tuple[int, int]] = {}
    for s, e, kind in sorted(found):
        if not _deprived(lex.privative, folded, side, s):
            classes.setdefault(kind, (s, e))
    return classes


def _deprived(privative: frozenset[str], folded: str, side: Side, at: int) -> bool:
    """A privative word shortly before ("sans que la loi les y oblige"): the class is
    denied, not given."""
    before = LETTERS.findall(folded, max(side.start, at - PRIVATIVE_REACH), at)
    return any(lang_key(word, side.lang) in privative for word in before)
