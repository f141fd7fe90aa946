"""A sentence about another subject: other names and other figures than a claim's.

"L'abbaye du Mont-Saint-Michel a accueilli 1,5 million de visiteurs en 2025"
shares its verb and its nouns with the claim "Le Louvre a accueilli 8,7
millions de visiteurs en 2024", yet it neither repeats nor contradicts it:
it names none of the claim's subjects, names one of its own, and gives none
of the claim's figures. One change (another agent, another date, another
number) is a contradiction; another subject with other figures is other facts.
"""

from __future__ import annotations

from factcheck.claims.features import Features, acronym_links
from factcheck.claims.score import Said
from factcheck.claims.stance import same_date
from factcheck.entities.kb.model import Claim


def other_subject(sentence: Said, entry: Claim, claim: Features) -> tuple[str, ...] | None:
    """The sentence's own names, when it is about another subject than the entry, else None.

    ``claim``: the features of the entry's text. Only a text-only entry in the
    sentence's language is compared: an annotated entry names its people, and
    the name checks judge those."""
    if (entry.lang or "en") != sentence.lang or entry.entities or entry.keywords:
        return None
    said, text, claim_text = sentence.features, sentence.text, entry.text
    claimed = {w.key for w in claim.names} | {w.key for w in claim.acronyms}
    if not claimed:
        return None
    linked = acronym_links(claim, said)[0]
    mine = {w.key for w in said.names} | {w.key for w in said.acronyms} | said.keys | linked
    if claimed & mine:
        return None  # one of the claim's subjects is named
    own = [w for w in (*said.names, *said.acronyms) if w.key not in claim.keys]
    if not own:
        return None
    figures = [n.value for n in claim.numbers if _digits(claim_text, n.start, n.end)]
    given = [n.value for n in said.numbers if _digits(text, n.start, n.end)]
    if not (figures or claim.dates) or not (given or said.dates):
        return None  # no figures to compare: another agent, perhaps a contradiction
    if set(figures) & set(given) or any(same_date(d, e) for d in claim.dates for e in said.dates):
        return None  # the same figure or date: the same fact, told of another agent
    return tuple(dict.fromkeys(text[w.start : w.end] for w in own))


def _digits(text: str, start: int, end: int) -> bool:
    """A figure written with digits ("8,7"), not a scale word alone ("millions")."""
    return any(c.isdigit() for c in text[start:end])
