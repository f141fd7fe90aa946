"""The seed article with no claim file: the built-in knowledge base alone (issue 6).

`factcheck article.fr.txt` in a folder holding nothing else must flag the
misspelled "Kiri Starmer" (FC101), the translated outlet name "Vérité
Européenne" (FC202) and the feminine title given to Keir Starmer (FC102),
say in every report which knowledge base it used (version and as_of), and
warn (FC902) only when the article is more than a year newer than it.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED
from factcheck.cli import main

BUILTIN = ROOT / "src/factcheck/entities/kb/builtin"
BUILTIN_FILES = sorted(p.name for p in BUILTIN.glob("*.json"))
AS_OF = json.loads((BUILTIN / "heads.json").read_text("utf-8"))["as_of"]
VERSION = json.loads((BUILTIN / "heads.json").read_text("utf-8"))["version"]
SEED_DATE = "2025-08-20"  # the meeting the seed article reports


@pytest.fixture
def seed_alone(tmp_path: Path) -> Path:
    """The seed article copied alone: no claims.json beside it."""
    folder = tmp_path / "article"
    folder.mkdir()
    article = folder / "article.fr.txt"
    shutil.copyfile(SEED, article)
    return article


def run(article: Path, out: Path, *options: str) -> tuple[int, dict]:
    args = [str(article), "--no-translate", "--no-config", "--no-baseline"]
    args += ["--output-dir", str(out), *options]
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    report = json.loads((out / "article.fr.json").read_text("utf-8"))
    text = article.read_text("utf-8")
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
    return result.exit_code, report


def findings(report: dict, code: str) -> list[dict]:
    return [f for f in report["findings"] if f["code"] == code]


def test_no_claim_file_is_found_beside_the_article(seed_alone: Path) -> None:
    assert sorted(p.name for p in seed_alone.parent.iterdir()) == ["article.fr.txt"]


def test_misspelled_leader_and_translated_outlet_from_the_builtin_base_alone(
    seed_alone: Path, tmp_path: Path
) -> None:
    code, report = run(seed_alone, tmp_path / "out", "--date", SEED_DATE)
    assert code == 1  # FC101 is an error
    assert [f["path"] for f in report["knowledge_base"]] == [f"builtin:{n}" for n in BUILTIN_FILES]

    (fc101,) = findings(report, "FC101")
    assert fc101["text"] == "Kiri Starmer"
    assert fc101["suggestion"] == "Keir Starmer"
    assert fc101["data"]["entity"] == "keir-starmer"
    assert (fc101["line"], fc101["column"]) == (9, 119)

    (fc202,) = findings(report, "FC202")
    assert fc202["text"] == "Vérité Européenne"
    assert fc202["suggestion"] == "Yevropeiska Pravda"
    assert fc202["data"]["entity"] == "yevropeiska-pravda"
    assert "Yevropeiska Pravda (European Pravda)" in fc202["message"]


def test_feminine_title_for_keir_starmer_from_the_builtin_base(
    seed_alone: Path, tmp_path: Path
) -> None:
    _, report = run(seed_alone, tmp_path / "out", "--date", SEED_DATE)
    (fc102,) = findings(report, "FC102")
    assert fc102["text"] == "de la Première ministre britannique"  # the suggestion's span
    assert fc102["suggestion"] == "du Premier ministre britannique"
    assert fc102["data"] == {
        "entity": "keir-starmer",
        "title": "prime-minister",
        "gender_mismatch": True,
        "role_mismatch": False,
    }
    assert "Keir Starmer is a man" in fc102["message"]


def test_without_the_builtin_base_nothing_is_known(seed_alone: Path, tmp_path: Path) -> None:
    _, report = run(seed_alone, tmp_path / "out", "--date", SEED_DATE, "--no-builtin-kb")
    assert report["knowledge_base"] == []
    assert not findings(report, "FC101") and not findings(report, "FC102")
    # an unknown outlet is still unverifiable, but no longer recognised as a translation
    assert all("entity" not in f.get("data", {}) for f in findings(report, "FC202"))


def test_every_report_names_the_knowledge_base_version_and_date(
    seed_alone: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    formats = ["--format", "json", "--format", "markdown", "--format", "html"]
    _, report = run(seed_alone, out, "--date", SEED_DATE, *formats)
    for entry in report["knowledge_base"]:
        assert (entry["version"], entry["as_of"]) == (VERSION, AS_OF)
    markdown = (out / "article.fr.md").read_text("utf-8")
    assert f"- Knowledge base: built-in (version {VERSION}, as of {AS_OF})\n" in markdown
    html = (out / "article.fr.html").read_text("utf-8")
    assert html.count(f"(version {VERSION}, as of {AS_OF})") == len(BUILTIN_FILES)


def test_markdown_lists_a_user_claim_file_beside_the_builtin_base(
    seed_alone: Path, tmp_path: Path
) -> None:
    claims = seed_alone.parent / "claims.json"
    shutil.copyfile(SEED.parent / "claims.json", claims)
    seed_claims = json.loads(claims.read_text("utf-8"))
    out = tmp_path / "out"
    run(seed_alone, out, "--date", SEED_DATE, "--format", "markdown", "--format", "json")
    line = next(
        line
        for line in (out / "article.fr.md").read_text("utf-8").splitlines()
        if line.startswith("- Knowledge base:")
    )
    assert line == (
        f"- Knowledge base: built-in (version {VERSION}, as of {AS_OF}); "
        f"{claims} (version {seed_claims['version']}, as of {seed_claims['as_of']})"
    )


@pytest.mark.parametrize(
    ("days_after", "stale"),
    [(0, False), (200, False), (365, False), (366, True), (800, True)],
)
def test_stale_knowledge_base_only_after_more_than_a_year(
    seed_alone: Path, tmp_path: Path, days_after: int, stale: bool
) -> None:
    article_date = date.fromisoformat(AS_OF) + timedelta(days=days_after)
    _, report = run(seed_alone, tmp_path / "out", "--date", article_date.isoformat())
    fc902 = findings(report, "FC902")
    assert bool(fc902) == stale
    if stale:
        (finding,) = fc902
        assert finding["severity"] == "info"
        assert f"as of {AS_OF}" in finding["message"]
        assert article_date.isoformat() in finding["message"]
