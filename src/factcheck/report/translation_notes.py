"""What every format says at the top about the translation: a test model, or a translation not usable.

One wording for every renderer: each escapes it for its destination.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.core.model import Report


@dataclass(frozen=True)
class TranslationNotice:
    kind: str  # "fixture" or "unusable"
    text: str  # plain text, one line


def translation_notices(report: Report) -> list[TranslationNotice]:
    """The notices the report's header must carry, most serious first."""
    t = report.translation
    if t is None:
        return []
    notices = []
    if t.unusable:
        bad = sum(1 for s in t.sentences if not s.reliable)
        notices.append(
            TranslationNotice(
                "unusable",
                f"The translation of this article is not usable: {bad} of its "
                f"{len(t.sentences)} sentences are unreliable (FC402). Install a real "
                f"translation model: {t.install_command}",
            )
        )
    if t.fixture:
        notices.append(
            TranslationNotice(
                "fixture",
                f"Translated with the project's test model (test fixture, knows "
                f"{t.fixture_sentences} sentences), not a translation model: any other "
                f"sentence comes out invented. Install a real model: {t.install_command}",
            )
        )
    return notices
