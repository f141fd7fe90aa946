"""Fuzzing: hostile text through the whole pipeline, hostile JSON through the claim loader.

The only exceptions allowed out are the ones the CLI turns into one line and
exit 2 (InputError, ClaimFileError); every finding must still point at its
own words: ``text[start:end] == finding.text``. Examples are bounded so the
file runs in well under a minute.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED, SEED_CLAIMS, TINY_MODEL
from factcheck.app.run import FILE_RENDERERS, STDOUT_RENDERERS, render
from factcheck.core.errors import ClaimFileError, InputError
from factcheck.core.jsonschemas import validator
from factcheck.core.model import Report
from factcheck.entities.kb.load import load_knowledge_base, read_claim_file
from factcheck.pipeline import Options, Resources, check_article
from factcheck.report.json_report import render_json
from factcheck.text.reading import decode_article

# FACTCHECK_FUZZ_SCALE=20 runs twenty times as many examples (for a long local hunt).
SCALE = int(os.environ.get("FACTCHECK_FUZZ_SCALE", "1"))
FUZZ = settings(
    max_examples=60 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------- article text

SEED_TEXT = SEED.read_text("utf-8")
SEED_SENTENCES = [line for line in SEED_TEXT.splitlines() if line.strip()]

# Pieces that make rules fire (names, anonymous sources, outlets, dates),
# so the hostile characters land next to real findings.
FRENCH_PIECES = [
    "Kiri Starmer",
    "Keir Starmer",
    "Emmanuel Macron",
    "selon des sources",
    "selon plusieurs interlocuteurs",
    "d'après ‘Vérité Européenne’",
    "le président Donald Trump",
    "le 18 août",
    "Marco Rubio",
    "« une source proche du dossier »",
    "a déclaré",
    "Le Monde",
]
ODD_PIECES = [
    "e\u0301\u0301\u0327",  # stacked combining marks
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # Hebrew, Arabic (right-to-left)
    "\u202e\u202dabc\u202c",  # bidi overrides
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # emoji joined by zero-width joiners
    "\U0001f1eb\U0001f1f7",  # flag (regional indicators)
    "\u200b\u200c\u200d\u2060\ufeff",  # zero-width characters, a BOM inside the text
    "Καλημέρα Мир 世界 नमस्ते",  # mixed scripts
    "«»“”‘’…—–·•¿¡‽",  # stray punctuation
    "A" * 3000,  # a very long word
    "Mc\u0301Donald-O'Brien\u00a0Jr.",
    "\u00a0\u2009\u202f",  # no-break and thin spaces
    "..  !!?? ;; ::",
    "\t\f\v",
]
SEPARATORS = [" ", " ", "\n", "\r\n", ". ", ", ", "\n\n", "\u2028", ""]

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(FRENCH_PIECES),
        st.sampled_from(ODD_PIECES),
        st.sampled_from(SEED_SENTENCES),
        st.text(min_size=1, max_size=40),
        st.sampled_from(SEPARATORS),
    ),
    min_size=1,
    max_size=40,
).map("".join)

_RESOURCES = Resources(None)  # claim files loaded once across examples


def check_text(text: str, options: Options, claims: Path | None = None) -> Report | None:
    """Write ``text`` as UTF-8 and run the pipeline; None when the input is refused."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, "utf-8", newline="")
        if claims is not None:
            options.claims = [claims]
        try:
            report = check_article(str(path), options, _RESOURCES)
        except InputError:
            return None
    assert_report_sound(report)
    return report


def assert_report_sound(report: Report) -> None:
    text = report.text
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert text[finding.start : finding.end] == finding.text, finding
    for start, end in report.sentences:
        assert 0 <= start <= end <= len(text)
    if report.translation is not None:
        for sentence in report.translation.sentences:
            assert text[sentence.start : sentence.end] == sentence.source
    errors = list(validator("report").iter_errors(json.loads(render_json(report))))
    assert errors == []
    # Every renderer copes with the text too (terminal, Markdown, HTML, SARIF...).
    rendered = render(report, [*FILE_RENDERERS, *STDOUT_RENDERERS])
    assert set(rendered.files) == set(FILE_RENDERERS)


