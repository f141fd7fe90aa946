"""FC301 claim-false: the article states something the claim file shows to be false.

## What it flags
A claim of the article that matches a claim-file entry rated `false` and
repeats it, or that contradicts an entry rated `true`. The message names
the kind of contradiction and quotes the article's words and the entry's:
a negation ("X n'est pas Y", "did not"), an antonym or reversal ("a perdu"
for "a remporté", "cut" for "raised"), modality ("envisage", "may" for a
done fact), another quantifier ("une minorité" for "la majorité"), a
bounded quantity ("moins d'un tiers"), another date or number, another
agent, object or place ("Antony Blinken est le secrétaire d'État" where the
claim file says Marco Rubio is). A sentence that refutes a false claim
("contrairement à ce qu'affirment des publications, le camion ne
transportait pas de missile") is not flagged: it is true. A sentence on the
entry's topic that does not assert it (a correction giving the facts, a
compatible statement) is `related`: listed in the claims table, never
flagged. The finding quotes the entry and its evidence.

## Why it matters
Publishing a falsehood, even attributed ("selon des publications ..."),
spreads it; contradicting an established fact is a correction waiting to
happen.

## Example
    Selon des publications sur les réseaux sociaux, le camion transportait un missile.

## Fix
Remove the claim, or say plainly that it is false and cite the evidence
("le camion ne transportait pas de missile, selon ..."). If the claim file
is wrong or out of date, correct its verdict and evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.claims.model import Agreement, Status
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.claim_messages import claim_finding, claim_results, why_contradicts
from factcheck.text.quote import clipped


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    for result in claim_results(context, Status.FALSE):
        claim = result.claim
        assert claim is not None
        if result.agreement is Agreement.CONTRADICTS:
            message = (
                f"contradicts claim '{claim.id}', which the claim file rates true: "
                f"'{clipped(claim.text)}' ({why_contradicts(result)})"
            )
        else:
            message = f"repeats claim '{claim.id}', which the claim file rates false: '{clipped(claim.text)}'"
        yield claim_finding(rule, context, result, message)


RULE = Rule(
    code="FC301",
    name="claim-false",
    severity=Severity.ERROR,
    summary="A claim the claim file shows to be false (a false claim repeated, or a true one contradicted).",
    docs=__doc__ or "",
    check=check,
)
