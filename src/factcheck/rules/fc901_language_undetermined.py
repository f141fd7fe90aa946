"""FC901 language-undetermined: the article's language could not be detected.

## What it flags
An article in which too few common words of any supported language were
found to tell its language (very short texts, lists of names, another
script). The finding sits on the first sentence.

## Why it matters
Without a language, factcheck cannot translate or summarize the article,
and the language-specific checks (sourcing phrases, titles) are weaker.

## Example
    Kyiv, Washington, Bruxelles : 18/08

## Fix
Pass the language explicitly with `--lang fr` (or `lang` in the
configuration file).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.language import UNDETERMINED, supported_languages


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    if doc.lang != UNDETERMINED or not doc.sentences:
        return
    first = doc.sentences[0]
    yield rule.finding(
        doc,
        first.start,
        first.end,
        "the article's language could not be detected, so it was neither translated nor "
        f"summarized; pass --lang (supported: {', '.join(supported_languages())})",
        suggestion="--lang fr",
    )


RULE = Rule(
    code="FC901",
    name="language-undetermined",
    severity=Severity.INFO,
    summary="The article's language could not be detected.",
    docs=__doc__ or "",
    check=check,
)
