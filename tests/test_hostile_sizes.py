"""Articles shaped to make the checks slow: each must run in linear time.

A long run of word characters (a pasted base64 blob), one paragraph of
thousands of figures, or tens of thousands of one-line sentences each made a
check quadratic (found by a hostile-input audit). Every test runs under an
alarm that the quadratic code overran; with the linear code each takes a small
fraction of it. The matcher's case is counted instead (how often it reads the
article's sentences), which needs no large input.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from types import FrameType

import pytest

from factcheck.claims import check_claims
from factcheck.entities.kb.model import Claim, KnowledgeBase
from factcheck.rules.fc903_hidden_characters import _mixed_script
from factcheck.text.document import Document, Sentence
from factcheck.text.matching import matching_view
from factcheck.text.segment import LONGEST_SENTENCE, sentence_spans
from factcheck.text.values import find_numbers

ALARM_SECONDS = 60


def _too_long(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError(f"over {ALARM_SECONDS} s: not linear")


@pytest.fixture(autouse=True)
def alarm() -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _too_long)
    signal.alarm(ALARM_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_long_word_beside_a_full_width_letter_is_one_finding() -> None:
    text = "a" * 100_000 + "Ａ" + "b" * 100_000 + " fin"
    (found,) = _mixed_script(text)
    assert found[:2] == (0, 200_001)


def test_a_long_word_in_an_article_with_a_look_alike_letter() -> None:
    # a Cyrillic "о" elsewhere makes every word a candidate for the look-alike reading
    text = "x" * 100_000 + " Lоndres"
    found = [(start, end) for start, end, _, _ in _mixed_script(text)]
    assert found == [(100_001, 100_008)]
    assert matching_view(text).text.endswith("Londres")


def test_a_paragraph_of_figures() -> None:
    text = "Les chiffres : " + " ".join(str(i % 97) for i in range(40_000)) + "."
    assert len(find_numbers(text, "fr")) == 40_000


class Counted(list[Sentence]):
    """A list that counts how often it is read through."""

    reads = 0

    def __iter__(self) -> Iterator[Sentence]:
        Counted.reads += 1
        return super().__iter__()


def test_the_matcher_reads_the_sentences_once_not_once_per_claim() -> None:
    text = "Le chiffre est de 12 %.\n" * 2_000
    sentences = Counted(
        Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))
    )
    claim = Claim(id="figure", text="Le chiffre est de 13 %.", lang="fr", verdict="true")
    Counted.reads = 0
    results = check_claims(
        Document("<test>", text, "fr", sentences), KnowledgeBase(claims={"figure": claim})
    )
    assert len(results) == 2_000
    assert Counted.reads < 20  # a read per claim made 100,000 one-line sentences quadratic


def test_a_text_without_sentence_ends_is_cut_into_bounded_sentences() -> None:
    words = ["demain", "le", "conseil", "votera", "la", "hausse,", "puis", "la", "baisse"]
    text = " ".join(words[i % len(words)] for i in range(20_000))
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= LONGEST_SENTENCE
    assert " ".join(text[s:e] for s, e in spans) == text  # nothing lost, offsets exact
    assert all(text[e - 1] == "," for _, e in spans[:-1])  # cut after a clause mark


def test_a_long_run_without_spaces_is_cut_too() -> None:
    text = "x" * 5_000
    assert sentence_spans(text) == [(0, 2_000), (2_000, 4_000), (4_000, 5_000)]
