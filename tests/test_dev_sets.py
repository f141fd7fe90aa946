"""The hand-labelled dev sets under bench/data stay valid.

Runs the stdlib checkers of the attribution set (issue 11) and of the
language-identification set (issue 13): columns, labels, splits, cue inside
sentence, sentence inside its OrangeSum article, minimum counts. Each checker
is also run on a damaged copy to show that it rejects it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ORANGESUM_CANDIDATES, ROOT

DATA = ROOT / "bench" / "data"


@pytest.fixture(scope="module")
def orangesum() -> Path:
    for path in ORANGESUM_CANDIDATES:
        if path.is_file():
            return path
    pytest.skip("OrangeSum source_documents.txt not found beside the repository")


def run_check(folder: Path, orangesum: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(folder / "check.py"), "--source", str(orangesum)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("name", ["attributions", "language"])
def test_dev_set_is_valid(name: str, orangesum: Path) -> None:
    result = run_check(DATA / name, orangesum)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_attribution_checker_rejects_a_cue_not_in_its_sentence(
    tmp_path: Path, orangesum: Path
) -> None:
    folder = tmp_path / "attributions"
    shutil.copytree(DATA / "attributions", folder)
    tsv = folder / "en_written.tsv"
    lines = tsv.read_text("utf-8").split("\n")
    fields = lines[1].split("\t")
    fields[4] = "no such words here"
    lines[1] = "\t".join(fields)
    tsv.write_text("\n".join(lines), "utf-8")
    result = run_check(folder, orangesum)
    assert result.returncode == 1
    assert "en_written.tsv:2: cue 'no such words here' is not in the sentence" in result.stderr


def test_language_checker_rejects_text_not_in_its_article(tmp_path: Path, orangesum: Path) -> None:
    folder = tmp_path / "language"
    shutil.copytree(DATA / "language", folder)
    tsv = folder / "sentences.tsv"
    text = tsv.read_text("utf-8")
    first = next(line for line in text.split("\n") if "\torangesum:3\t" in line)
    damaged = first.replace("\torangesum:3\t", "\torangesum:4\t")
    tsv.write_text(text.replace(first, damaged, 1), "utf-8")
    result = run_check(folder, orangesum)
    assert result.returncode == 1
    assert "text not found in OrangeSum line" in result.stderr
