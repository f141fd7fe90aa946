"""FC202 outlet-unverifiable: a cited outlet the reader or editor cannot check.

## What it flags
A news outlet cited as a source ("D'après 'Vérité Européenne'", "selon le
quotidien X", "according to the Daily Y") that the knowledge base does not
know, or that is named only by a literal translation of its real name. When
the knowledge base knows the outlet behind a translated name, the finding
says which outlet it probably is.

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

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.names import name_spans
from factcheck.entities.people import per_knowledge_base
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.document import Document
from factcheck.text.normalize import normalize

_APOS = "['’ʼ]"
_CUE = re.compile(
    rf"(?<!\w)(?:selon|d{_APOS}après|cité(?:e|s|es)? par|rapport(?:e|ent|é par)|a rapporté|"
    r"révèle|révélé par|relayé par|according to|reported by|as reported by|cited by|quoted by|"
    r"told|reports?|reported)"
    # Articles and qualifiers are matched in lower case only, so an outlet's own
    # capitalised article or first word ("Le Monde", "Courrier du Matin") stays its name.
    rf"\s+(?:(?-i:le|la|les|l{_APOS}|the)\s*)?"
    # An agency is a news agency only when nothing qualifies it otherwise
    # ("l'agence sanitaire Santé publique France" is not an outlet); a
    # qualifier is an adjective, not a complement ("le quotidien du Nord").
    r"(?P<noun>(?:agence(?:\s+de\s+presse)?|agency|news agency|"
    r"(?:quotidien|journal|hebdomadaire|magazine|site(?: d'information)?|"
    r"chaîne|radio|télévision|média|newspaper|daily|weekly|outlet|broadcaster|website)"
    rf"(?:\s+(?!(?:du|de|des|d{_APOS}|of)\b)(?-i:[a-zà-ÿ]+))?)\s+)?",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[‘'\"«“]\s*([^‘’'\"«»“”\n]{2,80}?)\s*[’'\"»”]")
_OUTLET_WORDS = re.compile(
    r"\b(times|post|news|journal|pravda|gazette|herald|tribune|press|tv|radio|agency|daily|"
    r"zeitung|matin|soir|monde|courrier|dépêche|express|observer|telegraph|mail|standard|"
    r"chronicle|review|magazine|insider|today|weekly|hebdo|info)\b",
    re.IGNORECASE,
)


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    kb = context.kb
    reported: set[tuple[int, int]] = set()
    for start, end, sure in _cited_names(doc, kb):
        finding = _judge(rule, doc, kb, start, end, sure)
        if finding is not None:
            reported.add((start, end))
            yield finding
    yield from _translated_names_anywhere(rule, doc, kb, reported)


def _cited_names(doc: Document, kb: KnowledgeBase) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_surely_an_outlet) of names cited after a sourcing cue."""
    text = doc.text
    known = per_knowledge_base(kb, "outlet-names", _outlet_names)
    for cue in _CUE.finditer(text):
        pos = cue.end()
        quoted = _QUOTED.match(text, pos)
        if quoted:
            yield quoted.start(1), quoted.end(1), True
            continue
        # A known outlet's own name, whole, even where the cue took its first word
        # ("selon Agence France Presse", "according to Daily Mail") or the name goes
        # on in lower case or with "of" ("Courrier international", "Times of India").
        noun = cue.start("noun")
        if known is not None and any(known.match(text, at) for at in {pos, noun} if at >= 0):
            continue
        spans = name_spans(text, pos, min(len(text), pos + 120))
        if spans and spans[0].start == pos:
            yield spans[0].start, spans[0].end, bool(cue.group("noun"))


def _outlet_names(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """Every accepted name of every outlet, longest first, as one pattern."""
    names = {n for outlet in kb.by_kind("outlet") for n in outlet.accepted_names}
    if not names:
        return None
    body = "|".join(
        re.escape(n).replace("'", _APOS).replace("’", _APOS).replace(r"\ ", r"\s+")
        for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE)


def _judge(
    rule: Rule, doc: Document, kb: KnowledgeBase, start: int, end: int, sure: bool
) -> Finding | None:
    name = doc.text[start:end]
    matches = kb.find(name)
    key = normalize(name)
    if any(key in {normalize(n) for n in e.accepted_names} for e in matches):
        return None
    translated = [e for e in matches if e.kind == "outlet"]
    if translated:
        return _translated_finding(rule, doc, start, end, translated[0])
    if matches:
        return None  # a known person, organisation or place, not an outlet
    if not (sure or _OUTLET_WORDS.search(name)):
        return None
    return rule.finding(
        doc,
        start,
        end,
        f"outlet '{name}' is not in the claim file: check that it exists, "
        "cite it by its real name and link the report",
        suggestion="cite the outlet by its original name and link the report",
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
    for outlet in kb.by_kind("outlet"):
        for name in outlet.translated_names:
            pattern = re.escape(name).replace("'", _APOS).replace(r"\ ", r"\s+")
            for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", doc.text, re.IGNORECASE):
                if any(s < match.end() and match.start() < e for s, e in reported):
                    continue
                reported.add(match.span())
                yield _translated_finding(rule, doc, match.start(), match.end(), outlet)


RULE = Rule(
    code="FC202",
    name="outlet-unverifiable",
    severity=Severity.WARNING,
    summary="A cited outlet unknown to the knowledge base, or named only by a translation.",
    docs=__doc__ or "",
    check=check,
)
