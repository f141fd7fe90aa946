"""Shared test set-up.

argostranslate reads its settings and creates folders in the home directory
when it is first imported, so its folders are pointed at a temporary
directory here, before any test imports it: the user's home stays clean and
the tests use only the project's own tiny model.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.claims import check_claims
from factcheck.claims.model import ClaimResult
from factcheck.core.model import Finding
from factcheck.entities.kb.model import Claim, KnowledgeBase
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed" / "article.fr.txt"
SEED_CLAIMS = FIXTURES / "seed" / "claims.json"
TINY_MODEL = FIXTURES / "models" / "translate-fr_en-tiny.argosmodel"
# the OrangeSum articles, kept beside the repository (CI) or in the machine's shared folder
ORANGESUM_CANDIDATES = (
    ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt",
    Path("/work/shared/data/orangesum/source_documents.txt"),
)


def claim_results(claims: list[dict[str, str]], text: str, lang: str) -> list[ClaimResult]:
    """The claim results of ``text`` (a sentence or a few) against a claim file that holds
    ``claims`` only: each a dict of Claim fields."""
    kb = KnowledgeBase(claims={c["id"]: Claim(**c) for c in claims})
    spans = sentence_spans(text)
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    return check_claims(Document("<test>", text, lang, sentences), kb)


def text_claim(text: str, lang: str, verdict: str, id_: str = "c") -> dict[str, str]:
    """A text-only claim-file entry (as fact-check feeds give them), for :func:`claim_results`."""
    return {"id": id_, "text": text, "lang": lang, "verdict": verdict}


def load_script(path: Path) -> ModuleType:
    """A bench or tool script imported as a module (registered, so that its dataclasses
    find their module)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_ARGOS_HOME = Path(tempfile.mkdtemp(prefix="factcheck-tests-argos-"))
ARGOS_ENV = {
    # onnxruntime (imported by argostranslate) writes under ~/.cache: keep it off the real home.
    "HOME": str(_ARGOS_HOME / "home"),
    "ARGOS_PACKAGES_DIR": str(_ARGOS_HOME / "packages"),
    "XDG_DATA_HOME": str(_ARGOS_HOME / "data"),
    "XDG_CONFIG_HOME": str(_ARGOS_HOME / "config"),
    "XDG_CACHE_HOME": str(_ARGOS_HOME / "cache"),
    # The tiny model memorises its sentences; greedy decoding reproduces them exactly.
    "ARGOS_BEAM_SIZE": "1",
    "ARGOS_DEVICE_TYPE": "cpu",
}
os.environ.update(ARGOS_ENV)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_ARGOS_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def tiny_model() -> Path:
    """The project's tiny fr->en Argos model, installed once for the session."""
    from factcheck.translate.models import find_model, install_from_file

    if find_model("fr", "en") is None:
        install_from_file(TINY_MODEL)
    return TINY_MODEL


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed article and its claim file, copied to a temporary folder."""
    article = tmp_path / "article.fr.txt"
    shutil.copyfile(SEED, article)
    shutil.copyfile(SEED_CLAIMS, tmp_path / "claims.json")
    return article


_RESOURCES: list[Any] = []  # one pipeline Resources for every FC101 test, made on first use


def fc101_findings(text: str, lang: str = "fr") -> list[Finding]:
    """The FC101 findings of ``text`` checked alone (no translation, the other rules off),
    each one's offsets verified against the text."""
    from factcheck.pipeline import Options, Resources, check_article
    from factcheck.text.reading import Article

    if not _RESOURCES:
        _RESOURCES.append(Resources())
    article = Article("a.txt", text, "utf-8", text.encode())
    options = Options(translate=False, lang=lang, disabled_rules=("FC102", "FC2", "FC3", "FC4"))
    report = check_article(article, options, _RESOURCES[0])
    found = [f for f in report.findings if f.code == "FC101"]
    for finding in found:
        assert text[finding.start : finding.end] == finding.text
    return found


def assert_one_fc101(text: str, lang: str, written: str, suggestion: str, kind: str) -> None:
    """``text`` has one FC101 finding: on ``written`` (its exact offsets), suggesting
    ``suggestion``, for a slip of ``kind``."""
    found = fc101_findings(text, lang)
    assert [(f.text, f.suggestion) for f in found] == [(written, suggestion)]
    start = text.index(written)
    assert (found[0].start, found[0].end) == (start, start + len(written))
    assert found[0].data["difference"]["kind"] == kind


def anonymous_found(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every FC201 cue in ``text``, French and English grammars."""
    from factcheck.rules.fc201_anonymous_source import anonymous_spans

    return anonymous_spans(text, ("fr", "en"))


def cue_offsets(text: str, *cues: str) -> list[tuple[int, int]]:
    """The (start, end) of each cue in ``text``: what a finding must cover exactly."""
    return [(text.index(cue), text.index(cue) + len(cue)) for cue in cues]
