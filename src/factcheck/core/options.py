"""What the user asked for, shared by the layers that act on it.

The command line and the configuration file fill in :class:`Options`; the
pipeline, the claim loader and the readers take their defaults from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.core.severity import Severity

DEFAULT_SUMMARIZER = "lead-lexrank"
DEFAULT_MAX_SIZE = 5_000_000  # bytes; a news article is far smaller
# bytes: a fact-check database of 500,000 claims (about 110 MB) fits; --claims-max-size raises it
MAX_CLAIM_FILE_SIZE = 200_000_000


@dataclass
class Options:
    """What the user asked for; the CLI and the config file fill it in."""

    claims: list[Path] = field(default_factory=list)
    builtin_kb: bool = True
    lang: str | None = None
    translate: bool = True
    summarizer: str = DEFAULT_SUMMARIZER
    summary_sentences: int | None = None  # None: a length that fits the article
    # Kept for old configurations: the summary is always the article's own sentences.
    summarize_source: bool = False
    article_date: date | None = None
    max_size: int = DEFAULT_MAX_SIZE
    claims_max_size: int = MAX_CLAIM_FILE_SIZE
    disabled_rules: tuple[str, ...] = ()
    severity_overrides: dict[str, Severity] = field(default_factory=dict)
    require_coverage: bool = False
    review_author: str = "factcheck"
