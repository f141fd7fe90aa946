"""Summarizers: indices, forced and automatic length, determinism, offline use, and ROUGE."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.text import summarize as summarize_module
from factcheck.text.segment import sentence_spans
from factcheck.text.summarize import (
    ALGORITHMS,
    BUDGET_RANGE,
    DEFAULT_ALGORITHM,
    MAX_AUTO_SENTENCES,
    MAX_CANDIDATES,
    auto_count,
    summarize,
    word_budget,
)

ROOT = Path(__file__).resolve().parents[1]

FRENCH = (
    "Le conseil municipal de Lyon a voté jeudi un plan de rénovation des écoles de la ville. "
    "Le plan prévoit de rénover quarante écoles d'ici 2030 pour un coût de 200 millions d'euros. "
    "Selon le maire, les travaux commenceront dès l'été prochain dans les écoles les plus anciennes. "
    "L'opposition juge le coût trop élevé et demande un audit des écoles avant les travaux. "
    "Les parents d'élèves saluent un plan attendu depuis des années. "
    "Photo AFP. "
    "Le conseil se réunira de nouveau en mars pour voter le calendrier des travaux."
)
ENGLISH = (
    "The city council of Lyon voted on Thursday for a plan to renovate the city's schools. "
    "The plan will renovate forty schools by 2030 at a cost of 200 million euros. "
    "According to the mayor, work will start next summer in the oldest schools. "
    "The opposition says the cost is too high and asks for an audit of the schools first. "
    "Parents welcome a plan they have awaited for years. "
    "AFP photo. "
    "The council will meet again in March to vote on the schedule of the works."
)


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize(("lang", "text"), [("fr", FRENCH), ("en", ENGLISH)])
def test_indices_are_valid_and_in_document_order(algorithm: str, lang: str, text: str) -> None:
    sentences = split(text)
    assert len(sentences) == 7
    for count in (None, 1, 2, 3):
        picked = summarize(sentences, lang, algorithm, count)
        assert picked == sorted(set(picked))
        assert all(0 <= i < len(sentences) for i in picked)
        assert picked, (algorithm, lang, count)
        if count is not None:
            assert len(picked) == count


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_forced_count_larger_than_the_article_gives_every_sentence(algorithm: str) -> None:
    assert summarize(split(FRENCH), "fr", algorithm, 50) == list(range(7))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_nothing_to_summarize(algorithm: str) -> None:
    assert summarize([], "fr", algorithm, None) == []
    assert summarize(split(FRENCH), "fr", algorithm, 0) == []


def test_unknown_algorithm_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown summarizer 'bart'"):
        summarize(split(FRENCH), "fr", "bart", 2)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_deterministic(algorithm: str) -> None:
    sentences = split(FRENCH)
    first = [summarize(sentences, "fr", algorithm, n) for n in (None, 2)]
    summarize_module.make_summarizer.cache_clear()
    assert [summarize(sentences, "fr", algorithm, n) for n in (None, 2)] == first


def test_default_prefers_the_lead_and_central_sentences_and_skips_captions() -> None:
    # The lead and the sentence sharing most words with the others ("écoles",
    # "travaux", "plan") win; the caption "Photo AFP." never does.
    sentences = split(FRENCH)
    assert DEFAULT_ALGORITHM == "lead-lexrank"
    assert summarize(sentences, "fr", count=1) == [0]
    assert 5 not in summarize(sentences, "fr", count=6)
    assert summarize(split(ENGLISH), "en", count=1) == [0]


def test_default_weighs_centrality_against_position() -> None:
    sentences = [
        "Le gouvernement a présenté mercredi sa réforme des retraites en conseil des ministres.",
        "La réforme des retraites repousse l'âge légal de départ de 62 à 64 ans.",
        "Il faisait beau ce matin-là sur la côte, comme souvent en cette saison.",
        "Le premier ministre s'exprimera jeudi soir sur une chaîne de télévision.",
        "Une grève contre la réforme est prévue la semaine prochaine dans les transports.",
        "Les syndicats rejettent la réforme des retraites et l'âge légal de 64 ans.",
    ]
    # The lead prior keeps sentences 0 and 1; the third pick is sentence 5,
    # which shares the most words with the others, not 2, 3 or 4, which come first.
    assert summarize(sentences, "fr", count=3) == [0, 1, 5]


def test_duplicate_sentences_are_fine() -> None:
    sentences = ["Le maire a démissionné hier soir à Lyon."] * 4 + split(FRENCH)
    for algorithm in ALGORITHMS:
        picked = summarize(sentences, "fr", algorithm, 3)
        assert len(picked) == 3 and picked == sorted(set(picked))


def test_auto_length_fits_the_word_budget() -> None:
    low, high = BUDGET_RANGE
    assert word_budget(0) == low
    assert word_budget(10_000_000) == high
    assert low <= word_budget(400) <= high
    assert word_budget(400) <= word_budget(2000)
    sentences = split(FRENCH)
    picked = summarize(sentences, "fr")
    words = [len(s.split()) for s in sentences]
    total = sum(words[i] for i in picked)
    # Sentences are added until the budget is reached, so dropping the last one falls short.
    assert total >= word_budget(sum(words)) - 2 or len(picked) == MAX_AUTO_SENTENCES
    assert 1 <= len(picked) <= MAX_AUTO_SENTENCES


def test_auto_count_for_stock_algorithms() -> None:
    assert auto_count([]) == 1
    assert auto_count([0, 0]) == 1
    assert word_budget(300) == 24
    assert auto_count([20] * 15) == 1  # a budget of 24 words is about 1 sentence of 20
    assert auto_count([10] * 30) == 2  # ... and 2 sentences of 10
    assert auto_count([3] * 1000) == MAX_AUTO_SENTENCES


def test_a_long_article_is_summarized_from_its_first_sentences() -> None:
    sentences = [f"La phrase numéro {i} parle du budget de la ville {i % 7}." for i in range(400)]
    picked = summarize(sentences, "fr")
    assert picked and all(i < MAX_CANDIDATES for i in picked)
    assert len(summarize(sentences, "fr", count=10)) == 10


def test_sentences_without_content_words() -> None:
    sentences = ["Le la les.", "Et ou.", "La les."]
    assert summarize(sentences, "fr", count=1) == [0]
    assert summarize(sentences, "fr") == [0, 1, 2]


def test_works_offline_without_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """sumy's stemmers are NLTK's Snowball code: no NLTK data and no download."""
    import nltk
    import nltk.data

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("NLTK data was requested")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "path", [])
    summarize_module.make_summarizer.cache_clear()
    try:
        for lang, text in (("fr", FRENCH), ("en", ENGLISH), ("de", "Es regnet. Der Wind weht.")):
            for algorithm in ALGORITHMS:
                assert summarize(split(text), lang, algorithm, None)
    finally:
        summarize_module.make_summarizer.cache_clear()


def test_cli_offers_every_algorithm_with_the_default_first() -> None:
    from factcheck.cli import SUMMARIZERS

    assert SUMMARIZERS == ALGORITHMS
    assert ALGORITHMS[0] == DEFAULT_ALGORITHM


# ---------------------------------------------------------------- ROUGE (bench/rouge.py)


@pytest.fixture(scope="module")
def rouge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rouge", ROOT / "bench" / "rouge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["rouge"] = module
    spec.loader.exec_module(module)
    return module


def test_rouge_tokens_fold_accents_and_case(rouge: ModuleType) -> None:
    assert rouge.tokens("Été à l'École, 3,5 %!") == ["ete", "a", "l", "ecole", "3", "5"]


def test_rouge_by_hand(rouge: ModuleType) -> None:
    # candidate: le chat est sur le tapis (6 tokens)
    # reference: le chat était sur le tapis rouge (7 tokens)
    # unigrams shared: le x2, chat, sur, tapis = 5 -> F1 = 2*5 / (6+7) = 10/13
    # bigrams: 5 and 6, shared "le chat", "sur le", "le tapis" = 3 -> F1 = 6/11
    # LCS: le chat sur le tapis = 5 -> F1 = 10/13
    s = rouge.score("Le chat est sur le tapis.", "Le chat était sur le tapis rouge.")
    assert math.isclose(s.rouge1, 10 / 13)
    assert math.isclose(s.rouge2, 6 / 11)
    assert math.isclose(s.rougeL, 10 / 13)


def test_rouge_clips_repeated_words(rouge: ModuleType) -> None:
    # "le" four times against once: one match; P = 1/4, R = 1/2, F1 = 1/3
    assert math.isclose(rouge.score("le le le le", "le chat").rouge1, 1 / 3)


def test_rouge_lcs_keeps_order(rouge: ModuleType) -> None:
    assert rouge.lcs_length("a b c d e".split(), "a c e b".split()) == 3
    assert rouge.lcs_length("a b".split(), "b a".split()) == 1
    s = rouge.score("b a", "a b")
    assert s.rouge1 == 1.0 and s.rouge2 == 0.0 and s.rougeL == 0.5


def test_rouge_empty_and_mean(rouge: ModuleType) -> None:
    assert rouge.score("", "le chat") == rouge.Scores(0.0, 0.0, 0.0)
    assert rouge.score("le chat", "le chat") == rouge.Scores(1.0, 1.0, 1.0)
    both = rouge.mean([rouge.Scores(1.0, 0.5, 0.0), rouge.Scores(0.0, 0.5, 1.0)])
    assert both == rouge.Scores(0.5, 0.5, 0.5)
    assert rouge.mean([]) == rouge.Scores(0.0, 0.0, 0.0)


def test_config_schema_offers_every_algorithm() -> None:
    import json

    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text("utf-8"))
    assert tuple(schema["properties"]["summarizer"]["enum"]) == ALGORITHMS


def test_cli_summary_length_is_a_count_or_auto() -> None:
    import click

    from factcheck.cli import SummaryLength

    length = SummaryLength()
    assert length.convert("auto", None, None) is None
    assert length.convert("3", None, None) == 3
    with pytest.raises(click.BadParameter):
        length.convert("51", None, None)
    with pytest.raises(click.BadParameter, match="'two' is not a number from 0 to 50 or 'auto'"):
        length.convert("two", None, None)


def test_pipeline_summarizes_with_the_default_and_auto_length(seed_copy: Path) -> None:
    from factcheck.pipeline import Options, check_article

    auto = check_article(str(seed_copy), Options(translate=False, builtin_kb=False))
    (summary,) = auto.summaries
    assert summary.algorithm == DEFAULT_ALGORITHM
    assert 1 <= len(summary.sentences) <= MAX_AUTO_SENTENCES
    assert summary.sentences == sorted(summary.sentences)
    forced = check_article(
        str(seed_copy), Options(translate=False, builtin_kb=False, summary_sentences=4)
    )
    assert len(forced.summaries[0].sentences) == 4
