"""The claim index's terms: synonym phrases are found by their longest word."""

from __future__ import annotations

from factcheck.claims.features import index_terms, lang_key
from factcheck.claims.fold import fold


def test_a_synonym_phrase_gives_its_groups_term() -> None:
    key = lang_key(fold("fusillade"), "fr")
    assert key in index_terms("Des coups de feu ont éclaté devant la mairie.", "fr")
    assert key in index_terms("Une fusillade a éclaté devant la mairie.", "fr")


def test_a_common_first_word_alone_gives_no_phrase_term() -> None:
    terms = index_terms("Les habitants aux abords de la mairie.", "fr")
    assert lang_key(fold("fusillade"), "fr") not in terms
