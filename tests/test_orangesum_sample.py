"""Real French news end to end: a fixed sample of 50 OrangeSum articles in one batch.

Every article gets a report that validates against the report schema, and
every finding points at its own words. The sample includes both articles
with scraped JavaScript residue (lines 1 and 442). The full 1,500-article
run is ``bench/orangesum_run.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import ROOT
from factcheck.cli import main

ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt"
JAVASCRIPT_RESIDUE = (0, 441)  # line numbers minus one
SAMPLE = sorted({*range(0, 1500, 31), *JAVASCRIPT_RESIDUE})  # 50 articles


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("orangesum")


@pytest.fixture(scope="module")
def sample(folder: Path) -> dict[str, str]:
    """The sample's articles written one per file into ``folder``: {file stem: text}."""
    if not ORANGESUM.is_file():
        pytest.skip(f"{ORANGESUM} not found: the shared OrangeSum data sits beside the repository")
    lines = ORANGESUM.read_text("utf-8").split("\n")
    texts = {}
    for index in SAMPLE:
        stem = f"article{index + 1:04d}"
        (folder / f"{stem}.txt").write_text(lines[index] + "\n", "utf-8")
        texts[stem] = lines[index] + "\n"
    return texts


@pytest.fixture(scope="module")
def reports(
    folder: Path, sample: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("reports")
    result = CliRunner().invoke(
        main,
        [
            str(folder),
            "--no-translate",
            "--format",
            "json",
            "--output-dir",
            str(out),
            "--fail-on",
            "never",
            "--no-progress",
            "--no-config",
        ],
    )
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "error:" in line] == []
    assert result.exit_code == 0, result.stderr
    return {path.stem: json.loads(path.read_text("utf-8")) for path in out.glob("*.json")}


def test_sample_is_fifty_articles_with_the_javascript_residue(sample: dict[str, str]) -> None:
    assert len(sample) == 50
    assert "window.pvp_" in sample["article0001"]
    assert "window.pvp_" in sample["article0442"]


def test_every_article_has_a_valid_report(sample: dict[str, str], reports: dict[str, dict]) -> None:
    assert sorted(reports) == sorted(sample)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)
    for stem, report in reports.items():
        assert [e.message for e in validator.iter_errors(report)] == [], stem
        assert report["input"]["language"] == "fr", stem
        assert report["input"]["characters"] == len(sample[stem])


def test_every_finding_points_at_its_words(
    sample: dict[str, str], reports: dict[str, dict]
) -> None:
    count = 0
    for stem, report in reports.items():
        text = sample[stem]
        for finding in report["findings"]:
            assert text[finding["start"] : finding["end"]] == finding["text"], (stem, finding)
            count += 1
    assert count > 0  # real news does raise findings (anonymous sources at least)


def test_summaries_are_sentences_of_the_article(
    sample: dict[str, str], reports: dict[str, dict]
) -> None:
    for stem, report in reports.items():
        assert report["summary"], stem
        for summary in report["summary"]:
            assert summary["language"] == "fr"
            for sentence in summary["text"]:
                assert sentence in sample[stem], (stem, sentence)
