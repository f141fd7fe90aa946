"""The results of an article claim that matches no entry: related to one, or not covered."""

from __future__ import annotations

from factcheck.claims.detect import DetectedClaim
from factcheck.claims.model import Agreement, ClaimResult, Reason, ReasonKind, Status
from factcheck.claims.score import MATCH_THRESHOLD, Match, Said
from factcheck.entities.kb.model import Claim


def worthy(claim: DetectedClaim, entry: Claim) -> tuple[str, ...]:
    return tuple(str(r) for r in claim.reasons) or (f"claim-file: matches '{entry.id}'",)


def related(said: Said, best: Match) -> ClaimResult:
    claim, entry = said.claim, best.claim
    reasons = (
        *best.reasons,
        Reason(ReasonKind.RELATED, value=best.coverage, claim_id=entry.id),
    )
    return ClaimResult(
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        worthy(claim, entry),
        Status.RELATED,
        Agreement.NONE,
        best.score,
        reasons,
        entry,
    )


def not_covered(claim: DetectedClaim, best: Match | None) -> ClaimResult:
    reason = Reason(ReasonKind.NO_MATCH)
    if best is not None and best.score > 0:
        reason = Reason(
            ReasonKind.NO_MATCH,
            value=best.score,
            threshold=MATCH_THRESHOLD,
            claim_id=best.claim.id,
        )
    return ClaimResult(
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        tuple(str(r) for r in claim.reasons),
        Status.NOT_IN_CLAIM_FILE,
        Agreement.NONE,
        best.score if best else 0.0,
        (reason,),
        closest=reason.claim_id,
    )
