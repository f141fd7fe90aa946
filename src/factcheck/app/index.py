"""The index page of a batch run with ``--format html``: one row per article, linked to its page."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from factcheck.app.gate import ExitCode
from factcheck.app.inputs import INDEX_PAGE
from factcheck.app.write import report_path, write_atomic
from factcheck.report.index_html import IndexRow, render_index

if TYPE_CHECKING:
    from factcheck.app.run import Job, Outcome


def write_indexes(
    jobs: Sequence[Job], outcomes: Sequence[Outcome], bases: Sequence[str]
) -> list[Path]:
    """Write ``index.html`` in each output folder that received HTML reports; return their paths.

    The index always is ``index.html``: an article that would write
    ``index.html`` itself (``index.txt``) was renamed by ``bases_by_output_dir``.
    """
    rows: dict[Path, list[IndexRow]] = {}
    for outcome in sorted(outcomes, key=lambda o: o.index):
        job = jobs[outcome.index]
        if "html" not in job.settings.formats:
            continue
        folder = Path(
            os.path.abspath(job.settings.output_dir)
        )  # one page per folder, however spelled
        page = next((p for p in outcome.written if p.suffix == ".html"), None)
        rows.setdefault(folder, []).append(
            IndexRow(
                article=outcome.path,
                link=_relative_url(page, folder) if page else None,
                counts=dict(outcome.counts),
                suppressed=outcome.suppressed,
                failed=outcome.exit_code == ExitCode.FINDINGS,
                error=outcome.error,
            )
        )
    written = []
    for folder, items in rows.items():
        path = report_path(
            folder, INDEX_PAGE, "html"
        )  # the batch's article reports keep clear of it
        write_atomic(path, render_index(items, jobs[0].settings.fail_on))
        written.append(path)
    return written


def _relative_url(page: Path, folder: Path) -> str:
    """The page as a URL relative to the index: each segment percent-encoded, behind "./",
    so that a file named "javascript:x.html", "a#b.html" or "%2e%2e%2fx.html" is a link to
    that very file, not a scheme, a fragment or another folder."""
    parts = Path(os.path.relpath(page, folder)).parts
    encoded = "/".join(quote(part, safe="") for part in parts)
    return encoded if parts[0] == ".." else f"./{encoded}"
