"""The transliteration tables (data/transliteration_*.json): documented, and right on known pairs."""

from __future__ import annotations

import json

import pytest

from factcheck.core.langdata import data_root
from factcheck.entities.names import particles
from factcheck.entities.translit import tables
from factcheck.text.normalize import normalize


def by_script() -> dict[str, object]:
    return {t.script: t for t in tables()}


def test_every_table_names_its_script_countries_and_sources() -> None:
    files = [e for e in data_root().iterdir() if e.name.startswith("transliteration_")]
    assert {"Cyrillic", "Arabic", "Chinese"} <= set(by_script())
    for entry in files:
        data = json.loads(entry.read_text("utf-8"))
        assert data["countries"] and data["sources"] and data["steps"], entry.name
        assert all(step["note"] for step in data["steps"]), entry.name


@pytest.mark.parametrize(
    ("script", "one", "other"),
    [
        ("Cyrillic", "Wolodymyr Selenskyj", "Volodymyr Zelensky"),  # German
        ("Cyrillic", "Wołodymyr Zełenski", "Volodymyr Zelensky"),  # Polish
        ("Cyrillic", "Sergueï Choïgou", "Sergei Shoigu"),  # French
        ("Cyrillic", "Denis Chmygal", "Denys Shmyhal"),  # Russian form of a Ukrainian name
        ("Arabic", "Ali Chamenei", "Ali Khamenei"),  # German
        ("Arabic", "Mohammed ben Salmane", "Mohammed bin Salman"),  # French
        ("Chinese", "Hsi Chin-p'ing", "Xi Jinping"),  # Wade-Giles
        ("Chinese", "Xi Jin Ping", "Xi Jinping"),  # syllables apart
        ("Japanese", "Sigeru Isiba", "Shigeru Ishiba"),  # Kunrei-shiki
    ],
)
def test_romanisations_of_one_name_share_a_key(script: str, one: str, other: str) -> None:
    table = by_script()[script]
    assert table.key(normalize(one)) == table.key(normalize(other))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("script", "one", "other"),
    [
        ("Cyrillic", "Sergei Lavrov", "Sergei Shoigu"),
        ("Chinese", "Li Keqiang", "Li Qiang"),
        ("Arabic", "Khalid bin Salman", "Mohammed bin Salman"),
    ],
)
def test_other_names_keep_other_keys(script: str, one: str, other: str) -> None:
    table = by_script()[script]
    assert table.key(normalize(one)) != table.key(normalize(other))  # type: ignore[attr-defined]


def test_name_particles_are_data() -> None:
    assert {"von", "der", "van", "de", "da", "bin", "ibn", "al", "el"} <= particles()
