"""data/fr/common_words.json is what tools/build_common_words.py counts in OrangeSum."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def test_an_unreadable_corpus_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    out = ROOT / "src/factcheck/data/fr/common_words.json"
    before = out.read_bytes()
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_common_words.py"), str(tmp_path / "no.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{tmp_path / 'no.txt'}: cannot read the corpus: [Errno 2] No such file or directory:"
        f" '{tmp_path / 'no.txt'}'"
    ]
    assert out.read_bytes() == before
