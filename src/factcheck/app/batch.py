"""Checking many articles in one run: inputs, report names, worker processes, progress, summary.

``factcheck DIR_OR_FILES...`` expands folders and glob patterns into
article files, resolves each article's settings (its nearest config file
merged with the command line), then checks them in this process or in
``--jobs`` worker processes. Each worker loads models and claim files
once; it sends back rendered reports, which this process writes
atomically and prints in the order the articles were given.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from factcheck.app.baseline import Baseline, Key, article_name, load_baseline
from factcheck.app.config import Config, ConfigFinder, Settings, display_path, resolve_settings
from factcheck.app.gate import ExitCode
from factcheck.app.index import write_indexes
from factcheck.app.inputs import COMBINED_SARIF, bases_by_output_dir, expand_inputs, merge_sarif
from factcheck.app.progress import Display, Tally, print_article_summary, print_summary
from factcheck.app.run import Job, Outcome, deliver, run_job
from factcheck.app.workers import raise_on_sigterm, restore_sigterm, run_parallel
from factcheck.app.write import report_path, write_atomic
from factcheck.core.errors import FactcheckError, InputError
from factcheck.pipeline import Resources
from factcheck.report.escape import terminal


@dataclass
class BatchResult:
    exit_code: ExitCode
    tally: Tally
    keys: list[Key] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # names of the articles checked


# ---------------------------------------------------------------- inputs


def warn(message: str) -> None:
    click.echo(f"factcheck: warning: {terminal(message)}", err=True)


@dataclass(frozen=True)
class RunSetup:
    """Run-wide choices from the command line (not per article)."""

    jobs: int = 1
    progress: bool = True
    cache_dir: Path | None = None
    config: Path | None = None
    use_config: bool = True
    debug: bool = False
    quiet: bool = False  # no summary on stderr
    collect_keys_in: Path | None = None  # `baseline write`: key articles relative to this


def run_batch(
    arguments: Sequence[str],
    params: Mapping[str, Any],
    explicit: Collection[str],
    setup: RunSetup,
    default_formats: Sequence[str],
) -> BatchResult:
    """Check every article named by ``arguments``; print, write and tally the results."""
    finder = ConfigFinder(setup.config, setup.use_config)
    settings_cache: dict[Path | None, Settings] = {}

    def settings_for(config: Config | None) -> Settings:
        key = config.path if config is not None else None
        if key not in settings_cache:
            settings_cache[key] = resolve_settings(config, params, explicit, default_formats)
        return settings_cache[key]

    def skip_folder(folder: Path) -> bool:
        settings = settings_for(finder.for_folder(folder.parent))
        return os.path.abspath(folder) == os.path.abspath(settings.output_dir)

    started = time.monotonic()
    paths, problems = expand_inputs(arguments, skip_folder, warn)
    if not paths:
        raise InputError("; ".join(problems) or "no articles given")
    settings = [settings_for(finder.for_article(p)) for p in paths]
    jobs = _make_jobs(paths, settings, setup, params)
    tally = Tally()
    for problem in problems:
        click.echo(f"factcheck: error: {terminal(problem, one_line=False)}", err=True)
        tally.errors += 1
    result = BatchResult(ExitCode.OK, tally)
    result.articles = [j.baseline_name or j.path for j in jobs]
    # A folder, a pattern or several articles: one SARIF log for them all, for code scanning.
    many = len(arguments) > 1 or not (arguments[0] == "-" or Path(arguments[0]).is_file())
    bases = bases_by_output_dir(paths, settings, many, warn)
    display = Display(setup.progress and sys.stderr.isatty(), len(jobs))
    sarif_runs: dict[Path, list[str]] = {}
    jobs_done: list[Outcome] = []

    def finish(outcome: Outcome) -> None:
        job = jobs[outcome.index]
        if outcome.error is None:
            try:
                outcome.written = deliver(
                    outcome.rendered, job.settings.output_dir, bases[outcome.index]
                )
            except FactcheckError as exc:
                outcome.error = str(exc)
                outcome.exit_code = ExitCode.ERROR
        if outcome.error is not None:
            message = outcome.error
            if len(jobs) > 1 and not message.startswith(job.path):
                message = f"{job.path}: {message}"  # which article, when there are many
            click.echo(f"factcheck: error: {terminal(message, one_line=False)}", err=True)
        result.keys.extend(outcome.keys)
        if outcome.error is None and "sarif" in outcome.rendered.files:
            # One log per folder, however its settings spell it ("reports", "sub/../reports").
            folder = Path(os.path.abspath(job.settings.output_dir))
            sarif_runs.setdefault(folder, []).append(outcome.rendered.files["sarif"])
        tally.add(outcome)
        jobs_done.append(outcome)
        display.article_done()

    previous = raise_on_sigterm()
    try:
        workers = _workers(setup.jobs, len(jobs))
        if workers > 1:
            run_parallel(jobs, workers, setup.cache_dir, finish, display)
        else:
            _run_here(jobs, setup.cache_dir, finish, display)
    finally:
        display.stop()
        restore_sigterm(previous)
    for output_dir, texts in sarif_runs.items():
        if many:
            write_atomic(report_path(output_dir, COMBINED_SARIF, "sarif"), merge_sarif(texts))
    indexes = write_indexes(jobs, jobs_done, bases) if many else []
    if setup.quiet or setup.collect_keys_in is not None:
        pass
    elif len(jobs) + len(problems) > 1:
        print_summary(tally, time.monotonic() - started, indexes)
    elif jobs_done and jobs_done[0].error is None:
        job = jobs[0]
        source = f"baseline {job.baseline_path}" if job.baseline_path else None
        print_article_summary(jobs_done[0], job.settings.fail_on, source, indexes)
    result.exit_code = tally.exit_code
    return result


def _workers(asked: int, articles: int) -> int:
    """Worker processes: as many as asked, but no more than articles or CPUs. Each worker
    loads its own models and claim files; more workers than CPUs only share the same
    cores and multiply the memory ("--jobs 100" on two cores)."""
    most = max(2, os.cpu_count() or 1)  # two at least: a batch overlaps reading and checking
    if asked > most and articles > most:
        warn(f"--jobs {asked}: {most} worker processes, one per CPU")
    return max(1, min(asked, articles, most))


def _make_jobs(
    paths: Sequence[str], settings: Sequence[Settings], setup: RunSetup, params: Mapping[str, Any]
) -> list[Job]:
    baselines: dict[Path, Baseline] = {}
    stdin = None
    if "-" in paths:
        limit = next(s.options.max_size for p, s in zip(paths, settings, strict=True) if p == "-")
        stdin = sys.stdin.buffer.read(limit + 1)
    jobs = []
    colour = sys.stdout.isatty()
    for index, (path, setting) in enumerate(zip(paths, settings, strict=True)):
        name: str | None = None
        accepted: frozenset[Key] = frozenset()
        baseline_path: str | None = None
        if setup.collect_keys_in is not None:
            name = article_name(path, setup.collect_keys_in)
        elif setting.baseline is not None:
            if setting.baseline not in baselines:
                baselines[setting.baseline] = load_baseline(setting.baseline)
            baseline = baselines[setting.baseline]
            name = article_name(path, baseline.folder)
            accepted = baseline.for_article(name)
            baseline_path = str(display_path(setting.baseline))
            if setting.config is not None:
                baseline_path += f" (config {display_path(setting.config)})"
        jobs.append(
            Job(
                index=index,
                path=path,
                settings=setting,
                stdin=stdin if path == "-" else None,
                baseline_name=name,
                baseline_path=baseline_path,
                accepted=accepted,
                want_keys=setup.collect_keys_in is not None,
                colour=colour,
                debug=setup.debug,
            )
        )
    return jobs


def _run_here(
    jobs: Sequence[Job],
    cache_dir: Path | None,
    finish: Callable[[Outcome], None],
    display: Display,
) -> None:
    resources = Resources(cache_dir)
    resources.translation_progress = display.translation
    display.start()
    for job in jobs:
        finish(run_job(job, resources))
