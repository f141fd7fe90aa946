"""`--format github`: GitHub Actions workflow commands, one per finding, on stdout."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.core.model import Finding, Report
from factcheck.core.severity import Severity
from factcheck.report.github import escape_data, escape_property, render_github

SEED_LINES = [
    "::warning file=article.fr.txt,line=5,col=98,endLine=5,endColumn=115,"
    "title=FC201 anonymous-source::unnamed source: 'selon des sources' attributes the claim "
    "to people the reader cannot identify (suggestion: name the source, or say why it is "
    "anonymous and how it was checked)",
    "::warning file=article.fr.txt,line=6,col=10,endLine=6,endColumn=27,"
    "title=FC202 outlet-unverifiable::'Vérité Européenne' is a translated name, not the "
    "outlet's name: it is probably Yevropeiska Pravda (European Pravda) "
    "(suggestion: Yevropeiska Pravda)",
    "::warning file=article.fr.txt,line=8,col=213,endLine=8,endColumn=243,"
    "title=FC201 anonymous-source::unnamed source: 'selon plusieurs interlocuteurs' attributes "
    "the claim to people the reader cannot identify (suggestion: name the source, or say why "
    "it is anonymous and how it was checked)",
    "::error file=article.fr.txt,line=9,col=119,endLine=9,endColumn=131,"
    "title=FC101 misspelled-name::'Kiri Starmer' looks like a misspelling of 'Keir Starmer': "
    "the given name 'Kiri' for 'Keir', 2 letters differ (suggestion: Keir Starmer)",
]


def test_seed_annotations(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(seed_copy.parent)
    args = [seed_copy.name, "--no-translate", "--format", "github", "--output-dir", "out"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    names_and_sources = [
        line for line in lines if any(f"title=FC{c} " in line for c in ("101", "201", "202"))
    ]
    assert names_and_sources == SEED_LINES
    assert not (seed_copy.parent / "out").exists() or not any((seed_copy.parent / "out").iterdir())


def test_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def report(text: str, path: str, *findings: Finding) -> Report:
    return Report(path, text, "fr", 1.0, "utf-8", "0" * 64, [(0, len(text))], list(findings))


def finding(text: str, start: int, end: int, severity: Severity, message: str) -> Finding:
    return Finding("FC999", "test-rule", severity, message, start, end, text[start:end])


def test_properties_and_message_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "😀 un, deux\n"
    item = finding(text, 2, 10, Severity.INFO, "50% of it\nis: wrong")
    out = render_github(report(text, "dir/a,b:c.txt", item))
    assert out == (
        "::notice file=dir/a%2Cb%3Ac.txt,line=1,col=4,endLine=1,endColumn=12,"
        "title=FC999 test-rule::50%25 of it%0Ais: wrong\n"
    )


def test_a_finding_over_several_lines_has_no_columns() -> None:
    text = "premier\nsecond\n"
    out = render_github(report(text, "-", finding(text, 3, 10, Severity.ERROR, "m")))
    assert out == "::error line=1,endLine=2,title=FC999 test-rule::m\n"


def test_no_findings_prints_nothing() -> None:
    assert render_github(report("texte\n", "a.txt")) == ""
