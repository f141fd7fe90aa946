"""Another person or name in the place of a rumour's own: the facts against it.

"Le groupe des Patriotes pour l'Europe est présidé par Jordan Bardella" against the
rumour "Marine Le Pen préside le groupe des Patriotes pour l'Europe": the sentence
leaves out the person the rumour is about and names another in full. Such a
sentence says who really did it; it does not spread the rumour. Only against a
claim not rated true, in the claim's language, and not when the sentence tells
the rumour as someone's ("selon Jean Dupont, Marine Le Pen ..."): a true claim's
other person is an agent contradiction, read by the contradiction kinds.

Likewise another name right after the word that introduces the rumour's ("Kemi
Badenoch was born in Wimbledon" against "... was born in Nigeria", "préside le
groupe du Rassemblement national" against "préside le groupe des Patriotes"):
the sentence puts the true place or body where the rumour has its own.
"""

from __future__ import annotations

import re

from factcheck.claims.cues import cues_for
from factcheck.claims.features import Features, acronym_links, lang_key
from factcheck.claims.fold import LETTERS, fold
from factcheck.claims.hearsay import retells
from factcheck.claims.score import Said
from factcheck.claims.swap import Name, names
from factcheck.entities.kb.model import Claim

_GLOSS = re.compile(r"[^()]{0,30}\((\w+)\)")
SLOT_WORDS = 3  # words between the introducing word and the name that fills its place
SUBJECT_WORDS = 2  # words before a claim's first name where it is still its subject
FULL_NAME = 2  # words of a person's name in full ("Jordan Bardella")
ENGLISH = "en"


def another_party(said: Said, entry: Claim, theirs: Features) -> str | None:
    """The sentence's name of another person or another place or body where a rumour
    (an entry not rated true, in the sentence's language) has its own, or None. A
    sentence that tells the rumour as someone's spreads it, whatever it names."""
    lang = entry.lang or ENGLISH
    if entry.verdict == "true" or lang != said.lang:
        return None
    claimed = names(entry.text, 0, len(entry.text), lang)
    if not claimed:
        return None
    found = _another_person(said, entry, claimed[0]) or _another_in_place(
        said, entry, theirs, claimed[1:]
    )
    claim = said.claim
    if found is None or retells(said.text, claim.start, claim.end, said.lang):
        return None
    return said.text[found[0] : found[1]]


def _another_person(said: Said, entry: Claim, first: Name) -> tuple[int, int] | None:
    """Where the sentence names another person in full, when it leaves out the person
    the rumour opens on."""
    subject, start, _ = first
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
    return new[0] if new else None


def _another_in_place(
    said: Said, entry: Claim, theirs: Features, own: list[Name]
) -> tuple[int, int] | None:
    """Where the sentence has another name right after the content word that
    introduces one of the rumour's ``own`` names ("born in Wimbledon" for "born in
    Nigeria")."""
    lang = said.lang
    stop = cues_for(lang).stopwords
    claimed_text = fold(entry.text)
    claimed_words = re.findall(r"\w+", claimed_text)
    claim_keys = {lang_key(w, lang) for w in claimed_words}
    linked = acronym_links(theirs, said.features)
    claim_keys |= linked[0] | linked[1]  # "la CPI", "Alternative pour l'Allemagne (AfD)"
    claim_keys |= theirs.keys  # "l'ONU" for "les Nations unies": a synonym phrase's key
    claim = said.claim
    mine = names(said.text, claim.start, claim.end, lang)
    folded = fold(said.text)
    for _name, start, _ in own:
        before = _words(fold(entry.text[:start]), stop)
        if not before:
            continue
        anchor = lang_key(before[-1], lang)
        for word in LETTERS.finditer(folded, claim.start, claim.end):
            if word.group() in stop or lang_key(word.group(), lang) != anchor:
                continue
            at = word.end()
            near = [n for n in mine if n[1] >= at and _between(folded, at, n[1]) <= SLOT_WORDS]
            if not near:
                continue
            other, s, e = near[0]
            if other in claimed_text:
                continue  # "l'A31", "vitamin C": the claim's own name
            short = _GLOSS.match(folded, e)
            if short and short.group(1) in claimed_words:
                continue  # "Alternative pour l'Allemagne (AfD)": the claim's name spelt out
            if not {lang_key(w, lang) for w in re.findall(r"\w+", other)} & claim_keys:
                return s, e
    return None


def _words(folded: str, stop: frozenset[str]) -> list[str]:
    return [w for w in LETTERS.findall(folded) if w not in stop and len(w) > 1]


def _between(folded: str, start: int, end: int) -> int:
    return len(LETTERS.findall(folded, start, end))
