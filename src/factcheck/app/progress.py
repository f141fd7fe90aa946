"""What a batch shows while it runs and after: progress bars, tallies, the summary table."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.app.gate import ExitCode
from factcheck.app.run import Outcome
from factcheck.report.escape import terminal
from factcheck.text.reading import displayed_path

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
    written: list[Path] = field(default_factory=list)  # report files, in the order written

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        self.translated += outcome.translated
        self.from_cache += outcome.from_cache
        if outcome.error is not None:
            self.errors += 1
            self.crashed += outcome.crashed
            return
        self.checked += 1
        self.written += outcome.written
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


def print_summary(tally: Tally, seconds: float, indexes: Sequence[Path] = ()) -> None:
    """The table at the end of a batch, on stderr."""
    from rich.console import Console
    from rich.table import Table

    sys.stdout.flush()
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
    console = Console(stderr=True, soft_wrap=True)
    console.print(table)
    # Below the table, so that long paths do not widen it.
    failed = tally.failed_gate
    gate = f"FAILED for {failed} of {tally.checked} article(s)" if failed else "passed"
    console.print(f"gate: {gate}", highlight=False, markup=False)
    folders = sorted({p.parent for p in tally.written})
    if tally.written:
        where = ", ".join(_shown(f) for f in folders)
        console.print(
            f"reports: {len(tally.written)} files in {where}", highlight=False, markup=False
        )
    for index in indexes:
        console.print(f"index page: {_shown(index)}", highlight=False, markup=False)


def print_article_summary(
    outcome: Outcome, fail_on: str, suppressed_by: str | None, indexes: Sequence[Path] = ()
) -> None:
    """Three short lines on stderr after a one-article run: counts, gate, reports written."""
    import click

    from factcheck.core.severity import count_phrase

    sys.stdout.flush()  # the findings printed on stdout come first
    line = f"{terminal(displayed_path(outcome.path))}: {count_phrase(outcome.counts)}"
    if outcome.suppressed:
        line += f"; {outcome.suppressed} suppressed by {suppressed_by or 'baseline'}"
    click.echo(line, err=True)
    verdict = "FAILED" if outcome.exit_code == ExitCode.FINDINGS else "passed"
    click.echo(
        f"gate (--fail-on {fail_on}): {verdict} (exit code {int(outcome.exit_code)})", err=True
    )
    written = [*outcome.written, *indexes]
    if written:
        click.echo("reports: " + ", ".join(_shown(p) for p in written), err=True)


def _shown(path: Path) -> str:
    """A report path relative to the working directory when it is inside it, escaped for
    the terminal (a folder or article name may hold ESC or BEL)."""
    try:
        shown = str(path.relative_to(Path.cwd()))
    except ValueError:
        shown = str(path)
    return terminal(displayed_path(shown))


# ---------------------------------------------------------------- running
