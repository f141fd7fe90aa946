"""The Markdown report an editor reads: findings first, then summary and translation."""

from __future__ import annotations

from typing import Any

from factcheck.core.model import Finding, Report, Summary, TranslatedSentence
from factcheck.core.severity import count_phrase
from factcheck.report import escape
from factcheck.report.json_report import display_claim_file
from factcheck.report.translation_notes import translation_notices
from factcheck.report.views import (
    claim_repeats,
    claims_to_check,
    date_note,
    repeat_note,
    suppressed_rows,
    suppression_note,
    top_findings,
)
from factcheck.text.document import line_index

_SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def _escape(text: str) -> str:
    return escape.markdown(text)


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text and "\n" not in text else _escape(text)


def _sentence_bounds(report: Report, finding: Finding) -> tuple[int, int]:
    for start, end in report.sentences:
        if start <= finding.start < end or (start < finding.end <= end):
            return min(start, finding.start), max(end, finding.end)
    return finding.start, finding.end


def _quote(report: Report, finding: Finding) -> str:
    start, end = _sentence_bounds(report, finding)
    text = report.text
    if finding.start == finding.end:  # a place, not words: a pointer where it is
        marked = (
            escape.markdown(text[start : finding.start], one_line=False)
            + "**▸**"
            + escape.markdown(text[finding.end : end], one_line=False)
        )
        return "> " + marked.replace("\n", "\n> ")
    marked = (
        escape.markdown(text[start : finding.start], one_line=False)
        + "**⟦"
        + escape.markdown(text[finding.start : finding.end], one_line=False)
        + "⟧**"
        + escape.markdown(text[finding.end : end], one_line=False)
    )
    return "> " + marked.replace("\n", "\n> ")


def _claims_table(report: Report) -> list[str]:
    """One row per claim: its text, verdict, the claim-file entry, evidence and score."""
    if not report.claims:
        return []
    out = [
        "## Claims",
        "",
        "| Claim | Verdict | Claim file | Evidence | Score |",
        "|---|---|---|---|---|",
    ]
    repeats = claim_repeats(report)
    for i, claim in enumerate(report.claims):
        verdict = claim["status"].replace("_", " ")
        if claim.get("agreement") == "contradicts":
            verdict += " (contradicts the entry)"
        note = repeat_note(repeats, i)
        if note:
            verdict += f" ({note})"
        entry = claim.get("claim") or {}
        matched = (
            f"{_code(entry['id'])} ({entry['verdict']}): {_escape(entry['text'])}" if entry else ""
        )
        evidence = claim.get("evidence") or []
        first = evidence[0] if evidence else {}
        quote = f"“{_escape(first['quote'])}”" if first.get("quote") else ""
        source = _escape(first.get("source", ""))
        url = escape.markdown_url(first.get("url") or "")
        if url:
            source = f"[{source}]({url})"
        cited = " — ".join(part for part in (quote, source) if part)
        out.append(
            f"| {_escape(claim['text'])} | {verdict} | {matched} | {cited} | "
            f"{claim.get('score', 0):.2f} |"
        )
    out.append("")
    return out


def _stamp(kb: dict[str, Any]) -> str:
    parts = [
        f"version {kb['version']}" if kb.get("version") else "",
        f"as of {kb['as_of']}" if kb.get("as_of") else "",
    ]
    shown = ", ".join(p for p in parts if p)
    return f" ({shown})" if shown else ""


def _knowledge_base(report: Report) -> str:
    """Which claim files the run used, with their versions and as_of dates.

    The built-in files are one entry when they share a version and date.
    """
    files = [(display_claim_file(kb["path"]), kb) for kb in report.knowledge_base]
    builtin = [kb for path, kb in files if path.startswith("builtin:")]
    stamps = {_stamp(kb) for kb in builtin}
    grouped = len(stamps) == 1
    parts = [f"built-in{next(iter(stamps))}"] if grouped else []
    parts += [
        f"{path}{_stamp(kb)}" for path, kb in files if not (grouped and path.startswith("builtin:"))
    ]
    return _escape("; ".join(parts)) or "none"


