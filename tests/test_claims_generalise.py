"""Claim matching that generalises beyond the words of the claim: word forms, synonyms,
corrections, role swaps.

Every sentence here is written for these tests, not taken from the dev set in
bench/data/claim_pairs.
"""

from __future__ import annotations

import pytest

from factcheck.claims.features import coverage, read_features, word_key


@pytest.mark.parametrize(
    ("one", "other"),
    [("sucrees", "sucre"), ("hausses", "hausse"), ("remportee", "remporter"), ("lives", "live")],
)
def test_plural_and_feminine_forms_share_a_key(one: str, other: str) -> None:
    assert word_key(one) == word_key(other)


def test_word_forms_do_not_lower_the_coverage() -> None:
    claim = read_features("Les boissons sucrées sont taxées depuis 2018.", "fr")
    said = read_features("Une boisson sucrée est taxée depuis 2018.", "fr")
    assert coverage(claim, said)[0] == 1.0
