"""Per-knowledge-base indexes are built once and kept by the knowledge base (issue 12 point 5)."""

from __future__ import annotations

from dataclasses import replace

from factcheck.claims.entities import entity_index
from factcheck.entities.kb import load_knowledge_base
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.people import name_index


def small_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.entities["keir-starmer"] = Entity("keir-starmer", "person", "Keir Starmer")
    return kb


def test_an_index_is_built_once_per_knowledge_base() -> None:
    kb = load_knowledge_base([], builtin=True)
    assert name_index(kb) is name_index(kb)
    assert entity_index(kb) is entity_index(kb)
    other = load_knowledge_base([], builtin=True)
    assert name_index(other) is not name_index(kb)


def test_an_index_is_rebuilt_when_entities_are_merged_in() -> None:
    kb = small_kb()
    before = name_index(kb)
    assert "keir starmer" in before.known and "emmanuel macron" not in before.known
    kb.entities["emmanuel-macron"] = Entity("emmanuel-macron", "person", "Emmanuel Macron")
    after = name_index(kb)
    assert after is not before and "emmanuel macron" in after.known
    kb.entities["keir-starmer"] = replace(kb.entities["keir-starmer"], aliases=("Sir Keir",))
    assert "sir keir" in name_index(kb).known  # an entity replaced by id, too


def test_the_people_index_extends_the_knowledge_base_names_table() -> None:
    """One table of names: the people index adds surnames to the knowledge base's own."""
    kb = small_kb()
    assert kb.find("KEIR STARMER") == [kb.entities["keir-starmer"]]
    known = name_index(kb).known
    assert set(kb.names()) <= set(known) and "starmer" in known
