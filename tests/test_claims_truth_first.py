"""A sentence whose best entry makes it true repeats no lesser rumour (claims.match), and a
negated modal of permission says a ban (claims.permission)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims.model import Status


def test_a_denied_rumour_leaves_a_lesser_one_only_touched() -> None:
    claims = [
        text_claim(
            "Les Français établis à l'étranger n'ont pas le droit de voter aux élections "
            "municipales.",
            "fr",
            "false",
            "denied",
        ),
        text_claim(
            "Les Français inscrits sur une liste électorale consulaire seront radiés des listes "
            "municipales en 2027.",
            "fr",
            "false",
            "lesser",
        ),
    ]
    sentence = (
        "Les Français établis à l'étranger inscrits sur une liste électorale consulaire "
        "peuvent voter aux élections municipales."
    )
    by_id = {r.claim_id: r for r in claim_results(claims, sentence, "fr")}
    assert by_id["denied"].status is Status.TRUE
    assert "lesser" not in by_id or by_id["lesser"].status is Status.RELATED


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Under the new law, landlords in Wales can no longer evict tenants in winter.",
            "Evicting tenants in winter is now banned in Wales under the new law.",
            "en",
        ),
        (
            "Les propriétaires ne peuvent plus expulser leurs locataires en hiver depuis la loi de 2025.",
            "Depuis la loi de 2025, il est interdit aux propriétaires d'expulser leurs locataires "
            "en hiver.",
            "fr",
        ),
    ],
)
def test_a_negated_can_is_the_ban_itself(claim: str, sentence: str, lang: str) -> None:
    (result,) = claim_results([text_claim(claim, lang, "true")], sentence, lang)
    assert result.status is Status.TRUE, result.reasons
