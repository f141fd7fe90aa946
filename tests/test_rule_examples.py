"""Every rule on its own examples: fixtures/rules/<CODE>/ (see fixtures/rules/README.md).

Folders are discovered, so a new rule's examples are tested as soon as its
folder exists.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES
from factcheck.pipeline import Options, check_article
from factcheck.rules.registry import RULES_BY_CODE

RULE_EXAMPLES = FIXTURES / "rules"
FINDING_FIELDS = ("start", "end", "text", "severity", "suggestion")


def example_folders() -> list[Path]:
    return sorted(p.parent for p in RULE_EXAMPLES.glob("*/expected.json"))


def load_expected(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "expected.json").read_text("utf-8"))


def example_cases() -> list[Any]:
    cases = []
    for folder in example_folders():
        expected = load_expected(folder)
        for name, entry in sorted(expected["files"].items()):
            marks = []
            if entry.get("xfail"):
                marks.append(pytest.mark.xfail(reason=entry["xfail"], strict=True))
            cases.append(pytest.param(folder, name, id=f"{folder.name}/{name}", marks=marks))
    return cases


def run_example(folder: Path, name: str, request: pytest.FixtureRequest) -> tuple[str, list[dict]]:
    expected = load_expected(folder)
    entry = expected["files"][name]
    settings = {**expected.get("options", {}), **entry.get("options", {})}
    if settings.get("translate"):
        request.getfixturevalue("tiny_model")
    options = Options(
        claims=[folder / c for c in entry.get("claims", expected.get("claims", []))],
        builtin_kb=bool(expected.get("builtin_kb", False)),
        lang=settings.get("lang"),
        translate=bool(settings.get("translate", False)),
        summary_sentences=0,
        article_date=date.fromisoformat(settings["date"]) if settings.get("date") else None,
    )
    report = check_article(str(folder / name), options)
    for finding in report.findings:
        assert report.text[finding.start : finding.end] == finding.text
    suffix = name.split(".")[-2] if name.count(".") >= 2 else None
    if suffix and len(suffix) == 2 and "lang" not in settings:
        assert report.lang == suffix, f"{name} was detected as {report.lang!r}"
    found = [
        {key: getattr(f, key) for key in FINDING_FIELDS} | {"severity": f.severity.value}
        for f in report.findings
        if f.code == folder.name
    ]
    return report.text, found


@pytest.mark.parametrize(("folder", "name"), example_cases())
def test_rule_finds_exactly_the_expected_findings(
    folder: Path, name: str, request: pytest.FixtureRequest
) -> None:
    text, found = run_example(folder, name, request)
    wanted = load_expected(folder)["files"][name]["findings"]
    for finding in wanted:
        assert text[finding["start"] : finding["end"]] == finding["text"], "bad expected.json"
    assert found == [{key: f.get(key) for key in FINDING_FIELDS} for f in wanted]


@pytest.mark.parametrize("folder", example_folders(), ids=lambda p: p.name)
def test_example_folder_is_complete(folder: Path) -> None:
    assert folder.name in RULES_BY_CODE, f"{folder.name} is not a registered rule"
    expected = load_expected(folder)
    assert expected["rule"] == folder.name
    files = {p.name for p in folder.glob("*.txt")}
    assert files == set(expected["files"]), "expected.json must list every example, and only those"
    flagged = [n for n in files if n.startswith("flagged")]
    clean = [n for n in files if n.startswith("clean")]
    assert flagged, "at least one flagged*.txt example"
    assert clean, "at least one clean*.txt example"
    assert files == set(flagged) | set(clean), "examples are named flagged*.txt or clean*.txt"
    for name in flagged:
        assert expected["files"][name]["findings"], f"{name} must expect a finding"
    for name in clean:
        assert expected["files"][name]["findings"] == [], f"{name} must expect no finding"
