"""FC201 anonymous-source: an attribution to sources the reader cannot identify.

## What it flags
Phrases that attribute a fact to unnamed people: "selon des sources",
"selon plusieurs interlocuteurs", "de source proche du dossier",
"according to people familiar with the matter", "officials who spoke on
condition of anonymity". The phrase lists are data files per language in
`factcheck/data/anonymous_sources/` (one regular expression per line).

## Why it matters
A claim resting on sources nobody can check is the weakest kind of claim.
Editors must either name the source, say why it is anonymous and how it
was checked, or soften the claim.

## Example
    Marco Rubio, qui, selon des sources, apparaît comme un acteur central

## Fix
Name the source, or say what kind of source it is and why it is not named
("un diplomate européen ayant requis l'anonymat car non autorisé à
s'exprimer"), and confirm the fact with a second, named source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.core.langdata import lang_file
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule


def _compile(line: str) -> re.Pattern[str]:
    pattern = line.replace("'", "['’ʼ]").replace(" ", r"\s+")
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)


@cache
def phrase_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The compiled phrase patterns for ``lang`` (none for an unknown language)."""
    entry = lang_file(lang, "anonymous_sources.txt")
    if entry is None:
        return ()
    lines = entry.read_text("utf-8").splitlines()
    return tuple(
        _compile(line.strip()) for line in lines if line.strip() and not line.startswith("#")
    )


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    # Articles mix languages (quotes, agency copy): try English phrases too.
    langs = dict.fromkeys([doc.lang, "fr", "en"])
    matches = [
        match
        for lang in langs
        for pattern in phrase_patterns(lang)
        for match in pattern.finditer(doc.text)
    ]
    # Overlapping phrases ("according to people familiar with" and "people familiar
    # with the matter") are one attribution: the finding covers their union.
    spans: list[list[int]] = []
    for start, end in sorted(m.span() for m in matches):
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    for start, end in spans:
        phrase = doc.text[start:end]
        yield rule.finding(
            doc,
            start,
            end,
            f"unnamed source: '{phrase}' attributes the claim to people the reader cannot identify",
            suggestion="name the source, or say why it is anonymous and how it was checked",
        )


RULE = Rule(
    code="FC201",
    name="anonymous-source",
    severity=Severity.WARNING,
    summary="An attribution to unnamed sources.",
    docs=__doc__ or "",
    check=check,
)
