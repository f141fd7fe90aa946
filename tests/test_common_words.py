"""data/fr/common_words.json is what tools/build_common_words.py counts in OrangeSum."""

from __future__ import annotations

import json

import pytest

from conftest import ORANGESUM_CANDIDATES, ROOT, load_script
from factcheck.claims.features import common_keys, lang_key


def test_the_french_list_is_the_tools_output() -> None:
    corpus = next((p for p in ORANGESUM_CANDIDATES if p.is_file()), None)
    if corpus is None:
        pytest.skip("OrangeSum source_documents.txt not found beside the repository")
    tool = load_script(ROOT / "tools" / "build_common_words.py")
    built = tool.build(corpus, tool.SHARE)
    committed = json.loads((ROOT / "src/factcheck/data/fr/common_words.json").read_text("utf-8"))
    assert built == committed


def test_common_words_are_news_words_not_claim_content() -> None:
    assert lang_key("france", "fr") in common_keys("fr")
    assert lang_key("president", "en") in common_keys("en")
    assert lang_key("vaccin", "fr") not in common_keys("fr")
    assert common_keys("xx") == frozenset()
