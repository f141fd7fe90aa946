"""Argos model management: list, install (index or local file), remove."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.core.errors import ModelError
from factcheck.translate.download import (
    DownloadProgress,
    check_archive,
    choose,
    download,
    fetch_index,
)


@dataclass(frozen=True)
class ModelInfo:
    from_code: str
    to_code: str
    version: str
    path: str
    fixture: bool = False  # the project's test model, not a translation model
    fixture_sentences: int = 0  # how many sentences the test model knows

    @property
    def label(self) -> str:
        label = f"argos {self.from_code}-{self.to_code} {self.version}"
        return f"{label} ({self.fixture_note})" if self.fixture else label

    @property
    def fixture_note(self) -> str:
        return f"test fixture, knows {self.fixture_sentences} sentences"


# The key of factcheck's own entries in an Argos package's metadata.json.
# The test model (tools/build_tiny_model.py) carries
# {"test_fixture": true, "known_sentences": N} there.
METADATA_KEY = "factcheck"


def model_info(package: Any) -> ModelInfo:
    """What factcheck needs to know of an installed argostranslate package."""
    path = Path(str(package.package_path))
    try:
        metadata = json.loads((path / "metadata.json").read_text("utf-8"))
    except (OSError, ValueError):
        metadata = {}
    own = metadata.get(METADATA_KEY) if isinstance(metadata, dict) else None
    own = own if isinstance(own, dict) else {}
    known = own.get("known_sentences")
    return ModelInfo(
        package.from_code,
        package.to_code,
        str(package.package_version),
        str(path),
        fixture=own.get("test_fixture") is True,
        fixture_sentences=known if isinstance(known, int) else 0,
    )


# CTranslate2's threads per translation. Measured with bench/translation_speed.py
# on a synthetic model of the published fr->en model's size (6+6 layers,
# d_model 512, beam 4) on this 2-core machine (load about 2), factcheck's
# batched translation: 7.6 sentences/s with 1 thread, 5.9 with 2, 8.8 with
# two processes of 1 thread (--jobs 2), for the same 0.13 s of CPU a
# sentence; bare argostranslate 1.4 with its default (0: a thread per core)
# and 2.1 with 1. One thread per process also leaves the other core to the
# other worker of a --jobs batch. Setting ARGOS_INTRA_THREADS overrides it.
DEFAULT_INTRA_THREADS = "1"


def argos_environment() -> None:
    """Settings argostranslate reads once, when it is first imported."""
    os.environ.setdefault("ARGOS_INTRA_THREADS", DEFAULT_INTRA_THREADS)


def _package_module() -> Any:
    argos_environment()
    import argostranslate.package

    return argostranslate.package


def installed_models() -> list[ModelInfo]:
    """Every installed Argos translation package."""
    package = _package_module()
    try:
        found = package.get_installed_packages()
    except (OSError, ValueError, KeyError) as exc:  # a folder without a readable metadata.json
        raise ModelError(
            f"the model folder {package.settings.package_data_dir} holds a broken package "
            f"({exc}): remove that package's folder"
        ) from None
    return sorted((model_info(p) for p in found), key=lambda m: (m.from_code, m.to_code, m.version))


def find_model(from_code: str, to_code: str) -> ModelInfo | None:
    for model in installed_models():
        if model.from_code == from_code and model.to_code == to_code:
            return model
    return None


def missing_model_message(from_code: str, to_code: str) -> str:
    return (
        f"no {from_code}->{to_code} translation model installed: run "
        f"'factcheck models install {from_code} {to_code}' (needs a network) or "
        f"'factcheck models install --from-file FILE.argosmodel', or pass --no-translate"
    )


def install_from_file(path: Path) -> ModelInfo:
    """Install a local ``.argosmodel`` file; no network is used."""
    if not path.is_file():
        raise ModelError(f"{path}: no such model file")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path}: not an Argos model (.argosmodel is a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{path}: cannot read model file: {exc}") from None
    if not any(n.endswith("metadata.json") for n in names):
        raise ModelError(f"{path}: not an Argos model (no metadata.json inside)")
    check_archive(path)  # every member whole before anything is extracted
    package = _package_module()
    before = {m.path for m in installed_models()}
    folder = Path(package.settings.package_data_dir)
    folders = set(folder.iterdir()) if folder.is_dir() else set()
    try:
        package.install_from_path(path)
    except Exception as exc:  # argostranslate raises bare exceptions
        _remove_new(folder, folders)  # nothing half-installed
        raise ModelError(f"{path}: installing the model failed: {exc}") from None
    after = [m for m in installed_models() if m.path not in before]
    if after:
        return after[0]
    return _model_from_archive(path)


def _remove_new(folder: Path, before: set[Path]) -> None:
    import shutil

    if folder.is_dir():
        for path in set(folder.iterdir()) - before:
            shutil.rmtree(path, ignore_errors=True)


def _model_from_archive(path: Path) -> ModelInfo:
    import json

    with zipfile.ZipFile(path) as archive:
        meta_name = next(n for n in archive.namelist() if n.endswith("metadata.json"))
        meta = json.loads(archive.read(meta_name))
    found = find_model(meta["from_code"], meta["to_code"])
    if found is None:
        raise ModelError(f"{path}: the model did not install")
    return found


def install_from_index(
    from_code: str, to_code: str, progress: DownloadProgress | None = None
) -> ModelInfo:
    """Download and install a model from the Argos package index (needs a network).

    The file is checked before anything is installed and removed afterwards,
    so a failed, truncated or corrupt download leaves no trace.
    """
    _package_module()
    import argostranslate.settings as settings

    entry = choose(fetch_index(settings), from_code, to_code)
    links = [str(link) for link in entry.get("links") or []]
    path = download(links, Path(settings.downloads_dir), progress)
    try:
        check_archive(path, from_code, to_code)
        install_from_file(path)
    finally:
        path.unlink(missing_ok=True)
    found = find_model(from_code, to_code)
    if found is None:
        raise ModelError(f"the {from_code}->{to_code} model did not install")
    return found


def remove(from_code: str, to_code: str) -> ModelInfo:
    package = _package_module()
    for p in package.get_installed_packages():
        if p.from_code == from_code and p.to_code == to_code:
            info = model_info(p)
            package.uninstall(p)
            return info
    raise ModelError(f"no {from_code}->{to_code} model is installed")
