"""A claim about a person that the sentence makes about someone else.

The knowledge base says who is a person: when an entry names people and
the sentence names none of them but another person (known to the knowledge
base, or a multi-word name it does not know and the entry does not use),
the sentence gives the claim to someone else: an ``agent`` contradiction,
worded "name differs" in the report.
"""

from __future__ import annotations

from factcheck.claims.cues import cues_for
from factcheck.claims.detect import named_spans
from factcheck.claims.entities import entity_index
from factcheck.claims.fold import fold
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.score import Match, Said
from factcheck.entities.kb.model import KnowledgeBase


def differing_person(said: Said, kb: KnowledgeBase, match: Match) -> Contradiction | None:
    entry = match.claim
    people = [e for e in entry.entities if kb.entities[e].kind == "person"]
    if not people or any(p in match.mentioned for p in people):
        return None
    index = entity_index(kb)
    claim = said.claim
    mentions = index.mentions(said.text, claim.start, claim.end, said.folded)
    others = [
        (m.start, m.end)
        for m in mentions
        if kb.entities[m.entity_id].kind == "person" and m.entity_id not in people
    ]
    if not others:
        others = _unknown_names(said, match, [(m.start, m.end) for m in mentions])
    if not others:
        return None
    expected = ", ".join(kb.entities[p].name for p in people)
    start, end = others[0][0], others[-1][1]
    names = ", ".join(said.text[s:e] for s, e in others)
    at = fold(entry.text).find(fold(kb.entities[people[0]].name))
    claim_span = (at, at + len(kb.entities[people[0]].name)) if at >= 0 else (0, 0)
    return Contradiction(
        ContradictionKind.AGENT,
        start,
        end,
        said.text[start:end],
        *claim_span,
        entry.text[claim_span[0] : claim_span[1]],
        names=(names, expected),
    )


def _unknown_names(said: Said, match: Match, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Multi-word names the knowledge base does not know and the entry does not use."""
    entry, claim = match.claim, said.claim
    taken = taken + match.anchors
    entry_words = fold(" ".join([entry.text, *(k for ks in entry.keywords.values() for k in ks)]))
    names = []
    for s, e in named_spans(said.text, cues_for(said.lang), claim.start, claim.end):
        name = said.text[s:e]
        if len(name.split()) < 2 or any(ts < e and s < te for ts, te in taken):
            continue
        if any(word in entry_words for word in fold(name).split()):
            continue
        names.append((s, e))
    return names
