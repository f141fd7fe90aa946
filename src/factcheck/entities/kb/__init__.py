"""Claim files: the knowledge base of entities and claims an article is checked against."""

from factcheck.entities.kb.load import load_knowledge_base
from factcheck.entities.kb.model import Claim, Entity, Evidence, KnowledgeBase, Role

__all__ = ["Claim", "Entity", "Evidence", "KnowledgeBase", "Role", "load_knowledge_base"]
