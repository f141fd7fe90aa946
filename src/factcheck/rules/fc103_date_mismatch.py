"""FC103 date-mismatch: a dated event that the claim file dates differently.

## What it flags
A date in a sentence that matches a claim-file entry with a `date` (the
sentence names the entry's people and its event keywords), when the date
the sentence gives is not the entry's. Relative dates are resolved against
the article's date (`--date`, or the claim file's `article_date`) with
dateparser: "le 18 août", "mardi", "hier", "mardi dernier", "last
Tuesday", "on August 18". A bare weekday or a day without a year may point
back or ahead ("l'accord sera signé mardi"): it is flagged only when
neither reading is the entry's date.

The finding covers the date as written; its message gives both dates and
the entry.

Not flagged: sentences that also give the entry's date (an event can be
dated twice: "annoncée mardi, la rencontre du 18 août"); matches on titles
alone ("Marco Rubio, secrétaire d'État, a parlé mardi" against the entry
dating his appointment), since a title is a state, not an event; relative
dates when the article has no date; years on their own.

## Why it matters
A wrong date moves an event into a different news context, and a wrong
weekday is a classic slip of agency copy rewritten days later ("mardi" for
"lundi"). Dates are among the easiest facts for readers to check.

## Example
    D'après 'Vérité Européenne', la désignation de Rubio a été convenue lors
    d'une rencontre entre le président Donald Trump et des dirigeants
    européens le 17 août.

The claim file dates the meeting 2025-08-18: FC103 flags "17 août".

## Fix
Correct the date, or, if the claim file is wrong, correct the entry's
`date` and its evidence. With relative dates ("mardi"), check the article's
date (`--date`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.claims import check_claims
from factcheck.claims.fold import find_phrases, fold
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import Claim
from factcheck.entities.titles import vocabulary
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.dates import (
    DateExpression,
    calendar,
    find_date_expressions,
    matches_claim_date,
    resolve,
    same_day_of_year,
)
from factcheck.text.quote import clipped


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    if not any(c.date for c in context.kb.claims.values()) or calendar(doc.lang) is None:
        return
    results = context.claims or check_claims(doc, context.kb, context.translation)
    folded = fold(doc.text)
    flagged: set[tuple[int, int]] = set()
    for result in results:
        claim = result.claim
        if claim is None or not claim.date:
            continue
        expressions = find_date_expressions(doc.text, doc.lang, result.start, result.end)
        if not expressions:
            continue
        anchors = _event_keywords(folded, claim, doc.lang, result.start, result.end)
        if not anchors:
            continue
        judged = [(e, _agrees(e, claim.date, context.article_date, doc.lang)) for e in expressions]
        known = [(e, agrees) for e, agrees in judged if agrees is not None]
        if not known or any(agrees for _, agrees in known):
            continue
        wrong = min((e for e, _ in known), key=lambda e: _distance(e, anchors))
        if (wrong.start, wrong.end) in flagged:
            continue
        flagged.add((wrong.start, wrong.end))
        yield _finding(context, rule, wrong, claim)


def _event_keywords(
    folded: str, claim: Claim, lang: str, start: int, end: int
) -> list[tuple[int, int]]:
    """Where the entry's event keywords occur in the span; titles are not events."""
    keywords = claim.keywords.get(lang) or [k for words in claim.keywords.values() for k in words]
    vocab = vocabulary(lang)
    events = [k for k in keywords if vocab is None or vocab.title_pattern.search(k) is None]
    return [(s, e) for _, s, e in find_phrases(folded, events, start, end)]


def _agrees(expression: DateExpression, claimed: str, base: date | None, lang: str) -> bool | None:
    """Whether the expression gives the claimed date; None when it cannot be told."""
    if base is None and expression.year is None:
        return None if expression.relative else same_day_of_year(expression, claimed)
    candidates = resolve(expression, lang, base)
    if not candidates:
        return None
    return matches_claim_date(candidates, expression, claimed)


def _distance(expression: DateExpression, anchors: list[tuple[int, int]]) -> int:
    return min(max(0, expression.start - end, start - expression.end) for start, end in anchors)


def _finding(
    context: CheckContext, rule: Rule, expression: DateExpression, claim: Claim
) -> Finding:
    doc = context.document
    base = context.article_date
    claimed = claim.date or ""
    resolved = resolve(expression, doc.lang, base) if base or expression.year else []
    if base is not None and expression.weekday is None:
        # "17 août" read ahead as 2026 is no help to the reader: show the nearer reading.
        resolved = sorted(resolved, key=lambda d: abs((d - base).days))[:1]
    meaning = " or ".join(d.isoformat() for d in resolved)
    said = f"'{expression.text}'" + (
        f" ({meaning})" if meaning and expression.text != meaning else ""
    )
    relative = (
        f", counted from the article date {base.isoformat()}"
        if base and expression.relative
        else ""
    )
    return rule.finding(
        doc,
        expression.start,
        expression.end,
        f"the sentence dates the event {said}{relative}, but the claim file dates it "
        f"{claimed} ('{claim.id}': {clipped(claim.text)})",
        suggestion=_suggestion(expression, claimed, doc.lang, base),
        claim_id=claim.id,
        claimed=claimed,
        resolved=[d.isoformat() for d in resolved],
    )


def _suggestion(expression: DateExpression, claimed: str, lang: str, base: date | None) -> str:
    """The claim's date in the article's words: "lundi" for "mardi", "18 août" for "17 août"."""
    cal = calendar(lang)
    if cal is not None and base is not None and expression.relative and len(claimed) == 10:
        days = (date.fromisoformat(claimed) - base).days
        if expression.offset is not None:
            word = next((w for w, n in cal.relative.items() if n == days), None)
            if word:
                return word
        elif -7 < days < 7 and days != 0:
            weekday = date.fromisoformat(claimed).isoweekday()
            return next(w for w, n in cal.weekdays.items() if n == weekday)
    return _spelled(claimed, lang, with_year=expression.year is not None)


def _spelled(claimed: str, lang: str, *, with_year: bool) -> str:
    """The claim's date written like the article's: "18 août", "August 18, 2025"."""
    cal = calendar(lang)
    parts = [int(p) for p in claimed.split("-")]
    if cal is None or len(parts) < 2:
        return claimed
    month = next(name for name, number in cal.months.items() if number == parts[1])
    if cal.case_sensitive:
        month = month[:1].upper() + month[1:]
    year = f"{parts[0]}" if with_year or len(parts) == 2 else ""
    if len(parts) == 2:
        return f"{month} {year}"
    if cal.month_first:
        return f"{month} {parts[2]}" + (f", {year}" if year else "")
    day = cal.first_day[0] if parts[2] == 1 and cal.first_day else str(parts[2])
    return f"{day} {month}" + (f" {year}" if year else "")


RULE = Rule(
    code="FC103",
    name="date-mismatch",
    severity=Severity.ERROR,
    summary="A dated event that the claim file dates differently (relative dates resolved).",
    docs=__doc__ or "",
    check=check,
)
