"""FC201 anonymous-source: an attribution to sources the reader cannot identify.

## What it flags
Phrases that attribute a fact to people the reader cannot identify:
a source noun with a qualifier or a complement ("une source sécuritaire",
"de source proche du dossier", "a police source", "a source at the
ministry"); a plural or indefinite source ("selon des sources", "sources
said"); a reference back to an earlier anonymous source ("ces sources",
"a précisé cette source", "de même source"); unnamed officials, relatives,
experts and witnesses in the place of a speaker ("a confié un conseiller de
l'Élysée", "selon des témoins", "officials said privately", "a person
briefed on the matter"); ordinary people named by their job or relation
after an indefinite determiner ("confie une infirmière du service", "selon
des salariés de l'usine", "said a nurse"); "on" with a speech verb at a
place or in a circle ("À Bercy, on confirme", "glisse-t-on au siège du
parti"); unnamed media and the outlet's own information ("rapporte la
presse locale", "Local media reported", "reportedly"); stated anonymity
("sous couvert d'anonymat", "qui témoigne anonymement", "on condition of
anonymity", "granted anonymity"). A singular "cette source" or "the same
source" is flagged only when an anonymous source comes before it in the
article. It stays quiet on "selon les règles", "source d'énergie",
"selon lui", "on ne sait jamais", a confession ("une retraitée a reconnu
avoir ..."), a poll ("deux personnes interrogées sur trois"), and on an
official followed by a name ("un responsable de la Croix-Rouge Marc
Zyltman", "confie une infirmière, Marie Dupont").

The forms are a grammar kept as data per language
(`factcheck/data/<lang>/anonymous_sources.json`): named parts (source
nouns, qualifiers, determiners, speech verbs, roles) composed into
patterns. The finding covers the attribution words.

## Why it matters
A claim resting on sources nobody can check is the weakest kind of claim.
Editors must either name the source, say why it is anonymous and how it
was checked, or soften the claim.

## Example
    Marco Rubio, qui, selon des sources, apparaît comme un acteur central

## Fix
Name the source, or say what kind of source it is and why it is not named
("un diplomate européen ayant requis l'anonymat car non autorisé à
s'exprimer"), and confirm the fact with a second, named source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.core.langdata import lang_json
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.grammar import compile_pattern

GRAMMAR_FILE = "anonymous_sources.json"
_JOINED = re.compile(r"[\s,]*")
_AFTER = 80  # characters read after a match to see whether a name follows


@dataclass(frozen=True)
class Form:
    """One pattern of the grammar, and a cheap test that the text may hold it."""

    id: str
    pattern: re.Pattern[str]
    needs: re.Pattern[str] | None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.needs is None or self.needs.search(text):
            yield from self.pattern.finditer(text)


@dataclass(frozen=True)
class Grammar:
    """One language's compiled FC201 grammar."""

    patterns: tuple[Form, ...]
    anaphora: tuple[Form, ...]
    plural: re.Pattern[str] | None
    named_after: re.Pattern[str] | None
    quiet: tuple[re.Pattern[str], ...]


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of ``lang``, or None for a language without one."""
    data = lang_json(lang, GRAMMAR_FILE)
    if data is None:
        return None
    parts = data["parts"]

    def patterns(key: str) -> tuple[Form, ...]:
        return tuple(
            Form(
                p["id"],
                compile_pattern(p["pattern"], parts),
                re.compile(p["needs"], re.IGNORECASE) if p.get("needs") else None,
            )
            for p in data.get(key, [])
        )

    def plain(key: str) -> re.Pattern[str] | None:
        return re.compile(data[key], re.IGNORECASE) if data.get(key) else None

    return Grammar(
        patterns=patterns("patterns"),
        anaphora=patterns("anaphora"),
        plural=plain("plural_anaphora"),
        named_after=plain("named_after"),
        quiet=tuple(compile_pattern(q, parts) for q in data.get("quiet", [])),
    )


def anonymous_spans(text: str, langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of ``text`` that attribute something to an unnamed source, merged, in order."""
    grammars = [g for g in map(grammar, langs) if g is not None]
    quiet = [m.span() for g in grammars for q in g.quiet for m in q.finditer(text)]

    def keep(g: Grammar, match: re.Match[str]) -> bool:
        if any(s < match.end() and match.start() < e for s, e in quiet):
            return False
        after = text[match.end() : match.end() + _AFTER]
        return not (g.named_after and g.named_after.match(after))

    found = [m.span() for g in grammars for f in g.patterns for m in f.finditer(text) if keep(g, m)]
    spans = _merge(text, found)
    # A reference back ("cette source", "the same source") is anonymous when a plural
    # source is meant, or when an anonymous source comes before it in the article.
    for g in grammars:
        for form in g.anaphora:
            for match in form.finditer(text):
                plural = g.plural is not None and g.plural.search(match.group())
                earlier = any(end <= match.start() for _, end in spans)
                if (plural or earlier) and keep(g, match):
                    found.append(match.span())
    return _merge(text, found)


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping matches, or matches apart by white space or a comma, are one attribution."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or _JOINED.fullmatch(text, merged[-1][1], start)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    # Articles mix languages (quotes, agency copy): try English forms too.
    langs = tuple(dict.fromkeys([doc.lang, "fr", "en"]))
    for start, end in anonymous_spans(doc.text, langs):
        phrase = doc.text[start:end]
        yield rule.finding(
            doc,
            start,
            end,
            f"unnamed source: '{phrase}' attributes the claim to people the reader cannot identify",
            suggestion="name the source, or say why it is anonymous and how it was checked",
        )


RULE = Rule(
    code="FC201",
    name="anonymous-source",
    severity=Severity.WARNING,
    summary="An attribution to unnamed sources.",
    docs=__doc__ or "",
    check=check,
)
