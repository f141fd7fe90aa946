"""One report model for every output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.core.severity import Severity


@dataclass(frozen=True)
class Finding:
    """A problem in the article: ``text == article[start:end]``, always."""

    code: str
    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    suggestion: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)


@dataclass(frozen=True)
class SentenceQuality:
    """How far a translated sentence can be relied on, estimated without a reference.

    ``score`` is 0 (surely wrong) to 1; ``reasons`` name the signals that
    failed ("lost name 'Keir Starmer'", "invented name 'Laura Bennett'", ...).
    """

    score: float
    reliable: bool
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "reliable": self.reliable, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class TranslatedSentence:
    """An English sentence aligned with its source sentence."""

    index: int
    start: int
    end: int
    source: str
    text: str
    quality: SentenceQuality | None = None

    @property
    def reliable(self) -> bool:
        """False only when the quality estimate says the translation cannot be used."""
        return self.quality is None or self.quality.reliable


@dataclass(frozen=True)
class Translation:
    engine: str
    model: str
    source_lang: str
    target_lang: str
    sentences: list[TranslatedSentence]
    fixture: bool = False  # made by the project's test model, which knows a few sentences only
    fixture_sentences: int = 0  # how many sentences the test model knows

    @property
    def unusable(self) -> bool:
        """More than half of the sentences are unreliable: the article's translation is not usable."""
        unreliable = sum(1 for s in self.sentences if not s.reliable)
        return bool(self.sentences) and unreliable * 2 > len(self.sentences)

    @property
    def unreliable(self) -> list[TranslatedSentence]:
        """The sentences (not empty) whose translation is unreliable."""
        return [s for s in self.sentences if not s.reliable and s.start < s.end]

    @property
    def unusable_as_a_whole(self) -> bool:
        """Not usable, with several unreliable sentences: reported once, for the article."""
        return self.unusable and len(self.unreliable) > 1

    @property
    def install_command(self) -> str:
        """The command that installs a real model for this language pair."""
        return f"factcheck models install {self.source_lang} {self.target_lang}"


@dataclass(frozen=True)
class Summary:
    algorithm: str
    lang: str
    sentences: list[int]  # indices into the summarized sentence list
    text: list[str]
    # The English of each picked sentence (same order) and whether it is
    # reliable, when the summary was taken from a translated article.
    translation: list[str] | None = None
    reliable: list[bool] | None = None


@dataclass
class Report:
    path: str
    text: str
    lang: str
    lang_confidence: float
    encoding: str
    sha256: str
    sentences: list[tuple[int, int]]
    findings: list[Finding]
    translation: Translation | None = None
    summaries: list[Summary] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    knowledge_base: list[dict[str, Any]] = field(default_factory=list)
    fail_on: str = "error"
    exit_code: int = 0
    failed: bool = False  # set by app.gate (the one place that decides): renderers read it
    suppressed: int = 0  # findings a baseline accepted, not in ``findings``
    suppressed_findings: list[Finding] = field(default_factory=list)
    suppressed_by: str | None = None  # where the accepted findings came from (baseline file)
    disabled_rules: list[str] = field(default_factory=list)  # rule codes switched off
    article_date: str | None = None  # ISO date the checks used for the article
    date_source: str = "today"  # where it came from: option, text, claim file, today
    review_author: str = "factcheck"  # author of ClaimReview exports (--review-author)
    config_files: list[str] = field(default_factory=list)  # the configuration files that applied

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts
