"""Another person in the place of a rumour's subject: the facts against it.

"Le groupe des Patriotes pour l'Europe est présidé par Jordan Bardella" against the
rumour "Marine Le Pen préside le groupe des Patriotes pour l'Europe": the sentence
leaves out the person the rumour is about and names another in full. Such a
sentence says who really did it; it does not spread the rumour. Only against a
claim not rated true, in the claim's language, and not when the sentence tells
the rumour as someone's ("selon Jean Dupont, Marine Le Pen ..."): a true claim's
other person is an agent contradiction, read by the contradiction kinds.
"""

from __future__ import annotations

from factcheck.claims.fold import fold
from factcheck.claims.hearsay import retells
from factcheck.claims.score import Said
from factcheck.claims.swap import names
from factcheck.entities.kb.model import Claim

SUBJECT_WORDS = 2  # words before a claim's first name where it is still its subject
FULL_NAME = 2  # words of a person's name in full ("Jordan Bardella")
ENGLISH = "en"


def another_person(said: Said, entry: Claim) -> str | None:
    """The sentence's name of another person, when it leaves out the rumour's subject."""
    lang = entry.lang or ENGLISH
    if entry.verdict == "true" or lang != said.lang:
        return None
    claimed = names(entry.text, 0, len(entry.text), lang)
    if not claimed:
        return None
    subject, start, _ = claimed[0]
    if len(subject.split()) < FULL_NAME or len(entry.text[:start].split()) > SUBJECT_WORDS:
        return None  # the claim does not open on a person's full name
    claim = said.claim
    theirs = set(fold(entry.text).replace("'", " ").split())
    mine = names(said.text, claim.start, claim.end, said.lang)
    if any(set(name.split()) & set(subject.split()) for name, _, _ in mine):
        return None  # "Le Pen" is still there
    new = [
        (s, e)
        for name, s, e in mine
        if len(name.split()) >= FULL_NAME and not set(name.split()) & theirs
    ]
    if not new or retells(said.text, claim.start, claim.end, said.lang):
        return None
    s, e = new[0]
    return said.text[s:e]
