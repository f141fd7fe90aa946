"""Extractive summaries with sumy, on our own tokenizer (no NLTK data needed).

The default, ``lead-lexrank``, is a sumy summarizer that adds a lead prior
to LexRank. News puts the essentials first: on the OrangeSum articles the
first two sentences (lead-2) score higher than any of sumy's stock
algorithms. So each sentence scores

    exp(-position / LEAD_DECAY) + CENTRALITY_WEIGHT * centrality / max(centrality)

where centrality is continuous LexRank with damping (Erkan and Radev, 2004),
built on sumy's LexRank (see :func:`continuous_lexrank`). Sentences of fewer than
SHORT_SENTENCE words (datelines, captions, scraped residue) come after all
others. Unless the caller forces a count, the length fits the article:
sentences are taken best first until the summary holds a word budget of
BUDGET_BASE words plus BUDGET_SHARE of the article's words, bounded to
BUDGET_RANGE words and MAX_AUTO_SENTENCES sentences. The constants were
tuned on the first 500 OrangeSum articles; ``bench/summary_rouge.py``
reports ROUGE on all 1,500 and on the held-out 1,000.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from factcheck.core.options import DEFAULT_SUMMARIZER
from factcheck.text.segment import SumyTokenizer

SUMY_LANGUAGES = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
}
DEFAULT_ALGORITHM = DEFAULT_SUMMARIZER
ALGORITHMS = (DEFAULT_ALGORITHM, "lexrank", "lsa", "textrank", "luhn")

LEAD_DECAY = 4.0  # sentences; the lead prior of sentence i is exp(-i / LEAD_DECAY)
CENTRALITY_WEIGHT = 1.0  # weight of LexRank, scaled to 1 for the most central sentence
SHORT_SENTENCE = 8  # words; shorter sentences are picked last
BUDGET_BASE = 15  # words
BUDGET_SHARE = 0.03  # of the article's words
BUDGET_RANGE = (15, 60)  # words
MAX_AUTO_SENTENCES = 5
DAMPING = 0.15  # LexRank's random-jump probability (Erkan and Radev's d)
# LexRank compares every pair of sentences; candidates are the first
# MAX_CANDIDATES sentences, which keeps a huge article fast.
MAX_CANDIDATES = 60


def summarize(
    sentences: Sequence[str],
    lang: str,
    algorithm: str = DEFAULT_ALGORITHM,
    count: int | None = None,
) -> list[int]:
    """Indices, in document order, of the sentences summarizing ``sentences``.

    ``count`` forces the number of sentences; None lets the length fit the
    article (a word budget for ``lead-lexrank``, the same budget turned into
    a sentence count for sumy's stock algorithms).
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown summarizer {algorithm!r}")
    if not sentences or (count is not None and count <= 0):
        return []
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    language = SUMY_LANGUAGES.get(lang, "english")
    tokenizer = SumyTokenizer(language)
    nodes = [Sentence(text, tokenizer) for text in sentences]
    if algorithm != DEFAULT_ALGORITHM:
        count = count if count is not None else auto_count([len(n.words) for n in nodes])
        if len(nodes) <= count:
            return list(range(len(nodes)))
    document = ObjectDocumentModel([Paragraph(nodes)])
    picked = make_summarizer(algorithm, language)(document, count)
    positions = {id(node): i for i, node in enumerate(nodes)}
    return sorted(positions[id(node)] for node in picked)


def word_budget(article_words: int) -> int:
    """Words a summary of an article of ``article_words`` words should hold."""
    low, high = BUDGET_RANGE
    return max(low, min(high, round(BUDGET_BASE + BUDGET_SHARE * article_words)))


def auto_count(words_per_sentence: Sequence[int]) -> int:
    """The word budget as a number of sentences, for algorithms that take a count."""
    total = sum(words_per_sentence)
    if total == 0:
        return 1
    mean = total / len(words_per_sentence)
    return max(1, min(MAX_AUTO_SENTENCES, round(word_budget(total) / mean)))


@functools.lru_cache(maxsize=32)
def make_summarizer(algorithm: str, language: str) -> Any:
    """A sumy summarizer with the language's stemmer and stop words (made once, reused)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    # Snowball stemming is most of the run time and news repeats its words:
    # remember the stems (a callable is all sumy asks of a stemmer).
    stemmer = functools.lru_cache(maxsize=200_000)(Stemmer(language))
    if algorithm == DEFAULT_ALGORITHM:
        return LeadLexRankSummarizer(stemmer, get_stop_words(language))
    if algorithm == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif algorithm == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif algorithm == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif algorithm == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    else:
        raise ValueError(f"unknown summarizer {algorithm!r}")
    summarizer = cls(stemmer)
    summarizer.stop_words = get_stop_words(language)
    return summarizer


class LeadLexRankSummarizer:
    """A sumy summarizer: LexRank centrality plus a lead prior, sized by a word budget.

    Called like sumy's summarizers, ``summarizer(document, count)``, it
    returns the picked sentences of the document in document order; a
    ``count`` of None means "fit the article" (see :func:`word_budget`).
    """

    def __init__(
        self,
        stemmer: Any,
        stop_words: frozenset[str],
        lead_decay: float = LEAD_DECAY,
        centrality_weight: float = CENTRALITY_WEIGHT,
        short_sentence: int = SHORT_SENTENCE,
    ) -> None:
        self.lexrank = continuous_lexrank(stemmer)
        self.lexrank.stop_words = stop_words
        self.lead_decay = lead_decay
        self.centrality_weight = centrality_weight
        self.short_sentence = short_sentence

    def __call__(self, document: Any, count: int | None) -> tuple[Any, ...]:
        sentences = list(document.sentences)
        words = [len(s.words) for s in sentences]
        scores = self.scores(sentences[:MAX_CANDIDATES])
        ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        if count is not None:
            picked = ranked[:count]
        else:
            picked = _fill_budget(ranked, words, word_budget(sum(words)))
        return tuple(sentences[i] for i in sorted(picked))

    def scores(self, sentences: list[Any]) -> list[float]:
        """The score of each sentence: lead prior + weighted, scaled LexRank."""
        centrality = self.centrality(sentences)
        top = max(centrality, default=0.0) or 1.0
        scores = []
        for i, (sentence, rank) in enumerate(zip(sentences, centrality, strict=True)):
            score = math.exp(-i / self.lead_decay) + self.centrality_weight * rank / top
            if len(sentence.words) < self.short_sentence:
                score -= 2 + self.centrality_weight  # below every full-length sentence
            scores.append(score)
        return scores

    def centrality(self, sentences: list[Any]) -> list[float]:
        """The LexRank score of each sentence (by position, so duplicates are fine)."""
        from sumy.models.dom import ObjectDocumentModel, Paragraph

        if len(sentences) < 2:
            return [1.0] * len(sentences)
        captured: list[Any] = []

        def keep_all_ratings(infos: list[Any]) -> list[Any]:
            captured.extend(infos)  # sumy passes every (sentence, order, rating)
            return []

        self.lexrank(ObjectDocumentModel([Paragraph(sentences)]), keep_all_ratings)
        ratings = [0.0] * len(sentences)
        for info in captured:
            ratings[info.order] = float(info.rating)
        return ratings


def _fill_budget(ranked: list[int], words: list[int], budget: int) -> list[int]:
    picked: list[int] = []
    total = 0
    for i in ranked:
        if total >= budget or len(picked) == MAX_AUTO_SENTENCES:
            break
        picked.append(i)
        total += words[i]
    return picked


def continuous_lexrank(stemmer: Any) -> Any:
    """sumy's LexRank made continuous and damped, as in Erkan and Radev (2004).

    sumy's LexRankSummarizer turns similarities into 0/1 edges, links each
    sentence to itself and iterates without a random jump, so a sentence
    like no other keeps its starting share. This subclass keeps the cosine
    similarities to the *other* sentences as edge weights and adds the jump
    (DAMPING): a sentence ranks high when sentences that rank high resemble it.
    The class is made here so that numpy and sumy load only when needed.
    """
    import numpy
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class ContinuousLexRankSummarizer(LexRankSummarizer):
        def _create_matrix(
            self, sentences: list[Any], threshold: float, tf_metrics: Any, idf_metrics: Any
        ) -> Any:
            n = len(sentences)
            matrix = numpy.zeros((n, n))
            for i in range(n):
                for j in range(i + 1, n):
                    matrix[i, j] = matrix[j, i] = self.cosine_similarity(
                        sentences[i], sentences[j], tf_metrics[i], tf_metrics[j], idf_metrics
                    )
            totals = matrix.sum(axis=1, keepdims=True)
            alone = totals[:, 0] == 0
            matrix[alone] = 1.0  # a sentence like no other jumps anywhere (PageRank's rule)
            totals[alone] = n
            return matrix / totals

        def power_method(self, matrix: Any, epsilon: float) -> Any:
            n = len(matrix)
            ranks = numpy.full(n, 1.0 / n)
            for _ in range(100):
                updated = DAMPING / n + (1 - DAMPING) * matrix.T.dot(ranks)
                if numpy.abs(updated - ranks).sum() < 1e-6:
                    return updated
                ranks = updated
            return ranks

    return ContinuousLexRankSummarizer(stemmer)
