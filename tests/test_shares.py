"""Shares of a whole read one way: text.shares, and claim matching through them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.text.shares import find_shares


@pytest.mark.parametrize(
    ("text", "lang", "value", "words"),
    [
        ("La moitié des Français ne paient aucun impôt.", "fr", "0.50", "moitié"),
        ("Un Français sur deux ne paie pas d'impôt.", "fr", "0.50", "Un Français sur deux"),
        ("50 % des Français sont exemptés.", "fr", "0.50", "50"),
        ("deux tiers des votants", "fr", "0.67", "deux tiers"),
        ("trois Français sur quatre", "fr", "0.75", "trois Français sur quatre"),
        ("One in three adults", "en", "0.33", "One in three"),
        ("2 out of 5 people", "en", "0.40", "2 out of 5"),
        ("half of the voters", "en", "0.50", "half"),
        ("Il touche un septième de son salaire.", "fr", "0.14", "un septième"),
        ("deux cinquièmes des élèves", "fr", "0.40", "deux cinquièmes"),
        ("a fifth of all households", "en", "0.20", "a fifth"),
        ("one-tenth of the budget", "en", "0.10", "one-tenth"),
        ("3 dixièmes du total", "fr", "0.30", "3 dixièmes"),
    ],
)
def test_a_share_is_read_whatever_its_wording(text: str, lang: str, value: str, words: str) -> None:
    found = find_shares(text, lang)
    assert [(s.value, text[s.start : s.end]) for s in found] == [(Decimal(value), words)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("la cinquième République", "fr"),
        ("Il brigue un cinquième mandat.", "fr"),
        ("for the fifth time", "en"),
        ("She won a fifth term in office.", "en"),
    ],
)
def test_an_ordinal_is_no_share(text: str, lang: str) -> None:
    assert find_shares(text, lang) == []


def test_a_plain_count_is_no_share() -> None:
    assert find_shares("Le club compte 45 joueurs et 3 entraîneurs.", "fr") == []


def test_a_share_said_otherwise_matches_the_claim() -> None:
    from test_claims_rewording import check

    from factcheck.claims.model import Status

    claim = {
        "id": "permis",
        "text": "La moitié des candidats échouent au permis de conduire.",
        "lang": "fr",
        "verdict": "false",
    }
    result = check(claim, "Un candidat sur deux échoue au permis de conduire.", "fr")
    assert result.status is Status.FALSE


def test_percentages_keep_their_precision() -> None:
    (a,) = find_shares("un taux de 5,25 %", "fr")
    (b,) = find_shares("un taux de 4,75 %", "fr")
    assert a.value != b.value


def test_another_share_contradicts_a_true_claim_and_a_close_one_does_not() -> None:
    from test_claims_rewording import check

    from factcheck.claims.model import Agreement

    claim = {
        "id": "nucleaire",
        "text": "Le nucléaire a fourni les deux tiers de l'électricité produite en Belgique en 2023.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "Le nucléaire a fourni un quart de l'électricité produite en Belgique en 2023."
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.CONTRADICTS
    assert result.contradiction is not None
    assert result.contradiction.said == "quart"
    said = "Le nucléaire a fourni près de 65 % de l'électricité produite en Belgique en 2023."
    assert check(claim, said, "fr").agreement is Agreement.AGREES
    said = "Le nucléaire a fourni 14 % de l'électricité produite en Belgique en 2023."
    assert check(claim, said, "fr").agreement is Agreement.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "999999999999999999999999999999999999 tiers du budget",
        "un sur 99999999999999999999999999999999999",
        "1 sur 0",
        "0 % des votes",
    ],
)
def test_hostile_figures_give_no_share_and_no_error(text: str) -> None:
    assert find_shares(text, "fr") == []
