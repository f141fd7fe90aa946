"""Running the check over the articles a user named, and writing the reports."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from factcheck.gate import ExitCode, gate
from factcheck.pipeline import Options, Resources, check_article
from factcheck.report.github import render_github
from factcheck.report.html import render_html
from factcheck.report.json_report import render_json
from factcheck.report.markdown import render_markdown
from factcheck.report.model import Report
from factcheck.report.sarif import render_sarif
from factcheck.report.text import render_text
from factcheck.report.write import report_name, report_path, write_atomic
from factcheck.textio import decode_article

FILE_RENDERERS = {
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "sarif": render_sarif,
}


def run_check(
    articles: list[str],
    options: Options,
    formats: Sequence[str],
    output_dir: Path,
    fail_on: str,
) -> ExitCode:
    """Check each article, print and write its reports; the worst exit code wins."""
    resources = Resources()
    worst = ExitCode.OK
    for path in articles:
        if path == "-":
            source = decode_article("-", sys.stdin.buffer.read(), options.max_size)
            report = check_article(source, options, resources)
        else:
            report = check_article(path, options, resources)
        report.fail_on = fail_on
        report.exit_code = int(gate((f.severity for f in report.findings), fail_on))
        emit(report, formats, output_dir)
        worst = max(worst, ExitCode(report.exit_code))
    return worst


def emit(report: Report, formats: Sequence[str], output_dir: Path) -> None:
    """Print the terminal formats and write the file formats of one report."""
    base = report_name(report.path)
    rendered = {fmt: FILE_RENDERERS[fmt](report) for fmt in formats if fmt in FILE_RENDERERS}
    for fmt, content in rendered.items():
        write_atomic(report_path(output_dir, base, fmt), content)
    if "text" in formats:
        click.echo(render_text(report, colour=sys.stdout.isatty()), nl=False)
    if "github" in formats:
        click.echo(render_github(report), nl=False)
