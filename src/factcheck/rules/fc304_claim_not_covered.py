"""FC304 claim-not-covered: a check-worthy claim that no claim-file entry covers.

## What it flags
Check-worthy claims (a figure, a date, an attribution, a named person or
organisation doing something, a comparison, a cause, a record) that match
no entry of the claim file. By default this is one info finding per
article, "N check-worthy claims the claim file does not cover", placed
(zero-width) where the first such claim begins; the reports list them in a
"Claims to check" table with the reasons each is check-worthy.
`--require-coverage` gives one error per uncovered claim instead, on the
claim's words, for desks that demand every claim be checked before
publication.

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

from factcheck.claims.model import ClaimResult, Status
from factcheck.claims.wording import closest
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.claim_messages import claim_finding, claim_results
from factcheck.text.document import line_index


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    options = context.options.get("options")
    uncovered = list(claim_results(context, Status.NOT_IN_CLAIM_FILE))
    if not uncovered:
        return
    if getattr(options, "require_coverage", False):
        for result in uncovered:
            yield claim_finding(rule, context, result, _one(result), Severity.ERROR)
        return
    text = context.document.text
    index = line_index(text)
    lines = sorted({index.line_col(r.start)[0] for r in uncovered})
    count = len(uncovered)
    noun = "claim" if count == 1 else "claims"
    where = ", ".join(str(n) for n in lines)
    first = uncovered[0].start
    yield rule.finding(
        context.document,
        first,
        first,
        f"{count} check-worthy {noun} that the claim file does not cover "
        f"(line{'s' if len(lines) > 1 else ''} {where}): see 'Claims to check' in the report",
        suggestion="check them and add them to the claim file "
        "('factcheck claims init ARTICLE' writes a skeleton)",
        claims=[[r.start, r.end] for r in uncovered],
    )


def _one(result: ClaimResult) -> str:
    why = "; ".join(result.checkworthy_reasons[:3])
    message = f"check-worthy claim ({why}) that the claim file does not cover"
    nearest = next((r for r in result.reasons if r.claim_id is not None), None)
    if nearest is not None:
        message += f": {closest(nearest)}"
    return message + " (--require-coverage)"


RULE = Rule(
    code="FC304",
    name="claim-not-covered",
    severity=Severity.INFO,
    summary="Check-worthy claims the claim file does not cover: one per article "
    "(one error per claim with --require-coverage).",
    docs=__doc__ or "",
    check=check,
)
