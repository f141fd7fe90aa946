"""A period ending no later than the claim's date is the state before it (claims.contradict)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import Status

CANTEENS = (
    "Les cantines de Lyon servent quatre repas végétariens par semaine depuis la rentrée 2024."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Avant la rentrée 2024, les cantines de Lyon servaient deux repas végétariens par semaine.",
        "Jusqu'en 2024, les cantines de Lyon servaient deux repas végétariens par semaine.",
        "Avant la rentrée de septembre 2024, les cantines de Lyon servaient deux repas "
        "végétariens par semaine.",
    ],
)
def test_the_state_before_the_claims_date_does_not_contradict_it(sentence: str) -> None:
    (result,) = claim_results([text_claim(CANTEENS, "fr", "true")], sentence, "fr")
    assert result.status is not Status.FALSE, result.contradiction


def test_in_english_too() -> None:
    claim = "Welsh buses have charged a flat fare of £1 for under-22s since September 2025."
    sentence = "Until September 2025, Welsh buses charged under-22s a flat fare of £2."
    (result,) = claim_results([text_claim(claim, "en", "true")], sentence, "en")
    assert result.status is not Status.FALSE, result.contradiction


def test_a_period_ending_after_the_claims_date_still_contradicts_it() -> None:
    sentence = "Jusqu'en 2026, les cantines de Lyon servaient deux repas végétariens par semaine."
    (result,) = claim_results([text_claim(CANTEENS, "fr", "true")], sentence, "fr")
    assert result.status is Status.FALSE


def test_a_month_of_another_year_corrects_a_rumours_year() -> None:
    claim = "Le Tour de France partira de nouveau de Brest en 2027."
    sentence = "Le Tour de France est parti de Brest pour la dernière fois en juillet 2021."
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and (found.said, found.claimed) == ("juillet 2021", "2027")


def test_a_month_of_another_year_does_not_contradict_a_true_claims_year() -> None:
    """A true claim's year is often another step's than the sentence's month."""
    claim = "La ligne de tramway de Brest a été prolongée jusqu'à la gare en 2025."
    sentence = (
        "Les travaux de la ligne de tramway de Brest jusqu'à la gare ont commencé en mars 2023."
    )
    (result,) = claim_results([text_claim(claim, "fr", "true")], sentence, "fr")
    assert result.status is not Status.FALSE


@pytest.mark.parametrize("verdict", ["true", "false"])
def test_an_ending_undone_is_the_opposite_of_the_ending(verdict: str) -> None:
    claim = "La ville de Montpellier a interdit les trottinettes en libre-service."
    sentence = (
        "Le tribunal administratif a annulé en 2025 l'interdiction des trottinettes en "
        "libre-service à Montpellier."
    )
    (result,) = claim_results([text_claim(claim, "fr", verdict)], sentence, "fr")
    assert result.status is (Status.FALSE if verdict == "true" else Status.RELATED)
    found = result.contradiction
    assert found is not None and found.said == "annulé"
