"""Matching the article's claims to the claim file, across languages, and judging them.

Each detected claim is scored against every ``claims[]`` entry of the
knowledge base (0..1):

- **entities** (weight 0.4): the entry's entities mentioned in the span by
  any of their names; two mentions (or all, when fewer) give full marks;
- **content** (weight 0.6): the better of the entry's ``keywords`` in the
  article's language found in the span (and its English keywords in the
  sentence's English translation), two keywords giving full marks, and the
  share of the entry's content words found in the span (same language) or
  in the translation (an English entry against a translated sentence);
- **date** (+0.1): a date of the span equal to the entry's date.

An entry without entities is scored on content alone. Entries scoring at
least ``MATCH_THRESHOLD`` (0.6) match. The threshold asks for a real
content signal: entity mentions alone reach 0.4, one keyword out of several
0.3 (0.5 without entities). On the seed, wrong pairings score at most 0.5
and right ones 0.9 or more; the lowest right match on the fixtures is 0.6
(a sentence that gives the claim to another person: keywords, no entity).

A match is then judged (:mod:`factcheck.claims.stance`): agreeing, the
article claim takes the entry's verdict; contradicting a true or false entry
(negation, refutation cue), it takes the opposite verdict. Denying a
misleading entry is ``true`` when the sentence is an explicit debunk (a
refutation or contrast cue), else ``unproven``, as is any sentence denying
an unproven entry. A differing date, number or person's name contradicts a
true entry (the sentence is false) but does not make a false entry true
(status ``unproven``). A sentence holding several entries' claims gets one
result per entry; a sentence split into clauses keeps each entry's best
clause only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.claims.cues import Cues, available_langs, cues_for
from factcheck.claims.detect import DetectedClaim, named_spans
from factcheck.claims.entities import EntityIndex
from factcheck.claims.fold import content_words, find_phrases, fold
from factcheck.claims.model import ClaimResult
from factcheck.claims.stance import differing_date, differing_number, polarity
from factcheck.claims.values import find_dates, find_numbers
from factcheck.core.model import Translation
from factcheck.entities.kb.model import Claim, KnowledgeBase
from factcheck.text.document import Document

MATCH_THRESHOLD = 0.6
ENTITY_WEIGHT = 0.4
CONTENT_WEIGHT = 0.6
DATE_BONUS = 0.1
FULL_MARKS = 2  # keywords (or entities) found for a full component score
ENGLISH = "en"

OPPOSITE = {"true": "false", "false": "true"}


@dataclass
class Article:
    """What matching needs about one article, computed once."""

    document: Document
    kb: KnowledgeBase
    index: EntityIndex
    english: dict[int, str] = field(default_factory=dict)  # sentence index -> translation
    folded: str = ""

    def __post_init__(self) -> None:
        self.folded = fold(self.document.text)

    @property
    def cues(self) -> Cues:
        return cues_for(self.document.lang)


@dataclass
class Match:
    claim: Claim
    score: float
    reasons: list[str]
    anchors: list[tuple[int, int]]  # keyword positions in the article text
    mentioned: set[str]  # entity ids named in the span or its translation


def match_claims(
    document: Document,
    kb: KnowledgeBase,
    detected: list[DetectedClaim],
    translation: Translation | None = None,
    index: EntityIndex | None = None,
    statements: list[DetectedClaim] | None = None,
) -> list[ClaimResult]:
    """One result per (article claim, matching entry), or one ``not_in_claim_file``.

    ``statements`` are sentences the detector turned down: they become claims
    only when a claim-file entry matches them (the claim file says they are
    worth checking)."""
    english = {s.index: s.text for s in translation.sentences} if translation else {}
    article = Article(document, kb, index or EntityIndex(kb), english)
    results: list[ClaimResult] = []
    best_in_sentence: dict[tuple[int, str], ClaimResult] = {}
    candidates = [(c, True) for c in detected] + [(s, False) for s in statements or []]
    for claim, checkworthy in candidates:
        mentioned = _mentioned(article, claim)
        scored = [score(article, claim, entry, mentioned) for entry in kb.claims.values()]
        scored.sort(key=lambda m: (-m.score, m.claim.id))
        matches = [m for m in scored if m.score >= MATCH_THRESHOLD]
        if not matches:
            if checkworthy:
                results.append(_not_covered(claim, scored[0] if scored else None))
            continue
        for match in matches:
            result = judge(article, claim, match)
            key = (claim.sentence, match.claim.id)
            kept = best_in_sentence.get(key)
            if kept is None or result.score > kept.score:
                if kept is not None:
                    results.remove(kept)
                best_in_sentence[key] = result
                results.append(result)
    results.sort(key=lambda r: (r.start, r.end, -r.score, r.claim_id or ""))
    return results


def _not_covered(claim: DetectedClaim, best: Match | None) -> ClaimResult:
    reasons = ["no claim-file entry matches"]
    if best is not None and best.score > 0:
        reasons = [
            f"no claim-file entry matches: the closest, '{best.claim.id}', scores "
            f"{best.score:.2f} < {MATCH_THRESHOLD:.2f}"
        ]
    return ClaimResult(
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        tuple(str(r) for r in claim.reasons),
        "not_in_claim_file",
        "none",
        best.score if best else 0.0,
        tuple(reasons),
    )


def _mentioned(article: Article, claim: DetectedClaim) -> set[str]:
    """Entities named in the span or in its sentence's translation."""
    text = article.document.text
    found = article.index.mentions(text, claim.start, claim.end, article.folded)
    english = article.english.get(claim.sentence)
    if english:
        found += article.index.mentions(english)
    return {m.entity_id for m in found}


