"""Checking one article and rendering its reports; writing them (see batch.py for many).

A worker process runs :func:`run_job` and sends back the rendered reports;
the parent process writes them with :func:`deliver`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from factcheck.app.baseline import Key, apply_baseline, finding_keys
from factcheck.app.config import Settings
from factcheck.app.gate import ExitCode, apply_gate
from factcheck.app.write import report_path, write_atomic
from factcheck.core.errors import FactcheckError
from factcheck.core.model import Report
from factcheck.pipeline import Resources, check_article
from factcheck.report.claimreview import render_claimreview
from factcheck.report.github import render_github
from factcheck.report.html import render_html
from factcheck.report.json_report import render_json
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import render_sarif
from factcheck.report.text import render_text
from factcheck.text.reading import Article, decode_article

FILE_RENDERERS = {
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "sarif": render_sarif,
    "claimreview": render_claimreview,
}


# Formats printed on standard output; each gets the report and whether to colour.
STDOUT_RENDERERS: dict[str, Callable[[Report, bool], str]] = {
    "text": lambda report, colour: render_text(report, colour=colour),
    "github": lambda report, colour: render_github(report),
}


@dataclass(frozen=True)
class Rendered:
    """One report in every format asked for: file contents by format, and stdout text."""

    files: dict[str, str] = field(default_factory=dict)
    stdout: str = ""


@dataclass(frozen=True)
class Job:
    """One article to check, with everything a worker process needs (picklable)."""

    index: int
    path: str  # as the user gave it; "-" is standard input
    settings: Settings
    stdin: bytes | None = None
    baseline_name: str | None = None  # the article's name in the baseline, if one applies
    baseline_path: str | None = None  # the baseline file, shown as where suppressions came from
    accepted: frozenset[Key] = frozenset()
    want_keys: bool = False  # `factcheck baseline write` collects the finding keys
    colour: bool = False
    debug: bool = False


@dataclass
class Outcome:
    """What a worker sends back for one article."""

    index: int
    path: str
    rendered: Rendered = field(default_factory=Rendered)
    counts: dict[str, int] = field(default_factory=dict)
    suppressed: int = 0
    exit_code: ExitCode = ExitCode.OK
    error: str | None = None
    crashed: bool = False
    keys: list[Key] = field(default_factory=list)
    translated: int = 0
    from_cache: int = 0
    written: list[Path] = field(default_factory=list)  # report files, once delivered


def run_job(job: Job, resources: Resources) -> Outcome:
    """Check one article and render its reports; errors become an :class:`Outcome` too."""
    before = resources.translation_counts()
    try:
        outcome = _check(job, resources)
    except FactcheckError as exc:
        outcome = Outcome(job.index, job.path, error=str(exc), exit_code=ExitCode.ERROR)
    except Exception as exc:  # a bug: report it, keep the batch going
        detail = traceback.format_exc() if job.debug else ""
        outcome = Outcome(
            job.index,
            job.path,
            error=f"{job.path}: internal error: {type(exc).__name__}: {exc} "
            f"(rerun with --debug and report it){detail and chr(10) + detail.rstrip()}",
            crashed=True,
            exit_code=ExitCode.CRASH,
        )
    after = resources.translation_counts()
    outcome.translated = after[0] - before[0]
    outcome.from_cache = after[1] - before[1]
    return outcome


def _check(job: Job, resources: Resources) -> Outcome:
    settings = job.settings
    source: str | Article = job.path
    if job.stdin is not None:
        source = decode_article(job.path, job.stdin, settings.options.max_size)
    report = check_article(source, settings.options, resources)
    keys = finding_keys(report, job.baseline_name or job.path) if job.want_keys else []
    if job.baseline_name is not None and not job.want_keys:
        before = list(report.findings)
        report.suppressed = apply_baseline(report, job.accepted, job.baseline_name)
        kept = {id(f) for f in report.findings}
        report.suppressed_findings = [f for f in before if id(f) not in kept]
        report.suppressed_by = f"baseline {job.baseline_path}" if job.baseline_path else "baseline"
    report.config_files = [settings.config.as_posix()] if settings.config else []
    code = apply_gate(report, settings.fail_on)
    return Outcome(
        job.index,
        job.path,
        rendered=render(report, settings.formats, job.colour),
        counts=report.counts(),
        suppressed=report.suppressed,
        exit_code=code,
        keys=keys,
    )


def render(report: Report, formats: Sequence[str], colour: bool = False) -> Rendered:
    """Render one report in the file formats and the stdout formats asked for."""
    files = {fmt: FILE_RENDERERS[fmt](report) for fmt in formats if fmt in FILE_RENDERERS}
    stdout = "".join(
        STDOUT_RENDERERS[fmt](report, colour) for fmt in formats if fmt in STDOUT_RENDERERS
    )
    return Rendered(files, stdout)


def deliver(rendered: Rendered, output_dir: Path, base: str) -> list[Path]:
    """Write the report files (atomically), print the stdout formats; return the files written."""
    written = []
    for fmt, content in rendered.files.items():
        path = report_path(output_dir, base, fmt)
        write_atomic(path, content)
        written.append(path)
    if rendered.stdout:
        click.echo(rendered.stdout, nl=False)
    return written
