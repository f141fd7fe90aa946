"""SARIF 2.1.0, the format GitHub code scanning and other CI tools read.

One run per article: the tool with every registered rule (its help text is
the rule's own docs) and one result per finding, located by line and
column. Columns are UTF-16 code units, SARIF's default ``columnKind``.
Paths are relative to the working directory under ``%SRCROOT%``; no
absolute machine path is written, so the file is the same on every machine.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.core.model import Finding, Report
from factcheck.core.severity import Severity
from factcheck.report.locations import Utf16Index, relative_path
from factcheck.report.translation_notes import translation_notices
from factcheck.rules.base import Rule
from factcheck.rules.docs import doc_sections, first_paragraph
from factcheck.rules.registry import RULES

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factcheckFinding/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def information_uri() -> str | None:
    """The project's home page from the package metadata (``[project.urls]``), if any."""
    try:
        urls = metadata.metadata("factcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source"):
            return url.strip()
    return None


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    sections = doc_sections(rule)
    help_text = "\n\n".join(f"{heading}\n{body}" for heading, body in sections.items())
    help_markdown = "\n\n".join(f"**{heading}**\n\n{body}" for heading, body in sections.items())
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": first_paragraph(sections.get("What it flags", rule.summary))},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["factcheck", rule.name]},
    }


def artifact_location(path: str) -> dict[str, Any]:
    relative = relative_path(path)
    if relative is not None:
        return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}
    if path == "-":
        return {"description": {"text": "standard input"}}
    return {"uri": Path(path).resolve().as_uri()}


def fingerprints(findings: list[Finding]) -> list[str]:
    """A key per finding that survives edits elsewhere in the article.

    It hashes the rule, the flagged words and which occurrence of those words
    (for that rule) this is, not the line number: adding a paragraph above a
    finding does not make it a new finding.
    """
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for finding in findings:
        words = " ".join(finding.text.split()).casefold()
        seen[(finding.code, words)] += 1
        raw = f"{finding.code}\0{words}\0{seen[(finding.code, words)]}"
        keys.append(hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32])
    return keys


def message_text(finding: Finding) -> str:
    text = finding.message.rstrip(".") + "."
    if finding.suggestion:
        text += f" Suggestion: {finding.suggestion.rstrip('.')}."
    return text


def sarif_dict(report: Report, rules: tuple[Rule, ...] = RULES) -> dict[str, Any]:
    index = Utf16Index(report.text)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    location = artifact_location(report.path)
    results = []
    for finding, key in zip(report.findings, fingerprints(report.findings), strict=True):
        region = index.region(finding.start, finding.end)
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": LEVELS[finding.severity],
            "message": {"text": message_text(finding)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {**location, "index": 0},
                        "region": {
                            "startLine": region.start_line,
                            "startColumn": region.start_column,
                            "endLine": region.end_line,
                            "endColumn": region.end_column,
                            "snippet": {"text": finding.text},
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: key},
        }
        if finding.code in rule_index:
            result["ruleIndex"] = rule_index[finding.code]
        results.append(result)
    driver: dict[str, Any] = {
        "name": "factcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [rule_descriptor(rule) for rule in rules],
    }
    uri = information_uri()
    if uri:
        driver["informationUri"] = uri
    run: dict[str, Any] = {"tool": {"driver": driver}}
    run.update(translation_invocation(report))
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                **run,
                "columnKind": "utf16CodeUnits",
                "artifacts": [
                    {
                        "location": location,
                        "encoding": report.encoding,
                        "hashes": {"sha-256": report.sha256},
                    }
                ],
                "results": results,
                # The configuration files that applied, so a reviewer sees what set the gate.
                "properties": {"configFiles": report.config_files},
            }
        ],
    }


def translation_invocation(report: Report) -> dict[str, Any]:
    """The translation notices (test model, translation not usable) as tool notifications."""
    notices = translation_notices(report)
    if not notices:
        return {}
    notifications = [
        {"level": "warning", "message": {"text": notice.text}, "descriptor": {"id": notice.kind}}
        for notice in notices
    ]
    return {
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
    }


def render_sarif(report: Report) -> str:
    return json.dumps(sarif_dict(report), ensure_ascii=False, indent=2) + "\n"