def score(article: Article, claim: DetectedClaim, entry: Claim, mentioned: set[str]) -> Match:
    """How well ``entry`` matches the article claim, with the reasons."""
    doc = article.document
    reasons: list[str] = []
    english = article.english.get(claim.sentence)
    entity_part = 0.0
    if entry.entities:
        named = [e for e in entry.entities if e in mentioned]
        entity_part = min(1.0, len(named) / min(FULL_MARKS, len(entry.entities)))
        if named:
            reasons.append(f"entities: {', '.join(named)} ({len(named)}/{len(entry.entities)})")
    keyword_part, anchors = _keywords(article, claim, entry, english, reasons)
    overlap_part = _overlap(article, claim, entry, english, reasons)
    content = max(keyword_part, overlap_part)
    total = ENTITY_WEIGHT * entity_part + CONTENT_WEIGHT * content if entry.entities else content
    if entry.date and _dated(doc.text[claim.start : claim.end], article.cues, entry.date):
        total += DATE_BONUS
        reasons.append(f"date: the sentence gives {entry.date}")
    return Match(entry, min(1.0, total), reasons, anchors, mentioned)


def _keywords(
    article: Article,
    claim: DetectedClaim,
    entry: Claim,
    english: str | None,
    reasons: list[str],
) -> tuple[float, list[tuple[int, int]]]:
    lang = article.document.lang
    best = 0.0
    anchors: list[tuple[int, int]] = []
    text = article.document.text
    searches = [(lang, text, article.folded, claim.start, claim.end)]
    if english and lang != ENGLISH:
        searches.append((ENGLISH, english, fold(english), 0, len(english)))
    for kw_lang, original, folded, start, end in searches:
        keywords = list({fold(k): k for k in entry.keywords.get(kw_lang, [])}.values())
        if not keywords:
            continue
        hits = find_phrases(folded, keywords, start, end)
        found = list(dict.fromkeys(h[0] for h in hits))
        if kw_lang == lang:
            anchors = [(s, e) for _, s, e in hits]
        part = min(1.0, len(found) / min(FULL_MARKS, len(keywords)))
        if found:
            where = "" if kw_lang == lang else " (in the translation)"
            words = dict.fromkeys(original[s:e] for _, s, e in sorted(hits, key=lambda h: h[1]))
            reasons.append(f"keywords ({kw_lang}){where}: {', '.join(words)}")
        best = max(best, part)
    return best, anchors


def _overlap(
    article: Article,
    claim: DetectedClaim,
    entry: Claim,
    english: str | None,
    reasons: list[str],
) -> float:
    """Share of the entry's content words found in the span (or its translation)."""
    entry_lang = entry.lang or ENGLISH
    if entry_lang == article.document.lang:
        compared, label = claim.text, "text"
    elif entry_lang == ENGLISH and english:
        compared, label = english, "translation"
    else:
        return 0.0
    stop = cues_for(entry_lang).stopwords
    wanted = content_words(entry.text, stop)
    if len(wanted) < FULL_MARKS:
        return 0.0
    shared = wanted & content_words(compared, stop)
    part = len(shared) / len(wanted)
    if shared:
        reasons.append(f"{label} overlap {part:.2f}: {', '.join(sorted(shared))}")
    return part


