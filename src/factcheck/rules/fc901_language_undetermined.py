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
Pass the language explicitly with `--lang` (or `lang` in the configuration
file). The finding suggests the likeliest languages the detector found
(`--lang en`, `--lang fr`, ...), when it found any.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.language import UNDETERMINED, detect_language, supported_languages


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    if doc.lang != UNDETERMINED or not doc.sentences:
        return
    first = doc.sentences[0]
    likeliest = [lang for lang, _ in detect_language(doc.text).candidates[:2]]
    message = (
        "the article's language could not be detected, so it was neither translated nor "
        f"summarized; pass --lang (supported: {', '.join(supported_languages())})"
    )
    if likeliest:
        message += f"; the likeliest: {', '.join(likeliest)}"
    yield rule.finding(
        doc,
        first.start,
        first.end,
        message,
        suggestion=" or ".join(f"--lang {lang}" for lang in likeliest) or None,
        candidates=list(likeliest),
    )


RULE = Rule(
    code="FC901",
    name="language-undetermined",
    severity=Severity.INFO,
    summary="The article's language could not be detected.",
    docs=__doc__ or "",
    check=check,
)
