"""Matching the article's claims to the claim file, across languages, and judging them.

Each article claim (a check-worthy span, or a sentence the detector turned
down as description) is compared with the claim-file entries that share a
term with it (:mod:`factcheck.claims.index`), scored by
:mod:`factcheck.claims.score`. Then:

- an entry scoring :data:`MATCH_THRESHOLD` or more **matches**: the sentence
  says the entry's claim, or contradicts it; so does a rumour the sentence
  tells again with its source ("selon une publication virale, ...") from
  :data:`TOLD_COVERAGE` of it said;
- else an entry whose text the sentence states in part (a share of
  :data:`RELATED_COVERAGE` or more, in the entry's language) is **related**:
  the sentence is on the entry's topic without asserting its claim (status
  ``related``, with the entry's id; never FC301-FC303);
- else the claim is ``not_in_claim_file`` (with the closest entry).

A match is judged: negation and refutation cues
(:mod:`factcheck.claims.stance`), then the other kinds of contradiction
(:mod:`factcheck.claims.contradict`: antonym, modality, quantifier,
quantity, date, number, agent, object, place), kept only when the sentence
states enough of the entry (:data:`CONTRADICTION_COVERAGE`). Agreeing, the
article claim takes the entry's verdict. Negating a true or false entry
gives the opposite verdict (a true entry's, only when the sentence denies it by a
negation of its own or states enough of it); negating a misleading or unproven one gives
``true`` for an explicit debunk, else ``related`` (a denial of a doubtful
claim is no claim of the article's: never FC303). Any other contradiction
of a true entry makes the sentence false; of a false, misleading or
unproven entry, it is a correction: ``related``. A sentence holding several
entries' claims gets one result per entry; a sentence split into clauses
keeps each entry's best clause only.
"""

from __future__ import annotations

from factcheck.claims.contradict import correction_cue
from factcheck.claims.cues import available_langs, cues_for
from factcheck.claims.detect import DetectedClaim
from factcheck.claims.entities import EntityIndex
from factcheck.claims.features import Features, index_terms, keys_only_in, read_features
from factcheck.claims.fold import fold
from factcheck.claims.hearsay import (
    attribution_spans,
    countered,
    denies_in_claim_clauses,
    retells,
    spreader_clause,
    turned_after,
)
from factcheck.claims.index import ClaimIndex, claim_index
from factcheck.claims.model import (
    Agreement,
    ClaimResult,
    Contradiction,
    Reason,
    ReasonKind,
    Status,
)
from factcheck.claims.negated import (
    ending_denied,
    goes_on,
    negated_antonym,
    negation_elsewhere,
    no_longer,
    refuted_no_longer,
)
from factcheck.claims.opposed import (
    CONTRADICTION_COVERAGE,
    VALUE_KINDS,
    WORD_KINDS,
    cue_contradiction,
    other_contradiction,
)
from factcheck.claims.permission import same_prohibition
from factcheck.claims.persons import another_party
from factcheck.claims.results import not_covered, related, worthy
from factcheck.claims.score import MATCH_THRESHOLD, RUMOUR_VERDICTS, Match, Said, score
from factcheck.claims.side import Side
from factcheck.claims.stance import Polarity, cues_elsewhere, polarity
from factcheck.claims.topical import (
    earlier_event,
    novel_words,
    other_event,
    says_all_asserted,
    unsaid_words,
    without,
)
from factcheck.core.model import Translation
from factcheck.entities.kb.model import Claim, KnowledgeBase
from factcheck.text.document import Document
from factcheck.text.segment import sentence_spans

RELATED_COVERAGE = 0.25  # share of an entry's text said: the sentence is on its topic
RELATED_SHARED = 2  # ... and at least this many words or values shared
CLEARLY_BETTER = 0.2  # a match this much better than another is the sentence's claim
# a negation of words the claim does not say is about something else when the sentence
# says less than this share of the claim (tuned on the tune sets: 0.42 -> 0.5 took four
# compatible statements out of FC301 and one negative rewording out of recall)
ELSEWHERE_COVERAGE = 0.5
WHOLE_CLAIM = 0.9  # a sentence saying this share of a claim asserts it, whatever it adds
ENGLISH = "en"
OPPOSITE = {"true": Status.FALSE, "false": Status.TRUE}