def _dated(text: str, cues: Cues, iso: str) -> bool:
    parts = [int(p) for p in iso.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    for d in find_dates(text, cues):
        if d.month is None or (month and d.month != month) or (day and d.day and d.day != day):
            continue
        if d.year is None or d.year == year:
            return True
    return False


def judge(article: Article, claim: DetectedClaim, match: Match) -> ClaimResult:
    """The article claim's status given a matching entry: agreeing or contradicting."""
    entry = match.claim
    reasons = [*match.reasons, f"score {match.score:.2f} >= {MATCH_THRESHOLD:.2f}"]
    stance_text, start, end, cues, anchors = _stance_view(article, claim, match)
    said = polarity(stance_text, start, end, cues, anchors)
    claimed = polarity(entry.text, 0, len(entry.text), cues_for(entry.lang or ENGLISH))
    status, agreement = entry.verdict, "agrees"
    if said.negative != claimed.negative:
        agreement = "contradicts"
        reasons += list(said.reasons)
        status = OPPOSITE.get(entry.verdict, "true" if said.debunk else "unproven")
        reasons.append(
            f"the sentence asserts the opposite of a claim rated {entry.verdict}: "
            f"its status is {status}"
        )
    else:
        differing = _differing_value(article, claim, match)
        if differing:
            agreement = "contradicts"
            status = "false" if entry.verdict == "true" else "unproven"
            reasons += [differing, f"the claim is rated {entry.verdict}: the sentence is {status}"]
        elif said.reasons:
            reasons += [*said.reasons, "the cues cancel out: the sentence agrees with the claim"]
    if entry.verdict == "unverified":  # not checked yet: no verdict to agree or disagree with
        status = "unverified"
        reasons.append("the claim-file entry is not verified yet")
    worthy = tuple(str(r) for r in claim.reasons) or (f"claim-file: matches '{entry.id}'",)
    return ClaimResult(
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        worthy,
        status,
        agreement,
        match.score,
        tuple(reasons),
        entry,
        _claimant_type(article.kb, entry),
    )


def _claimant_type(kb: KnowledgeBase, entry: Claim) -> str | None:
    """schema.org's type for the claimant: a Person the knowledge base knows, else Organization."""
    if not entry.claimant:
        return None
    people = [e for e in kb.find(entry.claimant) if e.kind == "person"]
    return "Person" if people else "Organization"


def _stance_view(
    article: Article, claim: DetectedClaim, match: Match
) -> tuple[str, int, int, Cues, list[tuple[int, int]]]:
    """Where to read negations: the article itself, or its translation for a language
    without cue lists."""
    lang = article.document.lang
    english = article.english.get(claim.sentence)
    if lang not in available_langs() and english:
        return english, 0, len(english), cues_for(ENGLISH), []
    return article.document.text, claim.start, claim.end, article.cues, match.anchors


def _differing_value(article: Article, claim: DetectedClaim, match: Match) -> str | None:
    entry = match.claim
    entry_cues = cues_for(entry.lang or ENGLISH)
    span = claim.text
    said_dates = find_dates(span, article.cues)
    claimed_dates = find_dates(entry.text, entry_cues)
    dates = differing_date(said_dates, claimed_dates)
    if dates:
        said, claimed = dates
        return (
            f"date differs: the sentence says '{span[said.start : said.end]}', "
            f"the claim says '{entry.text[claimed.start : claimed.end]}'"
        )
    numbers = differing_number(
        find_numbers(span, article.cues, said_dates), find_numbers(entry.text, entry_cues)
    )
    if numbers:
        n_said, n_claimed = numbers
        return (
            f"number differs: the sentence says '{span[n_said.start : n_said.end]}', "
            f"the claim says '{entry.text[n_claimed.start : n_claimed.end]}'"
        )
    return _differing_person(article, claim, match)


def _differing_person(article: Article, claim: DetectedClaim, match: Match) -> str | None:
    """A claim about a person that the sentence makes about someone else."""
    kb = article.kb
    people = [e for e in match.claim.entities if kb.entities[e].kind == "person"]
    if not people or any(p in match.mentioned for p in people):
        return None
    others = [
        kb.entities[e].name
        for e in sorted(match.mentioned)
        if kb.entities[e].kind == "person" and e not in people
    ]
    if not others:
        others = _unknown_names(article, claim, match)
    if not others:
        return None
    expected = ", ".join(kb.entities[p].name for p in people)
    return f"name differs: the sentence names {', '.join(others)}, the claim names {expected}"


def _unknown_names(article: Article, claim: DetectedClaim, match: Match) -> list[str]:
    """Multi-word names the knowledge base does not know and the entry does not use."""
    entry = match.claim
    text = article.document.text
    taken = [
        (m.start, m.end)
        for m in article.index.mentions(text, claim.start, claim.end, article.folded)
    ]
    taken += match.anchors
    entry_words = fold(" ".join([entry.text, *(k for ks in entry.keywords.values() for k in ks)]))
    names = []
    for s, e in named_spans(article.document.text, article.cues, claim.start, claim.end):
        name = article.document.text[s:e]
        if len(name.split()) < 2 or any(ts < e and s < te for ts, te in taken):
            continue
        if any(word in entry_words for word in fold(name).split()):
            continue
        names.append(name)
    return names
