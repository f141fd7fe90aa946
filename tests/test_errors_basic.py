"""Bad input gets one clear line and exit 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main


def run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stderr


def assert_one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"   \n\t\n", "the file contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file, not a text article"),
        (b"abc\x00def\x00" * 20, "looks like a binary file, not a text article"),
    ],
)
def test_unreadable_articles(tmp_path: Path, content: bytes, expected: str) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    before = (article.read_bytes(), article.stat().st_mtime_ns)
    code, stderr = run([str(article), "--no-translate", "--output-dir", str(tmp_path / "o")])
    assert code == 2
    assert assert_one_line(stderr) == f"factcheck: error: {article}: {expected}"
    assert not (tmp_path / "o").exists()
    assert (article.read_bytes(), article.stat().st_mtime_ns) == before  # input untouched


def test_missing_article(tmp_path: Path) -> None:
    code, stderr = run([str(tmp_path / "nope.txt"), "--no-translate"])
    assert code == 2
    assert assert_one_line(stderr) == f"factcheck: error: {tmp_path / 'nope.txt'}: no such file"


def test_invalid_claim_file_lists_each_error(seed_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "entities": [{"id": "x", "kind": "planet", "name": "X"}],
                "claims": [{"id": "c", "text": "t", "verdict": "maybe"}],
            }
        )
    )
    result = CliRunner().invoke(
        main, [str(seed_copy), "--no-translate", "--claims", str(bad), "--no-builtin-kb"]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"factcheck: error: {bad}: invalid claim file (2 problems)"
    assert any(
        line.startswith(f"{bad}: /entities/0/kind: 'planet' is not one of") for line in lines
    )
    assert any(
        line.startswith(f"{bad}: /claims/0/verdict: 'maybe' is not one of") for line in lines
    )
    assert "Traceback" not in result.stderr


def test_claim_file_with_invalid_json_gives_line_and_column(
    seed_copy: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "entities": [,]\n}\n')
    code, stderr = run([str(seed_copy), "--no-translate", "--claims", str(bad)])
    assert code == 2
    assert assert_one_line(stderr).startswith(
        f"factcheck: error: {bad}:2:16: invalid JSON: Expecting value"
    )


def test_missing_claim_file(seed_copy: Path, tmp_path: Path) -> None:
    code, stderr = run([str(seed_copy), "--no-translate", "--claims", str(tmp_path / "kb.json")])
    assert code == 2
    assert (
        assert_one_line(stderr) == f"factcheck: error: {tmp_path / 'kb.json'}: claim file not found"
    )


def test_usage_error_exits_2(seed_copy: Path) -> None:
    code, _ = run([str(seed_copy), "--fail-on", "sometimes"])
    assert code == 2
