"""Does a sentence report a rumour, rather than set the facts against it?

"Selon une rumeur, l'exécutif prépare l'interdiction des barbecues",
"des soldats français seraient déployés à Kiev", "posts claim that ...":
the sentence tells the rumour again, in other words. Weighed against a claim
not rated true, its words that differ from the claim's are a rewording, not
another agent, object or place (a correction). Three marks, from
``data/<lang>/contradiction.json``: a reporting verb or adverb ("affirment",
"allegedly"), a source marker before a rumour's source ("selon une rumeur",
"according to posts"), and, in French, the conditional of hearsay
("seraient", "contaminerait"). A debunk cue ("contrairement à ce
qu'affirment ...") outweighs them: the caller checks it first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.claims.cues import cues_for
from factcheck.claims.fold import LETTERS, fold
from factcheck.claims.model import ReasonKind
from factcheck.claims.score import Said
from factcheck.claims.stance import Polarity, relevant_clauses
from factcheck.core.langdata import lang_json

SOURCE_WINDOW = 2  # words between "selon" and the rumour's source ("selon des internautes")
SPEAKER_CLAUSE_WORDS = 8  # a last clause this short with a speech verb tells who says it


@dataclass(frozen=True)
class _Marks:
    reporting: frozenset[str]
    source: re.Pattern[str] | None
    endings: tuple[str, ...]
    not_conditional: frozenset[str]
    contrast: re.Pattern[str] | None = None  # ", mais", ", but": the rumour told, then countered
    telling: frozenset[str] = frozenset()  # "présente", "says": a rumour told, maybe to counter
    spread: re.Pattern[str] | None = None  # "virale", "social media": who spreads it
    speaker: re.Pattern[str] | None = None  # "selon", "according to" opening a clause
    spread_verb: re.Pattern[str] | None = None  # "partagée", "posted": unless an object follows
    objects: frozenset[str] = frozenset()  # "les", "a": the determiners that open an object


@cache
def _marks(lang: str) -> _Marks:
    data = lang_json(lang, "contradiction.json") or {}
    markers = [re.escape(fold(m)) for m in data.get("source_markers", [])]
    sources = [re.escape(fold(s)) for s in data.get("rumour_sources", [])]
    openers = [re.escape(fold(o)).replace(r"\ ", r"\s+") for o in data.get("source_openers", [])]
    alternatives = []
    if markers and sources:
        alternatives.append(
            rf"\b(?:{'|'.join(markers)})\s+(?:\w+['\s]+){{0,{SOURCE_WINDOW}}}?(?:{'|'.join(sources)})\b"
        )
    if openers:  # "à en croire ...": a source whatever it is
        alternatives.append(rf"(?<!\w)(?:{'|'.join(openers)})(?!\w)")
    source = re.compile("|".join(alternatives)) if alternatives else None
    conjunctions = [re.escape(fold(w)) for w in data.get("contrast_conjunctions", [])]
    contrast = re.compile(rf"[,;]\s*(?:{'|'.join(conjunctions)})\b") if conjunctions else None
    spread = _words(data.get("spread_markers", []))
    openers = [re.escape(fold(w)).replace(r"\ ", r"\s+") for w in data.get("speaker_openers", [])]
    speaker = re.compile(rf"\s*(?:{'|'.join(openers)})(?!\w)") if openers else None
    return _Marks(
        frozenset(fold(w) for w in data.get("reporting", [])),
        source,
        tuple(fold(e) for e in data.get("conditional_endings", [])),
        frozenset(fold(w) for w in data.get("not_conditional", [])),
        contrast,
        frozenset(fold(w) for key in ("reporting", "frames", "telling") for w in data.get(key, [])),
        spread,
        speaker,
        _words(data.get("spread_verbs", [])),
        frozenset(fold(w) for w in data.get("spread_objects", [])),
    )


def _words(words: list[str]) -> re.Pattern[str] | None:
    """One pattern for whole words and phrases of folded text, or None for none."""
    alternatives = [re.escape(fold(w)).replace(r"\ ", r"\s+") for w in words]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)") if alternatives else None


def _spreads(folded: str, start: int, end: int, marks: _Marks) -> bool:
    """``folded[start:end]`` tells how a rumour spreads: a mark of it ("virale", "social
    media"), or a verb of sharing with no object after it ("une publication partagée
    des milliers de fois", "widely shared"): "Tesco posted a record profit" and "a
    partagé les coûts" share nothing of a rumour."""
    if marks.spread is not None and marks.spread.search(folded, start, end):
        return True
    if marks.spread_verb is None:
        return False
    for verb in marks.spread_verb.finditer(folded, start, end):
        after = re.match(r"\s*([a-z]+(?:['’])?)", folded[verb.end() : end])
        if after is None or after.group(1) not in marks.objects:
            return True
    return False


def reports_rumour(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` reports what it says as hearsay."""
    marks = _marks(lang)
    folded = fold(text)
    if marks.source is not None and marks.source.search(folded, start, end):
        return True
    for m in LETTERS.finditer(folded, start, end):
        word = m.group()
        if word in marks.reporting:
            return True
        if (
            len(word) > 5
            and word not in marks.not_conditional
            and any(word.endswith(e) for e in marks.endings)
            and not _imperfect(text[m.start() : m.end()])
        ):
            return True
    return False


_CLAUSE_END = re.compile(r"[,;:.!?]")


def source_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` names the rumour as its source: "selon une idée reçue",
    "according to posts". A correction word there ("idée reçue", "myth") names what
    is told, it does not counter it."""
    return _sources(fold(text), start, end, _marks(lang))


def _sources(folded: str, start: int, end: int, marks: _Marks) -> list[tuple[int, int]]:
    if marks.source is None:
        return []
    return [m.span() for m in marks.source.finditer(folded, start, end)]


def _imperfect(word: str) -> bool:
    """ "suggérait", "considéraient": the imperfect of a verb in -érer, not a conditional."""
    return word.lower().endswith(("érait", "éraient"))


def retells(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` tells what it says as the rumour's: hearsay marks
    (:func:`reports_rumour`) or a clause of who says or spreads it
    (:func:`attribution_spans`)."""
    return reports_rumour(text, start, end, lang) or bool(attribution_spans(text, start, end, lang))


def attribution_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Where the sentence says whose rumour it tells: from a source marker or a
    reporting verb to the end of its clause (", selon une publication largement
    partagée sur Facebook", ", affirme cette vidéo", "a viral post claims").
    Those words tell who spreads the claim, not facts of the sentence's own."""
    marks = _marks(lang)
    folded = fold(text)
    found = _sources(folded, start, end, marks)
    found += [
        m.span() for m in LETTERS.finditer(folded, start, end) if m.group() in marks.reporting
    ]
    spans = []
    for at, stop in found:
        before = _CLAUSE_END.search(folded[start:at][::-1])
        clause_start = at - before.start() if before else start
        after = _CLAUSE_END.search(folded, at, end)
        clause_end = after.start() if after else end
        if _THAT.match(folded, stop):  # "des internautes affirment que ...": the claim follows
            clause_end = stop
        spans.append((clause_start, clause_end))
    return spans + _spread_clauses(folded, start, end, marks)


def speaker_clauses(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` that tell who says it, whoever that is: a first
    clause opening on "selon" / "according to" ("Selon un élu interrogé par un quotidien
    régional, ...") and a short last clause holding a speech verb (", a football news
    account reported"). Their words are nobody's facts: a rumour retold that way says
    no more than the rumour."""
    marks = _marks(lang)
    folded = fold(text)
    edges = _edge_clauses(folded, start, end, ",;")
    if edges is None:
        return []
    first, last = edges
    spans = []
    if marks.speaker is not None and marks.speaker.match(folded, *first):
        spans.append(first)
    words = [m.group() for m in LETTERS.finditer(folded, *last)]
    if len(words) <= SPEAKER_CLAUSE_WORDS and set(words) & cues_for(lang).speech_verbs:
        spans.append(last)
    return spans


def _spread_clauses(folded: str, start: int, end: int, marks: _Marks) -> list[tuple[int, int]]:
    """The first or last clause, set off by a comma, when it tells how the claim spreads
    (", met en garde une publication partagée des milliers de fois", "Selon un article
    partagé sur les réseaux sociaux, ...", ", a campaigner told followers in a widely
    shared post"): an attribution whatever its verb."""
    edges = _edge_clauses(folded, start, end, ",")
    if edges is None:
        return []
    return [(s, e) for s, e in edges if _spreads(folded, s, e, marks)]


def _edge_clauses(
    folded: str, start: int, end: int, separators: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first clause of ``folded[start:end]`` and its last, cut at ``separators``
    (the separators left out), or None when there is no separator."""
    cuts = [m.start() for m in _CLAUSE_END.finditer(folded, start, end) if m.group() in separators]
    if not cuts:
        return None
    return (start, cuts[0]), (cuts[-1] + 1, end)


_THAT = re.compile(r"\s+(?:que|qu'|qu’|that)\b")


def countered(said: Said) -> tuple[int, int] | None:
    """Where a sentence that tells a rumour turns against it: "La vidéo affirme
    qu'une ponction frappera les comptes, mais le ministère dément", "the post says
    a fee will apply, but ...". The sentence tells the rumour to correct it."""
    claim = said.claim
    marks = _marks(said.lang)
    if marks.contrast is None:
        return None
    folded = fold(said.text)
    told = [
        m.start()
        for m in LETTERS.finditer(folded, claim.start, claim.end)
        if m.group() in marks.telling
    ]
    told += [s for s, _ in attribution_spans(said.text, claim.start, claim.end, said.lang)]
    if not told:
        return None
    end = said.sentence_end if said.sentence_end is not None else claim.end
    found = marks.contrast.search(folded, min(told), max(end, claim.end))
    return found.span() if found else None


def turned_after(said: Said) -> tuple[int, int] | None:
    """Where the sentence turns against what the claim's clause says, in the clause
    right after it ("Kemi Badenoch's parents are Nigerian, | but she was born in a
    London hospital"): the clause before a contrast gives what is true of the rumour's
    names, the sentence's point comes after."""
    claim, end = said.claim, said.sentence_end
    marks = _marks(said.lang)
    if marks.contrast is None or end is None or end <= claim.end:
        return None
    folded = fold(said.text)
    start = claim.end
    while start > claim.start and folded[start - 1] in " ,;":
        start -= 1
    found = marks.contrast.match(folded, start, end)
    return found.span() if found else None


@cache
def _sources_named(lang: str) -> re.Pattern[str] | None:
    """The words that name a rumour's sources ("des internautes", "a viral post"); the
    marks of its spread are :func:`_spreads`'."""
    data = lang_json(lang, "contradiction.json") or {}
    return _words(data.get("rumour_sources", []))


def spreader_clause(text: str, spans: list[tuple[int, int]], lang: str) -> tuple[int, int] | None:
    """The first of a sentence's attribution ``spans`` (:func:`attribution_spans`) that
    gives what it says on the word of a rumour's spreaders ("affirment des internautes",
    "selon une publication partagée sur Facebook", "a viral post claims"), not on
    anyone's ("assure le ministère", which may well deny the rumour); or None."""
    pattern = _sources_named(lang)
    marks = _marks(lang)
    folded = fold(text)
    return next(
        (
            (s, e)
            for s, e in spans
            if (pattern is not None and pattern.search(folded, s, e))
            or _spreads(folded, s, e, marks)
        ),
        None,
    )


def denies_in_claim_clauses(said: Said, keys: frozenset[str], stance: Polarity) -> bool:
    """The sentence's polarity comes from negations alone (no refutation), each in a
    comma-separated clause holding one of the claim's words (``keys``): what they deny
    is the claim's matter ("les graines ne germent pas près d'une box"), not a comment
    on it (", une accusation qu'aucun contrôle n'a jamais confirmée"). A polarity with
    no cue to place (the claim's own negation, a privative "sans") is the matter's."""
    if any(kind is not ReasonKind.NEGATION for kind, _, _ in stance.cues):
        return False
    held = [(w.start, w.end) for w in said.features.words if w.key in keys]
    if not held:
        return not stance.cues
    claim = said.claim
    clauses = relevant_clauses(said.text, claim.start, claim.end, held)
    return all(any(s <= at < e for s, e in clauses) for _, at, _ in stance.cues)
