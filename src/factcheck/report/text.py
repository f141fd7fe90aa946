"""The terminal format: ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

import click

from factcheck.core.model import Report
from factcheck.report.escape import terminal
from factcheck.report.translation_notes import translation_notices
from factcheck.text.document import line_index

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def render_text(report: Report, colour: bool = False) -> str:
    lines = line_index(report.text)
    out = [
        f"{terminal(report.path)}: note: {notice.text}" for notice in translation_notices(report)
    ]
    for finding in report.findings:
        line, column = lines.line_col(finding.start)
        severity = finding.severity.value
        label = click.style(severity, fg=_COLOURS[severity], bold=True) if colour else severity
        code = click.style(finding.code, bold=True) if colour else finding.code
        message = finding.message
        if finding.suggestion:
            message += f" (suggestion: {finding.suggestion})"
        out.append(f"{terminal(report.path)}:{line}:{column}: {code} [{label}] {terminal(message)}")
    if report.suppressed:  # not a finding line: no line and column, so tools skip it
        noun = "finding" if report.suppressed == 1 else "findings"
        out.append(
            f"{terminal(report.path)}: {report.suppressed} {noun} suppressed by "
            f"{terminal(report.suppressed_by or 'baseline')} (not shown)"
        )
    return "\n".join(out) + ("\n" if out else "")
