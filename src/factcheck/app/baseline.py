"""Baselines: findings a reviewer accepted, so that later runs report only new ones.

A finding is keyed by what it is and the words around it, never by where it
is: the article (its path relative to the baseline file), the rule code,
the flagged text, a hash of the sentence around it (white space
normalised) and an occurrence number for the same finding in identical
sentences. Inserting a paragraph above leaves every key as it was; editing
the flagged sentence changes its key, so the finding comes back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.app.write import write_atomic
from factcheck.core.errors import ConfigError
from factcheck.core.model import Finding, Report
from factcheck.text.reading import read_limited, special_kind

FORMAT_VERSION = 1
MAX_BASELINE_SIZE = 50_000_000  # bytes; a baseline of 100,000 findings is about 30 MB
CONTEXT_WINDOW = 80  # characters either side when a finding is in no sentence
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, order=True)
class Key:
    """What identifies an accepted finding, whatever its offsets."""

    article: str
    code: str
    text: str
    context: str
    occurrence: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "code": self.code,
            "text": self.text,
            "context": self.context,
            "occurrence": self.occurrence,
        }


def normalise(text: str) -> str:
    """Compatibility-normalised, with runs of white space as one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_name(path: str, folder: Path) -> str:
    """The article's path relative to the baseline's folder, with ``/``; ``-`` for stdin."""
    if path == "-":
        return "-"
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder))).as_posix()


def context_of(report: Report, finding: Finding) -> str:
    """The sentences the finding touches, or a window of text around it."""
    overlapping = [
        (start, end)
        for start, end in report.sentences
        if start < max(finding.end, finding.start + 1) and finding.start < end
    ]
    if overlapping:
        start, end = overlapping[0][0], overlapping[-1][1]
    else:
        start = max(0, finding.start - CONTEXT_WINDOW)
        end = finding.end + CONTEXT_WINDOW
    return report.text[min(start, finding.start) : max(end, finding.end)]


def finding_keys(report: Report, article: str) -> list[Key]:
    """One key per finding of ``report``, in the report's order."""
    keys = []
    seen: dict[tuple[str, str, str], int] = {}
    for finding in report.findings:
        context = normalise(context_of(report, finding))
        digest = hashlib.sha256(context.encode("utf-8")).hexdigest()[:16]
        base = (finding.code, normalise(finding.text), digest)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        keys.append(Key(article, *base, occurrence))
    return keys


def apply_baseline(report: Report, accepted: frozenset[Key], article: str) -> int:
    """Drop the findings the baseline accepted; return how many were dropped."""
    keys = finding_keys(report, article)
    kept = [f for f, key in zip(report.findings, keys, strict=True) if key not in accepted]
    suppressed = len(report.findings) - len(kept)
    report.findings = kept
    return suppressed


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of one baseline file."""

    path: Path
    keys: frozenset[Key]

    @property
    def folder(self) -> Path:
        return self.path.parent

    def for_article(self, article: str) -> frozenset[Key]:
        return frozenset(k for k in self.keys if k.article == article)


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; one clear line when it is missing or not a baseline."""
    if not path.exists() and special_kind(path) is None:
        raise ConfigError(
            f"{path}: baseline file not found; create it with 'factcheck baseline write'"
        )
    raw = read_limited(path, MAX_BASELINE_SIZE, "a baseline file", ConfigError)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not UTF-8 (byte {exc.start})") from None
    except RecursionError:
        raise ConfigError(f"{path}: baseline nests too deep to be a baseline") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    return Baseline(path, frozenset(_keys(data, path)))


def _keys(data: Any, path: Path) -> Iterable[Key]:
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ConfigError(f"{path}: not a factcheck baseline (version {FORMAT_VERSION})")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: /findings: expected a list")
    for i, item in enumerate(findings):
        try:
            key = Key(
                item["article"], item["code"], item["text"], item["context"], item["occurrence"]
            )
        except (TypeError, KeyError) as exc:
            raise ConfigError(f"{path}: /findings/{i}: missing {exc}") from None
        types = [type(v) for v in (key.article, key.code, key.text, key.context)]
        if types != [str] * 4 or type(key.occurrence) is not int:
            raise ConfigError(f"{path}: /findings/{i}: wrong value types")
        yield key


def render_baseline(keys: Iterable[Key]) -> str:
    """The baseline file's text: sorted, so that rewriting it gives small diffs."""
    data = {
        "version": FORMAT_VERSION,
        "tool": "factcheck",
        "findings": [key.as_dict() for key in sorted(set(keys))],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, keys: Sequence[Key], articles: Iterable[str]) -> tuple[int, int]:
    """Accept ``keys`` for ``articles``, keeping what the file held for other articles.

    Returns (findings written for these articles, findings kept for others).
    """
    replaced = set(articles)
    kept: list[Key] = []
    if path.is_file():
        kept = [k for k in load_baseline(path).keys if k.article not in replaced]
    write_atomic(path, render_baseline([*kept, *keys]))
    return len(set(keys)), len(kept)
