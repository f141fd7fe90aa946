"""Cue patterns that end on an elided word ("rien n'", "pas d'", "j'"): the next word
follows the apostrophe at once, and the pattern still matches."""

from __future__ import annotations

import pytest

from factcheck.claims.cues import cues_for


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Rien n'oblige les cyclistes à porter un gilet jaune.", "Rien n'"),
        ("Personne n'a vu le gilet jaune du cycliste.", "Personne n'"),
        ("La dissolution relève d'un décret, pas d'un arrêté.", "pas d'"),
    ],
)
def test_a_negation_ending_on_an_elision_is_found(sentence: str, said: str) -> None:
    found = [m.group() for m in cues_for("fr").pattern("negation").finditer(sentence)]
    assert found == [said]


def test_an_elided_first_person_pronoun_is_found() -> None:
    found = [
        m.group() for m in cues_for("fr").pattern("first_person").finditer("J'ai vu le préfet.")
    ]
    assert found == ["J'"]


def test_a_pattern_ending_on_a_word_still_needs_the_words_end() -> None:
    """ "aucun" is no negation inside "aucunement"... nor is "pas de" in "pas demain"."""
    found = [m.group() for m in cues_for("fr").pattern("negation").finditer("Il part pas demain.")]
    assert found == []
