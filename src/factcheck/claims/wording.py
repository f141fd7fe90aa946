"""Claim reasons in words: the one place a :class:`Reason` becomes text.

The JSON report's ``reasons`` list and the FC30x messages are written from
here; nothing reads these sentences back (the data stays in the reasons).
"""

from __future__ import annotations

from factcheck.claims.model import Contradiction, ContradictionKind, Reason, ReasonKind
from factcheck.text.quote import clipped


def describe(reason: Reason) -> str:
    """``reason`` as one line of the report."""
    kind, words = reason.kind, reason.words
    listed = ", ".join(words)
    if kind is ReasonKind.ENTITIES:
        return f"entities: {listed} ({len(words)}/{reason.count})"
    if kind is ReasonKind.KEYWORDS:
        where = " (in the translation)" if reason.translated else ""
        return f"keywords ({reason.lang}){where}: {listed}"
    if kind is ReasonKind.OVERLAP:
        label = "translation" if reason.translated else "text"
        return f"{label} overlap {reason.value:.2f}: {listed}"
    if kind is ReasonKind.DATE:
        return f"date: the sentence gives {listed}"
    if kind is ReasonKind.SCORE:
        return f"score {reason.value:.2f} >= {reason.threshold:.2f}"
    if kind is ReasonKind.NO_MATCH:
        if reason.claim_id is None:
            return "no claim-file entry matches"
        return f"no claim-file entry matches: {closest(reason)}"
    if kind is ReasonKind.RELATED:
        return (
            f"related to claim '{reason.claim_id}': the sentence states {reason.value:.0%} of it, "
            "on the same topic, without asserting the claim"
        )
    if kind is ReasonKind.DEBUNK:
        return f"debunk context: '{listed}'"
    if kind is ReasonKind.REFUTATION:
        return f"refutation cue: '{listed}'"
    if kind is ReasonKind.NEGATION:
        return f"negation: '{listed}'"
    if kind is ReasonKind.OPPOSITE:
        return (
            f"the sentence asserts the opposite of a claim rated {reason.verdict}: "
            f"its status is {_status(reason)}"
        )
    if kind is ReasonKind.CONTRADICTION and reason.contradiction is not None:
        return contradiction_line(reason.contradiction)
    if kind is ReasonKind.ELSEWHERE:
        return (
            f"the sentence says much that the claim (rated {reason.verdict}) does not "
            f"({len(words)} words or values of its own): related, not a repetition"
        )
    if kind is ReasonKind.UNSAID:
        return (
            f"the sentence shares only names, numbers or dates with the claim (rated "
            f"{reason.verdict}), none of what it says of them ({listed}): related, not a repetition"
        )
    if kind is ReasonKind.OTHER_EVENT:
        return (
            f"the sentence tells another event than the claim (rated {reason.verdict}): "
            f"it differs in more than one way ({listed}): related, not a contradiction"
        )
    if kind is ReasonKind.CORRECTION:
        return f"correction cue: '{listed}': the sentence sets the facts against the claim"
    if kind is ReasonKind.DIFFERS:
        return f"the claim is rated {reason.verdict}: the sentence is {_status(reason)}"
    if kind is ReasonKind.UNVERIFIED:
        return "the claim-file entry is not verified yet"
    if kind is ReasonKind.RETOLD:
        return (
            f"told on the word of the rumour's spreaders ('{clipped(listed)}'): its wording "
            "against the claim is the rumour's own, not a correction"
        )
    return "the cues cancel out: the sentence agrees with the claim"


def closest(reason: Reason) -> str:
    """ "the closest, 'ID', scores 0.50 < 0.60" for a no-match reason."""
    return f"the closest, '{reason.claim_id}', scores {reason.value:.2f} < {reason.threshold:.2f}"


def _status(reason: Reason) -> str:
    return reason.status.value if reason.status is not None else "unknown"


def contradiction_line(found: Contradiction) -> str:
    """ "date differs: the sentence says '19 août', the claim says '18 août'"."""
    if found.names is not None:
        said, claimed = found.names
        return (
            f"name differs: the sentence names {clipped(said)}, the claim names {clipped(claimed)}"
        )
    kind = found.kind
    if kind in (ContradictionKind.NEGATION, ContradictionKind.REFUTATION):
        return (
            f"{kind.value}: '{clipped(found.said)}', against the claim '{clipped(found.claimed)}'"
        )
    claimed = f", the claim says '{clipped(found.claimed)}'" if found.claimed else ""
    return f"{kind.value} differs: the sentence says '{clipped(found.said)}'{claimed}"
