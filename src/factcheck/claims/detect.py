"""Check-worthiness: which sentences (and clauses) state a fact an editor could verify.

Pure regular expressions over cue lists from ``data/claim_cues/<lang>.json``,
so it runs in milliseconds and needs no model. A sentence is check-worthy
when it holds a positive cue (a number, a date, an attribution, a
comparison, a cause, a superlative, a dated or reported event, or a named
person or organisation with a verb) and no objection overrides it: a
question, an opinion with nothing checkable in it, a quotation whose content
is opinion or feeling, or pure description.

A sentence holds several claims when it splits at a clause boundary
(``; ``, ``, mais ``, ``, and`` ...) into parts that are each check-worthy on
their own. Every span is an offset pair into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims.cues import Cues, cues_for
from factcheck.claims.entities import EntityIndex
from factcheck.claims.fold import fold
from factcheck.entities.names import name_spans
from factcheck.text.document import Document
from factcheck.text.values import find_dates, find_numbers

# Kinds an opinion marker can outweigh.
SOFT_KINDS = frozenset({"named-statement", "event", "causal", "attribution"})
QUOTED_SHARE = 0.4  # a sentence at least this much inside quotes is reported speech
TAG_TAIL = 80  # an inverted speech tag ends the sentence: at most this many characters left

LONG_WORDS = 8
_QUOTE_MARK = re.compile(r"[«»“”\"]")
_QUESTION_END = re.compile(r"\?[\s\"»”’')\]]*$")
_OPENING = re.compile(r"[\s\"«“‘'(\[—–-]*")
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,}")


@dataclass(frozen=True)
class Reason:
    """One cue that makes a span check-worthy: ``text[start:end]`` is the cue."""

    kind: str
    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


@dataclass(frozen=True)
class Decision:
    checkworthy: bool
    reasons: tuple[Reason, ...]
    objections: tuple[str, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(r.kind for r in self.reasons)


@dataclass(frozen=True)
class DetectedClaim:
    """A check-worthy span of the article: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str
    sentence: int
    reasons: tuple[Reason, ...]


def detect_claims(document: Document, index: EntityIndex | None = None) -> list[DetectedClaim]:
    """Every claim of the document, in text order."""
    return detect(document, index)[0]


def detect(
    document: Document, index: EntityIndex | None = None
) -> tuple[list[DetectedClaim], list[DetectedClaim]]:
    """(claims, other statements): the check-worthy spans, and the sentences turned
    down as description or opinion, which still count as claims when they match a
    claim-file entry. A question never does. An opinion cue does not make a claim
    file's own wording unclaimed: "il faut être inscrit ... depuis un an pour voter"
    states a rule, and "shoppers should pick brown eggs" is the advice a rumour
    gives."""
    text = document.text
    folded = fold(text)
    cues = cues_for(document.lang)
    claims: list[DetectedClaim] = []
    statements: list[DetectedClaim] = []
    for sentence in document.sentences:
        decision = assess(text, cues, sentence.start, sentence.end, index, folded)
        if not decision.checkworthy:
            if "question" not in decision.objections:
                statements.append(
                    DetectedClaim(sentence.start, sentence.end, sentence.text, sentence.index, ())
                )
            continue
        parts = _split(text, cues, sentence.start, sentence.end, index, folded)
        for start, end, reasons in parts or [(sentence.start, sentence.end, decision.reasons)]:
            claims.append(DetectedClaim(start, end, text[start:end], sentence.index, reasons))
    return claims, statements


def assess(
    text: str,
    cues: Cues,
    start: int = 0,
    end: int | None = None,
    index: EntityIndex | None = None,
    folded: str | None = None,
) -> Decision:
    """Whether ``text[start:end]`` is check-worthy, and why."""
    end = len(text) if end is None else end
    folded = fold(text) if folded is None else folded
    reasons = find_reasons(text, cues, start, end, index, folded)
    objections: list[str] = []
    if _QUESTION_END.search(text, start, end):
        objections.append("question")
    reported = _reported_content(text, cues, start, end)
    if reported is not None and not _reported_is_checkable(text, cues, reasons, reported):
        objections.append("quote-opinion")
    kinds = {r.kind for r in reasons}
    opinion = cues.pattern("opinion").search(text, start, end)
    if opinion and kinds <= SOFT_KINDS and "quote-opinion" not in objections:
        objections.append("opinion")
    if not kinds:
        objections.append("description")
    return Decision(not objections, tuple(reasons), tuple(objections))


def find_reasons(
    text: str,
    cues: Cues,
    start: int,
    end: int,
    index: EntityIndex | None = None,
    folded: str | None = None,
) -> list[Reason]:
    """The positive cues in ``text[start:end]``, in text order."""
    folded = fold(text) if folded is None else folded
    found: list[Reason] = []

    def add(kind: str, s: int, e: int) -> None:
        found.append(Reason(kind, s, e, text[s:e]))

    dates = find_dates(text, cues.lang, start, end)
    for d in dates:
        add("date", d.start, d.end)
    for n in find_numbers(text, cues.lang, start, end, dates):
        add("number", n.start, n.end)
    sections = (("date", "relative_dates"), ("number", "ordinals"), ("attribution", "attribution"))
    for kind, section in sections:
        for m in cues.pattern(section).finditer(text, start, end):
            add(kind, *m.span())
    for kind in ("comparison", "causal", "superlative", "event"):
        for m in cues.pattern(kind).finditer(text, start, end):
            add(kind, *m.span())
    # A name plus a verb is a statement; long sentences have a verb the cue list may miss.
    if len(text[start:end].split()) >= LONG_WORDS or _has_verb(cues, text, start, end):
        for s, e in named_spans(text, cues, start, end, index, folded):
            add("named-statement", s, e)
    found.sort(key=lambda r: (r.start, r.end, r.kind))
    return _dedupe(found)


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    """One reason per (kind, span); a date also read as a number stays a date."""
    seen: set[tuple[str, int, int]] = set()
    dates = [(r.start, r.end) for r in reasons if r.kind == "date"]
    out = []
    for r in reasons:
        key = (r.kind, r.start, r.end)
        if key in seen:
            continue
        if r.kind == "number" and any(s <= r.start and r.end <= e for s, e in dates):
            continue
        seen.add(key)
        out.append(r)
    return out


