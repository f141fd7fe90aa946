"""Does a sentence that matches a claim say the same thing, or its opposite?

Matching is not agreement: "contrairement à ce qu'affirment des
publications, le camion ne transportait pas de missile" matches the claim
"the truck was carrying a missile" and denies it. Three kinds of cue come
from ``data/claim_cues/<lang>.json``:

- ``negation`` ("ne ... pas", "jamais", "not", "never") denies the clause it
  is in. Only the clauses holding the claim's keywords count, so a negation
  in an aside ("qui n'a jamais été sénateur") does not flip the claim; and
  ``not_negation`` names the negative words that assert rather than deny: a
  record ("jamais ... aussi chaud que", "no year ... hotter than") or a
  restriction ("ne ... plus qu'à 50 km/h").
- ``refutation`` ("il est faux que", "démenti", "debunked", "false claim
  that") says the claim is false.
- ``contrast`` ("contrairement à ce qu'affirment ...", "contrary to
  claims") marks a debunk but keeps the main clause's own polarity; its own
  clause (up to the next comma) is what others claim and is left out. A
  ``debunk_opener`` ("Non, ...", "Faux : ...") at the start of the sentence
  marks a debunk the same way.

Negation and refutation cancel out ("il est faux que le camion ne
transportait pas ..."), and a claim worded negatively is compared as such.
Other kinds of contradiction (antonyms, values, names ...) are found in
:mod:`factcheck.claims.contradict`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims.cues import Cues
from factcheck.claims.model import Reason, ReasonKind
from factcheck.text.values import DateValue

_CLAUSE_END = re.compile(r"[,;:]")


@dataclass(frozen=True)
class Polarity:
    negative: bool
    reasons: tuple[Reason, ...]
    debunk: bool  # a refutation or contrast cue: the sentence reports a debunk
    cues: tuple[tuple[ReasonKind, int, int], ...] = ()  # the deciding cues, offsets into text


def polarity(
    text: str, start: int, end: int, cues: Cues, anchors: list[tuple[int, int]] | None = None
) -> Polarity:
    """Whether ``text[start:end]`` denies what its claim-bearing clauses say."""
    reasons: list[Reason] = []
    excluded: list[tuple[int, int]] = []
    opener = cues.pattern("debunk_opener").match(text, start, end)  # "Non, ...", "No, ..."
    if opener is not None:
        excluded.append(opener.span())
        reasons.append(Reason(ReasonKind.DEBUNK, (opener.group(),)))
    for m in cues.pattern("contrast").finditer(text, start, end):
        stop = _CLAUSE_END.search(text, m.end(), end)
        excluded.append((m.start(), stop.start() if stop else end))
        reasons.append(Reason(ReasonKind.DEBUNK, (m.group(),)))
    refutations = [
        m
        for m in cues.pattern("refutation").finditer(text, start, end)
        if not _inside(m.span(), excluded)
    ]
    reasons += [Reason(ReasonKind.REFUTATION, (m.group(),)) for m in refutations]
    relevant = relevant_clauses(text, start, end, anchors or [])
    negations = [
        m
        for m in cues.pattern("negation").finditer(text, start, end)
        if not _inside(m.span(), excluded)
        and not any(_overlaps(m.span(), r.span()) for r in refutations)
        and any(_overlaps(m.span(), c) for c in relevant)
        and not cues.pattern("not_negation").match(text, m.start(), end)
    ]
    if refutations:  # "il est faux que X : la FIFA n'a pris aucune décision" backs the refutation
        negations = [m for m in negations if _same_part(text, m.start(), refutations)]
    reasons += [Reason(ReasonKind.NEGATION, (m.group(),)) for m in negations]
    negative = bool(negations) != bool(refutations)
    spans = [(ReasonKind.NEGATION, *m.span()) for m in negations]
    spans += [(ReasonKind.REFUTATION, *m.span()) for m in refutations]
    return Polarity(negative, tuple(reasons), bool(refutations or excluded), tuple(spans))


def relevant_clauses(
    text: str, start: int, end: int, anchors: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The comma-separated clauses holding an anchor (all clauses when there is none)."""
    clauses = []
    cursor = start
    for m in _CLAUSE_END.finditer(text, start, end):
        clauses.append((cursor, m.start()))
        cursor = m.end()
    clauses.append((cursor, end))
    inside = [start <= a < end for a, _ in anchors]
    if not any(inside):
        return clauses
    return [c for c in clauses if any(_overlaps(c, a) for a in anchors)]


