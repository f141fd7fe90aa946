"""The claim file indexed once: an inverted index from terms to claims.

A fact-check database holds tens of thousands of claims; an article has a
few dozen sentences. Each sentence is compared only with the claims that
share a term with it (a content-word key, a year), best first by the terms'
rarity (idf), and at most :data:`CANDIDATES` of them. Claims whose text has
been read are kept read (:meth:`ClaimIndex.features`), so a claim met by
several sentences is read once.

The claims' own texts give the terms, and their keywords in every language
add to them: a claim file without annotations is indexed as well as one
with them.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict

from factcheck.claims.features import Features, index_terms, read_features
from factcheck.entities.kb.model import Claim, KnowledgeBase

CANDIDATES = 50  # claims scored in full per sentence
COMMON_SHARE = 0.05  # a term in more than this share of a large file is not looked up
COMMON_MIN = 200  # ... unless it is in fewer claims than this
ENGLISH = "en"


class ClaimIndex:
    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self._features: dict[int, Features] = {}
        postings: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(claims):
            terms = index_terms(claim.text, claim.lang or ENGLISH)
            for lang, words in claim.keywords.items():
                terms |= index_terms(" ".join(words), lang)
            for term in terms:
                postings[term].append(i)
        self.postings = dict(postings)
        limit = max(COMMON_MIN, int(COMMON_SHARE * len(claims)))
        self._idf = {
            t: math.log(1 + len(claims) / len(ids))
            for t, ids in self.postings.items()
            if len(ids) <= limit
        }

    def __len__(self) -> int:
        return len(self.claims)

    def candidates(self, terms: set[str], limit: int = CANDIDATES) -> list[Claim]:
        """The claims sharing the most (and rarest) terms with ``terms``, best first."""
        scores: dict[int, float] = defaultdict(float)
        for term in terms:
            idf = self._idf.get(term)
            if idf is None:
                continue
            for i in self.postings[term]:
                scores[i] += idf
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [self.claims[i] for i, _ in best]

    def features(self, claim: Claim) -> Features:
        """The claim's text read once (numbers, dates, content words, names)."""
        key = id(claim)
        found = self._features.get(key)
        if found is None:
            found = read_features(claim.text, claim.lang or ENGLISH)
            self._features[key] = found
        return found


_INDEXES: dict[int, tuple[weakref.ref[KnowledgeBase], int, ClaimIndex]] = {}


def claim_index(kb: KnowledgeBase) -> ClaimIndex:
    """The claim index of ``kb``, built once per knowledge base (batch runs share one)."""
    cached = _INDEXES.get(id(kb))
    if cached is not None and cached[0]() is kb and cached[1] == len(kb.claims):
        return cached[2]
    index = ClaimIndex(list(kb.claims.values()))
    key = id(kb)
    _INDEXES[key] = (weakref.ref(kb, lambda _: _INDEXES.pop(key, None)), len(kb.claims), index)
    return index
