"""The Markdown report an editor reads: findings first, then summary and translation."""

from __future__ import annotations

from factcheck.document import LineIndex
from factcheck.report.model import Finding, Report

_SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _sentence_bounds(report: Report, finding: Finding) -> tuple[int, int]:
    for start, end in report.sentences:
        if start <= finding.start < end or (start < finding.end <= end):
            return min(start, finding.start), max(end, finding.end)
    return finding.start, finding.end


def _quote(report: Report, finding: Finding) -> str:
    start, end = _sentence_bounds(report, finding)
    text = report.text
    marked = (
        text[start : finding.start]
        + "**⟦"
        + text[finding.start : finding.end]
        + "⟧**"
        + text[finding.end : end]
    )
    return "> " + marked.replace("\n", "\n> ")


def render_markdown(report: Report) -> str:
    lines = LineIndex(report.text)
    counts = report.counts()
    verdict = "FAILED" if report.exit_code == 1 else "passed"
    out = [
        f"# Fact-check report: {report.path}",
        "",
        f"- Language: {report.lang}; {len(report.sentences)} sentences; sha256 `{report.sha256[:12]}`",
        f"- Findings: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info",
        f"- Gate (`--fail-on {report.fail_on}`): **{verdict}** (exit code {report.exit_code})",
        "",
        "## Findings",
        "",
    ]
    if not report.findings:
        out += ["No findings.", ""]
    for n, finding in enumerate(report.findings, 1):
        line, column = lines.line_col(finding.start)
        mark = _SEVERITY_MARK[finding.severity.value]
        out += [
            f"### {n}. {finding.code} {finding.rule} ({mark}), line {line}, column {column}",
            "",
            _quote(report, finding),
            "",
            f"{finding.message}.",
        ]
        if finding.suggestion:
            out.append(f"Suggestion: {finding.suggestion}")
        out.append("")
    if report.claims:
        out += ["## Claims", "", "| Claim | Verdict | Evidence | Score |", "|---|---|---|---|"]
        for claim in report.claims:
            evidence = claim.get("evidence") or []
            first = evidence[0] if evidence else {}
            quote = _escape(first.get("quote", "")) if first else ""
            link = f" ([source]({first['url']}))" if first.get("url") else ""
            out.append(
                f"| {_escape(claim['text'])} | {claim['status']} | {quote}{link} | "
                f"{claim.get('score', 0):.2f} |"
            )
        out.append("")
    for summary in report.summaries:
        out += [f"## Summary ({summary.lang}, {summary.algorithm})", ""]
        out += [f"- {_escape(s)}" for s in summary.text] or ["(empty)"]
        out.append("")
    if report.translation is not None:
        t = report.translation
        out += [
            f"## Translation ({t.source_lang} → {t.target_lang}, {t.engine}, {t.model})",
            "",
            f"| # | {t.source_lang} | {t.target_lang} |",
            "|---|---|---|",
        ]
        out += [f"| {s.index + 1} | {_escape(s.source)} | {_escape(s.text)} |" for s in t.sentences]
        out.append("")
    return "\n".join(out)