def match_claims(
    document: Document,
    kb: KnowledgeBase,
    detected: list[DetectedClaim],
    translation: Translation | None = None,
    index: EntityIndex | None = None,
    statements: list[DetectedClaim] | None = None,
    claims: ClaimIndex | None = None,
) -> list[ClaimResult]:
    """One result per (article claim, matching entry), or one related / not covered.

    ``statements`` are sentences the detector turned down: they become claims
    only when a claim-file entry matches them (the claim file says they are
    worth checking)."""
    english = {s.index: s.text for s in translation.sentences} if translation else {}
    entities = index or EntityIndex(kb)
    claims = claims or claim_index(kb)
    annotated = [c for c in kb.claims.values() if c.entities or c.keywords]
    folded = fold(document.text)
    results: list[ClaimResult] = []
    best_in_sentence: dict[tuple[int, str], ClaimResult] = {}
    candidates = [(c, True) for c in detected] + [(s, False) for s in statements or []]
    ends = {s.index: s.end for s in document.sentences}  # once: an article may have 100,000
    for claim, checkworthy in candidates:
        said = _said(document, folded, claim, entities, english.get(claim.sentence), ends)
        scored = _scored(said, claims, annotated)
        matches = [m for m in scored if m.score >= MATCH_THRESHOLD]
        if not matches and scored and _told_rumour(said, scored[0]):
            matches = [scored[0]]
        if not matches:
            best = scored[0] if scored else None
            if best is not None and _is_related(best):
                results.append(related(said, best))
            elif checkworthy:
                results.append(not_covered(claim, best))
            continue
        matches = [m for m in matches if not any(_explains_more(o, m) for o in matches)]
        judged = _one_claim([judge(said, kb, match) for match in matches], said, matches)
        if any(r.status is not Status.RELATED for r in judged):
            # the sentence makes one entry's claim: other entries it touches add nothing
            judged = [r for r in judged if r.status is not Status.RELATED]
        for result in judged:
            key = (claim.sentence, result.claim_id or "")
            kept = best_in_sentence.get(key)
            if kept is None or result.score > kept.score:
                if kept is not None:
                    results.remove(kept)
                best_in_sentence[key] = result
                results.append(result)
    results.sort(key=lambda r: (r.start, r.end, -r.score, r.claim_id or ""))
    return results


EXPLAINS_MORE = 2  # items of the sentence an entry shares beyond another's, to outrank it


def _explains_more(better: Match, other: Match) -> bool:
    """``better`` shares with the sentence all that ``other`` does but one item, and at
    least :data:`EXPLAINS_MORE` more: the sentence says ``better``'s claim, and a short
    entry scoring high on a few of its words ("England", "every", "pupils", "September
    2026" of a claim on schools closing every Friday, against a sentence on Latin in
    every school) is only touched, whatever its score."""
    mine, theirs = set(better.shared), set(other.shared)
    return len(theirs - mine) <= 1 and len(mine) >= len(theirs) + EXPLAINS_MORE


def _one_claim(judged: list[ClaimResult], said: Said, matches: list[Match]) -> list[ClaimResult]:
    """A sentence makes the claim of the entry it matches best: another date or number
    than a lesser match's is another event ("Women's Euro 2025" against "Euro 2024"),
    and a match clearly lesser than the best is only related, not contradicted ("Non,
    la France ne compte pas 10 millions de fonctionnaires" says nothing of its
    population). When the best entry is only related (the sentence corrects it), a
    clearly lesser entry is related too: the sentence is about the best one's claim."""
    # on a tie, a refutation denies the rumour rather than a claim rated true
    best = max(judged, key=lambda r: (r.score, _refuted(r) and _rumour(r)))
    if best.status is Status.RELATED:
        # the sentence corrects the rumour it matches best: a lesser entry it seems to
        # contradict is only touched ("will circulate alongside those of King Charles III"
        # is no modality against his coronation)
        corrects = _rumour(best)
        return [
            related(said, match)
            if (corrects and result is not best and _corrected_too(result, best))
            or best.score - result.score >= CLEARLY_BETTER
            else result
            for result, match in zip(judged, matches, strict=True)
        ]
    return [
        related(said, match) if result is not best and _only_touched(result, best) else result
        for result, match in zip(judged, matches, strict=True)
    ]


