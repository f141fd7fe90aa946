"""Model packages as hostile input: a crafted ``.argosmodel`` installs nothing, and a
broken package folder is one line and exit 2, never an internal error on every run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from test_translation import isolated_env

from conftest import TINY_MODEL

FACTCHECK = [sys.executable, "-m", "factcheck"]
METADATA = {"package_version": "1", "from_code": "fr", "to_code": "en", "type": "translate"}


def factcheck(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTCHECK, *map(str, args)],
        env=isolated_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def package(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def assert_refused(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and words in done.stderr, done.stderr


def installed(home: Path) -> list[Path]:
    folder = home / "packages"
    return list(folder.iterdir()) if folder.is_dir() else []


def test_a_member_outside_the_package_folder_installs_nothing(tmp_path: Path) -> None:
    crafted = package(
        tmp_path / "crafted.argosmodel",
        {
            "/tmp/slipped.txt": b"x",
            "pkg/metadata.json": json.dumps(METADATA).encode(),
            "pkg/model/model.bin": b"0",
        },
    )
    assert_refused(factcheck(tmp_path, "models", "install", "--from-file", crafted), "outside")
    assert installed(tmp_path) == []


def test_a_package_without_a_model_installs_nothing(tmp_path: Path) -> None:
    crafted = package(
        tmp_path / "empty.argosmodel",
        {"pkg/metadata.json": json.dumps(METADATA).encode(), "pkg/padding.bin": bytes(1000)},
    )
    assert_refused(
        factcheck(tmp_path, "models", "install", "--from-file", crafted), "no model/model.bin"
    )
    assert installed(tmp_path) == []


def test_a_broken_package_folder_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "packages" / "leftover").mkdir(parents=True)
    assert_refused(factcheck(tmp_path, "models", "list"), "broken package")


def test_an_installed_model_whose_model_file_is_gone_is_a_model_error(tmp_path: Path) -> None:
    done = factcheck(tmp_path, "models", "install", "--from-file", TINY_MODEL)
    assert done.returncode == 0, done.stderr
    (folder,) = installed(tmp_path)
    (folder / "model" / "model.bin").unlink()
    shutil.rmtree(folder / "model" / "__pycache__", ignore_errors=True)
    article = tmp_path / "a.txt"
    article.write_text("Le gouvernement a présenté son budget.\n", "utf-8")
    assert_refused(factcheck(tmp_path, "check", "--output-dir", "out", article), "cannot be loaded")
