"""Word-level tests of a substitution's roles (:mod:`factcheck.claims.contradict`).

- a new run right after an auxiliary of tense or voice is another predicate
  ("a triomphé" for "a remporté"), not another agent, object or place;
- a place and its adjective or people are one word family ("bretonne" /
  "Bretagne", "Lyonnais" / "Lyon");
- an ordinal next to a time noun is a time ("l'an dernier", "last year"), not
  a bounded quantity.
"""

from __future__ import annotations

from factcheck.claims.fold import LETTERS

DERIVED_PREFIX = 4  # letters two word keys share to be one family ("breto" / "breta")


def after_auxiliary(auxiliaries: frozenset[str], text: str, lo: int, at: int) -> bool:
    """The word before ``text[at:]`` (from ``lo``) is an auxiliary verb: a predicate starts."""
    before = LETTERS.findall(text[lo:at].lower())
    return bool(before) and before[-1] in auxiliaries


def derived(new: list[str], gone: list[str]) -> bool:
    """A word of each run from one family: the same first letters, as a place and its
    adjective or its people ("bretonne" / "Bretagne", "Lyonnais" / "Lyon")."""
    return any(
        len(a) >= DERIVED_PREFIX
        and len(b) >= DERIVED_PREFIX
        and a[:DERIVED_PREFIX] == b[:DERIVED_PREFIX]
        for a in new
        for b in gone
    )


def temporal(time_nouns: frozenset[str], words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether ``words[i]`` stands next to a time noun ("an" in "l'an dernier")."""
    neighbours = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
    return any(k in time_nouns for k, _, _ in neighbours)
