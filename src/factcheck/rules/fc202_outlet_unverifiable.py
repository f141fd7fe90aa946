"""FC202 outlet-unverifiable: a cited outlet the reader or editor cannot check.

## What it flags
A news outlet cited as a source ("D'après 'Vérité Européenne'", "selon le
quotidien X", "according to the Daily Y"). It fires only on a phrase that
names a publication: a sourcing cue ("selon", "d'après", "according to",
"reported by" ...) followed by a name that an outlet noun introduces
("le quotidien", "le site", "the newspaper") or that looks like a
publication's name ("... Times", "... News", "... Zeitung"). A policy or
protocol ("selon le protocole national de déconfinement"), a public body's
website ("selon le site officiel Propluvia"), a person or a body the
knowledge base knows is never an outlet.

- **warning**: the name is a translation the knowledge base lists for an
  outlet ("Vérité Européenne" for Yevropeiska Pravda), or it is one or two
  letters away from a known outlet's name ("Financial Time", "Le
  Parisein"). The finding says which outlet it probably is.
- **info**: the outlet is not in the knowledge base: check that it exists
  and add it to the claim file.

The outlet words (cues, outlet nouns, words of publication names, words
that are never outlets) are data per language
(`factcheck/data/<lang>/outlet_cues.json`); the outlets are the knowledge
base's outlet index (`factcheck.entities.kb.outlets`).

## Why it matters
Readers look for the cited report. "Vérité Européenne" does not exist: the
Ukrainian outlet is Yevropeiska Pravda (European Pravda). An outlet nobody
can find makes the claim unverifiable.

## Example
    D’après ‘Vérité Européenne’, la désignation de Rubio a été convenue

## Fix
Cite the outlet by its real name, with its English name in brackets where
useful, and link the original report: "D'après Yevropeiska Pravda (European
Pravda)". If the outlet is real but unknown to the knowledge base, add it
to the claim file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.core.langdata import lang_json
from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.kb.outlets import OutletIndex, OutletMatch, outlet_index, outlet_key
from factcheck.entities.names import name_spans
from factcheck.rules.base import CheckContext, Rule
from factcheck.rules.grammar import compile_pattern, to_regex
from factcheck.text.document import Document

CUES_FILE = "outlet_cues.json"
_QUOTED = re.compile(r"[‘'\"«“]\s*([^‘’'\"«»“”\n]{2,80}?)\s*[’'\"»”]")
_NAME_REACH = 120
_LONG_NAME = 8  # letters of a name's key from which one changed letter is surely a misspelling  # characters after a cue where the cited name may end


@dataclass(frozen=True)
class Cues:
    """One language's FC202 words, compiled."""

    cue: re.Pattern[str]
    official_noun: re.Pattern[str]
    not_outlet: re.Pattern[str]
    outlet_word: re.Pattern[str]
    name_continues: re.Pattern[str]  # "Le Quotidien| du médecin": a generic name goes on


@dataclass(frozen=True)
class Cited:
    start: int
    end: int
    noun: str  # the outlet noun before the name ("quotidien"), or ""
    quoted: bool


