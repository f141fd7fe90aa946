"""Where language data lives: ``factcheck/data/<lang>/<name>``, one folder per language.

Every module that reads language data asks here, so adding a language is
adding a folder (see ``data/README.md`` for the files a language needs).
Data that belongs to no language (country names, related titles) sits in
``data/`` itself.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def data_root() -> Traversable:
    return resources.files("factcheck").joinpath("data")


def lang_file(lang: str, name: str) -> Traversable | None:
    """``data/<lang>/<name>``, or None when the language has no such file."""
    if not lang.isalpha():  # never a path outside data/
        return None
    entry = data_root().joinpath(lang).joinpath(name)
    return entry if entry.is_file() else None


def lang_json(lang: str, name: str) -> Any:
    """The parsed JSON of ``data/<lang>/<name>``, or None when missing."""
    entry = lang_file(lang, name)
    return None if entry is None else json.loads(entry.read_text("utf-8"))


def languages_with(name: str) -> tuple[str, ...]:
    """The languages that have ``data/<lang>/<name>``, sorted."""
    return tuple(
        sorted(
            folder.name
            for folder in data_root().iterdir()
            if folder.is_dir() and folder.joinpath(name).is_file()
        )
    )


def shared_json(name: str) -> Any:
    """The parsed JSON of a language-neutral file ``data/<name>``."""
    return json.loads(data_root().joinpath(name).read_text("utf-8"))
