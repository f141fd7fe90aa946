"""FC101 misspelled-name: a person's name that is close to, but not, a known name.

## What it flags
A name in the article that looks like the name of a person the knowledge
base knows, but is spelled differently from the name and every accepted
alias ("Kiri Starmer" where the claim file knows "Keir Starmer").

## Why it matters
A misspelled head of government is the first thing readers notice and the
first thing a correction notice has to fix. Machine translation and fast
retyping produce exactly these near misses.

## Example
    la Première ministre britannique Kiri Starmer

## Fix
Use the spelling the knowledge base gives: "Keir Starmer". If the spelling
is an accepted transliteration, add it to the person's `aliases` in the
claim file.

Not flagged: exact names and aliases, a known person's surname alone
("Rubio"), and any other person the knowledge base knows, however alike
the names look.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.kb.model import Entity, KnowledgeBase
from factcheck.names import Token, name_spans, window_key, windows
from factcheck.report.model import Finding
from factcheck.rules.base import CheckContext, Rule
from factcheck.severity import Severity
from factcheck.textnorm import normalize

FULL_NAME_SCORE = 80.0  # rapidfuzz ratio, 0-100, over the whole name
SURNAME_SCORE = 88.0  # a surname alone must be closer
MIN_SURNAME_LENGTH = 6


@dataclass(frozen=True)
class _Variant:
    entity: Entity
    display: str
    key: str
    size: int


def _index(kb: KnowledgeBase) -> tuple[set[str], list[_Variant]]:
    known: set[str] = set()
    variants: list[_Variant] = []
    for entity in kb.entities.values():
        for name in (*entity.accepted_names, *entity.translated_names):
            known.add(normalize(name))
        if entity.kind != "person":
            continue
        for name in entity.accepted_names:
            key = normalize(name)
            variants.append(_Variant(entity, name, key, len(key.split())))
            known.add(key.split()[-1])  # a surname alone is a correct mention
    return known, variants


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    known, variants = _index(context.kb)
    if not variants:
        return
    sentence_starts = {s.start for s in doc.sentences}
    for span in name_spans(doc.text):
        used: set[int] = set()
        for size in range(len(span.tokens), 0, -1):
            for window in windows(span, size):
                if any(t.start in used for t in window):
                    continue
                key = window_key(window)
                if key in known:
                    used.update(t.start for t in window)
                    continue
                match = _closest(window, key, variants, sentence_starts)
                if match is None:
                    continue
                used.update(t.start for t in window)
                yield rule.finding(
                    doc,
                    window[0].start,
                    window[-1].end,
                    f"'{doc.text[window[0].start : window[-1].end]}' looks like a misspelling "
                    f"of '{match.display}'",
                    suggestion=match.display,
                    entity=match.entity.id,
                )


def _closest(
    window: tuple[Token, ...], key: str, variants: list[_Variant], sentence_starts: set[int]
) -> _Variant | None:
    size = len(window)
    if size == 1:
        if len(key) < MIN_SURNAME_LENGTH or window[0].start in sentence_starts:
            return None
        threshold = SURNAME_SCORE
    else:
        threshold = FULL_NAME_SCORE
    best: _Variant | None = None
    best_score = threshold
    for variant in variants:
        candidate = variant.key if size > 1 else variant.key.split()[-1]
        if (size > 1 and variant.size != size) or candidate[:1] != key[:1]:
            continue
        score = fuzz.ratio(key, candidate)
        if score >= best_score and (best is None or score > best_score):
            best, best_score = variant, score
    if best is not None and size == 1:
        surname = best.key.split()[-1]
        return _Variant(best.entity, best.display.split()[-1], surname, 1)
    return best


RULE = Rule(
    code="FC101",
    name="misspelled-name",
    severity=Severity.ERROR,
    summary="A person's name close to, but not, a name the knowledge base knows.",
    docs=__doc__ or "",
    check=check,
)
