"""The committed test model is what tools/build_tiny_model.py writes, and says it is a fixture."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from conftest import ROOT, TINY_MODEL

sys.path.insert(0, str(ROOT / "tools"))
import build_tiny_model as build


def test_the_package_metadata_marks_a_test_fixture() -> None:
    with zipfile.ZipFile(TINY_MODEL) as archive:
        metadata = json.loads(archive.read("translate-fr_en-tiny/metadata.json"))
    pairs = build.read_pairs(build.PAIRS_PATH)
    assert metadata["factcheck"] == {"test_fixture": True, "known_sentences": len(pairs)}
    assert metadata == build.package_metadata(len(pairs))


def test_repacking_gives_the_committed_bytes(tmp_path: Path) -> None:
    """The packaging step is deterministic: same files in, same zip out."""
    with zipfile.ZipFile(TINY_MODEL) as archive:
        archive.extractall(tmp_path)
    package = tmp_path / build.PACKAGE_NAME
    assert (package / "README.md").read_text("utf-8") == build.PACKAGE_README
    again = tmp_path / "again.argosmodel"
    build.write_zip(package, again)
    assert again.read_bytes() == TINY_MODEL.read_bytes()
