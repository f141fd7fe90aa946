"""Command-line values as hostile input: refused in one line, never echoed raw."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
ARTICLE = "Le Premier ministre Keir Starmer a visité Leeds lundi.\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTCHECK, "check", "--no-translate", "--output-dir", "out", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    "lang",
    ["<img src=x onerror=alert(1)>", "[a](javascript:alert(2))", "f\x1b]0;PWNED\x07r", "../x"],
)
def test_a_language_that_is_no_code_is_refused(tmp_path: Path, lang: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--lang", lang, "a.txt")
    assert done.returncode == 2, done.stderr
    assert "not a language code" in done.stderr
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_language_code_in_capitals_is_read_in_lower_case(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--lang", "FR", "--format", "markdown", "a.txt")
    assert done.returncode == 0, done.stderr
    assert "- Language: fr;" in (tmp_path / "out" / "a.md").read_text("utf-8")


def test_claims_todo_escapes_claim_text_and_file_name(tmp_path: Path) -> None:
    name = "k\x1b]0;FN\x07.json"
    claims = {
        "claims": [
            {
                "id": "c1",
                "text": "Le chômage\x1b]0;PWNED\x07\x1b[2J a baissé.",
                "lang": "fr",
                "verdict": "unverified",
            }
        ]
    }
    (tmp_path / name).write_text(json.dumps(claims), "utf-8")
    done = subprocess.run(
        [*FACTCHECK, "claims", "todo", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    for stream in (done.stdout, done.stderr):
        assert "\x1b" not in stream and "\x07" not in stream, stream
    assert "c1: Le chômage\\x1b]0;PWNED\\x07" in done.stdout
