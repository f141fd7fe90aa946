"""On-disk cache of sentence translations, so an unchanged article is not translated twice.

One sqlite3 database (``$XDG_CACHE_HOME/factcheck/translations.sqlite3``) in
WAL mode, so that the worker processes of a batch read and write it at the
same time. A row is keyed by the model and the exact source sentence; the
model key changes when the model package, its files or the decoding
settings change, so a new model never serves an old model's translations.

The cache is an optimisation: when it cannot be opened or written, the
translator says so once on stderr and carries on without it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from factcheck.translate.models import ModelInfo

FILE_NAME = "translations.sqlite3"
_MAX_PARAMS = 500  # sqlite's limit on ? parameters is 999 on old builds
_SETUP_ATTEMPTS = 10

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (model, source)
) WITHOUT ROWID
"""


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factcheck``, or ``~/.cache/factcheck``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def model_key(model: ModelInfo) -> str:
    """What identifies a model's output: the package, its files and the decoding settings.

    The package's ``metadata.json`` is hashed and the size and modification
    time of its model weights are included, so reinstalling a different
    model under the same version does not reuse the old translations.
    """
    from importlib.metadata import version

    import argostranslate.settings

    folder = Path(model.path)
    digest = hashlib.sha256()
    parts = [
        model.from_code,
        model.to_code,
        model.version,
        version("argos-translate-lt"),
        f"beam={argostranslate.settings.beam_size}",
    ]
    for name in ("metadata.json", "sentencepiece.model", "model/model.bin"):
        path = folder / name
        try:
            stat = path.stat()
        except OSError:
            parts.append(f"{name}:missing")
            continue
        if name == "metadata.json":
            parts.append(f"{name}:{hashlib.sha256(path.read_bytes()).hexdigest()}")
        else:
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    digest.update("\0".join(parts).encode("utf-8"))
    return digest.hexdigest()


class TranslationCache:
    """Translations by (model key, source sentence), shared by processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._failed = False

    @classmethod
    def in_folder(cls, folder: Path) -> TranslationCache:
        return cls(folder / FILE_NAME)

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._failed:
            for attempt in range(_SETUP_ATTEMPTS):
                try:
                    self._db = self._open()
                    break
                except sqlite3.OperationalError as exc:
                    # Two processes setting up a new cache file at once (the
                    # workers of a batch): switching to WAL can fail with
                    # "database is locked" without waiting for the busy timeout.
                    if "locked" not in str(exc) or attempt == _SETUP_ATTEMPTS - 1:
                        self._give_up(exc)
                        break
                    time.sleep(0.05 * (attempt + 1))
                except (OSError, sqlite3.Error) as exc:
                    self._give_up(exc)
                    break
        return self._db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with db:
                db.execute(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def _give_up(self, exc: Exception) -> None:
        self._failed = True
        self._db = None
        print(
            f"factcheck: warning: translation cache {self.path} not used: {exc}",
            file=sys.stderr,
        )

    def lookup(self, model: str, sentences: Iterable[str]) -> dict[str, str]:
        """The cached translation of each sentence that has one."""
        db = self._connect()
        wanted = list(dict.fromkeys(sentences))
        found: dict[str, str] = {}
        if db is None:
            return found
        try:
            for i in range(0, len(wanted), _MAX_PARAMS):
                chunk = wanted[i : i + _MAX_PARAMS]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT source, target FROM translations WHERE model = ? AND source IN ({marks})",
                    [model, *chunk],
                )
                found.update(rows)
        except sqlite3.Error as exc:
            self._give_up(exc)
            return {}
        return found

    def store(self, model: str, translations: Mapping[str, str]) -> None:
        """Remember translations (one transaction)."""
        db = self._connect()
        if db is None or not translations:
            return
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO translations (model, source, target) VALUES (?, ?, ?)",
                    [(model, source, target) for source, target in translations.items()],
                )
        except sqlite3.Error as exc:
            self._give_up(exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
