"""Claims: detect the article's check-worthy claims, match them to the claim file, judge them."""

from __future__ import annotations

from factcheck.claims.detect import DetectedClaim, detect, detect_claims
from factcheck.claims.entities import EntityIndex, entity_index
from factcheck.claims.match import MATCH_THRESHOLD, match_claims
from factcheck.claims.model import AGREEMENTS, STATUSES, ClaimResult
from factcheck.core.model import Translation
from factcheck.entities.kb.model import KnowledgeBase
from factcheck.text.document import Document


def check_claims(
    document: Document, kb: KnowledgeBase, translation: Translation | None = None
) -> list[ClaimResult]:
    """Every claim of the article with its status, in text order."""
    index = entity_index(kb)
    detected, statements = detect(document, index)
    return match_claims(document, kb, detected, translation, index, statements)


__all__ = [
    "AGREEMENTS",
    "MATCH_THRESHOLD",
    "STATUSES",
    "ClaimResult",
    "DetectedClaim",
    "EntityIndex",
    "check_claims",
    "detect_claims",
    "match_claims",
]
