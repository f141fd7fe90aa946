"""Checking many articles in one run: inputs, report names, worker processes, progress, summary.

``factcheck DIR_OR_FILES...`` expands folders and glob patterns into
article files, resolves each article's settings (its nearest config file
merged with the command line), then checks them in this process or in
``--jobs`` worker processes. Each worker loads models and claim files
once; it sends back rendered reports, which this process writes
atomically and prints in the order the articles were given.
"""

from __future__ import annotations

import glob
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import click

from factcheck.app.baseline import Baseline, Key, article_name, load_baseline
from factcheck.app.config import Config, ConfigFinder, Settings, resolve_settings
from factcheck.app.gate import ExitCode
from factcheck.app.run import Job, Outcome, deliver, run_job
from factcheck.app.write import report_name, report_path, write_atomic
from factcheck.core.errors import FactcheckError, InputError
from factcheck.pipeline import Resources

ARTICLE_SUFFIXES = (".txt", ".md")
GLOB_CHARACTERS = "*?["
FEW_ARTICLES = 3  # more than this many articles get a progress bar
LONG_TRANSLATION = 20  # sentences to translate that get a progress bar


@dataclass
class Tally:
    """What the summary table shows."""

    articles: int = 0
    checked: int = 0
    errors: int = 0
    crashed: int = 0
    failed_gate: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    suppressed: int = 0
    translated: int = 0
    from_cache: int = 0
    worst_gate: ExitCode = ExitCode.OK

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        self.translated += outcome.translated
        self.from_cache += outcome.from_cache
        if outcome.error is not None:
            self.errors += 1
            self.crashed += outcome.crashed
            return
        self.checked += 1
        self.findings.update(outcome.counts)
        self.suppressed += outcome.suppressed
        self.failed_gate += outcome.exit_code == ExitCode.FINDINGS
        self.worst_gate = max(self.worst_gate, outcome.exit_code)

    @property
    def exit_code(self) -> ExitCode:
        if self.crashed:
            return ExitCode.CRASH
        if self.errors:
            return ExitCode.ERROR
        return self.worst_gate


@dataclass
class BatchResult:
    exit_code: ExitCode
    tally: Tally
    keys: list[Key] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # names of the articles checked


# ---------------------------------------------------------------- inputs


def expand_inputs(
    arguments: Sequence[str], skip_folder: Callable[[Path], bool] = lambda _: False
) -> tuple[list[str], list[str]]:
    """Article paths for the arguments, and one problem line per argument that gave none.

    A file named on the command line is always checked; folders (walked
    recursively, hidden folders and ``skip_folder`` ones left out) and glob
    patterns give their ``*.txt`` and ``*.md`` files, in sorted order. The
    same file named twice is checked once. ``-`` is standard input.
    """
    articles: list[str] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            articles.append(path)

    for argument in arguments:
        path = Path(argument)
        if argument == "-" or path.is_file():
            add(argument)
        elif path.is_dir():
            found = list(walk_articles(path, skip_folder))
            if not found:
                problems.append(f"{argument}: no article files (*.txt, *.md) in this folder")
            for item in found:
                add(item)
        elif any(c in argument for c in GLOB_CHARACTERS):
            matches = sorted(glob.glob(argument, recursive=True))
            found = []
            for match in matches:
                if Path(match).is_dir():
                    found.extend(walk_articles(Path(match), skip_folder))
                elif is_article_file(match):
                    found.append(match)
            if not found:
                problems.append(f"{argument}: no article file matches this pattern")
            for item in found:
                add(item)
        else:
            add(argument)  # reading it will say what is wrong
    return articles, problems


def is_article_file(name: str) -> bool:
    base = os.path.basename(name)
    return not base.startswith(".") and base.lower().endswith(ARTICLE_SUFFIXES)


def walk_articles(folder: Path, skip_folder: Callable[[Path], bool]) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not skip_folder(Path(root) / d)
        )
        for name in sorted(files):
            if is_article_file(name):
                yield os.path.join(root, name)


def report_bases(paths: Sequence[str]) -> list[str]:
    """A report name per article, unique among ``paths`` and stable across runs.

    An article keeps ``<name>`` (its file name without the last suffix)
    unless another article has the same name: then the articles sharing it
    get their folders below the folder they have in common (``a/x``,
    ``b/x``), and their full file names when they share a folder (``x.txt``,
    ``x.md``). What is still equal gets ``-2``, ``-3`` in input order.
    """
    bases = [report_name(p) for p in paths]
    groups: dict[str, list[int]] = {}
    for i, base in enumerate(bases):
        groups.setdefault(base, []).append(i)
    for base, members in groups.items():
        files = [i for i in members if paths[i] != "-"]
        if len(members) < 2 or not files:
            continue
        absolute = {i: Path(os.path.abspath(paths[i])) for i in files}
        common = Path(os.path.commonpath([str(absolute[i].parent) for i in files]))
        folders = {i: absolute[i].parent.relative_to(common).as_posix() for i in files}
        for i in files:
            same_folder = [j for j in files if folders[j] == folders[i]]
            name = absolute[i].name if len(same_folder) > 1 else base
            bases[i] = name if folders[i] == "." else f"{folders[i]}/{name}"
    used: Counter[str] = Counter()
    for i, base in enumerate(bases):
        used[base] += 1
        if used[base] > 1:
            bases[i] = f"{base}-{used[base]}"
    return bases


