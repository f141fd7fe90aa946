"""A rumour's predicate said of another country (factcheck.claims.places)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import ContradictionKind, Status
from factcheck.claims.places import countries

RUMOUR = "La vente de cigarettes électroniques jetables sera interdite en France dès mars 2026."


def test_countries_are_read_by_name_and_by_nationality_with_offsets() -> None:
    text = "Les fabricants chinois et la Nouvelle-Zélande, pas les États-Unis."
    found = countries(text, 0, len(text), "fr")
    assert [(c, text[s:e]) for c, s, e in found] == [
        ("China", "chinois"),
        ("New Zealand", "Nouvelle-Zélande"),
        ("United States", "États-Unis"),
    ]


def test_the_rumours_predicate_said_of_another_country_is_a_correction() -> None:
    sentence = (
        "La Belgique interdit la vente de cigarettes électroniques jetables, une mesure saluée "
        "par les associations de santé publique."
    )
    (result,) = claim_results([text_claim(RUMOUR, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.PLACE
    assert sentence[found.start : found.end] == found.said == "Belgique"
    assert RUMOUR[found.claim_start : found.claim_end] == found.claimed == "France"


@pytest.mark.parametrize(
    "sentence",
    [
        # the rumour's own country said by its nationality
        "La vente des cigarettes électroniques jetables sera interdite dès mars 2026 sur le territoire français.",
        # another country named only where the sentence says who speaks
        "La vente de cigarettes électroniques jetables sera interdite en France dès mars 2026, "
        "selon un média belge.",
    ],
)
def test_the_rumours_own_country_or_a_speakers_is_no_other_place(sentence: str) -> None:
    (result,) = claim_results([text_claim(RUMOUR, "fr", "false")], sentence, "fr")
    assert result.status is Status.FALSE


def test_a_true_claims_place_is_left_to_the_other_rules() -> None:
    claim = (
        "La Belgique a interdit la vente de cigarettes électroniques jetables le 1er janvier 2025."
    )
    sentence = (
        "La Belgique a interdit la vente de cigarettes électroniques jetables le 1er janvier 2025, "
        "comme la France l'a fait un mois plus tard."
    )
    (result,) = claim_results([text_claim(claim, "fr", "true")], sentence, "fr")
    assert result.contradiction is None or result.contradiction.kind is not ContradictionKind.PLACE
