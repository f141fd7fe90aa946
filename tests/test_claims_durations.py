"""Spans of time read as lengths (factcheck.text.values.find_durations) and compared
with the claim's whatever their units (factcheck.claims.durations)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import ContradictionKind, Status
from factcheck.text.values import find_durations

YEAR, MONTH, WEEK, HOUR = 31557600, 2629800, 604800, 3600  # seconds


@pytest.mark.parametrize(
    ("text", "lang", "spans"),
    [
        ("Le bail court sur un an.", "fr", [("un an", YEAR)]),
        ("Il a purgé un an et demi de détention.", "fr", [("un an et demi", 1.5 * YEAR)]),
        ("La grève a duré plus d'un an.", "fr", [("un an", YEAR)]),
        ("La grève a duré douze mois.", "fr", [("douze mois", 12 * MONTH)]),
        (
            "Une semaine puis 47 heures et demie.",
            "fr",
            [("Une semaine", WEEK), ("47 heures et demie", 47.5 * HOUR)],
        ),
        ("The works lasted 18 months.", "en", [("18 months", 18 * MONTH)]),
        ("Ten metres a year.", "en", []),  # "a year" is a rate as often as a span
        ("Une équipe de onze joueurs, un ancien.", "fr", []),
    ],
)
def test_spans_of_time_are_read_with_their_length(
    text: str, lang: str, spans: list[tuple[str, float]]
) -> None:
    found = find_durations(text, lang)
    assert [(text[d.start : d.end], d.seconds) for d in found] == [
        (s, Decimal(str(v))) for s, v in spans
    ]
    assert 12 * MONTH == YEAR  # a month is a twelfth of the year, so the two agree


LEASE = "Le bail commercial d'une boutique peut désormais être signé pour un an seulement."


def test_a_rumours_span_said_in_other_units_and_another_length_is_a_correction() -> None:
    sentence = "Le bail commercial d'une boutique est signé pour neuf ans au minimum."
    results = claim_results([text_claim(LEASE, "fr", "false")], sentence, "fr")
    assert results and all(r.status is Status.RELATED for r in results)


def test_the_same_length_in_other_units_repeats_the_rumour() -> None:
    sentence = "Le bail commercial d'une boutique peut désormais être signé pour douze mois."
    (result,) = claim_results([text_claim(LEASE, "fr", "false")], sentence, "fr")
    assert result.status is Status.FALSE


TRUE_CLAIM = "Le chantier du tunnel ferroviaire a été interrompu pendant six mois en 2025."


def test_another_length_of_a_true_claims_span_contradicts_it_and_quotes_both() -> None:
    sentence = "Le chantier du tunnel ferroviaire a été interrompu pendant deux ans en 2025."
    (result,) = claim_results([text_claim(TRUE_CLAIM, "fr", "true")], sentence, "fr")
    assert result.status is Status.FALSE
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.NUMBER
    assert sentence[found.start : found.end] == found.said == "deux ans"
    assert TRUE_CLAIM[found.claim_start : found.claim_end] == found.claimed == "six mois"


def test_a_bound_that_excludes_the_claims_span_is_another_quantity() -> None:
    sentence = "Le chantier du tunnel ferroviaire a été interrompu pendant plus d'un an en 2025."
    (result,) = claim_results([text_claim(TRUE_CLAIM, "fr", "true")], sentence, "fr")
    found = result.contradiction
    assert result.status is Status.FALSE
    assert found is not None and found.kind is ContradictionKind.QUANTITY
    assert sentence[found.start : found.end] == "un an"


@pytest.mark.parametrize(
    "sentence",
    [
        # the same length in other units
        "Le chantier du tunnel ferroviaire a été interrompu pendant 26 semaines en 2025.",
        # a bound the claim's span meets
        "Le chantier du tunnel ferroviaire a été interrompu pendant plus de trois mois en 2025.",
        "Le chantier du tunnel ferroviaire a été interrompu pendant un an au plus en 2025.",
        # a span that dates a step, not the claim's length
        "Le chantier du tunnel ferroviaire a été interrompu en 2025, deux ans après son lancement.",
    ],
)
def test_a_span_the_claim_allows_contradicts_nothing(sentence: str) -> None:
    (result,) = claim_results([text_claim(TRUE_CLAIM, "fr", "true")], sentence, "fr")
    assert (result.status, result.contradiction) == (Status.TRUE, None)


def test_english_spans_compare_across_units() -> None:
    claim = "The bridge was closed to traffic for three weeks in March 2025."
    sentence = "The bridge was closed to traffic for two months in March 2025."
    (result,) = claim_results([text_claim(claim, "en", "true")], sentence, "en")
    found = result.contradiction
    assert result.status is Status.FALSE and found is not None
    assert (found.said, found.claimed) == ("two months", "three weeks")
    same = "The bridge was closed to traffic for 21 days in March 2025."
    (result,) = claim_results([text_claim(claim, "en", "true")], same, "en")
    assert (result.status, result.contradiction) == (Status.TRUE, None)