_PART_END = re.compile(r"[;:]|\s(?:mais|but)\s", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(?:ayant|étant|having|being)\b", re.IGNORECASE)
_CLAUSE_COMMA = re.compile(r"[,;:.]")
# "il est faux que", "il est faux de dire qu'Emmanuel"
_OPENING = re.compile(r"(?:\bque|\bqu['’]\w*|\bthat|\bof)\s*$", re.IGNORECASE)


def _same_part(text: str, at: int, refutations: list[re.Match[str]]) -> bool:
    """Whether a negation at ``at`` is in the part of the sentence (up to a colon, a
    semicolon, "mais" or "but") that holds a refutation: only there do they cancel.
    A refutation that closes its clause ("l'idée que X est fausse", "X is false")
    has refuted X before it: a negation after it backs the refutation ("..., le
    fleuve n'ayant jamais cessé de couler") instead of cancelling it; so does a
    refutation that closes the sentence as its attribution (", a démenti le
    ministère")."""
    for m in refutations:
        if at < m.start() and _trailing(text, m):
            continue  # "les frais ne passeront pas à 3 000 euros, a démenti le ministère"
        if at >= m.end() and not _OPENING.search(m.group()):
            continue
        if at >= m.end() and _backing_clause(text, m.end(), at):
            continue  # "il est faux que X, aucune fermeture n'ayant été annoncée"
        low, high = sorted((m.start(), at))
        if not _PART_END.search(text, low, high):
            return True
    return False


TRAILING_WORDS = 2  # words between the comma and a refutation that reports a denial


def _trailing(text: str, m: re.Match[str]) -> bool:
    """The refutation is a closing attribution (", a démenti le ministère", ", the
    ministry denied"): it reports the denial the sentence has just made, and does not
    deny it again. One that opens a clause (", a démenti que ...") is no attribution."""
    comma = text.rfind(",", 0, m.start())
    if comma < 0 or len(text[comma + 1 : m.start()].split()) > TRAILING_WORDS:
        return False
    return not _THAT_AFTER.match(text, m.end())


_THAT_AFTER = re.compile(r"\s*(?:que\b|qu['’]|that\b)", re.IGNORECASE)


def _backing_clause(text: str, after: int, at: int) -> bool:
    """The negation at ``at`` is in an absolute participle clause set off by a comma
    after the refuted one ("..., aucune fermeture n'ayant été annoncée", "..., no
    closure having been announced"): it gives the reason, it is not in the claim."""
    comma = text.rfind(",", after, at)
    if comma < 0:
        return False
    stop = _CLAUSE_COMMA.search(text, at)
    clause = text[comma : stop.start() if stop else len(text)]
    return bool(_PARTICIPLE.search(clause))


def _inside(span: tuple[int, int], areas: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in areas)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_date(a: DateValue, b: DateValue) -> bool:
    """Equal wherever both say something (a missing year matches any year)."""
    pairs = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return all(x is None or y is None or x == y for x, y in pairs)


# where one part of a sentence ends and another, with its own assertion, begins: where a
# part ends (_PART_END), or at a comma before a clause giving a reason or a contrast
_SCOPE_END = re.compile(
    _PART_END.pattern + r"|,\s(?:(?:puisque|car|parce que|alors que|tandis que"
    r"|since|because|whereas|while)\s|(?:puisqu|parce qu|alors qu|tandis qu)['’])",
    re.IGNORECASE,
)


def cues_elsewhere(
    text: str,
    start: int,
    end: int,
    stance: Polarity,
    words: list[tuple[int, int]],
    whole_refutation: bool = True,
) -> bool:
    """Whether the negations that make ``stance`` negative all sit in
    parts of the sentence holding fewer than half of an entry's ``words`` (their
    offsets): "Non, les députés n'élisent pas le Premier ministre : ils peuvent
    seulement renverser le gouvernement par une motion de censure" denies who elects
    the Prime Minister, not that a motion of censure brought a government down. A
    refutation reaches the whole sentence: "il est faux que la procuration a disparu :
    c'est le vote par correspondance qui a été supprimé" words the rumour its own way
    before the facts reuse its words. Without ``whole_refutation`` (against a claim rated
    true, where a wrong reading is a wrong FC301) a refutation is read in its own part
    too: "il est faux que le Premier ministre peut dissoudre le Conseil constitutionnel :
    ... qu'au président, sur l'Assemblée nationale" denies nothing of the Assemblée."""
    if not stance.cues or not words:
        return False
    if whole_refutation and any(kind is ReasonKind.REFUTATION for kind, _, _ in stance.cues):
        return False  # "il est faux que la procuration a disparu : c'est le vote par ..."
    bounds = [m.start() for m in _SCOPE_END.finditer(text, start, end)]

    def part(at: int) -> int:
        return sum(b <= at for b in bounds)

    scope = {part(cue_start) for _, cue_start, _ in stance.cues}
    # a refutation's own words are no words of the entry's; the verb a negation holds
    # ("ne provoque pas") is what it denies, in its part
    refuting = [c[1:] for c in stance.cues if c[0] is not ReasonKind.NEGATION]
    words = [w for w in words if not any(_overlaps(w, c) for c in refuting)]
    inside = sum(part(s) in scope for s, _ in words)
    return 2 * inside < len(words)
