"""`factcheck kb show` and `kb validate`, and the knowledge-base staleness finding."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from conftest import SEED_CLAIMS
from factcheck.cli import main
from factcheck.pipeline import Options, check_article


def test_kb_show_prints_roles_and_sources() -> None:
    result = CliRunner().invoke(
        main, ["kb", "show", "Zelenski", "--claims", str(SEED_CLAIMS), "--no-builtin-kb"]
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("Volodymyr Zelensky [person] id=volodymyr-zelensky\n")
    assert "role: President of Ukraine (2019-05-20 to now)" in result.stdout
    assert "source: President of Ukraine <https://www.president.gov.ua/en>, 2025-08-20" in (
        result.stdout
    )


def test_kb_show_unknown_name_exits_2() -> None:
    result = CliRunner().invoke(
        main, ["kb", "show", "Nobody Atall", "--claims", str(SEED_CLAIMS), "--no-builtin-kb"]
    )
    assert result.exit_code == 2
    assert (
        result.stderr == "factcheck: error: the knowledge base knows nothing named 'Nobody Atall'\n"
    )


def test_kb_validate(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"claims": [{"id": "a", "text": "t", "verdict": "true", "lang": 3}]}))
    result = CliRunner().invoke(main, ["kb", "validate", str(SEED_CLAIMS), str(bad)])
    assert result.exit_code == 2
    assert f"{SEED_CLAIMS}: valid (7 entities, 4 claims)" in result.stdout
    assert f"{bad}: /claims/0/lang: 3 is not of type 'string'" in result.stderr


def test_stale_knowledge_base_is_reported(seed_copy: Path) -> None:
    old = Options(translate=False, builtin_kb=False, article_date=date(2027, 1, 5))
    report = check_article(str(seed_copy), old)
    stale = [f for f in report.findings if f.code == "FC902"]
    assert len(stale) == 1
    assert "as of 2025-08-20" in stale[0].message
    fresh = Options(translate=False, builtin_kb=False, article_date=date(2025, 9, 1))
    assert not [f for f in check_article(str(seed_copy), fresh).findings if f.code == "FC902"]


def test_undetermined_language_is_an_info_finding(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kyiv, Washington, Bruxelles : 18/08\n", "utf-8")
    report = check_article(str(article), Options(builtin_kb=False))
    assert report.lang == "und"
    assert report.translation is None
    [finding] = [f for f in report.findings if f.code == "FC901"]
    assert finding.text == "Kyiv, Washington, Bruxelles : 18/08"


def test_kb_commands_print_no_control_characters_from_claim_files(tmp_path: Path) -> None:
    hostile = tmp_path / "kb\x1b[2J.json"
    entity = {
        "id": "spy",
        "kind": "person",
        "name": "Jane\x1b]0;pwned\x07 Doe",
        "aliases": ["Jane Doe"],
    }
    hostile.write_text(json.dumps({"entities": [entity], "claims": []}), "utf-8")
    shown = CliRunner().invoke(main, ["kb", "show", "Jane Doe", "--claims", str(hostile)])
    valid = CliRunner().invoke(main, ["kb", "validate", str(hostile)])
    assert shown.exit_code == 0, shown.output
    assert valid.exit_code == 0, valid.output
    for output in (shown.output, valid.output):
        assert "\x1b" not in output and "\x07" not in output
    assert "\\x1b" in shown.output and "\\x1b" in valid.output
