"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

Printed to standard output inside a workflow step, each line becomes an
annotation on the article's line in the pull request. Escaping follows
GitHub's toolkit (``@actions/core``): ``%``, CR and LF in the message;
those and ``:`` and ``,`` in property values. Columns are only given when a
finding starts and ends on the same line, as GitHub requires, in UTF-16
code units as GitHub counts them.
"""

from __future__ import annotations

from factcheck.core.model import Finding, Report
from factcheck.core.severity import Severity
from factcheck.report.escape import terminal
from factcheck.report.locations import Utf16Index, relative_path
from factcheck.report.translation_notes import translation_notices

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """GitHub's escapes first, then other controls made visible (a log must not run them)."""
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(report: Report, finding: Finding, index: Utf16Index) -> str:
    region = index.region(finding.start, finding.end)
    properties: list[tuple[str, str]] = []
    path = relative_path(report.path)
    if path is not None:
        properties.append(("file", path))
    properties.append(("line", str(region.start_line)))
    if region.start_line == region.end_line:
        properties.append(("col", str(region.start_column)))
        properties += [("endLine", str(region.end_line)), ("endColumn", str(region.end_column))]
    else:
        properties.append(("endLine", str(region.end_line)))
    properties.append(("title", f"{finding.code} {finding.rule}"))
    message = finding.message
    if finding.suggestion:
        message += f" (suggestion: {finding.suggestion})"
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


def render_github(report: Report) -> str:
    index = Utf16Index(report.text)
    lines = [notice_annotation(report, text) for text in _notice_texts(report)]
    lines += [annotation(report, finding, index) for finding in report.findings]
    return "".join(f"{line}\n" for line in lines)


def _notice_texts(report: Report) -> list[str]:
    return [notice.text for notice in translation_notices(report)]


def notice_annotation(report: Report, text: str) -> str:
    """A file-level warning about the translation (test model, or not usable)."""
    path = relative_path(report.path)
    properties = [("file", path)] if path is not None else []
    properties.append(("title", "translation"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::warning {joined}::{escape_data(text)}"
