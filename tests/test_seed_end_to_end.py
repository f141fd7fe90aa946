"""The seed article through the whole CLI: findings, exit codes, report schema."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import ROOT
from factcheck.cli import main


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


def load_report(folder: Path, name: str = "article.fr") -> dict:
    return json.loads((folder / f"{name}.json").read_text("utf-8"))


def findings_by_code(report: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in report["findings"]:
        out.setdefault(f["code"], []).append(f["text"])
    return out


def test_seed_fails_with_the_known_problems(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run([str(seed_copy), "--no-translate", "--output-dir", str(out)])
    assert code == 1
    report = load_report(out)
    found = findings_by_code(report)
    assert found["FC101"] == ["Kiri Starmer"]
    assert sorted(found["FC201"]) == ["selon des sources", "selon plusieurs interlocuteurs"]
    assert found["FC202"] == ["Vérité Européenne"]
    fc101 = next(f for f in report["findings"] if f["code"] == "FC101")
    assert fc101["suggestion"] == "Keir Starmer"
    assert fc101["severity"] == "error"
    text = seed_copy.read_text("utf-8")
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    assert f"{seed_copy}:9:119: FC101 [error]" in stdout
    assert report["gate"] == {"fail_on": "error", "exit_code": 1, "failed": True}


def test_seed_report_validates_against_schema(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([str(seed_copy), "--no-translate", "--output-dir", str(out)])
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(load_report(out)))
    assert errors == []


def test_line_and_column_point_at_the_flagged_words(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([str(seed_copy), "--no-translate", "--output-dir", str(out)])
    lines = seed_copy.read_text("utf-8").split("\n")
    for finding in load_report(out)["findings"]:
        line = lines[finding["line"] - 1]
        column = finding["column"] - 1
        assert line[column : column + len(finding["text"])] == finding["text"]


def test_corrected_seed_passes(seed_copy: Path, tmp_path: Path) -> None:
    text = seed_copy.read_text("utf-8").replace("Kiri Starmer", "Keir Starmer")
    seed_copy.write_text(text, "utf-8")
    code, _, _ = run([str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "o")])
    assert code == 0


def test_fail_on_warning_and_never(seed_copy: Path, tmp_path: Path) -> None:
    text = seed_copy.read_text("utf-8").replace("Kiri Starmer", "Keir Starmer")
    seed_copy.write_text(text, "utf-8")
    base = [str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "o")]
    assert run([*base, "--fail-on", "warning"])[0] == 1
    assert run([*base, "--fail-on", "never"])[0] == 0


def test_markdown_report_marks_the_flagged_words(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([str(seed_copy), "--no-translate", "--output-dir", str(out)])
    markdown = (out / "article.fr.md").read_text("utf-8")
    assert "**⟦Kiri Starmer⟧**" in markdown
    assert markdown.index("## Findings") < markdown.index("## Summary")
    assert "Suggestion: Keir Starmer" in markdown


def test_reports_are_deterministic(seed_copy: Path, tmp_path: Path) -> None:
    run([str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "a")])
    run([str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "b")])
    for name in ("article.fr.json", "article.fr.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_input_is_never_modified(seed_copy: Path, tmp_path: Path) -> None:
    before = seed_copy.read_bytes()
    run([str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "o")])
    assert seed_copy.read_bytes() == before
