"""Claim results in words, for the messages of rules FC301-FC304."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.claims.model import ClaimResult, Status
from factcheck.claims.wording import contradiction_line
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.document import line_index
from factcheck.text.quote import clipped


def claim_results(context: CheckContext, status: Status) -> Iterator[ClaimResult]:
    """The article's claim results with ``status`` (computed once by the pipeline).

    One claim, one finding: when several sentences match the same claim-file
    entry with the same status, only the first is given; :func:`repeats`
    lists the others for its message.
    """
    seen: set[str] = set()
    for result in context.claims:
        if result.status != status:
            continue
        if result.claim_id is not None:
            if result.claim_id in seen:
                continue
            seen.add(result.claim_id)
        yield result


def repeats(context: CheckContext, result: ClaimResult) -> list[ClaimResult]:
    """The later claims of the article with the same entry and status as ``result``."""
    if result.claim_id is None:
        return []
    return [
        r
        for r in context.claims
        if r.claim_id == result.claim_id and r.status == result.status and r.start > result.start
    ]


def _repeats_note(context: CheckContext, others: list[ClaimResult]) -> str:
    text = context.document.text
    index = line_index(text)
    lines = [str(index.line_col(r.start)[0]) for r in others]
    where = ", ".join(lines)
    return f"the same claim is also made on line{'s' if len(lines) > 1 else ''} {where}"


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
        note += f': "{clipped(first.quote)}"'
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
    """A finding on the claim's span, with the claim id, score and agreement as data.

    Later sentences making the same claim are named in the message and
    given as ``also`` (their offsets) in the data.
    """
    note = evidence_note(result)
    others = repeats(context, result)
    if others:
        message = f"{message}; {_repeats_note(context, others)}"
    extra: dict[str, Any] = {"also": [[r.start, r.end] for r in others]} if others else {}
    return rule.finding(
        context.document,
        result.start,
        result.end,
        f"{message}; {note}" if note else message,
        severity=severity,
        claim_id=result.claim_id,
        score=round(result.score, 3),
        agreement=result.agreement,
        **extra,
    )
