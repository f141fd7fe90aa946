"""What claim checking finds for one article claim, as the reports show it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.entities.kb.model import Claim

STATUSES = ("true", "false", "misleading", "unproven", "unverified", "not_in_claim_file")
AGREEMENTS = ("agrees", "contradicts", "none")


@dataclass(frozen=True)
class ClaimResult:
    """A claim of the article and its verdict: ``article[start:end] == text``.

    ``status`` is the verdict of what the article says: the matched claim's
    verdict when the sentence agrees with it, the opposite when it
    contradicts a true or false claim, ``not_in_claim_file`` when nothing
    matched. ``score`` is the match score (0..1) of ``claim``, or of the best
    candidate when nothing reached the threshold.
    """

    start: int
    end: int
    text: str
    sentence: int
    checkworthy_reasons: tuple[str, ...]
    status: str
    agreement: str = "none"
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    claim: Claim | None = None
    claimant_type: str | None = None  # schema.org type of the claim's claimant

    @property
    def claim_id(self) -> str | None:
        return self.claim.id if self.claim else None

    def to_dict(self) -> dict[str, Any]:
        claim = self.claim
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "checkworthy_reasons": list(self.checkworthy_reasons),
            "status": self.status,
            "agreement": self.agreement,
            "claim_id": self.claim_id,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "evidence": [_evidence(e) for e in claim.evidence] if claim else [],
            "claim": None if claim is None else _claim(claim, self.claimant_type),
        }


def _evidence(evidence: Any) -> dict[str, str]:
    item = {"source": evidence.source}
    for key in ("url", "quote", "date"):
        value = getattr(evidence, key)
        if value is not None:
            item[key] = value
    return item


def _claim(claim: Claim, claimant_type: str | None) -> dict[str, Any]:
    item: dict[str, Any] = {"id": claim.id, "text": claim.text, "verdict": claim.verdict}
    optional = {
        "lang": claim.lang,
        "date": claim.date,
        "claimant": claim.claimant,
        "claimant_type": claimant_type if claim.claimant else None,
        "explanation": claim.explanation,
    }
    item.update({k: v for k, v in optional.items() if v is not None})
    if claim.appearances:
        item["appearances"] = list(claim.appearances)
    return item
