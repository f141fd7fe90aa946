"""FC302 claim-misleading: the article repeats a claim the claim file rates misleading.

## What it flags
A claim of the article that matches, and agrees with, a claim-file entry
rated `misleading`: true in part, or true but presented so as to mislead.
The finding quotes the entry, its explanation and its evidence. A sentence
that debunks the misleading claim ("il est faux de dire que ...") is not
flagged.

## Why it matters
A misleading claim passes a quick check because part of it is true; the
reader still comes away believing something false.

## Example
    Le taux de chômage a baissé à 7,3 % au deuxième trimestre.

## Fix
Add the context the claim file's explanation gives, or reword the claim so
it states only what the evidence supports.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.claims.model import Status
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.claim_messages import claim_finding, claim_results
from factcheck.text.quote import clipped


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    for result in claim_results(context, Status.MISLEADING):
        claim = result.claim
        assert claim is not None
        message = f"repeats claim '{claim.id}', which the claim file rates misleading: '{clipped(claim.text)}'"
        if claim.explanation:
            message += f" ({claim.explanation})"
        yield claim_finding(rule, context, result, message)


RULE = Rule(
    code="FC302",
    name="claim-misleading",
    severity=Severity.WARNING,
    summary="A claim the claim file rates misleading.",
    docs=__doc__ or "",
    check=check,
)
