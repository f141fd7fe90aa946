"""French negation cues opened by "rien" or "personne" before an elided "ne"."""

from __future__ import annotations

import pytest

from factcheck.claims.cues import cues_for


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Rien n'oblige les cyclistes à porter un gilet jaune.", "Rien n'oblige"),
        ("Personne n'a vu le gilet jaune du cycliste.", "Personne n'a"),
    ],
)
def test_rien_and_personne_before_an_elided_ne_are_negations(sentence: str, said: str) -> None:
    found = [m.group() for m in cues_for("fr").pattern("negation").finditer(sentence)]
    assert found == [said]
