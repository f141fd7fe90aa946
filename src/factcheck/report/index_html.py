"""The index page of a batch: one row per article with its counts and gate result.

The gate result is what the gate decided for each article (``failed``);
this page only shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck import __version__
from factcheck.report.html import environment


@dataclass(frozen=True)
class IndexRow:
    article: str
    link: str | None  # the article's HTML report, relative to the index page
    counts: dict[str, int] = field(default_factory=dict)
    suppressed: int = 0
    failed: bool = False
    error: str | None = None  # the article could not be checked


def render_index(rows: list[IndexRow], fail_on: str) -> str:
    failed = sum(1 for r in rows if r.failed)
    errors = sum(1 for r in rows if r.error)
    totals = {s: sum(r.counts.get(s, 0) for r in rows) for s in ("error", "warning", "info")}
    template = environment().get_template("index.html")
    return template.render(
        rows=rows,
        fail_on=fail_on,
        failed=failed,
        errors=errors,
        totals=totals,
        version=__version__,
    )
