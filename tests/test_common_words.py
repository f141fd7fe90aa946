"""data/fr/common_words.json is what tools/build_common_words.py counts in OrangeSum."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT
from factcheck.claims.features import common_keys, lang_key

CANDIDATES = (
    ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt",
    Path("/work/shared/data/orangesum/source_documents.txt"),
)


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_common_words", ROOT / "tools" / "build_common_words.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_french_list_is_the_tools_output() -> None:
    corpus = next((p for p in CANDIDATES if p.is_file()), None)
    if corpus is None:
        pytest.skip("OrangeSum source_documents.txt not found beside the repository")
    tool = _tool()
    built = tool.build(corpus, tool.SHARE)
    committed = json.loads((ROOT / "src/factcheck/data/fr/common_words.json").read_text("utf-8"))
    assert built == committed


def test_common_words_are_news_words_not_claim_content() -> None:
    assert lang_key("france", "fr") in common_keys("fr")
    assert lang_key("president", "en") in common_keys("en")
    assert lang_key("vaccin", "fr") not in common_keys("fr")
    assert common_keys("xx") == frozenset()
