"""SARIF 2.1.0 output: valid against the OASIS schema, and what GitHub code scanning needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from jsonschema import Draft4Validator

from conftest import ROOT
from factcheck.cli import main
from factcheck.pipeline import Options, check_article
from factcheck.report.sarif import FINGERPRINT_KEY, render_sarif, sarif_dict
from factcheck.rules.docs import REQUIRED_HEADINGS
from factcheck.rules.registry import RULES

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def validate(log: dict[str, Any]) -> None:
    validator = Draft4Validator(SCHEMA, format_checker=Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_the_schema_is_a_valid_draft4_schema() -> None:
    Draft4Validator.check_schema(SCHEMA)


def test_an_invalid_log_is_rejected() -> None:
    with pytest.raises(AssertionError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]})


@pytest.fixture
def seed_logs(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:
    monkeypatch.chdir(seed_copy.parent)
    args = [seed_copy.name, "--no-translate", "--format", "sarif", "--format", "json"]
    result = CliRunner().invoke(main, [*args, "--output-dir", "out"])
    assert result.exit_code == 1, result.output
    out = seed_copy.parent / "out"
    sarif = json.loads((out / "article.fr.sarif").read_text("utf-8"))
    report = json.loads((out / "article.fr.json").read_text("utf-8"))
    return sarif, report


def test_seed_sarif_validates_against_the_schema(seed_logs: tuple[dict, dict]) -> None:
    sarif, _ = seed_logs
    validate(sarif)
    assert sarif["version"] == "2.1.0"
    assert len(sarif["runs"]) == 1


def test_seed_results_match_the_json_report(seed_logs: tuple[dict, dict]) -> None:
    sarif, report = seed_logs
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(report["findings"])
    assert {"FC101", "FC201", "FC202"} <= {r["ruleId"] for r in run["results"]}
    for result, finding in zip(run["results"], report["findings"], strict=True):
        assert result["ruleId"] == finding["code"]
        assert rules[result["ruleIndex"]]["id"] == finding["code"]
        assert result["level"] == LEVELS[finding["severity"]]
        assert result["message"]["text"].startswith(finding["message"])
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "article.fr.txt"
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = location["region"]
        # The seed is all in the Basic Multilingual Plane: UTF-16 columns = characters.
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert (region["endLine"], region["endColumn"]) == (
            finding["end_line"],
            finding["end_column"],
        )
        assert region["snippet"]["text"] == finding["text"]
    assert run["artifacts"][0]["hashes"]["sha-256"] == report["input"]["sha256"]


def test_what_github_code_scanning_needs(seed_logs: tuple[dict, dict]) -> None:
    """The properties GitHub reads, as its SARIF support page lists them."""
    sarif, _ = seed_logs
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"]
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES]
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert len(rule["shortDescription"]["text"]) <= 1024
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        for heading in REQUIRED_HEADINGS:
            assert heading in rule["help"]["text"]
            assert f"**{heading}**" in rule["help"]["markdown"]
    for result in run["results"]:
        assert result["message"]["text"].endswith(".")
        assert len(result["locations"]) == 1
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert urlsplit(uri).scheme == "" and not uri.startswith("/")
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
        assert len(result["partialFingerprints"][FINGERPRINT_KEY]) == 32


def report_for(path: Path, text: str):  # type: ignore[no-untyped-def]
    path.write_text(text, encoding="utf-8")
    options = Options(builtin_kb=False, translate=False, lang="fr", summary_sentences=0)
    return check_article(str(path), options)


def test_columns_are_utf16_code_units(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = report_for(
        tmp_path / "emoji.txt", "Titre\n😀 Le ministre a démissionné, selon des sources.\n"
    )
    log = sarif_dict(report)
    validate(log)
    assert log["runs"][0]["columnKind"] == "utf16CodeUnits"
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "FC201")
    region = result["locations"][0]["physicalLocation"]["region"]
    line = "😀 Le ministre a démissionné, selon des sources."
    before = line[: line.index("selon")]
    assert len(before) == 29  # characters; the emoji is two UTF-16 code units
    assert region["startLine"] == 2
    assert region["startColumn"] == len(before.encode("utf-16-le")) // 2 + 1 == 31
    assert region["endColumn"] == region["startColumn"] + len("selon des sources")


def test_fingerprints_survive_edits_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = "Le ministre a démissionné, selon des sources. Il part lundi, selon des sources.\n"
    before = sarif_dict(report_for(tmp_path / "a.txt", body))
    after = sarif_dict(report_for(tmp_path / "a.txt", "Un nouveau paragraphe en tête.\n\n" + body))

    def fc201(log: dict) -> list[dict]:
        return [r for r in log["runs"][0]["results"] if r["ruleId"] == "FC201"]

    def keys(log: dict) -> list[str]:
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in fc201(log)]

    assert len(keys(before)) == 2
    assert keys(before) == keys(after)
    assert keys(before)[0] != keys(before)[1], "two occurrences are two findings"
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in fc201(after)]
    assert lines == [3, 3]


def test_paths_outside_the_working_directory_and_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "outside.txt"
    report = report_for(article, "Le ministre a démissionné, selon des sources.\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    log = sarif_dict(report)
    validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == article.resolve().as_uri()
    report.path = "-"
    log = sarif_dict(report)
    validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "uri" not in location and location["description"]["text"] == "standard input"


def test_output_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = report_for(tmp_path / "a b é.txt", "Le ministre a démissionné, selon des sources.\n")
    first = render_sarif(report)
    assert first == render_sarif(report)
    assert str(tmp_path) not in first
    uri = json.loads(first)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert uri["artifactLocation"]["uri"] == "a%20b%20%C3%A9.txt"
