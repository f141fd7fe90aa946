"""What claim checking finds for one article claim, as data: statuses, reasons, spans.

Nothing here is a sentence to be parsed back: a status is a :class:`Status`,
a reason a :class:`Reason` with its kind and its values, a contradiction a
:class:`Contradiction` with both spans. They are put into words only where
they are shown (:mod:`factcheck.claims.wording` for the JSON report's
``reasons``, the FC30x rules for their messages).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from factcheck.entities.kb.model import Claim


class Status(StrEnum):
    """The verdict on what the article says about a claim-file entry."""

    TRUE = "true"
    FALSE = "false"
    MISLEADING = "misleading"
    UNPROVEN = "unproven"
    RELATED = "related"  # same topic as the entry, without asserting it: never FC301-FC303
    UNVERIFIED = "unverified"  # the entry is not checked yet (claims init): never FC301-FC303
    NOT_IN_CLAIM_FILE = "not_in_claim_file"


class Agreement(StrEnum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    NONE = "none"


class ContradictionKind(StrEnum):
    """How a sentence contradicts its entry (issue 10, point 3)."""

    NEGATION = "negation"
    REFUTATION = "refutation"
    ANTONYM = "antonym"
    MODALITY = "modality"
    QUANTIFIER = "quantifier"
    QUANTITY = "quantity"
    NUMBER = "number"
    DATE = "date"
    AGENT = "agent"
    OBJECT = "object"
    PLACE = "place"


class ReasonKind(StrEnum):
    ENTITIES = "entities"  # the entry's entities named: words = entity ids
    KEYWORDS = "keywords"  # the entry's keywords found: words, lang, translated
    OVERLAP = "overlap"  # content shared with the entry's text: words, value, translated
    DATE = "date"  # the entry's date given by the sentence: words = (iso,)
    SCORE = "score"  # the match score against the threshold: value, threshold
    NO_MATCH = "no-match"  # nothing matched; claim_id/value: the closest entry and its score
    RELATED = "related"  # same topic, not the same claim: value, threshold
    DEBUNK = "debunk"  # a contrast cue: words = (cue,)
    REFUTATION = "refutation"  # a refutation cue: words = (cue,)
    NEGATION = "negation"  # a negation cue: words = (cue,)
    OPPOSITE = "opposite"  # the sentence asserts the opposite: verdict, status
    CONTRADICTION = "contradiction"  # what contradicts the entry: contradiction
    DIFFERS = "differs"  # the verdict after a contradiction: verdict, status
    CANCEL = "cancel"  # negation and refutation cancel out
    ELSEWHERE = "elsewhere"  # the sentence says much the entry does not: words = its own
    UNSAID = "unsaid"  # the sentence says nothing the entry asserts besides names: words = those
    OTHER_EVENT = "other-event"  # two of names, figures, date differ: words = the sentence's
    CORRECTION = "correction"  # a correction cue against a claim not rated true: words = (cue,)
    UNVERIFIED = "unverified"  # the entry is not verified yet: no verdict to agree with
    RETOLD = "retold"  # told on the rumour's spreaders' word: words = (their clause,)


@dataclass(frozen=True)
class Reason:
    """One reason of a match or a verdict; which fields are set depends on ``kind``."""

    kind: ReasonKind
    words: tuple[str, ...] = ()
    value: float | None = None
    threshold: float | None = None
    claim_id: str | None = None
    lang: str | None = None
    translated: bool = False
    count: int | None = None
    verdict: str | None = None
    status: Status | None = None
    contradiction: Contradiction | None = None


@dataclass(frozen=True)
class Contradiction:
    """What contradicts the entry: ``article[start:end]`` against ``claim.text[claim_start:claim_end]``.

    Either span may be empty (start == end) when one side says nothing in its
    place: a negation has no counterpart in the entry.
    """

    kind: ContradictionKind
    start: int
    end: int
    said: str
    claim_start: int
    claim_end: int
    claimed: str
    names: tuple[str, str] | None = None  # (the sentence's, the entry's) for a known person

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "text": self.said,
            "claim_start": self.claim_start,
            "claim_end": self.claim_end,
            "claim_text": self.claimed,
        }


STATUSES = tuple(s.value for s in Status)
AGREEMENTS = tuple(a.value for a in Agreement)
MATCHED = frozenset({Status.TRUE, Status.FALSE, Status.MISLEADING, Status.UNPROVEN})


@dataclass(frozen=True)
class ClaimResult:
    """A claim of the article and its verdict: ``article[start:end] == text``.

    ``status`` is the verdict of what the article says: the matched claim's
    verdict when the sentence agrees with it, the opposite when it
    contradicts a true or false claim, ``related`` when the sentence is on
    the entry's topic without asserting it, ``not_in_claim_file`` when
    nothing matched. ``score`` is the match score (0..1) of ``claim``, or of
    the best candidate when nothing matched (``closest`` names it).
    """

    start: int
    end: int
    text: str
    sentence: int
    checkworthy_reasons: tuple[str, ...]
    status: Status
    agreement: Agreement = Agreement.NONE
    score: float = 0.0
    reasons: tuple[Reason, ...] = ()
    claim: Claim | None = None
    claimant_type: str | None = None  # schema.org type of the claim's claimant
    contradiction: Contradiction | None = None
    closest: str | None = None  # id of the closest entry when nothing matched

    @property
    def claim_id(self) -> str | None:
        return self.claim.id if self.claim else None

    def to_dict(self) -> dict[str, Any]:
        from factcheck.claims.wording import describe

        claim = self.claim
        item: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "checkworthy_reasons": list(self.checkworthy_reasons),
            "status": self.status.value,
            "agreement": self.agreement.value,
            "claim_id": self.claim_id,
            "score": round(self.score, 3),
            "reasons": [describe(r) for r in self.reasons],
            "evidence": [_evidence(e) for e in claim.evidence] if claim else [],
            "claim": None if claim is None else _claim(claim, self.claimant_type),
        }
        if self.contradiction is not None:
            item["contradiction"] = self.contradiction.to_dict()
        return item


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