def _free_name(name: str, taken: Collection[str]) -> str:
    while name in taken:
        name += "-batch"
    return name


def merge_sarif(texts: Sequence[str]) -> str:
    """One SARIF log with one run for many articles' SARIF reports.

    GitHub code scanning takes one run per tool and category in an upload,
    so a batch writes ``factcheck.sarif`` beside the per-article files: the
    first run's tool, every run's artifacts, and the results with their
    artifact indices moved along.
    """
    logs = [json.loads(text) for text in texts]
    merged = json.loads(texts[0])
    run = merged["runs"][0]
    run["artifacts"], run["results"] = [], []
    for log in logs:
        for source in log["runs"]:
            offset = len(run["artifacts"])
            run["artifacts"].extend(source.get("artifacts", []))
            for result in source.get("results", []):
                for location in result.get("locations", []):
                    artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                    if "index" in artifact:
                        artifact["index"] += offset
                run["results"].append(result)
    return json.dumps(merged, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- progress and summary


class Display:
    """Progress bars (rich, on stderr) for many articles or a long translation."""

    def __init__(self, enabled: bool, articles: int) -> None:
        self.enabled = enabled
        self.articles = articles
        self._progress: Any = None
        self._articles_task: Any = None
        self._translation_task: Any = None

    def start(self) -> None:
        if self.enabled and self.articles > FEW_ARTICLES:
            progress = self._ensure()
            self._articles_task = progress.add_task("articles", total=self.articles)

    def _ensure(self) -> Any:
        if self._progress is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=sys.stdout.isatty(),
            )
            self._progress.start()
        return self._progress

    def article_done(self) -> None:
        if self._articles_task is not None:
            self._progress.advance(self._articles_task)

    def translation(self, done: int, total: int) -> None:
        """Progress hook of the translator (articles checked in this process)."""
        if not self.enabled or total < LONG_TRANSLATION:
            return
        progress = self._ensure()
        if self._translation_task is None:
            self._translation_task = progress.add_task("translating", total=total)
        # Refreshed at every chunk: a chunk can take less than the refresh interval.
        progress.update(self._translation_task, completed=done, total=total, refresh=True)
        if done >= total:
            progress.remove_task(self._translation_task)
            self._translation_task = None

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def print_summary(tally: Tally, seconds: float) -> None:
    """The table at the end of a batch, on stderr."""
    from rich.console import Console
    from rich.table import Table

    rate = tally.articles / seconds if seconds > 0 else 0.0
    table = Table(title="factcheck summary", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(tally.articles))
    table.add_row("checked", str(tally.checked))
    table.add_row("failed --fail-on", str(tally.failed_gate))
    table.add_row("errors (not checked)", str(tally.errors))
    for severity in ("error", "warning", "info"):
        table.add_row(f"{severity} findings", str(tally.findings.get(severity, 0)))
    table.add_row("suppressed by baseline", str(tally.suppressed))
    if tally.translated or tally.from_cache:
        table.add_row("sentences translated", str(tally.translated))
        table.add_row("sentences from cache", str(tally.from_cache))
    table.add_row("time", f"{seconds:.1f} s")
    table.add_row("articles/second", f"{rate:.2f}")
    Console(stderr=True).print(table)


# ---------------------------------------------------------------- running


