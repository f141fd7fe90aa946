"""FC101 on given names and marks: lower-case name words, another real given
name under the person's title, accents that clash with the knowledge base's
or are dropped from one word only. Every sentence here was written for these
tests (none is a row of a names dev set)."""

from __future__ import annotations

import pytest

from conftest import assert_one_fc101, fc101_findings
from factcheck.entities.spelling import Kind
from factcheck.entities.written_form import form_difference


@pytest.mark.parametrize(
    ("text", "lang", "written", "suggestion", "kind"),
    [
        # a lower-case given name before, or surname after, a known name
        (
            "Hier soir, olaf Scholz a répondu aux questions.",
            "fr",
            "olaf Scholz",
            "Olaf Scholz",
            "case",
        ),
        (
            "Selon Giorgia meloni, le budget tiendra.",
            "fr",
            "Giorgia meloni",
            "Giorgia Meloni",
            "case",
        ),
        (
            "Le président fédéral, frank-Walter Steinmeier, a signé la loi.",
            "fr",
            "frank-Walter Steinmeier",
            "Frank-Walter Steinmeier",
            "case",
        ),
        # a capital dropped after a hyphen
        (
            "Trade chief Ngozi Okonjo-iweala opened the ministerial.",
            "en",
            "Ngozi Okonjo-iweala",
            "Ngozi Okonjo-Iweala",
            "case",
        ),
        # another mark where the knowledge base has one, though "Elisabeth" is accepted
        (
            "Pour Èlisabeth Borne, la réforme est prête.",
            "fr",
            "Èlisabeth Borne",
            "Élisabeth Borne",
            "accent",
        ),
        # a Slavic capital without its mark, the other marks kept
        (
            "Ingrida Simonytė a salué le vote du Seimas.",
            "fr",
            "Ingrida Simonytė",
            "Ingrida Šimonytė",
            "accent",
        ),
        # another real given name under a title the person holds
        (
            "Prime Minister Mark Starmer said the deal was done.",
            "en",
            "Mark Starmer",
            "Keir Starmer",
            "given-name",
        ),
        (
            "Le chancelier autrichien Christian Nehammer a reçu les syndicats.",
            "fr",
            "Christian Nehammer",
            "Karl Nehammer",
            "given-name",
        ),
    ],
)
def test_given_name_and_mark_slips_are_flagged(
    text: str, lang: str, written: str, suggestion: str, kind: str
) -> None:
    assert_one_fc101(text, lang, written, suggestion, kind)


def test_a_mark_dropped_from_one_word_while_another_keeps_its_own_is_flagged() -> None:
    text = "Le Premier ministre grec Kyriákos Mitsotakis a remanié son gouvernement."
    (found,) = fc101_findings(text)
    assert (found.start, found.end) == (25, 44)
    assert found.data["entity"] == "kyriakos-mitsotakis"
    assert found.data["difference"]["kind"] == "accent"


def test_the_wrong_given_name_explanation_names_the_title() -> None:
    (found,) = fc101_findings("Prime Minister Mark Starmer said the deal was done.", "en")
    assert "the given name 'Mark' for 'Keir': another given name" in found.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another given name with no title, or a title that is not the person's
        ("Anna Kallas a ouvert une boulangerie à Tallinn.", "fr"),
        ("La ministre estonienne de la Justice, Anna Kallas, a démissionné.", "fr"),
        # the title is someone else's: a relative, or not right before the name
        ("Le frère du Premier ministre, Thomas Starmer, tient un garage.", "fr"),
        ("Le Premier ministre a félicité Thomas Starmer pour son mariage.", "fr"),
        # a regnal number is no surname; a title in lower case is no given name
        ("Devant la reine Elizabeth II, la garde a défilé.", "fr"),
        ("The emperor Naruhito opened the session of the Diet.", "en"),
        ("Il habite rue Macron depuis dix ans.", "fr"),
        # a surname a letter off after a real given name not the person's
        ("L'artiste Anna Stoltenbreg expose à Oslo.", "fr"),
        # the knowledge base's forms, without accents or in capitals
        ("Elisabeth Borne a répondu aux sénateurs.", "fr"),
        ("PEDRO SÁNCHEZ CONVOQUE LE CONSEIL DES MINISTRES", "fr"),
        ("Kyriakos Mitsotakis a remanié son gouvernement.", "fr"),
    ],
)
def test_other_people_and_accepted_forms_stay_quiet(text: str, lang: str) -> None:
    assert fc101_findings(text, lang) == []


def test_form_difference_reads_a_clashing_mark_and_a_word_left_bare() -> None:
    forms = ["Élisabeth Borne", "Elisabeth Borne"]
    clash = form_difference("Èlisabeth Borne", forms)
    assert clash is not None and clash[1].kind is Kind.ACCENT and clash[1].written == "Èlisabeth"
    assert form_difference("Elisabeth Borne", forms) is None
    bare = form_difference(
        "Andrés Manuel Lopez Obrador",
        ["Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"],
    )
    assert bare is not None and bare[1].written == "Lopez" and bare[1].part == "middle name"
