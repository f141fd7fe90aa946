"""FC402 translation-unreliable: a sentence whose translation cannot be relied on.

## What it flags
Every translated sentence that the quality estimate judges unreliable
(`translation.sentences[i].quality.reliable` is false in the JSON report),
with the signals that failed:

- a name, number or date of the source missing from the English ("lost");
- a name, number or date in the English that the source does not have
  ("invented");
- an English much shorter or longer than the source (a dropped clause);
- repeated words or a loop;
- source words carried through untranslated;
- few of the source's words having their dictionary translation in the
  English (a French-English lexicon from FreeDict).

The finding covers the whole source sentence. When more than half of an
article's sentences are unreliable, the article's translation is not
usable: every report says so at the top, and FC402 gives one finding for
the article instead of one a sentence (on the first unreliable sentence;
JSON `data.sentences` lists them all). FC401 then stays silent on those
sentences too: a model that invents its English loses names and figures
everywhere, and twenty warnings would bury the one thing to do.

## Why it matters
Models fail without saying so: a small or wrong model writes fluent
English that says something else, and a real one sometimes drops a clause
or changes a figure. Whoever reads only the English (the summary, the
claims checked on it) cannot tell. The estimate needs no reference
translation, so it works with any model.

## Example
    Simone Veil a été élue à l’Académie française en 2008.
    -> According to posts on social networks, the truck was carrying a missile.

FC402 flags the sentence: the name "Simone Veil" and the year 2008 are
lost, and almost none of the source's words are translated.

## Fix
Read the source sentence, or retranslate it with a better model
(`factcheck models install fr en`). Claims in a flagged sentence are
matched on its source text only.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.core.model import Finding, TranslatedSentence, Translation
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.quote import clipped

QUOTE_CHARS = 120


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    translation = context.translation
    if translation is None:
        return
    flagged = translation.unreliable
    if translation.unusable_as_a_whole:
        yield _unusable(context, rule, translation, flagged)
        return
    for sentence in flagged:
        quality = sentence.quality
        if quality is None:  # never so: an unreliable sentence has its estimate
            continue
        english = sentence.text
        quoted = clipped(english, QUOTE_CHARS)
        why = "; ".join(quality.reasons) or "low quality score"
        yield rule.finding(
            context.document,
            sentence.start,
            sentence.end,
            f"the translation of this sentence is unreliable (quality {quality.score:.2f}: "
            f'{why}): "{quoted}"',
            sentence=sentence.index,
            score=quality.score,
            reasons=list(quality.reasons),
        )


def _unusable(
    context: CheckContext,
    rule: Rule,
    translation: Translation,
    flagged: list[TranslatedSentence],
) -> Finding:
    """One finding for an article whose translation is not usable."""
    first = flagged[0]
    return rule.finding(
        context.document,
        first.start,
        first.end,
        f"the translation of this article is not usable: {len(flagged)} of its "
        f"{len(translation.sentences)} sentences are unreliable; install a real "
        "translation model",
        suggestion=translation.install_command,
        sentences=[s.index for s in flagged],
        scores=[s.quality.score if s.quality else 0.0 for s in flagged],
        reasons=[list(s.quality.reasons) if s.quality else [] for s in flagged],
    )


RULE = Rule(
    code="FC402",
    name="translation-unreliable",
    severity=Severity.WARNING,
    summary="A sentence whose translation the quality estimate judges unreliable.",
    docs=__doc__ or "",
    check=check,
)
