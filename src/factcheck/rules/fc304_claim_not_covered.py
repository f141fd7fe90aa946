"""FC304 claim-not-covered: a check-worthy claim that no claim-file entry covers.

## What it flags
A sentence (or clause) that states something checkable (a figure, a date,
an attribution, a named person or organisation doing something, a
comparison, a cause, a record) and matches no entry of the claim file.
The finding gives the reasons the sentence is check-worthy and the closest
entry's score. Severity info; `--require-coverage` makes it an error, for
desks that demand every claim be checked before publication.

## Why it matters
The claim file is the record of what was checked. A claim outside it has
not been checked by anyone, however plausible it reads.

## Example
    Plus de 2 000 personnes ont manifesté à Paris samedi.

## Fix
Check the claim and add it to the claim file with its verdict and evidence
(`factcheck claims init ARTICLE` writes a skeleton with every claim of the
article), or add keywords to the entry that should have matched it.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.claims.model import Status
from factcheck.claims.wording import closest
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.claim_messages import claim_finding, claim_results


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    options = context.options.get("options")
    required = bool(getattr(options, "require_coverage", False))
    severity = Severity.ERROR if required else None
    for result in claim_results(context, Status.NOT_IN_CLAIM_FILE):
        why = "; ".join(result.checkworthy_reasons[:3])
        message = f"check-worthy claim ({why}) that the claim file does not cover"
        nearest = next((r for r in result.reasons if r.claim_id is not None), None)
        if nearest is not None:
            message += f": {closest(nearest)}"
        if required:
            message += " (--require-coverage)"
        yield claim_finding(rule, context, result, message, severity)


RULE = Rule(
    code="FC304",
    name="claim-not-covered",
    severity=Severity.INFO,
    summary="A check-worthy claim that the claim file does not cover (error with --require-coverage).",
    docs=__doc__ or "",
    check=check,
)
