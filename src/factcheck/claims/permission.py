"""A prohibition said two ways: "sera interdit" and "ne sera plus autorisé", "will
be banned" and "will no longer be allowed". The negation of a permission is the
prohibition itself, so it neither denies a claim of a ban nor makes a sentence
contradict it."""

from __future__ import annotations

from factcheck.claims.fold import whole_words
from factcheck.claims.lexicon import lexicon
from factcheck.claims.score import Said
from factcheck.claims.stance import Polarity
from factcheck.entities.kb.model import Claim

ENGLISH = "en"


def same_prohibition(said: Said, entry: Claim, stance: Polarity, claimed: Polarity) -> bool:
    """The sentence and the claim forbid the same thing, one with a word of
    prohibition, the other with a negated permission (whole words compared, as
    "interdit" shares its first letters with "international")."""
    if stance.negative == claimed.negative or stance.debunk:
        return False
    lex, claim_lex = lexicon(said.lang), lexicon(entry.lang or ENGLISH)
    claim = said.claim
    mine = whole_words(said.text[claim.start : claim.end])
    theirs = whole_words(entry.text)
    if claimed.negative:  # "ne pourra plus circuler" against "sera interdit de circuler"
        negated, plain = theirs & claim_lex.permission, mine & lex.prohibition
        both = theirs & claim_lex.prohibition
    else:  # "will be banned" against "will no longer be allowed"
        negated, plain = mine & lex.permission, theirs & claim_lex.prohibition
        both = mine & lex.prohibition
    return bool(negated and plain and not both)
