"""FC303 claim-unproven: the article states a claim the claim file could not confirm.

## What it flags
A claim of the article that matches a claim-file entry rated `unproven`:
the fact-checkers looked for evidence and found none either way (often a
claim resting on anonymous sources). A sentence that only denies such a
claim is related to it, not flagged: a denial or a correction is no claim
the article makes (an explicit debunk is read as true).

## Why it matters
Stated as fact, an unconfirmed claim commits the newsroom to it. Readers
should know what is reported and what is established.

## Example
    Ce groupe sera dirigé par le secrétaire d'État, Marco Rubio, selon des sources.

## Fix
Attribute the claim and say it is not confirmed ("selon Yevropeiska Pravda,
qui cite des sources anonymes, ... ; l'information n'a pas été confirmée"),
or leave it out until it is.
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
    for result in claim_results(context, Status.UNPROVEN):
        claim = result.claim
        assert claim is not None
        message = f"matches claim '{claim.id}', which the claim file rates unproven: '{clipped(claim.text)}'"
        if claim.explanation:
            message += f" ({claim.explanation})"
        yield claim_finding(rule, context, result, message)


RULE = Rule(
    code="FC303",
    name="claim-unproven",
    severity=Severity.WARNING,
    summary="A claim the claim file rates unproven.",
    docs=__doc__ or "",
    check=check,
)
