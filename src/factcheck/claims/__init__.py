"""Claims: detect the article's check-worthy claims, match them to the claim file, judge them."""

from __future__ import annotations

from factcheck.claims.detect import DetectedClaim, detect, detect_claims
from factcheck.claims.entities import EntityIndex, entity_index
from factcheck.claims.index import claim_index
from factcheck.claims.match import match_claims
from factcheck.claims.model import AGREEMENTS, STATUSES, Agreement, ClaimResult, Status
from factcheck.claims.score import MATCH_THRESHOLD
from factcheck.core.model import Translation
from factcheck.entities.kb.model import KnowledgeBase
from factcheck.text.document import Document


def check_claims(
    document: Document, kb: KnowledgeBase, translation: Translation | None = None
) -> list[ClaimResult]:
    """Every claim of the article with its status, in text order."""
    index = entity_index(kb)
    detected, statements = detect(document, index)
    return match_claims(document, kb, detected, translation, index, statements, claim_index(kb))


__all__ = [
    "AGREEMENTS",
    "MATCH_THRESHOLD",
    "STATUSES",
    "Agreement",
    "ClaimResult",
    "DetectedClaim",
    "EntityIndex",
    "Status",
    "check_claims",
    "detect_claims",
    "match_claims",
]
