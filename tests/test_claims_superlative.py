"""A claim's superlative denied by a comparison that puts something above its subject
(factcheck.claims.comparison.exceeded)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import ContradictionKind, Status

LAKE = "Le lac Léman est le plus profond des lacs alpins français."


def test_something_above_a_true_claims_subject_contradicts_it_and_quotes_both() -> None:
    sentence = "Le lac d'Annecy et le lac du Bourget sont plus profonds que le lac Léman."
    (result,) = claim_results([text_claim(LAKE, "fr", "true")], sentence, "fr")
    assert result.status is Status.FALSE
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.QUANTITY
    assert sentence[found.start : found.end] == found.said == "plus"
    assert LAKE[found.claim_start : found.claim_end] == found.claimed == "le plus"


def test_something_above_a_rumours_subject_is_a_correction() -> None:
    claim = "Le Portugal est le pays le moins cher d'Europe pour faire le plein d'essence."
    sentence = "Faire le plein d'essence coûte moins cher en Bulgarie qu'au Portugal."
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.QUANTITY
    assert (sentence[found.start : found.end], claim[found.claim_start : found.claim_end]) == (
        "moins",
        "le moins",
    )
    same = "Le Portugal est le pays le moins cher d'Europe pour faire le plein d'essence."
    (result,) = claim_results([text_claim(claim, "fr", "false")], same, "fr")
    assert result.status is Status.FALSE


@pytest.mark.parametrize(
    "sentence",
    [
        # the claim's subject above the others: the claim again
        "Le lac Léman est plus profond que le lac d'Annecy et le lac du Bourget.",
        # above it in another quality
        "Le lac d'Annecy est plus limpide que le lac Léman, le plus profond des lacs alpins français.",
    ],
)
def test_a_comparison_that_leaves_the_superlative_standing_contradicts_nothing(
    sentence: str,
) -> None:
    (result,) = claim_results([text_claim(LAKE, "fr", "true")], sentence, "fr")
    assert (
        result.contradiction is None or result.contradiction.kind is not ContradictionKind.QUANTITY
    )


def test_english_superlative_denied() -> None:
    claim = "Norway has the highest share of electric cars among new car sales in Europe."
    sentence = "Iceland has a higher share of electric cars among new car sales than Norway."
    (result,) = claim_results([text_claim(claim, "en", "true")], sentence, "en")
    found = result.contradiction
    assert result.status is Status.FALSE and found is not None
    assert found.kind is ContradictionKind.QUANTITY
    assert (found.said, found.claimed) == ("higher", "the highest")
