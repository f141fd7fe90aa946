"""Language detection: frequent function words, and character trigrams for short texts.

Function words (``data/<lang>/function_words.json``) tell a paragraph's
language at once. A single short sentence may hold none of them, or
names from another language ("Emmanuel Macron arrives in Berlin"), so
for the languages with a trigram profile (``data/<lang>/char_trigrams.json``,
built from the tune half of ``bench/data/language``) the detector also
adds up the log-likelihood of the text's character trigrams under each
profile. Measured by ``bench/language_id.py``.

Returns ``"und"`` (undetermined) when nothing in the text points to a
language; ``candidates`` ranks the languages that something did point to.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.core.langdata import lang_json, languages_with

UNDETERMINED = "und"
_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_HITS = 3  # function words enough to decide without trigrams
WORD_WEIGHT = 1.5  # one function word counts as this many nats of trigram evidence
SMOOTHING = 0.5  # add-k smoothing of trigram counts
FAMILIAR = 0.5  # share of a text's trigrams a profile must know to name its language
MIN_EVIDENCE = 2.0  # nats between the two best below which the text is undetermined


@dataclass(frozen=True)
class LanguageGuess:
    lang: str
    confidence: float
    candidates: tuple[tuple[str, float], ...] = field(default=())  # likeliest first, with shares


@lru_cache(maxsize=1)
def _profiles() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(lang_json(lang, "function_words.json")["words"])
        for lang in languages_with("function_words.json")
    }


@dataclass(frozen=True)
class _Trigrams:
    counts: dict[str, int]
    total: int
    vocabulary: int

    def log_probability(self, trigram: str, shared_vocabulary: int) -> float:
        count = self.counts.get(trigram, 0)
        return math.log((count + SMOOTHING) / (self.total + SMOOTHING * shared_vocabulary))


@lru_cache(maxsize=1)
def _trigram_profiles() -> dict[str, _Trigrams]:
    profiles = {}
    for lang in languages_with("char_trigrams.json"):
        data = lang_json(lang, "char_trigrams.json")
        counts = {str(k): int(v) for k, v in data["trigrams"].items()}
        profiles[lang] = _Trigrams(counts, int(data["total"]), len(counts))
    return profiles


def supported_languages() -> list[str]:
    return sorted(_profiles())


def trigrams(text: str) -> list[str]:
    """Each word's character trigrams, lower case, padded with a space at both ends."""
    out = []
    for word in _TOKEN.findall(text.lower()):
        padded = f" {word} "
        out += [padded[i : i + 3] for i in range(len(padded) - 2)]
    return out


def detect_language(text: str, sample_chars: int = 20_000) -> LanguageGuess:
    """Guess the language of ``text`` from its first ``sample_chars`` characters."""
    sample = text[:sample_chars]
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    hits = {lang: sum(1 for t in tokens if t in words) for lang, words in _profiles().items()}
    scores = {lang: WORD_WEIGHT * n for lang, n in hits.items()}
    best_by_words = max(sorted(hits), key=lambda lang: hits[lang])
    profiles = _trigram_profiles()
    profiled_hits = max((hits.get(lang, 0) for lang in profiles), default=0)
    if best_by_words not in profiles and hits[best_by_words] >= max(_MIN_HITS, profiled_hits + 1):
        # A language without a trigram profile, told by its function words (as before).
        total = sum(hits.values())
        share = round(hits[best_by_words] / total, 3)
        return LanguageGuess(best_by_words, share, ((best_by_words, share),))
    if profiles:
        grams = trigrams(sample[:2000])
        vocabulary = len(set().union(*(p.counts for p in profiles.values())))
        likelihood = {
            lang: sum(p.log_probability(g, vocabulary) for g in grams)
            for lang, p in profiles.items()
        }
        floor = max(likelihood.values(), default=0.0)
        for lang in profiles:  # relative to the likeliest profile: 0 for it, negative for others
            scores[lang] += likelihood[lang] - floor
        for lang in scores:
            if lang not in profiles and grams:  # no profile: as unlikely as the least likely one
                scores[lang] += min(likelihood.values()) - floor
    ranked = sorted(scores, key=lambda lang: (-scores[lang], lang))
    shares = _softmax(scores)
    grams = trigrams(sample[:2000])
    candidates = tuple(
        (lang, round(shares[lang], 3))
        for lang in ranked[:3]
        if shares[lang] >= 0.01 and (hits[lang] or _familiar(grams, profiles.get(lang)))
    )
    best, second = ranked[0], ranked[1]
    evidence = scores[best] - scores[second]
    if not tokens:
        return LanguageGuess(UNDETERMINED, 0.0)
    # Names alone ("Kyiv, Washington, Bruxelles") say little: some word must be in lower case.
    named_only = not any(hits.values()) and not any(t.islower() for t in _TOKEN.findall(sample))
    if named_only or (hits[best] < _MIN_HITS and evidence < MIN_EVIDENCE):
        return LanguageGuess(UNDETERMINED, 0.0, candidates)
    return LanguageGuess(best, round(shares[best], 3), candidates)


def _familiar(grams: list[str], profile: _Trigrams | None) -> bool:
    """Whether most of the text's trigrams occur in the profile (a text in another script: no)."""
    if profile is None or not grams:
        return False
    return sum(1 for g in grams if g in profile.counts) >= FAMILIAR * len(grams)


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    weights = {lang: math.exp(max(score - top, -50.0)) for lang, score in scores.items()}
    total = sum(weights.values())
    return {lang: w / total for lang, w in weights.items()}
