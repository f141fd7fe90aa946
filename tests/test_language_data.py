"""What a language needs: its folder in src/factcheck/data/, checked file by file.

A *supported* language (one whose articles factcheck checks with every rule)
has each file of ``SUPPORTED``; a *detected* one only needs its function words.
data/README.md gives the same table; this test keeps the two honest.
"""

from __future__ import annotations

import json
import re
import signal
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


# A repeated group whose body may itself span spaces ("( [^,;:.]+){0,12}")
# can split a clause into words in exponentially many ways: one real sentence
# of 40 words kept the matcher busy for minutes. A repeated word is a run of
# characters that are not white space.
_SPACED_REPEAT = re.compile(r"\( (?:\.|\[\^(?P<cls>[^\]]*)\])[+*]\)[{*+]")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize(
    "path", sorted(DATA.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_no_repeated_group_of_a_data_pattern_can_span_spaces(path: Path) -> None:
    for text in _strings(json.loads(path.read_text("utf-8"))):
        for match in _SPACED_REPEAT.finditer(text):
            cls = match.group("cls")
            assert cls is not None and "\\s" in cls, f"{path.name}: {text!r}"


LONG_CLAUSES = {
    "fr": (
        "En fait, seules les aides versées par une caisse qui n'est pas celle du domicile "
        "et que le bénéficiaire n'a pas sollicitée depuis plus de deux ans dans son "
        "département ne sont plus payées aux familles depuis le 1er mars 2024 avant"
    ),
    "en": (
        "In fact, only the grants paid by a fund that is not the one of the home and that "
        "the recipient had not asked for in more than two years in the county are no "
        "longer paid to families now and never will be paid the same way again before"
    ),
}


def _too_long(signum: int, frame: object) -> None:
    raise TimeoutError("a cue pattern is still matching after 60 s")


@pytest.mark.parametrize("lang", sorted(LONG_CLAUSES))
def test_every_cue_pattern_reads_a_long_clause_at_once(lang: str) -> None:
    """The clause shape that hung the matcher: every pattern, from every word (alarm: 60 s)."""
    from factcheck.claims.cues import cues_for

    text = LONG_CLAUSES[lang]
    starts = [m.start() for m in re.finditer(r"\w+", text)]
    assert len(starts) >= 40
    cues = cues_for(lang)
    previous = signal.signal(signal.SIGALRM, _too_long)
    signal.alarm(60)
    try:
        for pattern in cues.patterns.values():
            for start in starts:
                pattern.match(text, start)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