def _top_table(report: Report) -> list[str]:
    """Errors and warnings first, each linked to its detail below."""
    rows = top_findings(report)
    if not rows:
        return ["No errors or warnings.", ""]
    out = ["| Severity | Code | Line | Flagged text |", "|---|---|---|---|"]
    for row in rows:
        f = row.finding
        out.append(
            f"| {_SEVERITY_MARK[f.severity.value]} | [{f.code}](#finding-{row.number}) | "
            f"{row.line} | {_escape(_short(f.text))} |"
        )
    return [*out, ""]


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _claims_to_check(report: Report) -> list[str]:
    rows = claims_to_check(report)
    if not rows:
        return []
    out = [
        f"## Claims to check ({len(rows)})",
        "",
        "Check-worthy claims that the claim file does not cover, or has not verified yet.",
        "",
        "| Line | Claim | Why check it |",
        "|---|---|---|",
    ]
    for row in rows:
        why = "; ".join(row.reasons[:3])
        out.append(f"| {row.line} | {_escape(row.text)} | {_escape(why)} |")
    return [*out, ""]


def _suppressed(report: Report) -> list[str]:
    rows = suppressed_rows(report)
    if not report.suppressed:
        return []
    out = [f"## Suppressed findings ({_escape(suppression_note(report))})", ""]
    out += [
        f"- {f.code} {f.rule} ({f.severity.value}), line {line}: {_escape(_short(f.text))}"
        for f, line in rows
    ]
    return [*out, ""]


def render_markdown(report: Report) -> str:
    lines = line_index(report.text)
    counts = report.counts()
    verdict = "FAILED" if report.failed else "passed"
    findings = count_phrase(counts)
    if report.suppressed:
        findings += f"; {_escape(suppression_note(report))}"
    out = [
        f"# Fact-check report: {_escape(report.path)}",
        "",
        f"- Language: {_escape(report.lang)}; {len(report.sentences)} sentences; sha256 `{report.sha256[:12]}`",
    ]
    if report.article_date:
        out.append(f"- Article date: {date_note(report)}")
    out += [
        f"- Findings: {findings}",
        f"- Gate (`--fail-on {report.fail_on}`): **{verdict}** (exit code {report.exit_code})",
        f"- Knowledge base: {_knowledge_base(report)}",
    ]
    if report.disabled_rules:
        out.append(f"- Rules turned off: {', '.join(report.disabled_rules)}")
    out += ["", *_notices(report), "## Errors and warnings", "", *_top_table(report)]
    out += ["## Findings", ""]
    if not report.findings:
        out += ["No findings.", ""]
    for n, finding in enumerate(report.findings, 1):
        line, column = lines.line_col(finding.start)
        mark = _SEVERITY_MARK[finding.severity.value]
        out += [
            f'### <a id="finding-{n}"></a>{n}. {finding.code} {finding.rule} ({mark}), '
            f"line {line}, column {column}",
            "",
            _quote(report, finding),
            "",
            f"{_escape(finding.message)}.",
        ]
        if finding.suggestion:
            out.append(f"Suggestion: {_escape(finding.suggestion)}")
        out.append("")
    out += _claims_to_check(report)
    out += _claims_table(report)
    for summary in report.summaries:
        out += _summary(summary)
    if report.translation is not None:
        t = report.translation
        out += [
            f"## Translation ({_escape(t.source_lang)} → {_escape(t.target_lang)}, "
            f"{_escape(t.engine)}, {_escape(t.model)})",
            "",
            f"| # | {_escape(t.source_lang)} | {_escape(t.target_lang)} |",
            "|---|---|---|",
        ]
        out += [
            f"| {s.index + 1} | {_escape(s.source)} | {_english_cell(s)} |" for s in t.sentences
        ]
        out.append("")
    out += _suppressed(report)
    return "\n".join(out)


# Translation quality: notices at the top, the summary with its English, marked rows.

UNRELIABLE_MARK = "⚠ unreliable translation"


def _notices(report: Report) -> list[str]:
    out = []
    for notice in translation_notices(report):
        out += [f"> **{'⚠ ' if notice.kind == 'unusable' else ''}{_escape(notice.text)}**", ""]
    return out


def _summary(summary: Summary) -> list[str]:
    out = [f"## Summary ({_escape(summary.lang)}, {_escape(summary.algorithm)})", ""]
    if not summary.text:
        return [*out, "(empty)", ""]
    for i, sentence in enumerate(summary.text):
        out.append(f"- {_escape(sentence)}")
        if summary.translation is not None:
            english = _escape(summary.translation[i])
            reliable = summary.reliable is None or summary.reliable[i]
            out.append(f"  - en: {english}" + ("" if reliable else f" ({UNRELIABLE_MARK})"))
    return [*out, ""]


def _english_cell(sentence: TranslatedSentence) -> str:
    quality = sentence.quality
    if quality is None or quality.reliable:
        return _escape(sentence.text)
    why = "; ".join(quality.reasons)
    return (
        f"{_escape(sentence.text)}<br>**{UNRELIABLE_MARK}** ({quality.score:.2f}: {_escape(why)})"
    )
