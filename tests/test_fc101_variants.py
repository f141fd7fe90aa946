"""FC101 on real kinds of misspelling (built-in knowledge base), each finding explained.

Issue 11 point 2: typos in one part of a known full name, glued names,
particles, transliteration variants and doubled letters are caught; other
people sharing a given name or a surname, a given name inside a longer
name and lone common words are not. Every finding says which part differed
and how, in its message and in its data.
"""

from __future__ import annotations

import pytest

from conftest import fc101_findings


@pytest.mark.parametrize(
    ("text", "written", "suggestion", "kind", "explained"),
    [
        (
            "Mardi, Emmanuel Mecron a reçu les syndicats.",
            "Emmanuel Mecron",
            "Emmanuel Macron",
            "typo",
            "the surname 'Mecron' for 'Macron', 1 letter differs",
        ),
        (
            "Mardi, Kiri Starmer a reçu les syndicats.",
            "Kiri Starmer",
            "Keir Starmer",
            "typo",
            "the given name 'Kiri' for 'Keir', 2 letters differ",
        ),
        (
            "Mardi, Kier Starmer a reçu les syndicats.",
            "Kier Starmer",
            "Keir Starmer",
            "swap",
            "the given name 'Kier' for 'Keir', two letters swapped",
        ),
        (
            "Selon l'entourage d'Emmanuel Macronn, la décision est prise.",
            "Emmanuel Macronn",
            "Emmanuel Macron",
            "doubled",
            "a letter doubled or undoubled",
        ),
        (
            "Mardi, EmmanuelMacron a reçu les syndicats.",
            "EmmanuelMacron",
            "Emmanuel Macron",
            "spacing",
            "with a space or hyphen missing or added",
        ),
        (
            "Mardi, Ursula van der Leyen a reçu les syndicats.",
            "Ursula van der Leyen",
            "Ursula von der Leyen",
            "particle",
            "the particle 'van' for 'von'",
        ),
        (
            "Mardi, Wolodymyr Selenskyj a reçu les syndicats.",
            "Wolodymyr Selenskyj",
            "Volodymyr Zelensky",
            "transliteration",
            "another romanisation of the Cyrillic name",
        ),
        (
            "Mardi, Hsi Chin-p'ing a reçu les syndicats.",
            "Hsi Chin-p'ing",
            "Xi Jinping",
            "transliteration",
            "another romanisation of the Chinese name",
        ),
        (
            "Mardi, Ali Chamenei a reçu les syndicats.",
            "Ali Chamenei",
            "Ali Khamenei",
            "typo",
            "the surname 'Chamenei' for 'Khamenei', 1 letter differs",
        ),
        (
            "Mardi, Muhammad bin Salmane a reçu les syndicats.",
            "Muhammad bin Salmane",
            "Mohammad bin Salman",  # the closest accepted form
            "transliteration",
            "another romanisation of the Arabic name",
        ),
    ],
)
def test_misspellings_are_found_and_explained(
    text: str, written: str, suggestion: str, kind: str, explained: str
) -> None:
    (finding,) = fc101_findings(text)
    assert finding.text == written
    assert finding.suggestion == suggestion
    assert finding.data["difference"]["kind"] == kind
    assert explained in finding.message


def test_the_data_says_which_part_and_by_how_much() -> None:
    (finding,) = fc101_findings("Mardi, Kiri Starmer a reçu les syndicats.")
    assert finding.data["difference"] == {
        "kind": "typo",
        "part": "given name",
        "written": "Kiri",
        "known": "Keir",
        "distance": 2,
    }
    assert finding.data["entity"] == "keir-starmer"


@pytest.mark.parametrize(
    "text",
    [
        "L'essayiste Emmanuel Todd publie un livre.",  # same given name
        "Brigitte Macron a visité une école.",  # same surname
        "Le social-démocrate Martin Schulz a parlé.",  # similar surname, other given name
        "L'ancien Premier ministre chinois Li Keqiang est mort.",  # similar surname
        "Jean-Luc Mélenchon a réagi.",  # a known given name ("Luc") inside a longer one
        "Le macaron est une spécialité. Un Macaron géant trône en vitrine.",  # a common word
        "Olena Zelenska a visité Kiev.",  # another person of the family
        "Khalid bin Salman a rencontré des diplomates.",  # another son
    ],
)
def test_other_people_and_words_are_not_misspellings(text: str) -> None:
    assert fc101_findings(text) == []


def test_a_name_after_an_elided_article_is_read_whole() -> None:
    """ "d'Emmanuel Macronn" is one name, not a lone "Macronn" after a lower-case word."""
    (finding,) = fc101_findings("Selon l'entourage d'Emmanuel Macronn, rien n'est décidé.")
    assert (finding.start, finding.end) == (20, 36)


def test_the_exact_name_is_never_flagged() -> None:
    text = "Emmanuel Macron, Keir Starmer, Xi Jinping et Mohammed bin Salman se sont parlé."
    assert fc101_findings(text) == []