TIE = 0.01  # scores this close are a tie: neither entry is the sentence's best


def _corrected_too(result: ClaimResult, best: ClaimResult) -> bool:
    """A lesser entry of a sentence that corrects the rumour it matches best, which the
    sentence only touches: one it seems to contradict, or another rumour it seems to
    repeat through the very facts it sets against the best one ("Jeter un mégot est
    puni d'une amende de 135 euros" corrects "... coûte 750 euros" and repeats no
    rumour on a 135-euro fine for driving in flip-flops)."""
    return result.agreement is Agreement.CONTRADICTS or _lesser_rumour(result, best)


def _lesser_rumour(result: ClaimResult, best: ClaimResult) -> bool:
    """A rumour's entry scoring below the best one by more than a :data:`TIE`."""
    return _rumour(result) and best.score - result.score > TIE


def _only_touched(result: ClaimResult, best: ClaimResult) -> bool:
    """A lesser entry than the sentence's best one, which the sentence only touches."""
    if _adds_nothing(result, best):
        return True
    if _states_the_truth(best) and _lesser_rumour(result, best):
        return True  # a sentence that states a true claim best repeats no lesser rumour
    return result.agreement is Agreement.CONTRADICTS and (
        best.score - result.score >= CLEARLY_BETTER
        or (
            best.agreement is Agreement.AGREES
            and result.contradiction is not None
            and result.contradiction.kind in VALUE_KINDS
        )
        # one refutation denies one claim: "Il est faux de dire qu'Emmanuel Macron peut
        # dissoudre le Sénat : ... que sur l'Assemblée nationale" denies the rumour it
        # matches best, not the true claim on dissolving the Assemblée
        or (_refuted(best) and _refuted(result))
    )


def _states_the_truth(result: ClaimResult) -> bool:
    """The sentence's best entry makes it true: it states a true claim, or denies a rumour
    ("peuvent voter" against "n'ont pas le droit de voter")."""
    return result.status is Status.TRUE


def _adds_nothing(result: ClaimResult, best: ClaimResult) -> bool:
    """A lesser entry the sentence seems to repeat, through words that are all the best
    entry's too: the sentence makes the best one's claim and only touches this one
    ("Tondre sa pelouse le dimanche est désormais interdit" is no claim on the Fête de
    la musique because both say "désormais interdit")."""
    if result.agreement is not Agreement.AGREES or result.score >= best.score:
        return False
    mine, theirs = _overlap(result), _overlap(best)
    return bool(mine) and mine <= theirs


def _overlap(result: ClaimResult) -> frozenset[str]:
    return frozenset(w for r in result.reasons if r.kind is ReasonKind.OVERLAP for w in r.words)


def _refuted(result: ClaimResult) -> bool:
    """Contradicted by the sentence's negation, refutation or debunk cue ("il est faux
    que", "ne retire pas")."""
    kinds = {r.kind for r in result.reasons}
    cues = {ReasonKind.NEGATION, ReasonKind.REFUTATION, ReasonKind.DEBUNK}
    return ReasonKind.OPPOSITE in kinds and bool(kinds & cues)


def _rumour(result: ClaimResult) -> bool:
    return result.claim is not None and result.claim.verdict in RUMOUR_VERDICTS


def _claim_part(said: Said, entry: Claim) -> tuple[int, int]:
    """The sentence of the entry's text the article sentence says best: a claim of two
    sentences ("Le gouvernement va supprimer les allocations. Les familles ne
    toucheront plus rien.") is negative only in its second, and the article's first
    sentence is compared with the claim's first."""
    spans = sentence_spans(entry.text)
    if len(spans) < 2:
        return 0, len(entry.text)
    mine = said.features.keys
    lang = entry.lang or ENGLISH
    return max(spans, key=lambda span: len(read_features(entry.text, lang, *span).keys & mine))


def _contrast_only(stance: Polarity) -> bool:
    """A contrast cue and no negation or refutation to cancel it: a debunk."""
    return bool(stance.reasons) and all(r.kind is ReasonKind.DEBUNK for r in stance.reasons)


