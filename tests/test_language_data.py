"""What a language needs: its folder in src/factcheck/data/, checked file by file.

A *supported* language (one whose articles factcheck checks with every rule)
has each file of ``SUPPORTED``; a *detected* one only needs its function words.
data/README.md gives the same table; this test keeps the two honest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.core.langdata import lang_file, lang_json, languages_with
from factcheck.text.language import supported_languages

DATA = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "data"
SUPPORTED = (
    "function_words.json",
    "claim_cues.json",
    "dates.json",
    "numbers.json",
    "titles.json",
    "anonymous_sources.json",
    "outlet_cues.json",
    "contradiction.json",
    "dateline.json",
    "char_trigrams.json",
)
SUPPORTED_LANGUAGES = ("en", "fr")
SHARED_FOLDERS = ("transliteration",)  # tables by script, not by language


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("name", SUPPORTED)
def test_supported_language_has_every_file(lang: str, name: str) -> None:
    entry = lang_file(lang, name)
    assert entry is not None, f"data/{lang}/{name} is missing"
    if name.endswith(".json"):
        assert isinstance(json.loads(entry.read_text("utf-8")), dict)
    else:
        assert entry.read_text("utf-8").strip()


def test_every_folder_is_a_language_or_shared_data() -> None:
    """Language folders are ISO 639-1 codes; the others hold data for every language."""
    folders = sorted(p.name for p in DATA.iterdir() if p.is_dir() and not p.name.startswith("_"))
    languages = [f for f in folders if f not in SHARED_FOLDERS]
    assert all(len(f) == 2 and f.isalpha() and f.islower() for f in languages), languages
    assert set(SUPPORTED_LANGUAGES) <= set(languages_with("function_words.json"))
    assert set(SUPPORTED_LANGUAGES) <= set(supported_languages())


def test_language_files_hold_no_other_language_layout() -> None:
    """Nothing is left in the old one-folder-per-kind layout (data/titles/fr.json)."""
    for path in DATA.rglob("*"):
        if path.is_file() and path.parent != DATA:
            assert path.parent.parent == DATA, path
            assert path.parent.name.isalpha(), path


def test_langdata_refuses_paths_outside_data() -> None:
    assert lang_file("..", "pyproject.toml") is None
    assert lang_json("fr/..", "countries.json") is None
    assert lang_json("xx", "titles.json") is None
