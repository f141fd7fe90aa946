"""Contradictions other than a plain difference of polarity, as the matcher judges them.

:func:`cue_contradiction` quotes the negation or refutation cue that decided a
difference of polarity; :func:`other_contradiction` looks for the other kinds
(another person, value, agent, object, place, antonym, quantity, modality, or an
alternative the sentence sets aside: "X, et non Y")
and keeps only those the sentence says enough of the entry to carry.
"""

from __future__ import annotations

from factcheck.claims.alternative import denied_alternative
from factcheck.claims.contradict import find_contradiction
from factcheck.claims.features import read_features
from factcheck.claims.fold import find_phrases
from factcheck.claims.hearsay import reports_rumour
from factcheck.claims.index import claim_index
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Contradiction, ContradictionKind, ReasonKind
from factcheck.claims.names import differing_person
from factcheck.claims.score import Match, Said
from factcheck.claims.side import Side
from factcheck.claims.stance import Polarity
from factcheck.entities.kb.model import Claim, KnowledgeBase

CONTRADICTION_COVERAGE = 0.42  # share of the entry a sentence must state to contradict it
MODAL_REACH = 3  # content words after a modality cue where the claim's predicate is sought
ENGLISH = "en"


def cue_contradiction(
    said: Said, stance: Polarity, text: str, entry: Claim
) -> Contradiction | None:
    """The deciding negation or refutation cue against the whole entry; read in the
    translation, the whole sentence stands for the cue (its offsets are the article's)."""
    whole = (0, len(entry.text), entry.text)
    kind = stance.cues[0][0] if stance.cues else ReasonKind.NEGATION
    if text is not said.text or not stance.cues:
        claim = said.claim
        return Contradiction(
            ContradictionKind(kind.value), claim.start, claim.end, claim.text, *whole
        )
    _, start, end = stance.cues[0]
    return Contradiction(ContradictionKind(kind.value), start, end, text[start:end], *whole)


def other_contradiction(
    said: Said, kb: KnowledgeBase, match: Match, debunk: bool = False
) -> Contradiction | None:
    """A contradiction other than negation. Against a true entry it makes the sentence
    false, so the sentence must state enough of the entry; against another entry it
    only makes the sentence a correction (related), which needs no such care."""
    entry, claim = match.claim, said.claim
    strict = entry.verdict == "true" and not (entry.entities or entry.keywords)
    if strict and match.coverage < CONTRADICTION_COVERAGE:
        return None
    person = differing_person(said, kb, match)
    if person is not None:
        return person
    entry_lang = entry.lang or ENGLISH
    features = claim_index(kb).features(entry)
    if (alternative := denied_alternative(said, entry, features)) is not None:
        return alternative  # "C'est la Lettonie, et non l'Islande, qui ..."
    mine = Side(said.text, claim.start, claim.end, said.lang, said.features)
    theirs = Side(entry.text, 0, len(entry.text), entry_lang, features)
    found = find_contradiction(mine, theirs, match.coverage, correction=entry.verdict != "true")
    # against a rumour a modality is what a rule makes of the act (factcheck.claims.deontic),
    # whose word may follow the act ("qui utilisent leur téléphone ... sont passibles")
    if found is not None and found.kind is ContradictionKind.MODALITY and entry.verdict == "true":
        governed = read_features(said.text, said.lang, found.end, min(claim.end, found.end + 40))
        named = {w.key for w in theirs.features.names}
        verbs = theirs.features.keys - named
        if not any(w.key in verbs for w in governed.words[:MODAL_REACH]):
            return None  # "plans to reuse the booster": the claim's own verb is not made modal
    if found is not None and found.kind in _ROLE_KINDS and _adds(said):
        return None  # "l'usine de Douai produit aussi la Mégane": beside the claim's, not instead
    if found is not None and found.kind in _ROLE_KINDS and _modal(found, said.lang):
        return None  # "est prévue" for "va": another tense or mood, the same claim
    if (
        found is not None
        and found.kind in _ROLE_KINDS
        and entry.verdict != "true"
        and not debunk
        and reports_rumour(said.text, claim.start, claim.end, said.lang)
    ):
        return None  # "selon une rumeur, ...", "seraient": the rumour told again in other words
    if found is None or (
        entry.verdict == "true"
        and found.kind not in VALUE_KINDS
        and match.coverage < CONTRADICTION_COVERAGE
    ):
        return None
    return found


VALUE_KINDS = frozenset({ContradictionKind.DATE, ContradictionKind.NUMBER})
_ROLE_KINDS = frozenset(
    {ContradictionKind.AGENT, ContradictionKind.OBJECT, ContradictionKind.PLACE}
)
WORD_KINDS = frozenset({ContradictionKind.ANTONYM, ContradictionKind.QUANTIFIER})


def _modal(found: Contradiction, lang: str) -> bool:
    """One side of a substitution says only a tense, a mood or a frame ("va", "prévue")."""
    lex = lexicon(lang)
    empty = lex.modality | lex.frames
    sides = [read_features(found.said, lang).keys, read_features(found.claimed, lang).keys]
    return any(keys and keys <= empty for keys in sides)


def _adds(said: Said) -> bool:
    """The sentence adds to what a claim says ("aussi", "également", "also")."""
    claim = said.claim
    additive = lexicon(said.lang).additive
    return bool(find_phrases(said.folded, additive, claim.start, claim.end))
