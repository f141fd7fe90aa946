"""FC101 on the slips real copy makes with names the lookup folds away.

Capitals ("Giorgia MEloni"), accents ("Pedro Sànchez"), particles left
out or added, a lone distinctive surname one letter off, a regnal number
misread by a scanner ("Felipe Vl"), and English possessives, which are
no misspelling at all. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import assert_one_fc101, fc101_findings
from factcheck.entities.names import name_spans
from factcheck.entities.spelling import Kind
from factcheck.entities.written_form import form_difference


@pytest.mark.parametrize(
    ("text", "lang", "written", "suggestion", "kind"),
    [
        # A capital inside a word, a capitalised particle inside a sentence.
        (
            "À Rome, Giorgia MEloni a reçu les syndicats.",
            "fr",
            "Giorgia MEloni",
            "Giorgia Meloni",
            "case",
        ),
        ("Chancellor OLaf Scholz flew to Washington.", "en", "OLaf Scholz", "Olaf Scholz", "case"),
        (
            "Le président Lula Da Silva a promis un fonds pour l'Amazonie.",
            "fr",
            "Lula Da Silva",
            "Lula da Silva",
            "case",
        ),
        (
            "Selon Mohammed Bin Salman, le projet avance.",
            "fr",
            "Mohammed Bin Salman",
            "Mohammed bin Salman",
            "case",
        ),
        # A diacritic wrong, added, moved or partly dropped.
        (
            "Pedro Sànchez a convoqué des élections anticipées.",
            "fr",
            "Pedro Sànchez",
            "Pedro Sánchez",
            "accent",
        ),
        ("Hier, Olaf Schölz a parlé au Bundestag.", "fr", "Olaf Schölz", "Olaf Scholz", "accent"),
        (
            "Le ministre Jean-Noël Barröt est à Alger.",
            "fr",
            "Jean-Noël Barröt",
            "Jean-Noël Barrot",
            "accent",
        ),
        (
            "Le commissaire Stéphane Sejourné était à Bruxelles.",
            "fr",
            "Stéphane Sejourné",
            "Stéphane Séjourné",
            "accent",
        ),
        # A particle left out or added.
        (
            "Le président Alexander Van Bellen a signé le décret.",
            "fr",
            "Alexander Van Bellen",
            "Alexander Van der Bellen",
            "particle",
        ),
        (
            "Mardi, Emmanuel de Macron a reçu les maires.",
            "fr",
            "Emmanuel de Macron",
            "Emmanuel Macron",
            "particle",
        ),
        # A regnal number misread by a scanner.
        ("Le roi Felipe Vl a ouvert la législature.", "fr", "Felipe Vl", "Felipe VI", "ocr"),
        (
            "King Carl XVl Gustaf opened the Riksdag.",
            "en",
            "King Carl XVl Gustaf",
            "King Carl XVI Gustaf",
            "ocr",
        ),
    ],
)
def test_slips_real_copy_makes_are_flagged(
    text: str, lang: str, written: str, suggestion: str, kind: str
) -> None:
    assert_one_fc101(text, lang, written, suggestion, kind)


def test_a_lone_distinctive_surname_one_letter_off_is_flagged_even_opening_a_sentence() -> None:
    text = "Stoltenbreg a quitté l'Otan en 2024 pour le ministère des Finances."
    found = fc101_findings(text)
    assert [(f.start, f.end, f.suggestion) for f in found] == [(0, 11, "Stoltenberg")]


def test_the_explanations_name_the_slip() -> None:
    (case,) = fc101_findings("À Rome, Giorgia MEloni a reçu les syndicats.")
    assert "'MEloni' for 'Meloni': the capitals differ" in case.message
    (particle,) = fc101_findings("Le président Alexander Van Bellen a signé le décret.")
    assert "the particle 'van' for 'van der'" in particle.message
    (added,) = fc101_findings("Mardi, Emmanuel de Macron a reçu les maires.")
    assert "the particle 'de' added" in added.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # English possessives, with either apostrophe, and plural possessives.
        ("Giorgia Meloni's coalition held together on Tuesday.", "en"),
        ("Mark Rutte’s speech was short.", "en"),
        ("Olaf Scholz' party lost, and Pedro Sánchez's allies wavered.", "en"),
        ("King Felipe VI's visit was postponed.", "en"),
        # Capitals: headlines and French surnames in capitals.
        ("GIORGIA MELONI REÇOIT LES SYNDICATS", "fr"),
        ("Le chancelier Olaf SCHOLZ a parlé.", "fr"),
        ("Lula Da Silva Promises New Amazon Fund At Summit", "en"),
        # Names without any accent, capitals without theirs, romanised marks.
        ("Pedro Sanchez et Jean-Noel Barrot se sont parlé.", "fr"),
        ("Sergueï Lavrov a reçu son homologue.", "fr"),
        ("Le premier ministre Benyamin Nétanyahou a parlé.", "fr"),
        # Other people, other kings, words derived from names.
        ("Charles II et Louis XIV régnaient déjà.", "fr"),
        ("Alexandre a parlé, Luxemburg aussi.", "fr"),
        ("Olena Zelenska a visité une école.", "fr"),
    ],
)
def test_forms_real_copy_uses_are_not_flagged(text: str, lang: str) -> None:
    assert fc101_findings(text, lang) == []


def test_a_capitalised_particle_opening_a_sentence_is_accepted() -> None:
    assert form_difference("Von der Leyen", ["von der Leyen"], initial=True) is None
    found = form_difference("Von der Leyen", ["von der Leyen"])
    assert found is not None
    form, why = found
    assert (form, why.kind, why.written, why.known) == ("von der Leyen", Kind.CASE, "Von", "von")
    assert form_difference("Lula Da Silva", ["Lula da Silva"], title_case=True) is None


def test_accents_ascii_words_and_capitals_are_accepted_partial_drops_are_not() -> None:
    assert form_difference("Francois Bayrou", ["François Bayrou"]) is None
    assert form_difference("Edouard Philippe", ["Édouard Philippe"]) is None
    assert form_difference("Élisabeth Borne", ["Elisabeth Borne"]) is None
    assert form_difference("Andreï", ["Andrei"], added_marks=frozenset("ï")) is None
    dropped = form_difference("Rinkevičs", ["Rinkēvičs"])
    assert dropped is not None and dropped[1].kind is Kind.ACCENT
    added = form_difference("Andreï", ["Andrei"])
    assert added is not None and added[1].kind is Kind.ACCENT


def test_a_possessive_ending_is_not_part_of_the_name_token() -> None:
    text = "Keir Starmer's aides, King Charles’s doctors and O'Brien's team."
    words = [t.text for span in name_spans(text, elided=True) for t in span.tokens]
    assert words == ["Keir", "Starmer", "King", "Charles", "O'Brien"]
