"""The JSON report: the report model as plain data (``schemas/report.schema.json``)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.core.model import Finding, Report, Summary, Translation
from factcheck.report.translation_notes import translation_notices
from factcheck.text.document import LineIndex, line_index


def display_claim_file(path: str) -> str:
    """Built-in knowledge base files show as ``builtin:NAME`` (no machine paths)."""
    builtin = Path(str(resources.files("factcheck").joinpath("entities/kb/builtin")))
    try:
        return f"builtin:{Path(path).resolve().relative_to(builtin.resolve())}"
    except ValueError:
        return path


def finding_dict(finding: Finding, lines: LineIndex) -> dict[str, Any]:
    line, column = lines.line_col(finding.start)
    end_line, end_column = lines.line_col(finding.end)
    item: dict[str, Any] = {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
    }
    if finding.suggestion is not None:
        item["suggestion"] = finding.suggestion
    if finding.data:
        item["data"] = finding.data
    return item


def translation_dict(translation: Translation) -> dict[str, Any]:
    """The translation, with the quality estimate of each sentence and whether the model is a fixture."""
    return {
        "engine": translation.engine,
        "model": translation.model,
        "fixture": translation.fixture,
        "source_language": translation.source_lang,
        "target_language": translation.target_lang,
        "usable": not translation.unusable,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "source": s.source,
                "text": s.text,
                **({"quality": s.quality.to_dict()} if s.quality is not None else {}),
            }
            for s in translation.sentences
        ],
    }


def summary_dict(summary: Summary) -> dict[str, Any]:
    """A summary: the article's sentences verbatim, and their English when translated."""
    item: dict[str, Any] = {
        "algorithm": summary.algorithm,
        "language": summary.lang,
        "sentences": summary.sentences,
        "text": summary.text,
    }
    if summary.translation is not None:
        item["translation"] = summary.translation
        item["reliable"] = summary.reliable
    return item


def report_dict(report: Report) -> dict[str, Any]:
    lines = line_index(report.text)
    translation = report.translation
    return {
        "tool": {"name": "factcheck", "version": __version__},
        "notices": [{"kind": n.kind, "text": n.text} for n in translation_notices(report)],
        "input": {
            "path": report.path,
            "language": report.lang,
            "language_confidence": report.lang_confidence,
            "encoding": report.encoding,
            "sha256": report.sha256,
            "characters": len(report.text),
            "sentences": len(report.sentences),
            "date": report.article_date,
            "date_source": report.date_source,
        },
        "knowledge_base": [
            {**kb, "path": display_claim_file(kb["path"])} for kb in report.knowledge_base
        ],
        "config_files": report.config_files,
        "translation": None if translation is None else translation_dict(translation),
        "summary": [summary_dict(s) for s in report.summaries],
        "claims": report.claims,
        "findings": [finding_dict(f, lines) for f in report.findings],
        "counts": report.counts(),
        "suppressed": report.suppressed,
        "suppressed_by": report.suppressed_by,
        "suppressed_findings": [
            {**finding_dict(f, lines), "suppressed": True} for f in report.suppressed_findings
        ],
        "gate": {
            "fail_on": report.fail_on,
            "exit_code": report.exit_code,
            "failed": report.failed,
        },
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