def _said(
    document: Document,
    folded: str,
    claim: DetectedClaim,
    entities: EntityIndex,
    english: str | None,
    ends: dict[int, int],
) -> Said:
    text = document.text
    found = entities.mentions(text, claim.start, claim.end, folded)
    if english:
        found += entities.mentions(english)
    features = read_features(text, document.lang, claim.start, claim.end)
    english_features = read_features(english, ENGLISH) if english else None
    mentioned = {m.entity_id for m in found}
    attributions = attribution_spans(text, claim.start, claim.end, document.lang)
    spread = spreader_clause(text, attributions, document.lang)
    spreaders = keys_only_in(features, attributions) if spread else frozenset()
    return Said(
        claim,
        text,
        folded,
        document.lang,
        mentioned,
        features,
        english,
        english_features,
        ends.get(claim.sentence),
        spread,
        spreaders,
    )


def _scored(said: Said, claims: ClaimIndex, annotated: list[Claim]) -> list[Match]:
    terms = index_terms(said.claim.text, said.lang)
    if said.english:
        terms |= index_terms(said.english, ENGLISH)
    entries = {id(c): c for c in [*claims.candidates(terms), *annotated]}
    scored = [score(said, entry, claims.features(entry)) for entry in entries.values()]
    scored.sort(key=lambda m: (-m.score, m.claim.id))
    return scored


# a rumour retold with an attribution is matched from this share of it said (the
# text-match share; tuned on the tune sets: 0.30 let corrections that speak of the
# rumour through)
TOLD_COVERAGE = 0.36


def _told_rumour(said: Said, best: Match) -> bool:
    """A sentence on a rumour's topic that attributes what it says to the rumour's
    spreaders ("selon une publication virale, ...", "..., a viral post claims"), with no
    debunk: the rumour told again in other words, though it shares few of its words."""
    entry = best.claim
    if entry.verdict not in RUMOUR_VERDICTS or not _is_related(best):
        return False
    if best.coverage < TOLD_COVERAGE:
        return False
    claim = said.claim
    return retells(said.text, claim.start, claim.end, said.lang)


def _is_related(best: Match) -> bool:
    """On the entry's topic, read in the entry's own language (not through a translation)."""
    return (
        not best.translated
        and best.coverage >= RELATED_COVERAGE
        and len(best.shared) >= RELATED_SHARED
    )


