"""Another member of a set of mutually exclusive kinds (factcheck.claims.exclusive)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import ContradictionKind, Status

BUSES = "La ville de Grenoble a commandé quarante bus électriques pour son réseau en 2025."


def test_another_kind_of_engine_contradicts_a_true_claim_and_quotes_both() -> None:
    sentence = "La ville de Grenoble a commandé quarante bus à hydrogène pour son réseau en 2025."
    (result,) = claim_results([text_claim(BUSES, "fr", "true")], sentence, "fr")
    assert result.status is Status.FALSE
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.OBJECT
    assert sentence[found.start : found.end] == found.said == "hydrogène"
    assert BUSES[found.claim_start : found.claim_end] == found.claimed == "électriques"


def test_another_energy_source_corrects_a_rumour() -> None:
    claim = "Un bateau de croisière a pris feu dans le port de Toulon à cause de ses moteurs électriques."
    sentence = "Le bateau de croisière qui a pris feu dans le port de Toulon était équipé de moteurs diesel."
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and (found.said, found.claimed) == ("diesel", "électriques")


@pytest.mark.parametrize(
    "sentence",
    [
        # the claim's own member said too
        "La ville de Grenoble a commandé quarante bus électriques pour son réseau en 2025, "
        "qui remplaceront des bus diesel.",
        # a form of the same member
        "Quarante bus électriques ont été commandés par la ville de Grenoble pour son réseau en 2025.",
    ],
)
def test_the_claims_own_member_said_contradicts_nothing(sentence: str) -> None:
    (result,) = claim_results([text_claim(BUSES, "fr", "true")], sentence, "fr")
    assert (result.status, result.contradiction) == (Status.TRUE, None)


def test_a_claim_naming_two_members_has_no_one_of_them() -> None:
    claim = "Les ventes de voitures diesel et essence ont reculé en France en 2025."
    sentence = "Les ventes de voitures hybrides ont reculé en France en 2025."
    (result,) = claim_results([text_claim(claim, "fr", "true")], sentence, "fr")
    found = result.contradiction
    assert found is None or found.claimed not in ("diesel", "essence")


def test_english_seasons_and_medals() -> None:
    claim = "The Dutch skater won the gold medal in the 1,500 metres in Milan."
    sentence = "The Dutch skater won the silver medal in the 1,500 metres in Milan."
    (result,) = claim_results([text_claim(claim, "en", "true")], sentence, "en")
    found = result.contradiction
    assert result.status is Status.FALSE and found is not None
    assert (found.kind, found.said, found.claimed) == (ContradictionKind.OBJECT, "silver", "gold")
