"""FC902 stale-knowledge-base: the knowledge base is older than the article by over a year.

## What it flags
A run whose claim files (the built-in knowledge base included) were
checked up to an `as_of` date more than a year before the article's date:
`--date`, else a dateline ("PARIS, 12 mars 2025 (AFP) -") or a
"Publié le ..." / "Published ..." line in the first lines, else the claim
file's `article_date`, else today. The finding sits on the article's first
sentence.

## Why it matters
Offices change hands: a knowledge base that is a year old may call a
former minister current, or miss a new one, so title and name checks can
be wrong in both directions.

## Example
    An article dated 2027-03-01 checked against a knowledge base as of 2025-10-01.

## Fix
Update factcheck (its built-in knowledge base), or add current facts to
your own claim file and give it a recent `as_of`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule

MAX_AGE = timedelta(days=365)


def _as_of(value: str) -> date | None:
    """The as_of date; a month alone counts from its first day (a year from 1 December)."""
    parts = value.split("-")
    try:
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 12, day)
    except (ValueError, IndexError):
        return None


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    if not doc.sentences:
        return
    article_date = context.article_date or date.today()
    dated = [(_as_of(f.as_of), f) for f in context.kb.files if f.as_of]
    known = [(d, f) for d, f in dated if d is not None]
    if not known:
        return
    newest, info = max(known, key=lambda item: item[0])
    if article_date - newest <= MAX_AGE:
        return
    day = article_date.isoformat()
    source = context.options.get("date_source", "option")
    which = {
        "option": f"the article's date, {day} (--date)",
        "text": f"the article's date, {day} (its dateline)",
        "claim file": f"the article's date, {day} (the claim file's article_date)",
    }.get(source, f"today, {day} (no date given or found in the article)")
    first = doc.sentences[0]
    yield rule.finding(
        doc,
        first.start,
        first.end,
        f"the knowledge base is as of {info.as_of}, more than a year before {which}: "
        "role and office facts may be out of date",
        suggestion="update the knowledge base"
        + ("" if context.article_date else ", or pass --date if the article is older"),
    )


RULE = Rule(
    code="FC902",
    name="stale-knowledge-base",
    severity=Severity.INFO,
    summary="The knowledge base is more than a year older than the article.",
    docs=__doc__ or "",
    check=check,
)