def _words(words: list[str]) -> re.Pattern[str]:
    body = "|".join(to_regex(re.escape(w).replace(r"\ ", " ")) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@cache
def cues(lang: str) -> Cues | None:
    """The compiled outlet words of ``lang``, or None for a language without them."""
    data = lang_json(lang, CUES_FILE)
    if data is None:
        return None
    return Cues(
        cue=compile_pattern(data["cue"], data["parts"], open_end=True),
        official_noun=re.compile(to_regex(data["official_noun"]), re.IGNORECASE),
        not_outlet=_words(data["not_outlet_words"]),
        outlet_word=_words(data["outlet_words"]),
        name_continues=re.compile(to_regex(data["name_continues"]), re.IGNORECASE),
    )


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    kb = context.kb
    index = outlet_index(kb)
    langs = [c for c in map(cues, dict.fromkeys([doc.lang, "fr", "en"])) if c is not None]
    reported: set[tuple[int, int]] = set()
    for cited in _cited_names(doc.text, langs, index):
        if (cited.start, cited.end) in reported:
            continue
        finding = _judge(rule, doc, kb, index, langs, cited)
        if finding is not None:
            reported.add((cited.start, cited.end))
            yield finding
    yield from _translated_names_anywhere(rule, doc, kb, reported)


def _cited_names(text: str, langs: list[Cues], index: OutletIndex) -> Iterator[Cited]:
    """The names cited right after a sourcing cue, with the outlet noun that introduced them."""
    for lang in langs:
        for cue in lang.cue.finditer(text):
            pos = cue.end()
            noun = cue.group("noun") or ""
            if noun and lang.official_noun.match(text, cue.start("noun")):
                continue  # "le site officiel X": a public body's website, not a publication
            quoted = _QUOTED.match(text, pos)
            if quoted:
                yield Cited(quoted.start(1), quoted.end(1), noun.strip(), True)
                continue
            # A known outlet's own name, whole, even where the cue took its first word
            # ("selon Agence France Presse", "according to Daily Mail").
            starts = {pos, cue.start("noun")} - {-1}
            if index.names is not None and any(index.names.match(text, at) for at in starts):
                continue
            spans = name_spans(text, pos, min(len(text), pos + _NAME_REACH))
            if spans and spans[0].start == pos:
                end = spans[0].end
                # A name made only of outlet words goes on in lower case ("Le Quotidien du médecin").
                rest = lang.outlet_word.sub("", text[pos:end]).strip(" -'’")
                more = lang.name_continues.match(text, end)
                if more and rest.lower() in {"", "le", "la", "les", "l", "the"}:
                    end = more.end()
                yield Cited(pos, end, noun.strip(), False)


def _judge(
    rule: Rule,
    doc: Document,
    kb: KnowledgeBase,
    index: OutletIndex,
    langs: list[Cues],
    cited: Cited,
) -> Finding | None:
    name = doc.text[cited.start : cited.end]
    if not name[:1].isupper() and not name[:1].isdigit():
        return None  # "selon le 'protocole national de déconfinement'": a thing, not a title
    lookup = index.lookup(name)
    if lookup.match is OutletMatch.KNOWN:
        return None
    if lookup.match is OutletMatch.TRANSLATED and lookup.outlet is not None:
        return _translated_finding(rule, doc, cited.start, cited.end, lookup.outlet)
    if kb.find(name) or any(c.not_outlet.search(name) for c in langs):
        return None  # a person, body or place the knowledge base knows, or a policy
    looks_like_outlet = bool(cited.noun) or any(c.outlet_word.search(name) for c in langs)
    # One letter off a long outlet name is a misspelling even with no outlet noun.
    one_letter_off_long = lookup.distance == 1 and len(outlet_key(name)) >= _LONG_NAME
    if (
        lookup.match is OutletMatch.MISSPELLED
        and lookup.outlet is not None
        and (looks_like_outlet or one_letter_off_long)
    ):
        return _misspelled_finding(rule, doc, cited, lookup.outlet, lookup.distance)
    if not looks_like_outlet:
        return None
    return rule.finding(
        doc,
        cited.start,
        cited.end,
        f"unknown outlet: '{name}' is not in the knowledge base: check that it exists, "
        "cite it by its real name and link the report",
        suggestion="check the outlet, then add it to the claim file",
        severity=Severity.INFO,
    )


def _misspelled_finding(
    rule: Rule, doc: Document, cited: Cited, outlet: Entity, distance: int
) -> Finding:
    name = doc.text[cited.start : cited.end]
    edits = "one letter" if distance == 1 else f"{distance} letters"
    return rule.finding(
        doc,
        cited.start,
        cited.end,
        f"'{name}' differs from the outlet {outlet.name} by {edits} "
        "(added, dropped, changed or swapped): is the name misspelled?",
        suggestion=outlet.name,
        entity=outlet.id,
    )


def _translated_finding(rule: Rule, doc: Document, start: int, end: int, outlet: Entity) -> Finding:
    real = outlet.name + (f" ({outlet.english_name})" if outlet.english_name else "")
    return rule.finding(
        doc,
        start,
        end,
        f"'{doc.text[start:end]}' is a translated name, not the outlet's name: "
        f"it is probably {real}",
        suggestion=outlet.name,
        entity=outlet.id,
    )


def _translated_names_anywhere(
    rule: Rule, doc: Document, kb: KnowledgeBase, reported: set[tuple[int, int]]
) -> Iterator[Finding]:
    for pattern, outlet in outlet_index(kb).translated_patterns:
        for match in pattern.finditer(doc.text):
            if any(s < match.end() and match.start() < e for s, e in reported):
                continue
            reported.add(match.span())
            yield _translated_finding(rule, doc, match.start(), match.end(), outlet)


RULE = Rule(
    code="FC202",
    name="outlet-unverifiable",
    severity=Severity.WARNING,
    summary="A cited outlet named by a translation or a misspelling (warning), or unknown (info).",
    docs=__doc__ or "",
    check=check,
)
