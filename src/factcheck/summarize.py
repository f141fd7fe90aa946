"""Extractive summaries with sumy, on our own tokenizer (no NLTK data needed)."""

from __future__ import annotations

from typing import Any

from factcheck.segment import SumyTokenizer

SUMY_LANGUAGES = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
}
ALGORITHMS = ("lexrank", "lsa", "textrank", "luhn")
DEFAULT_ALGORITHM = "lexrank"


def _summarizer(algorithm: str, language: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

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
    summarizer = cls(Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


def summarize(sentences: list[str], lang: str, algorithm: str, count: int) -> list[int]:
    """Indices (in document order) of the ``count`` sentences sumy picks."""
    if count <= 0 or not sentences:
        return []
    if len(sentences) <= count:
        return list(range(len(sentences)))
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    language = SUMY_LANGUAGES.get(lang, "english")
    tokenizer = SumyTokenizer(language)
    nodes = [Sentence(text, tokenizer) for text in sentences]
    document = ObjectDocumentModel([Paragraph(nodes)])
    picked = _summarizer(algorithm, language)(document, count)
    positions = {id(node): i for i, node in enumerate(nodes)}
    return sorted(positions[id(node)] for node in picked)
