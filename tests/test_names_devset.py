"""The FC101 name-pair dev set (bench/data/names) stays valid and rebuildable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

NAMES = Path(__file__).resolve().parents[1] / "bench" / "data" / "names"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(NAMES / script), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_pairs_pass_the_checker() -> None:
    result = run("check.py")
    assert result.returncode == 0, result.stdout
    assert "PROBLEM" not in result.stdout
    assert "total                          190      190   380" in result.stdout


def test_checker_rejects_a_kb_alias_labelled_misspelled(tmp_path: Path) -> None:
    lines = (NAMES / "pairs.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[1].rstrip("\n").split("\t")
    assert fields[2] == "misspelled"
    fields[6] = "Macron"
    fields[7] = "Le président Macron a parlé."
    lines[1] = "\t".join(fields) + "\n"
    bad = tmp_path / "pairs.tsv"
    bad.write_text("".join(lines), encoding="utf-8")
    result = run("check.py", str(bad))
    assert result.returncode == 1
    assert "variant is a KB name or alias" in result.stdout


def test_build_reproduces_pairs(tmp_path: Path) -> None:
    out = tmp_path / "pairs.tsv"
    result = run("build.py", str(out))
    assert result.returncode == 0, result.stdout
    assert out.read_bytes() == (NAMES / "pairs.tsv").read_bytes()