@FUZZ
@given(text=hostile_text)
def test_hostile_text_through_the_pipeline(text: str) -> None:
    check_text(text, Options(translate=False), claims=SEED_CLAIMS)


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, lang=st.sampled_from(["fr", "en", "de", "und"]))
def test_hostile_text_with_a_forced_language(text: str, lang: str) -> None:
    check_text(text, Options(translate=False, lang=lang, builtin_kb=False))


@pytest.mark.skipif(
    not TINY_MODEL.exists(), reason=f"{TINY_MODEL.name} not built (tools/build_tiny_model.py)"
)
@settings(max_examples=8 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(
        st.one_of(st.sampled_from(SEED_SENTENCES), st.sampled_from(ODD_PIECES)),
        min_size=1,
        max_size=6,
    ).map("\n".join)
)
def test_hostile_text_with_translation(text: str, tiny_model: Path) -> None:
    report = check_text(text, Options(translate=True, lang="fr"), claims=SEED_CLAIMS)
    if report is not None:
        assert report.translation is not None
        assert len(report.translation.sentences) == len(report.sentences)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused(raw: bytes) -> None:
    try:
        article = decode_article("in.txt", raw)
    except InputError as exc:
        assert str(exc).startswith("in.txt: ") and "\n" not in str(exc)
        return
    article.text.encode("utf-8")  # decoded text can always be written back out


# ---------------------------------------------------------------- claim files

SEED_DATA = json.loads(SEED_CLAIMS.read_text("utf-8"))
SCHEMA_WORDS = [
    "entities",
    "claims",
    "id",
    "kind",
    "name",
    "aliases",
    "roles",
    "title",
    "titles",
    "from",
    "to",
    "date",
    "as_of",
    "article_date",
    "verdict",
    "keywords",
    "evidence",
    "source",
    "sources",
    "url",
    "gender",
    "lang",
    "fr",
    "en",
    "person",
    "outlet",
    "true",
    "false",
    "2025-02-30",
    "2025-01-01",
    "x-note",
]
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(SCHEMA_WORDS),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.sampled_from(SCHEMA_WORDS), st.text(max_size=8)), children, max_size=5
        ),
    ),
    max_leaves=30,
)


def load_or_refuse(text: str | bytes) -> Any:
    """Load a claim file; None when refused (with a ClaimFileError, nothing else)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.json"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        try:
            read_claim_file(path)
            return load_knowledge_base([path], builtin=False)
        except ClaimFileError as exc:
            assert str(exc).splitlines()[0].startswith(str(path))
            return None


@FUZZ
@given(data=json_values)
def test_random_json_is_loaded_or_refused(data: Any) -> None:
    load_or_refuse(json.dumps(data, ensure_ascii=False))


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*here, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_paths(value, (*here, i)))
    return found


SEED_PATHS = _paths(SEED_DATA)[1:]


@st.composite
def mutated_seed(draw: st.DrawFn) -> Any:
    """The seed claim file with a few values replaced, deleted or duplicated."""
    data = copy.deepcopy(SEED_DATA)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(SEED_PATHS))
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation made it a string: "abc"[0] reads but cannot change
        action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if action == "replace":
            parent[path[-1]] = draw(json_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
    return data


@FUZZ
@given(data=mutated_seed())
def test_mutated_seed_claims_load_or_refuse_and_then_check(data: Any) -> None:
    kb = load_or_refuse(json.dumps(data, ensure_ascii=False))
    if kb is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        claims = Path(folder) / "claims.json"
        claims.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        # A claim file that loads must not break any rule on the seed article.
        report = check_article(str(SEED), Options(translate=False, claims=[claims]), Resources())
    assert_report_sound(report)


@FUZZ
@given(
    cut=st.integers(0, len(SEED_CLAIMS.read_bytes())),
    junk=st.binary(max_size=8),
    drop=st.integers(0, 8),
)
def test_damaged_claim_file_bytes_load_or_refuse(cut: int, junk: bytes, drop: int) -> None:
    raw = SEED_CLAIMS.read_bytes()
    load_or_refuse(raw[:cut] + junk + raw[cut + drop :])
