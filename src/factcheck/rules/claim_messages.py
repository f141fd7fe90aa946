"""Claim results in words, for the messages of rules FC301-FC304."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.claims.model import ClaimResult, Status
from factcheck.claims.wording import contradiction_line
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule

QUOTE_CHARS = 160


def claim_results(context: CheckContext, status: Status) -> Iterator[ClaimResult]:
    """The article's claim results with ``status`` (computed once by the pipeline)."""
    return (r for r in context.claims if r.status == status)


def evidence_note(result: ClaimResult) -> str:
    """'evidence: SOURCE (URL): "QUOTE"' for the first piece of evidence, or ''."""
    claim = result.claim
    if claim is None or not claim.evidence:
        return ""
    first = claim.evidence[0]
    note = f"evidence: {first.source}"
    if first.url:
        note += f" ({first.url})"
    if first.quote:
        quote = (
            first.quote
            if len(first.quote) <= QUOTE_CHARS
            else first.quote[: QUOTE_CHARS - 3] + "..."
        )
        note += f': "{quote}"'
    return note


def why_contradicts(result: ClaimResult) -> str:
    """Which kind of contradiction, in words, quoting the sentence's and the claim's words."""
    found = result.contradiction
    if found is None:
        return "the sentence says the opposite"
    return f"{found.kind.value} contradiction; {contradiction_line(found)}"


def claim_finding(
    rule: Rule,
    context: CheckContext,
    result: ClaimResult,
    message: str,
    severity: Severity | None = None,
) -> Finding:
    """A finding on the claim's span, with the claim id, score and agreement as data."""
    note = evidence_note(result)
    return rule.finding(
        context.document,
        result.start,
        result.end,
        f"{message}; {note}" if note else message,
        severity=severity,
        claim_id=result.claim_id,
        score=round(result.score, 3),
        agreement=result.agreement,
    )
