"""ROUGE-1, ROUGE-2 and ROUGE-L F1, small and dependency-free.

Written here rather than taken from the ``rouge-score`` package because that
package's tokenizer keeps only ``[a-z0-9]`` and so drops every accented
letter of French text, and it pulls in absl-py and nltk for nothing we use.

Definitions (Lin, 2004, as ``rouge-score`` implements them for one
reference):

* tokens: the text is Unicode-decomposed (NFKD), combining marks are
  dropped ("é" -> "e"), it is lower-cased, and each run of letters or
  digits is a token ("l'abjection" -> ``l``, ``abjection``);
* ROUGE-N: the clipped count of n-grams the candidate shares with the
  reference, divided by the candidate's n-gram count (precision) and by the
  reference's (recall); F1 = 2PR / (P + R), 0 when either is 0;
* ROUGE-L: the length of the longest common subsequence of the two token
  sequences (the whole summary as one sequence, i.e. ``rougeL``, not the
  per-sentence ``rougeLsum``), over the candidate's and the reference's
  lengths, combined the same way.

Scores are per summary; a corpus score is the mean of the per-summary F1.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Scores:
    """F1 of one candidate against one reference, each in [0, 1]."""

    rouge1: float
    rouge2: float
    rougeL: float


def tokens(text: str) -> list[str]:
    """Accent-folded, lower-case word tokens of ``text``."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _TOKEN.findall(folded.lower())


def f1(overlap: int, candidate_total: int, reference_total: int) -> float:
    if overlap == 0 or candidate_total == 0 or reference_total == 0:
        return 0.0
    precision = overlap / candidate_total
    recall = overlap / reference_total
    return 2 * precision * recall / (precision + recall)


def ngram_f1(candidate: list[str], reference: list[str], n: int) -> float:
    cand = Counter(zip(*(candidate[i:] for i in range(n)), strict=False))
    ref = Counter(zip(*(reference[i:] for i in range(n)), strict=False))
    overlap = sum((cand & ref).values())
    return f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (one row of the DP table kept)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def lcs_f1(candidate: list[str], reference: list[str]) -> float:
    return f1(lcs_length(candidate, reference), len(candidate), len(reference))


def score(candidate: str, reference: str) -> Scores:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of ``candidate`` against ``reference``."""
    cand, ref = tokens(candidate), tokens(reference)
    return Scores(ngram_f1(cand, ref, 1), ngram_f1(cand, ref, 2), lcs_f1(cand, ref))


def mean(scores: list[Scores]) -> Scores:
    """Corpus score: the mean of each F1 over the summaries (0 for none)."""
    if not scores:
        return Scores(0.0, 0.0, 0.0)
    n = len(scores)
    return Scores(
        sum(s.rouge1 for s in scores) / n,
        sum(s.rouge2 for s in scores) / n,
        sum(s.rougeL for s in scores) / n,
    )
