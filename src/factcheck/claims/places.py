"""Another country than a rumour's: "La Californie interdit la vente de foie gras" or
"la viande cultivée est vendue à Singapour" against a rumour that France bans or sells
it. The same predicate said of another country tells what holds elsewhere, often
the facts set against the rumour; it does not repeat it.

Countries are read from ``data/countries.json`` (their names and other names, in
any language) and from the nationality adjectives of ``data/<lang>/titles.json``
("française", "américains"). Names said where the sentence tells who speaks
("selon la presse américaine") are left out.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims.hearsay import attribution_spans, speaker_clauses
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.side import Side, quoted
from factcheck.entities.titles import country_names, vocabulary

Mention = tuple[str, int, int]  # the country (its English name), start, end


def other_country(said: Side, claim: Side) -> Contradiction | None:
    """The sentence's country, when the claim names one country and the sentence
    names others but not it."""
    if said.lang != claim.lang:
        return None
    theirs = countries(claim.text, claim.start, claim.end, claim.lang)
    if len({c for c, _, _ in theirs}) != 1:
        return None
    speakers = speaker_clauses(said.text, said.start, said.end, said.lang)
    speakers += attribution_spans(said.text, said.start, said.end, said.lang)
    mine = [
        m
        for m in countries(said.text, said.start, said.end, said.lang)
        if not any(s <= m[1] < e for s, e in speakers)
    ]
    if not mine or any(c == theirs[0][0] for c, _, _ in mine):
        return None
    _, s, e = mine[0]
    _, cs, ce = theirs[0]
    return quoted(ContradictionKind.PLACE, said, claim, s, e, cs, ce)


def countries(text: str, start: int, end: int, lang: str) -> list[Mention]:
    """The countries ``text[start:end]`` names, by name or by nationality, in order."""
    names = _names(lang)
    return [
        (names[m.group()], m.start(), m.end()) for m in _pattern(lang).finditer(text, start, end)
    ]


@cache
def _names(lang: str) -> dict[str, str]:
    """Every written form of a country: its names (as written, capitalised) and the
    nationality adjectives of ``lang`` (lower case in French, capitalised in English),
    with their feminine and plural forms."""
    names = {name: country for name, country in country_names().items() if len(name) > 2}
    # "US", "UK" are also words of other kinds in capitals
    vocab = vocabulary(lang)
    for nationality in vocab.nationalities.values() if vocab else ():
        forms = {f for f in nationality.counterparts.values() if len(f) > 2 and "." not in f}
        forms |= {f + "s" for f in forms if not f.endswith(("s", "x"))}
        for form in forms:
            names[form] = nationality.country
    return names


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    body = "|".join(re.escape(n) for n in sorted(_names(lang), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