def judge(said: Said, kb: KnowledgeBase, match: Match) -> ClaimResult:
    """The article claim's status given a matching entry: agreeing or contradicting."""
    entry, claim = match.claim, said.claim
    verdict = entry.verdict
    reasons = [
        *match.reasons,
        Reason(ReasonKind.SCORE, value=match.score, threshold=MATCH_THRESHOLD),
    ]
    text, start, end, cues_lang, anchors = _stance_view(said, match)
    stance = polarity(text, start, end, cues_for(cues_lang), anchors)
    part = _claim_part(said, entry)
    claimed = polarity(entry.text, *part, cues_for(entry.lang or ENGLISH))
    theirs = claim_index(kb).features(entry)
    if stance.negative and not claimed.negative and _denies_another(said, entry, theirs, stance):
        stance = Polarity(False, (), False)  # the denial is of the sentence's other claim
    if not stance.negative and (word := without(said, theirs, entry)):
        stance = Polarity(True, (*stance.reasons, Reason(ReasonKind.NEGATION, (word,))), False)
    agreeing = (
        same_prohibition(said, entry, stance, claimed)
        or negated_antonym(said, entry, theirs, stance, claimed)
        or no_longer(said, entry, stance, claimed)
    )
    if refuted_no_longer(said, entry, stance, claimed):
        # "il est faux que les collégiens ne recevront plus de notes": the ending refuted
        stance = Polarity(True, stance.reasons, True, stance.cues)
    if ending_denied(said, entry, stance, claimed):
        # "ne sera pas retirée" against "ne serviront plus": an ending denied, one claimed
        stance = Polarity(False, stance.reasons, False, stance.cues)
    if agreeing:
        # "no longer be allowed" says "banned", "ne seront plus valables" says "retirés":
        # the negation of the opposite is the claim itself
        stance = Polarity(claimed.negative, (*stance.reasons, Reason(ReasonKind.CANCEL)), False)
    if claimed.negative and stance.debunk and stance.negative:
        # "Non, les cantines ne vont pas arrêter la viande" against "les cantines ne
        # serviront plus de viande": a debunk of a negative claim denies it, whatever
        # negation it needs to say so
        stance = Polarity(False, stance.reasons, True, stance.cues)
    # the rumour told again on its spreaders' word, with no debunk: what it says is the
    # rumour's, though worded against the claim ("les graines ne germent pas près d'une
    # box Wi-Fi, assure une publication virale" for "les ondes empêchent de germer")
    spread = said.spread
    told = (
        Reason(ReasonKind.RETOLD, (said.text[spread[0] : spread[1]].strip(),))
        if spread is not None and verdict != "true" and not stance.debunk
        else None
    )
    if (
        told is not None
        and stance.negative != claimed.negative
        and denies_in_claim_clauses(said, theirs.keys, stance)
    ):
        reasons += [*stance.reasons, told]
        stance = Polarity(claimed.negative, (), False, ())
    status, agreement = Status(verdict), Agreement.AGREES
    found: Contradiction | None = None
    # the sentence says all of the claim, or all it asserts of its names, and more
    whole = match.coverage >= WHOLE_CLAIM or says_all_asserted(said, entry, theirs)
    if (unsaid := unsaid_words(said, entry, theirs)) is not None:
        status, agreement = Status.RELATED, Agreement.NONE  # the same names, not the claim
        reasons.append(Reason(ReasonKind.UNSAID, unsaid, verdict=verdict))
    elif (others := other_event(said, entry, theirs)) is not None:
        status, agreement = Status.RELATED, Agreement.NONE  # another museum's, another year's
        reasons.append(Reason(ReasonKind.OTHER_EVENT, others, verdict=verdict))
    elif match.coverage < ELSEWHERE_COVERAGE and negation_elsewhere(
        said, entry, theirs, stance, claimed
    ):
        # "Anne Hidalgo a dirigé la mairie de Paris" against "... ne se représenterait
        # pas à la mairie de Paris": a negation of words the other side does not say,
        # with too little of the claim said to be its opposite
        status, agreement = Status.RELATED, Agreement.NONE
    elif stance.negative != claimed.negative and _weak_opposite(match, stance):
        # "La Commission a démenti vouloir créer un impôt sur le revenu" denies a plan,
        # not that income tax is withheld at source
        status, agreement = Status.RELATED, Agreement.NONE
        reasons += [
            *stance.reasons,
            Reason(ReasonKind.RELATED, value=match.coverage, claim_id=entry.id),
        ]
    elif stance.negative != claimed.negative:
        agreement = Agreement.CONTRADICTS
        reasons += stance.reasons
        status = OPPOSITE.get(verdict, Status.TRUE if stance.debunk else Status.RELATED)
        found = cue_contradiction(said, stance, text, entry)
        reasons.append(Reason(ReasonKind.OPPOSITE, verdict=verdict, status=status))
    else:
        found = other_contradiction(said, kb, match, stance.debunk)
        if told is not None and found is not None and found.kind not in VALUE_KINDS:
            found = None  # "sont redevenus payants, selon une rumeur" for "a mis fin à la gratuité"
            reasons.append(told)
        if found is not None and agreeing and found.kind in WORD_KINDS:
            found = None  # "allowed" against "banned", "aucune" against "toutes": the ban again
        if found is not None:
            agreement = Agreement.CONTRADICTS
            reasons.append(Reason(ReasonKind.CONTRADICTION, contradiction=found))
            status = Status.FALSE if verdict == "true" else Status.RELATED
            reasons.append(Reason(ReasonKind.DIFFERS, verdict=verdict, status=status))
        elif (earlier := earlier_event(said, entry, theirs)) is not None:
            status = Status.RELATED  # the 1887 earthquake against a forecast one
            reasons.append(Reason(ReasonKind.CORRECTION, (earlier,)))
        elif (going := goes_on(said, entry, stance, claimed)) is not None:
            status = Status.RELATED  # "continuera d'être vendu" against "sera interdit"
            reasons.append(Reason(ReasonKind.CORRECTION, (going,)))
        elif (person := another_party(said, entry, theirs)) is not None:
            status = Status.RELATED  # "présidé par Jordan Bardella" against "Marine Le Pen"
            reasons.append(Reason(ReasonKind.CORRECTION, (person,)))
        elif verdict != "true" and spread is None and (cue := turned_after(said)) is not None:
            status = Status.RELATED  # "... are Nigerian, but she was born in London"
            reasons.append(Reason(ReasonKind.CORRECTION, (said.text[cue[0] : cue[1]],)))
        elif verdict != "true" and (cue := countered(said)) is not None:
            status = Status.RELATED  # "la vidéo affirme que ..., mais le ministère dément"
            reasons.append(Reason(ReasonKind.CORRECTION, (said.text[cue[0] : cue[1]],)))
        elif (cue := _correction(said, entry)) is not None:
            status = Status.RELATED
            reasons.append(Reason(ReasonKind.CORRECTION, (said.text[cue[0] : cue[1]],)))
        elif not whole and (novel := novel_words(said, entry, theirs)):
            status = Status.RELATED
            reasons.append(Reason(ReasonKind.ELSEWHERE, novel, verdict=verdict))
        elif verdict != "true" and _contrast_only(stance):
            status = Status.RELATED  # "contrary to what posts claim, the sign was undamaged"
            reasons += stance.reasons
        elif stance.reasons:
            reasons += [*stance.reasons, Reason(ReasonKind.CANCEL)]
    if verdict == "unverified":  # not checked yet: no verdict to agree or disagree with
        status, agreement, found = Status.UNVERIFIED, Agreement.NONE, None
        reasons.append(Reason(ReasonKind.UNVERIFIED))
    return ClaimResult(
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        worthy(claim, entry),
        status,
        agreement,
        match.score,
        tuple(reasons),
        entry,
        _claimant_type(kb, entry),
        found,
    )