def _has_verb(cues: Cues, text: str, start: int, end: int) -> bool:
    return bool(
        cues.pattern("finite_verbs").search(text, start, end)
        or cues.pattern("event").search(text, start, end)
    )


def named_spans(
    text: str,
    cues: Cues,
    start: int,
    end: int,
    index: EntityIndex | None = None,
    folded: str | None = None,
) -> list[tuple[int, int]]:
    """Spans naming a person or organisation: known entities and capitalised names.

    A capitalised word opening the sentence is only a name when the knowledge
    base knows it, it is an acronym, or more capitalised words follow it.
    """
    folded = fold(text) if folded is None else folded
    spans: list[tuple[int, int]] = []
    if index is not None:
        spans += [(m.start, m.end) for m in index.mentions(text, start, end, folded)]
    first = _OPENING.match(text, start, end)
    first_word = first.end() if first else start
    for span in name_spans(text, start, end):
        tokens = [t for t in span.tokens if fold(t.text) not in cues.name_stopwords]
        if not tokens:
            continue
        at_start = span.start == first_word and tokens[0] is span.tokens[0]
        if at_start and len(tokens) == 1 and not _ACRONYM.fullmatch(tokens[0].text):
            continue
        s, e = tokens[0].start, tokens[-1].end
        if not any(ks <= s < ke or ks < e <= ke for ks, ke in spans):
            spans.append((s, e))
    return sorted(spans)


def _reported_content(text: str, cues: Cues, start: int, end: int) -> list[tuple[int, int]] | None:
    """The quoted parts when the sentence is mostly reported speech, else None."""
    quotes = quote_spans(text, start, end)
    inside = sum(e - s for s, e in quotes)
    if inside / max(1, end - start) >= QUOTED_SHARE:
        return quotes
    for tag in cues.speech_tag.finditer(text, start, end):
        before = text[max(start, tag.start() - 3) : tag.start()]
        if end - tag.start() <= TAG_TAIL and re.search(r"[,\"»”]", before):
            return [(start, tag.start())]
    return None


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted stretches of ``text[start:end]``, quote marks included.

    A closing mark with no opening one means the sentence began inside the
    quotation; an opening mark never closed runs to the end of the sentence.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        mark, pos = m.group(), m.start()
        if mark in "«“":
            is_open = True
        elif mark in "»”":
            is_open = False
        else:
            before = text[pos - 1] if pos > start else " "
            is_open = opened is None and (before.isspace() or before in "([—–-:")
        if is_open and opened is None:
            opened = pos
        elif not is_open:
            spans.append((start if opened is None else opened, pos + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _reported_is_checkable(
    text: str, cues: Cues, reasons: list[Reason], content: list[tuple[int, int]]
) -> bool:
    """Whether reported speech states a fact (a figure, a date, a named event) or a dated act."""

    def inside(r: Reason) -> bool:
        return any(s <= r.start and r.end <= e for s, e in content)

    said = [r for r in reasons if inside(r)]
    frame = [r for r in reasons if not inside(r)]
    if any(_is_hard(r) for r in said):
        return True
    personal = any(
        cues.pattern("first_person").search(text, s, e)
        or cues.pattern("opinion").search(text, s, e)
        for s, e in content
    )
    if not personal and {r.kind for r in said} & {"named-statement", "event", "causal"}:
        return True
    frame_kinds = {r.kind for r in frame}
    return "date" in frame_kinds and bool(frame_kinds & {"attribution", "named-statement"})


def _is_hard(reason: Reason) -> bool:
    """A date or a figure in digits: checkable even inside a quotation ("deux inconnues" is not)."""
    return reason.kind == "date" or (
        reason.kind == "number" and any(ch.isdigit() for ch in reason.text)
    )


def _split(
    text: str,
    cues: Cues,
    start: int,
    end: int,
    index: EntityIndex | None,
    folded: str,
) -> list[tuple[int, int, tuple[Reason, ...]]]:
    """The clauses of a sentence when every one is check-worthy on its own, else []."""
    cuts = [(m.start(), m.end()) for m in cues.clause_boundary.finditer(text, start, end)]
    if not cuts:
        return []
    bounds = []
    cursor = start
    for s, e in cuts:
        bounds.append((cursor, s))
        cursor = e
    bounds.append((cursor, end))
    parts = []
    for s, e in bounds:
        if e - s < 3:
            return []
        decision = assess(text, cues, s, e, index, folded)
        if not decision.checkworthy:
            return []
        parts.append((s, e, decision.reasons))
    return parts
