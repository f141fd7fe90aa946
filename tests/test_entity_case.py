"""Names are found without regard to case, but an everyday phrase is not a name.

The 660 built-in outlets include "L'Équipe", "Le Monde" and "L'Union": the
phrases "l'équipe", "le monde" and "l'Union européenne" must not be read as
them, while "Le Monde" and "L'Union" cited as outlets still are.
"""

from __future__ import annotations

import pytest

from factcheck.claims.entities import entity_index, written_as_name
from factcheck.core.model import TranslatedSentence
from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.rules.fc401_translation_lost_entity import kb_mentions


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([], builtin=True)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("l'équipe", False),
        ("le monde", False),
        ("the guardian", False),
        ("L'Équipe", True),
        ("le Figaro", True),
        ("Otan", True),
    ],
)
def test_written_as_name(written: str, expected: bool) -> None:
    assert written_as_name(written) is expected


def names_in(text: str, kb: KnowledgeBase) -> list[str]:
    sentence = TranslatedSentence(0, 0, len(text), text, "")
    return [text[s:e] for s, e, _ in kb_mentions(text, sentence, kb)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un accord a été signé entre l’Union européenne et le Chili.", ["Union européenne"]),
        ("L'équipe de France a gagné hier soir.", []),
        ("Selon Le Monde, le monde change.", ["Le Monde"]),
        ("Selon L’Union, le maire a démissionné.", ["L’Union"]),
        ("L'ONU et l'OTAN se sont réunies.", ["ONU", "OTAN"]),
    ],
)
def test_known_names_in_a_sentence(text: str, expected: list[str], kb: KnowledgeBase) -> None:
    assert names_in(text, kb) == expected


def test_a_rejected_match_gives_way_to_a_later_one(kb: KnowledgeBase) -> None:
    text = "Bruxelles : l’Union européenne a tranché."
    found = [text[m.start : m.end] for m in entity_index(kb).mentions(text)]
    assert found == ["Union européenne"]
