"""Name matching is linear in the article's length (issue 14 point 3).

A run of n capitalised words used to cost about n**3: every window of every
length, each key rebuilt word by word. The windows are now bounded by the
longest known name, so the work per word is constant. These tests count
the work (keys looked up in the name index) rather than time it, and run
sizes that are instant when linear and would take minutes when cubic.
"""

from __future__ import annotations

import random
import time

import pytest

from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.entities.name_index import NameIndex
from factcheck.entities.people import find_mentions, name_index
from factcheck.rules.base import CheckContext
from factcheck.rules.fc101_misspelled_name import RULE as FC101
from factcheck.rules.fc102_title_mismatch import RULE as FC102
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([], builtin=True)


def capitalised(count: int) -> str:
    rng = random.Random(count)
    names = ["Emmanuel", "Macron", "Keir", "Starmer", "Kiri", "Olaf", "Scholz"]
    words = [
        rng.choice(names) if rng.random() < 0.2 else "Z" + "".join(rng.choices("aeiourst", k=5))
        for _ in range(count)
    ]
    return " ".join(words)


def lookups(index: NameIndex, text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many windows the search compared with the index's names."""
    calls = 0
    closest, spaced = NameIndex.closest, NameIndex.spaced

    def count_closest(self: NameIndex, key: str, lone: bool) -> object:
        nonlocal calls
        calls += 1
        return closest(self, key, lone)

    def count_spaced(self: NameIndex, key: str) -> object:
        nonlocal calls
        calls += 1
        return spaced(self, key)

    with monkeypatch.context() as patch:
        patch.setattr(NameIndex, "closest", count_closest)
        patch.setattr(NameIndex, "spaced", count_spaced)
        find_mentions(text, index, (), 0, len(text))  # a range: not the last article kept
    return calls


def test_the_work_grows_linearly_with_a_run_of_capitalised_words(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = name_index(kb)
    small = lookups(index, capitalised(500), monkeypatch)
    large = lookups(index, capitalised(2000), monkeypatch)
    bound = 2 * (index.max_words + index.max_near_words)
    assert small <= 500 * bound and large <= 2000 * bound
    assert large <= 4.5 * small  # 4 times the words: about 4 times the work, not 64


def test_long_hostile_articles_finish(kb: KnowledgeBase) -> None:
    """5,000 capitalised words (cubic: hours) and 20,000 short lines (quadratic FC102: ~20 s)."""
    lines = "\n".join(f"{'Emmanuel Macron' if i % 5 else 'Il'} parle {i}." for i in range(20_000))
    for text in (capitalised(5000), lines):
        sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
        context = CheckContext(Document("a.txt", text, "fr", sentences), kb)
        start = time.process_time()
        FC101.run(context)
        FC102.run(context)
        assert time.process_time() - start < 10  # linear: well under a second
