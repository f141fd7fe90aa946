"""FC202 and the knowledge base's outlet index.

The outlet index says whether a cited name is a known outlet, a listed
translation, a misspelling (and how far) or unknown; FC202 fires only where
a sourcing cue introduces a publication-like name, with a warning for a
translated or misspelled name and an info finding for an unknown outlet.
"""

from __future__ import annotations

import pytest

from factcheck.core.severity import Severity
from factcheck.entities.kb.load import load_knowledge_base
from factcheck.entities.kb.model import KnowledgeBase
from factcheck.entities.kb.outlets import OutletMatch, max_distance, outlet_index, outlet_key
from factcheck.rules.base import CheckContext
from factcheck.rules.fc202_outlet_unverifiable import RULE, cues
from factcheck.text.document import Document


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([], builtin=True)


def findings(kb: KnowledgeBase, text: str, lang: str = "fr") -> list[tuple[str, Severity]]:
    found = RULE.run(CheckContext(document=Document("t.txt", text, lang), kb=kb))
    for f in found:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.severity) for f in found]


def test_outlet_key_ignores_article_case_accents_and_spacing() -> None:
    assert outlet_key("Le Monde") == outlet_key("monde") == "monde"
    assert outlet_key("Lyon Mag") == outlet_key("LyonMag") == outlet_key("lyon-mag")
    assert outlet_key("L’Équipe") == "equipe"
    assert (max_distance("monde"), max_distance("liberation"), max_distance("financialtimes")) == (
        0,
        1,
        2,
    )


def test_lookup_tells_known_translated_misspelled_and_unknown(kb: KnowledgeBase) -> None:
    index = outlet_index(kb)
    assert index.lookup("Libération").match is OutletMatch.KNOWN
    assert index.lookup("the Financial Times").match is OutletMatch.KNOWN
    translated = index.lookup("Vérité Européenne")
    assert translated.match is OutletMatch.TRANSLATED and translated.outlet is not None
    assert translated.outlet.id == "yevropeiska-pravda"
    misspelled = index.lookup("Financial Time")
    assert misspelled.match is OutletMatch.MISSPELLED and misspelled.distance == 1
    assert index.lookup("Taranis News").match is OutletMatch.UNKNOWN
    assert index.lookup("Le Mond").match is OutletMatch.UNKNOWN  # too short to call it a typo
    assert outlet_index(kb) is index  # built once per knowledge base


@pytest.mark.parametrize(
    "outlet",
    [
        "La Dépêche du Midi",
        "Nice-Matin",
        "Le Télégramme",
        "Le Dauphiné Libéré",
        "RMC",
        "Challenges",
    ],
)
def test_outlets_the_issue_named_are_known(kb: KnowledgeBase, outlet: str) -> None:
    assert findings(kb, f"La mairie a démenti, selon {outlet}.") == []


def test_unknown_outlet_is_info_and_translation_is_warning(kb: KnowledgeBase) -> None:
    text = "D'après le site Actu17, le feu est parti d'une chambre. Selon Taranis News, la police a chargé."
    assert findings(kb, text) == [("Actu17", Severity.INFO), ("Taranis News", Severity.INFO)]
    assert findings(kb, "D’après ‘Vérité Européenne’, la date est fixée.") == [
        ("Vérité Européenne", Severity.WARNING)
    ]
    assert findings(kb, "Ministers met, according to the Finacial Times.", "en") == [
        ("Finacial Times", Severity.WARNING)
    ]
    swapped = "Selon le quotidien Le Parisein, la route est coupée."  # two letters swapped
    assert findings(kb, swapped) == [("Le Parisein", Severity.WARNING)]


@pytest.mark.parametrize(
    "text",
    [
        'Le masque est obligatoire, selon le "protocole national de déconfinement" publié hier.',
        "Soixante départements sont touchés, selon le site officiel Propluvia.",
        'Selon "Les Pélicans", le collectif de bénévoles, les repas seront servis lundi.',
        "Selon Emmanuel Macron, le plan sera prêt en juin.",
        "Le texte a été adopté, selon le Conseil constitutionnel.",
    ],
)
def test_policies_public_sites_bodies_and_people_are_not_outlets(
    kb: KnowledgeBase, text: str
) -> None:
    assert findings(kb, text) == []


def test_cue_words_are_language_data() -> None:
    for lang in ("fr", "en"):
        assert cues(lang) is not None
    assert cues("xx") is None


@pytest.mark.parametrize("name", ["L'Obs", "L’Obs", "L'Humanité", "L’Humanité"])
def test_an_outlet_name_is_found_with_either_apostrophe(name: str) -> None:
    """The built-in data lists L'Obs and L'Humanité with a straight apostrophe only."""
    from factcheck.entities.kb import load_knowledge_base
    from factcheck.entities.kb.outlets import outlet_index

    index = outlet_index(load_knowledge_base([], builtin=True))
    assert index.names is not None
    match = index.names.match(f"{name} a révélé")
    assert match is not None and match.group() == name