@dataclass(frozen=True)
class RunSetup:
    """Run-wide choices from the command line (not per article)."""

    jobs: int = 1
    progress: bool = True
    cache_dir: Path | None = None
    config: Path | None = None
    use_config: bool = True
    debug: bool = False
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
    paths, problems = expand_inputs(arguments, skip_folder)
    if not paths:
        raise InputError("; ".join(problems) or "no articles given")
    settings = [settings_for(finder.for_article(p)) for p in paths]
    jobs = _make_jobs(paths, settings, setup, params)
    tally = Tally()
    for problem in problems:
        click.echo(f"factcheck: error: {problem}", err=True)
        tally.errors += 1
    result = BatchResult(ExitCode.OK, tally)
    result.articles = [j.baseline_name or j.path for j in jobs]
    bases = _bases_by_output_dir(paths, settings)
    display = Display(setup.progress and sys.stderr.isatty(), len(jobs))
    sarif_runs: dict[Path, list[str]] = {}

    def finish(outcome: Outcome) -> None:
        job = jobs[outcome.index]
        if outcome.error is None:
            try:
                deliver(outcome.rendered, job.settings.output_dir, bases[outcome.index])
            except FactcheckError as exc:
                outcome.error = str(exc)
                outcome.exit_code = ExitCode.ERROR
        if outcome.error is not None:
            message = outcome.error
            if len(jobs) > 1 and not message.startswith(job.path):
                message = f"{job.path}: {message}"  # which article, when there are many
            click.echo(f"factcheck: error: {message}", err=True)
        result.keys.extend(outcome.keys)
        if outcome.error is None and "sarif" in outcome.rendered.files:
            sarif_runs.setdefault(job.settings.output_dir, []).append(
                outcome.rendered.files["sarif"]
            )
        tally.add(outcome)
        display.article_done()

    previous = _raise_on_sigterm()
    try:
        workers = min(setup.jobs, len(jobs))
        if workers > 1:
            _run_parallel(jobs, workers, setup.cache_dir, finish, display)
        else:
            _run_here(jobs, setup.cache_dir, finish, display)
    finally:
        display.stop()
        _restore_sigterm(previous)
    # A folder, a pattern or several articles: one SARIF log for them all, for code scanning.
    many = len(arguments) > 1 or not (arguments[0] == "-" or Path(arguments[0]).is_file())
    for output_dir, texts in sarif_runs.items():
        if many:
            taken = {b for b, s in zip(bases, settings, strict=True) if s.output_dir == output_dir}
            write_atomic(
                report_path(output_dir, _free_name("factcheck", taken), "sarif"), merge_sarif(texts)
            )
    if len(jobs) + len(problems) > 1:
        print_summary(tally, time.monotonic() - started)
    result.exit_code = tally.exit_code
    return result


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
        if setup.collect_keys_in is not None:
            name = article_name(path, setup.collect_keys_in)
        elif setting.baseline is not None:
            if setting.baseline not in baselines:
                baselines[setting.baseline] = load_baseline(setting.baseline)
            baseline = baselines[setting.baseline]
            name = article_name(path, baseline.folder)
            accepted = baseline.for_article(name)
        jobs.append(
            Job(
                index=index,
                path=path,
                settings=setting,
                stdin=stdin if path == "-" else None,
                baseline_name=name,
                accepted=accepted,
                want_keys=setup.collect_keys_in is not None,
                colour=colour,
                debug=setup.debug,
            )
        )
    return jobs


def _bases_by_output_dir(paths: Sequence[str], settings: Sequence[Settings]) -> list[str]:
    """Report names, made unique among the articles writing to the same folder."""
    bases = [""] * len(paths)
    groups: dict[str, list[int]] = {}
    for i, setting in enumerate(settings):
        groups.setdefault(os.path.abspath(setting.output_dir), []).append(i)
    for members in groups.values():
        for i, base in zip(members, report_bases([paths[i] for i in members]), strict=True):
            bases[i] = base
    return bases


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


_WORKER_RESOURCES: Resources | None = None


def _init_worker(cache_dir: Path | None) -> None:
    """Runs once in each worker: the parent alone decides when to stop."""
    global _WORKER_RESOURCES
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_RESOURCES = Resources(cache_dir)


def _work(job: Job) -> Outcome:
    assert _WORKER_RESOURCES is not None
    return run_job(job, _WORKER_RESOURCES)


def _run_parallel(
    jobs: Sequence[Job],
    workers: int,
    cache_dir: Path | None,
    finish: Callable[[Outcome], None],
    display: Display,
) -> None:
    """Check in worker processes; finish outcomes in input order as they arrive."""
    # Workers are spawned, not forked: a parent that has loaded a translation
    # model runs threads (CTranslate2, OpenMP), and a child forked from a
    # threaded process can deadlock on a lock one of those threads held.
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(cache_dir,),
    )
    try:
        # Workers start during the first submits; they inherit an ignored
        # SIGINT, so Ctrl-C cannot hit them before _init_worker runs.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if _main_thread() else None
        try:
            futures: dict[Future[Outcome], Job] = {executor.submit(_work, job): job for job in jobs}
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        display.start()
        arrived: dict[int, Outcome] = {}
        next_index = 0
        for future in as_completed(futures):
            job = futures[future]
            try:
                arrived[job.index] = future.result()
            except Exception as exc:  # the worker died (killed, out of memory)
                arrived[job.index] = Outcome(
                    job.index,
                    job.path,
                    error=f"{job.path}: worker process failed: {type(exc).__name__}: {exc}",
                    crashed=True,
                    exit_code=ExitCode.CRASH,
                )
            while next_index in arrived:
                finish(arrived.pop(next_index))
                next_index += 1
    except BaseException:
        _stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate the workers now (Ctrl-C, SIGTERM): reports are written by this process only."""
    # ProcessPoolExecutor has no public way to stop running tasks before
    # Python 3.14 (terminate_workers); its process table is the only handle.
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def _raise_on_sigterm() -> Any:
    """SIGTERM stops a run like Ctrl-C does: workers stopped, exit code 3."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        return None


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