def _weak_opposite(match: Match, stance: Polarity) -> bool:
    """A difference of polarity with a true entry that no negation of the sentence's own
    makes (a refutation cue, or the entry's negation left unsaid), from a sentence that
    states too little of the entry (:data:`CONTRADICTION_COVERAGE`) to contradict it,
    as every other kind of contradiction needs."""
    return (
        match.claim.verdict == "true"
        and match.coverage < CONTRADICTION_COVERAGE
        and not any(r.kind is ReasonKind.NEGATION for r in stance.reasons)
    )


def _denies_another(said: Said, entry: Claim, theirs: Features, stance: Polarity) -> bool:
    """The sentence's negations and refutations sit in a part of it that says little of
    the entry (:func:`factcheck.claims.stance.cues_elsewhere`), read in its language."""
    if (entry.lang or ENGLISH) != said.lang or said.lang not in available_langs():
        return False
    keys, values = theirs.keys, theirs.values
    words = [(w.start, w.end) for w in said.features.words if w.key in keys]
    words += [(n.start, n.end) for n in said.features.numbers if n.value in values]
    claim = said.claim
    whole = entry.verdict != "true"  # a rumour's refutation may reword it before the facts
    return cues_elsewhere(said.text, claim.start, claim.end, stance, words, whole)


def _correction(said: Said, entry: Claim) -> tuple[int, int] | None:
    """A correction cue, for an entry not rated true in the sentence's language."""
    if entry.verdict == "true" or (entry.lang or ENGLISH) != said.lang:
        return None
    claim = said.claim
    return correction_cue(
        Side(said.text, claim.start, claim.end, said.lang, said.features),
        entry.text,
        retells(said.text, claim.start, claim.end, said.lang),
    )


def _claimant_type(kb: KnowledgeBase, entry: Claim) -> str | None:
    """schema.org's type for the claimant: a Person the knowledge base knows, else Organization."""
    if not entry.claimant:
        return None
    people = [e for e in kb.find(entry.claimant) if e.kind == "person"]
    return "Person" if people else "Organization"


def _stance_view(said: Said, match: Match) -> tuple[str, int, int, str, list[tuple[int, int]]]:
    """Where to read negations: the article itself, or its translation for a language
    without cue lists."""
    if said.lang not in available_langs() and said.english:
        return said.english, 0, len(said.english), ENGLISH, []
    return said.text, said.claim.start, said.claim.end, said.lang, match.anchors
