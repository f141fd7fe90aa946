"""FC101 misspelled-name: a person's name that is close to, but not, a known name.

## What it flags
A name in the article that looks like the name of a person the knowledge
base knows, but is spelled differently from the name and every accepted
alias ("Kiri Starmer" where the claim file knows "Keir Starmer").

## Why it matters
A misspelled head of government is the first thing readers notice and the
first thing a correction notice has to fix. Machine translation and fast
retyping produce exactly these near misses.

## Example
    la Première ministre britannique Kiri Starmer

## Fix
Use the spelling the knowledge base gives: "Keir Starmer". If the spelling
is an accepted transliteration, add it to the person's `aliases` in the
claim file.

Not flagged: exact names and aliases, a known person's surname alone
("Rubio"), and any other person the knowledge base knows, however alike
the names look.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.people import find_mentions, name_index
from factcheck.rules.base import CheckContext, Rule


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    index = name_index(context.kb)
    if not index.has_people:
        return
    sentence_starts = [s.start for s in doc.sentences]
    for mention in find_mentions(doc.text, index, sentence_starts):
        if mention.exact:
            continue
        written = doc.text[mention.start : mention.end]
        why = mention.difference
        data: dict[str, Any] = {"entity": mention.entities[0].id}
        if why is not None:
            data["difference"] = why.to_data()
        yield rule.finding(
            doc,
            mention.start,
            mention.end,
            f"'{written}' looks like a misspelling of '{mention.display}'"
            + (f": {why.explain()}" if why else ""),
            suggestion=mention.display,
            **data,
        )


RULE = Rule(
    code="FC101",
    name="misspelled-name",
    severity=Severity.ERROR,
    summary="A person's name close to, but not, a name the knowledge base knows.",
    docs=__doc__ or "",
    check=check,
)
