"""How a sentence that matches a claim contradicts it, beyond negation.

The kinds (issue 10, point 3), tried in this order on a sentence that
covers most of its claim: an antonym or a reversal ("a perdu" for "a
remporté", "annulée"), modality ("pourrait", "envisage", "may" for a done
fact), a quantifier of another class ("une minorité" for "la majorité"), a
bounded quantity ("moins d'un tiers"), another date, another number, and
another agent, object or place: one run of new words where the claim has
one run of other words, the rest being the same. The word lists are data
(``data/<lang>/contradiction.json``, with their source); words are compared
by their matching key (:func:`factcheck.claims.features.word_key`), so one
form of a word family covers the others.

Every contradiction quotes both sides: the sentence's words and the claim's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from factcheck.claims.comparison import Relation, exceeded, relation
from factcheck.claims.cues import cues_for
from factcheck.claims.deontic import other_deontic
from factcheck.claims.durations import differing_duration, span_reworded
from factcheck.claims.exclusive import other_member
from factcheck.claims.features import lang_key, whole_word, word_key
from factcheck.claims.fold import LETTERS, ends_with_words, find_phrases, fold, whole_words
from factcheck.claims.hearsay import source_spans
from factcheck.claims.lexicon import Lexicon, lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.places import other_country
from factcheck.claims.roles import temporal
from factcheck.claims.side import Side, quoted
from factcheck.claims.substitution import substitution
from factcheck.claims.swap import names, swapped
from factcheck.claims.value_diff import (
    Spans,
    change_undone,
    differing_date,
    differing_number,
    differing_share,
    hedge_phrases,
    share,
)

# share of a true claim's words besides its names a sentence must say for its other date
# to contradict the claim's (tuned on the tune sets: 0.6 lost more contradictions)
DATE_PREDICATE = 0.5
SUBSTITUTION_COVERAGE = 0.5  # a new agent/object/place needs the rest of the claim said
NUMBER_AFTER = 12  # characters from a bounding word ("au-dessus de") to its number
_THAT = re.compile(r"\s+(?:que|qu['’]|that)\b", re.IGNORECASE)
STEP_ANCHOR = 3  # content words after "trois mois après" where the claim's event is named
RANKED_WORDS = 2  # content words after a rank: what it ranks ("troisième | plus grand pays")
BEARING_WORDS = 3  # words after a quantity word where its number or the claim's word is


def find_contradiction(
    said: Side, claim: Side, coverage: float, *, correction: bool = False
) -> Contradiction | None:
    """The first kind of contradiction found between the sentence and the claim, or None.

    ``correction``: the claim is not rated true, and what is sought is a sentence
    giving other facts. A rumour hedged ("aurait", "may") or generalised ("tous")
    is still the rumour: modality does not count, nor a quantifier the claim lacks.
    An earlier event ("avait", "already") is another event than a true claim's,
    not its contradiction; a rumour's, told with other facts, is still corrected.
    """
    if not correction and said.lang == claim.lang and _background(said, claim):
        return None
    if said.lang == claim.lang:
        found = _in_words(said, claim, correction)
        if found is None and correction:
            found = other_deontic(said, claim)  # "peuvent se faire vacciner": no obligation
        if found is not None:
            return found
        swap = swapped(
            (said.text, said.start, said.end), (claim.text, claim.start, claim.end), said.lang
        )
        if swap is not None:
            (_, s, e), (_, cs, ce) = swap
            return quoted(ContradictionKind.AGENT, said, claim, s, e, cs, ce)
    dates = differing_date(said.features.dates, claim.features.dates, years=correction)
    if (
        dates is not None
        and not _another_step(said, claim)
        and (correction or _predicate_said(said, claim))
    ):
        return quoted(ContradictionKind.DATE, said, claim, *dates)
    numbers = differing_number(said, claim, correction)
    if numbers is None and said.lang == claim.lang:
        numbers = differing_share(said, claim)
    if numbers is None and correction:
        numbers = change_undone(said, claim)  # "compte toujours 348" for "de 348 à 250"
    if numbers is not None:
        return quoted(ContradictionKind.NUMBER, said, claim, *numbers)
    if correction or _predicate_said(said, claim):
        duration = differing_duration(said, claim)  # "deux mois" for "un an"
        if duration is not None:
            return duration
    if said.lang == claim.lang and coverage >= SUBSTITUTION_COVERAGE:
        other = other_member(said, claim)  # "a diesel car" for "an electric car"
        if other is None and correction:
            other = other_country(said, claim)  # "la Californie interdit" for "la France"
        if other is not None:
            return other
        found = substitution(said, claim, correction=correction)
        return None if found is not None and span_reworded(said, claim, found) else found
    return None


def _predicate_said(said: Side, claim: Side) -> bool:
    """The sentence says most of what a claim says of its names: only then is its
    other date the claim's event misdated. "a prêté serment en mai" for "a été élu en
    avril" tells another step with its own date."""
    if said.lang != claim.lang:
        return True  # a claim in another language is weighed through dates and names
    named = {
        lang_key(word, claim.lang)
        for name, _, _ in names(claim.text, claim.start, claim.end, claim.lang)
        for word in re.findall(r"\w+", name)
    }
    asserted = claim.features.keys - named
    if not asserted:
        return True
    return len(asserted & said.features.keys) >= DATE_PREDICATE * len(asserted)


def _another_step(said: Side, claim: Side) -> bool:
    """The sentence dates a later or earlier step from the claim's own event: a
    duration, "après" / "after", then words of the claim ("le 7 mars 2025, trois
    mois après le vote du comité"). Its date is that step's, not a contradiction
    of the claim's; "deux ans après le début des négociations" dates nothing of it.
    So does a day set by the claim's event ("au lendemain du scrutin")."""
    lex = lexicon(said.lang)
    if not lex.steps and not lex.day_steps:
        return False
    folded = fold(said.text)
    content = said.features.keys
    words = said.words()
    for i, (key, _, end) in enumerate(words):
        if key not in lex.time_nouns:  # "jours", "mois", "years"
            continue
        rest = folded[end : said.end].lstrip()
        step = next((s for s in lex.steps if re.match(rf"{re.escape(s)}\b", rest)), None)
        if step is None:
            continue
        after = end + (len(folded[end : said.end]) - len(rest)) + len(step)
        anchor = [k for k, s, _ in words[i + 1 :] if s >= after and k in content]
        if set(anchor[:STEP_ANCHOR]) & claim.features.keys:
            return True
    # "au lendemain du scrutin", "on the eve of the vote": a day set by the claim's event
    for _, _, after in find_phrases(folded, lex.day_steps, said.start, said.end):
        anchor = [k for k, s, _ in words if s >= after and k in content]
        if set(anchor[:STEP_ANCHOR]) & claim.features.keys:
            return True
    return False


def _background(said: Side, claim: Side) -> bool:
    """The sentence tells of an earlier event ("avait relevé", "had already declared")
    or of the event again ("a de nouveau été condamné", "once again")."""
    lex = lexicon(said.lang)
    claim_keys = {k for k, _, _ in claim.words()}
    if any(k in lex.background and k not in claim_keys for k, _, _ in said.words()):
        return True
    if _pluperfect(lex, said.text[said.start : said.end]) and not _pluperfect(lex, claim.text):
        return True  # "le procès s'était tenu en septembre"
    again = find_phrases(fold(said.text), lex.repetition, said.start, said.end)
    if any(not find_phrases(fold(claim.text), [phrase]) for phrase, _, _ in again):
        return True
    return _before_claim(lex, said, claim)


UNTIL_REACH = 40  # characters before a date where its "avant" is sought
UNTIL_GAP = 3  # words between "avant" and its date ("avant | la finale du | 27 juillet")


def _before_claim(lex: Lexicon, said: Side, claim: Side) -> bool:
    """The sentence tells of a period ending no later than the claim's earliest year
    ("Avant la rentrée 2019, ..." beside "... depuis la rentrée 2019"): the state before
    the claim's event, not against it."""
    years = [d.year for d in claim.features.dates if d.year]
    if not lex.until or not years or said.negated():
        return False  # "n'a jamais pu être demandée, ... abandonné avant le 16 janvier": denied
    folded = fold(said.text)
    phrases = [LETTERS.findall(w) for w in lex.until]
    for date in said.features.dates:
        if date.year is None or date.year > min(years):
            continue
        before = LETTERS.findall(folded, max(said.start, date.start - UNTIL_REACH), date.start)
        for gap in range(UNTIL_GAP + 1):
            head = before[: len(before) - gap]
            if any(p and head[-len(p) :] == p for p in phrases):
                return True
    return False


PARTICIPLE_MIN = 3  # letters of a past participle after "était" ("tenu", "resté")


def _pluperfect(lex: Lexicon, text: str) -> bool:
    """An auxiliary of the pluperfect right before a past participle ("s'était tenu",
    "était resté fixé"): the sentence tells an earlier event."""
    words = LETTERS.findall(text.lower())
    for i, word in enumerate(words):
        if word not in lex.pluperfect or set(words[max(0, i - 2) : i]) & lex.relatives:
            continue  # "qui était poursuivi": a clause on someone, not the sentence's event
        after = words[i + 1 : i + 3]
        if after and after[0] in lex.pluperfect_adverbs:
            after = after[1:]  # "n'était pas encore", "était déjà"
        if after and len(after[0]) >= PARTICIPLE_MIN and after[0].endswith(lex.participle_endings):
            return True
    return False


def _in_words(said: Side, claim: Side, correction: bool) -> Contradiction | None:
    """Antonym, modality, quantifier, quantity: the kinds read in one language's words."""
    lex = lexicon(said.lang)
    claim_lex = lexicon(claim.lang)
    said_words, claim_words = said.words(), claim.words()
    said_keys = {k for k, _, _ in said_words}
    claim_keys = {k for k, _, _ in claim_words}
    asserting = cues_for(said.lang).pattern("not_negation")  # "seuls huit pays ont fait mieux"
    plain = [w for w in said_words if not asserting.match(said.text, w[1], said.end)]
    timeless = not claim_keys & claim_lex.durations
    counted = _quantifier_words(lex, said, plain, restricting=True, timeless=timeless)
    compared = relation(said, claim)
    if compared is not None and compared[0] is Relation.REVERSED:
        _, mine, theirs = compared  # "humans emit more than volcanoes" against the converse
        return quoted(ContradictionKind.QUANTITY, said, claim, *mine.word, *theirs.word)
    over = exceeded(said, claim)  # "plus riches en fer que les épinards" for "le plus riche"
    if over is not None:
        mine_more, their_most = over
        return quoted(ContradictionKind.QUANTITY, said, claim, *mine_more.word, *their_most.word)
    converse = compared is not None  # "la France consomme moins que le bitcoin": the claim
    for kind, found in (
        (ContradictionKind.ANTONYM, _antonym(lex, said, claim, claim_keys, said_keys)),
        (
            ContradictionKind.MODALITY,
            None
            if correction
            else _cue(lex.modality | claim_lex.modality, _modal_words(lex, said), claim_keys),
        ),
        (
            ContradictionKind.QUANTIFIER,
            _quantifier(
                lex,
                claim_lex,
                counted,
                _quantifier_words(claim_lex, claim, claim_words, said_values=said.features.values),
                explicit=correction,
                bearing=_bearing(frozenset(lex.quantifiers), said, counted, claim.features.keys),
            ),
        ),
        (
            ContradictionKind.QUANTITY,
            _cue(
                lex.quantity | claim_lex.quantity,
                _bearing(
                    lex.quantity | claim_lex.quantity,
                    said,
                    _bounding(lex, said, _whole_quantities(lex, said, plain, timeless), claim),
                    claim.features.keys,
                ),
                claim_keys,
            ),
        ),
        (ContradictionKind.QUANTITY, _rank(lex, claim_lex, said, claim)),
        (ContradictionKind.NUMBER, share(claim_lex.quantifiers, said, claim, claim_words)),
    ):
        if converse and kind in (ContradictionKind.QUANTITY, ContradictionKind.ANTONYM):
            continue
        if found is not None:
            return quoted(kind, said, claim, *found)
    return None


def _modal_words(lex: Lexicon, side: Side) -> list[tuple[str, int, int]]:
    """The words but those of a phrase where a modality word plans nothing ("la loi
    prévoit que ...": it stipulates what it holds)."""
    spans = find_phrases(fold(side.text), lex.not_modality, side.start, side.end)
    return [w for w in side.words() if not any(s <= w[1] < e for _, s, e in spans)]


def _quantifier_words(
    lex: Lexicon,
    side: Side,
    words: list[tuple[str, int, int]],
    *,
    restricting: bool = False,
    said_values: frozenset[Decimal] | None = None,
    timeless: bool = False,
) -> list[tuple[str, int, int]]:
    """The words but those of a phrase where a quantifier word tells no quantity
    ("en tout ou partie", "pas du tout", "at all"); with ``restricting``, a
    restrictive word right before a number too: in the sentence, "seulement 22
    victoires" is a count, not a quantifier against the claim's "à l'unanimité".
    In the claim, such a word is dropped when the sentence says its number
    (``said_values``): "après seulement deux ans" is the sentence's "deux ans
    après", not a quantifier against its "entièrement démonté". When the claim is
    ``timeless`` (it states no duration), a quantifier right before a unit of time
    tells how long ("pendant plusieurs minutes"), not how many of the claim's things
    ("l'éclipse totale")."""
    spans = find_phrases(fold(side.text), lex.not_quantifiers, side.start, side.end)
    numbers = [
        n.start
        for n in side.features.numbers
        if restricting or (said_values is not None and n.value in said_values)
    ]
    return [
        w
        for i, w in enumerate(words)
        if not any(s <= w[1] < e for _, s, e in spans)
        # "pendant plusieurs minutes", against a claim that states no duration
        and not (timeless and w[0] in lex.quantifiers and _before_duration(lex, words, i, 1))
        # "seulement 22 victoires", "quelque 15 000 morts": the number tells the quantity
        and not (
            lex.quantifiers.get(w[0]) in ("few", "some")
            and any(0 <= n - w[2] <= 2 for n in numbers)
        )
        # "poignardé" shares its key with "poignée": the word itself must be listed
        and (
            w[0] not in lex.quantifiers
            or whole_word(fold(side.text[w[1] : w[2]])) in lex.quantifier_words
        )
    ]


def _antonym(
    lex: Lexicon,
    said: Side,
    claim: Side,
    claim_keys: set[str],
    said_keys: set[str],
) -> Spans | None:
    """A word of the sentence on the other side of an antonym pair from one of the
    claim's. Both words must be listed whole, not merely share a key: "à partir de"
    is not "partiellement", and a speech verb reporting a clause ("a annoncé qu'elle
    ...") starts no event ("declared an emergency" does)."""
    claim_lex = lexicon(claim.lang)
    speech = _speech_words(claim.lang)
    claimed = [
        (k, cs, ce)
        for k, cs, ce in claim.words()
        if _listed(claim_lex, claim.text, cs, ce)
        and not (whole_word(fold(claim.text[cs:ce])) in speech and _THAT.match(claim.text, ce))
    ]
    # "will lose", "supprimé" ("prison ferme" is no "fermé")
    ending = bool(set(LETTERS.findall(claim.text.lower())) & claim_lex.cessation_accented)
    for key, s, e in said.words():
        if key in lex.frames:  # "affirment" reports the claim: no predicate of its own
            continue
        if key in lex.reversals and not claim_keys & lex.reversals:
            # "a renoncé au projet" for "l'abandon du projet": the claim undoes it too
            if ending and fold(said.text[s:e]) in lex.cessation and not _ends_ending(lex, said, e):
                continue  # "are being scrapped" for "will lose": the same ending
            if _undoes_other(said, e, claim_keys):
                continue  # "ont refusé de gouverner avec l'AfD": another act undone
            return s, e, 0, 0
        if not _listed(lex, said.text, s, e):
            continue
        if _ended(lex, said.text, s):
            continue  # "va cesser d'ouvrir" for "va fermer": the opposite, ended
        word = whole_word(fold(said.text[s:e]))
        for (a, b), (whole_a, whole_b) in zip(lex.antonyms, lex.antonym_sides, strict=True):
            for mine, other, listed in ((a, b, whole_a), (b, a, whole_b)):
                if key not in mine or word not in listed or claim_keys & mine:
                    continue
                sides = [(cs, ce) for k, cs, ce in claimed if k in other]
                if sides and not said_keys & other:
                    return s, e, *sides[0]
    return None


ENDING_OBJECT = 4  # words after an undoing word where the ending it undoes is sought


def _ends_ending(lex: Lexicon, said: Side, end: int) -> bool:
    """The undoing word undoes an ending ("a annulé en 2016 l'interdiction", "lifted the
    ban"): what was ended holds again, the opposite of a claimed ending."""
    after = LETTERS.findall(fold(said.text), end, said.end)[:ENDING_OBJECT]
    return any(w in lex.cessation or w in lex.prohibition for w in after)


_INFINITIVE_AFTER = re.compile(
    r"\s+(?:(?:de|d['’]|à)\s*([^\W\d_]+(?:er|ir|re|oir))|to\s+([^\W\d_]+))\b", re.IGNORECASE
)


def _undoes_other(said: Side, end: int, claim_keys: set[str]) -> bool:
    """The reversal word governs a verb the claim does not say: "ont refusé de gouverner
    avec l'AfD" undoes no claim that the AfD came second, "refused to comment" none."""
    m = _INFINITIVE_AFTER.match(said.text, end, said.end)
    verb = m and (m.group(1) or m.group(2))
    return bool(verb) and lang_key(fold(verb), said.lang) not in claim_keys


ENDED_BEFORE = 14  # characters before a word where "cesser de" / "stop" ends it


def _ended(lex: Lexicon, text: str, start: int) -> bool:
    """The word is the complement of a verb that ends it ("cesser d'ouvrir", "stop
    opening", "cease to open"); not a word beside one ("fermera partiellement")."""
    before = LETTERS.findall(fold(text[max(0, start - ENDED_BEFORE) : start]))
    if len(before) >= 2 and before[-1] in ("de", "d", "to") and before[-2] in lex.cessation:
        return True
    gerund = fold(text[start : start + 30]).split(" ")[0].endswith("ing")
    return bool(before) and gerund and before[-1] in lex.cessation


@cache
def _speech_words(lang: str) -> frozenset[str]:
    """The language's speech verbs, whole ("annoncé", "declared"); read once."""
    return frozenset(whole_word(w) for w in cues_for(lang).speech_verbs)


def _listed(lex: Lexicon, text: str, start: int, end: int) -> bool:
    return whole_word(fold(text[start:end])) in lex.antonym_words


def _rank(lex: Lexicon, claim_lex: Lexicon, said: Side, claim: Side) -> Spans | None:
    """Another rank than the claim's ("le troisième pays" for "le premier pays")."""
    mine = _ranks(lex.ranks, said)
    theirs = _ranks(claim_lex.ranks, claim)
    if (
        not mine
        or not theirs
        or {word_key(w) for w, _, _ in mine} & {word_key(w) for w, _, _ in theirs}
    ):
        return None  # "une première mondiale" for "le premier pays": one rank
    for _, start, end in mine:
        ranked = _ranked(said, end)
        for _, claim_start, claim_end in theirs:
            if ranked & _ranked(claim, claim_end):  # "troisième | pays" for "premier | pays"
                return start, end, claim_start, claim_end
    return None  # "deuxième personnage de l'État" ranks another thing than "premier président"


def _ranked(side: Side, end: int) -> set[str]:
    """The keys of the content words a rank ranks: the few after it."""
    keys = side.features.keys
    after = [k for k, s, _ in side.words() if s >= end and k in keys]
    return set(after[:RANKED_WORDS])


def _ranks(ranks: frozenset[str], side: Side) -> list[tuple[str, int, int]]:
    folded = fold(side.text)
    return [
        (m.group(), m.start(), m.end())
        for m in LETTERS.finditer(folded, side.start, side.end)
        if m.group() in ranks
    ]


DURATION_AFTER = 3  # words between a quantity word and the unit of time it bounds


def _before_duration(lex: Lexicon, words: list[tuple[str, int, int]], i: int, reach: int) -> bool:
    """A unit of time ("minutes", "mois") among the ``reach`` words after ``words[i]``:
    the word tells how long, not how many or how much."""
    return any(k in lex.durations for k, _, _ in words[i + 1 : i + 1 + reach])


def _whole_quantities(
    lex: Lexicon, said: Side, words: list[tuple[str, int, int]], timeless: bool = False
) -> list[tuple[str, int, int]]:
    """The words, but those that share a quantity word's key without being it:
    "quartiers" is no "quart", "entièrement" no "entier", "quelqu'un" (elided) no
    "quelques". Against a ``timeless`` claim (it states no duration), a quantity word
    bounding a unit of time tells how long ("moins d'un mois après"), not how much."""
    folded = fold(said.text)
    idioms = find_phrases(folded, lex.not_quantifiers, said.start, said.end)
    return [
        (k, s, e)
        for i, (k, s, e) in enumerate(words)
        if k not in lex.quantity
        or (
            not any(ps <= s < pe for _, ps, pe in idioms)  # "à lui seul": no quantity
            and whole_word(folded[s:e]) in lex.quantity_words
            and folded[e : e + 1] not in ("'", "’")
            and not (timeless and _before_duration(lex, words, i, DURATION_AFTER))
        )
    ]


def _bounding(
    lex: Lexicon, said: Side, words: list[tuple[str, int, int]], claim: Side | None = None
) -> list[tuple[str, int, int]]:
    """The words, but those that bound a quantity only before a number ("au-dessus de
    1,5 °C", not "au-dessus de la Bretagne") when no number follows them, and those of
    a lower bound the claim's number meets ("at least £15" for "£15")."""
    starts = [n.start for n in said.features.numbers]
    folded = fold(said.text)
    hedges = [(s, e) for _, s, e in find_phrases(folded, lex.approximate, said.start, said.end)]
    met = _met_bounds(lex, said, folded, claim) if claim is not None else []
    return [
        (k, s, e)
        for i, (k, s, e) in enumerate(words)
        if not any(ms <= s < me for ms, me in met)
        and (k not in lex.before_number or any(0 <= n - e <= NUMBER_AFTER for n in starts))
        and not _comparing(lex, folded, s, e, starts)  # "moins intelligents"
        and not _minus(lex, folded, s, e, starts)  # "moins 20 degrés": -20
        and not temporal(lex.time_nouns, words, i)  # "l'an dernier", "last year"
        and not _hedge(s, hedges, starts)  # "quelque 16 000 hectares": the number decides
    ]


def _met_bounds(lex: Lexicon, said: Side, folded: str, claim: Side) -> list[tuple[int, int]]:
    """The lower-bound phrases ("at least", "plus de") whose number the claim's meets."""
    claimed = [n.value for n in claim.features.numbers]
    found = []
    for _, s, e in find_phrases(folded, hedge_phrases(said.lang)[1], said.start, said.end):
        after = [n for n in said.features.numbers if 0 <= n.start - e <= NUMBER_AFTER]
        if after and any(after[0].value <= c for c in claimed):
            found.append((s, e))
    return found


def _comparing(lex: Lexicon, folded: str, start: int, end: int, numbers: list[int]) -> bool:
    """ "moins intelligents", "less likely": the comparative word before anything but
    "de" / "que" / "than" or a number compares, and bounds no quantity."""
    if not lex.comparative or folded[start:end] != lex.comparative[0]:
        return False
    if any(0 <= n - end <= NUMBER_AFTER for n in numbers):
        return False
    after = re.match(r"\s*([^\W\d_]+['’]?)", folded[end:])
    return after is None or after.group(1) not in lex.comparative[1:]


_SPACE = re.compile(r"\s+")


def _minus(lex: Lexicon, folded: str, start: int, end: int, numbers: list[int]) -> bool:
    """ "moins 20 degrés": the comparative word right before a number, with no "de",
    is a minus sign, not a bound ("moins de 20 degrés" bounds)."""
    if not lex.comparative or folded[start:end] != lex.comparative[0]:
        return False
    gap = _SPACE.match(folded, end)
    return gap is not None and gap.end() in numbers


def _bearing(
    quantity: frozenset[str],
    said: Side,
    words: list[tuple[str, int, int]],
    claim_keys: frozenset[str],
) -> list[tuple[str, int, int]]:
    """The words, but quantity words that bear on nothing the claim says: one
    measures the claim when a number or one of the claim's own words follows it
    closely ("la moitié du texte", "moins de 20 %"); "moins d'un mois après",
    "doubles champions" measure something else."""
    starts = [n.start for n in said.features.numbers]
    kept = []
    for i, (key, start, end) in enumerate(words):
        if key in quantity:
            content = [w for w in words[i + 1 :] if w[0] in said.features.keys]
            after = content[:BEARING_WORDS]
            reach = after[-1][2] if after else end
            if not any(end <= n <= reach for n in starts) and not any(
                k in claim_keys for k, _, _ in after
            ):
                continue
        kept.append((key, start, end))
    return kept


def _hedge(at: int, hedges: list[tuple[int, int]], numbers: list[int]) -> bool:
    """The word opens an approximation right before a number."""
    return any(s <= at < e and any(0 <= n - e <= NUMBER_AFTER for n in numbers) for s, e in hedges)


def _cue(
    cues: frozenset[str], said_words: list[tuple[str, int, int]], claim_keys: set[str]
) -> Spans | None:
    if claim_keys & cues:
        return None
    for key, s, e in said_words:
        if key in cues:
            return s, e, 0, 0
    return None


def _quantifier(
    lex: Lexicon,
    claim_lex: Lexicon,
    said_words: list[tuple[str, int, int]],
    claim_words: list[tuple[str, int, int]],
    *,
    explicit: bool = False,
    bearing: list[tuple[str, int, int]] | None = None,
) -> Spans | None:
    """A quantifier of another class than the claim's; with no quantifier in the claim,
    a restrictive one or "all" (unless ``explicit``: the claim must have one) that
    bears on the claim's words (``bearing``: "entièrement | automatique" does not)."""
    said = [(lex.quantifiers[k], s, e) for k, s, e in said_words if k in lex.quantifiers]
    claimed = [
        (claim_lex.quantifiers[k], s, e) for k, s, e in claim_words if k in claim_lex.quantifiers
    ]
    claimed_classes = {c for c, _, _ in claimed}
    for cls, s, e in said:
        if cls in claimed_classes:
            continue
        if claimed:
            return s, e, claimed[0][1], claimed[0][2]
        if cls in ("few", "none", "all") and not explicit:
            if cls == "all" and bearing is not None and not any(b[1] == s for b in bearing):
                continue  # "entièrement automatique": "all" of something the claim does not say
            return s, e, 0, 0
    return None


def correction_cue(said: Side, claim_text: str, retold: bool = False) -> tuple[int, int] | None:
    """Where the sentence sets the facts against a rumour ("en réalité", "in fact"), when
    the claim itself does not say so. In a sentence that ``retold`` the rumour (it
    attributes what it says to its spreaders), the weak cues ("reste", "only") count
    for nothing, nor does where a picture was made: "was taken during the icy weather
    ..., according to posts on X" is the rumour's own story."""
    lex = lexicon(said.lang)
    folded = fold(said.text)
    claimed = fold(claim_text)
    kept = find_phrases(folded, lex.not_corrections, said.start, said.end)
    kept += [("", ks, ke) for ks, ke in source_spans(said.text, said.start, said.end, said.lang)]
    weak = {fold(w) for w in lex.weak_corrections}
    # a claim that something goes on ("can still be used") is said again by "remain"
    lasting = bool(whole_words(claim_text) & lex.continuation)
    claim_keys = _keys_of(claimed, said.lang)
    for phrase, s, e in find_phrases(folded, lex.corrections, said.start, said.end):
        if any(ks <= s and e <= ke for _, ks, ke in kept):
            continue  # "un seul km/h", "selon une idée reçue": no correction
        if fold(phrase) in lex.dating and not _time_follows(lex, folded, e, said):
            continue  # "la date de durabilité minimale": a date named, no picture dated
        if fold(phrase) in weak and (retold or lasting or lex.after_relative(folded, s)):
            # "as a viral post claims, ... to remain healthy"; "scammers who only need"
            continue
        if " " not in phrase and lang_key(fold(phrase), said.lang) in claim_keys:
            continue  # "remains in the stomach" for the claim's "stays"
        if not find_phrases(claimed, [phrase]):
            return s, e
    if retold:
        return None
    return _authority(said, folded, claim_keys) or _origin(said, lex, folded, claimed)


def _authority(said: Side, folded: str, claim_keys: set[str]) -> tuple[int, int] | None:
    """ "..., selon l'Insee", "according to the IMF": the sentence gives an official
    body's facts, a body the claim does not name ("selon la Banque de France" retells
    "la Banque de France va retirer les billets"). A rumour is told on its spreaders'
    word, not on an authority's."""
    lex = lexicon(said.lang)
    for _, s, e in find_phrases(folded, list(lex.authorities), said.start, said.end):
        before = folded[max(said.start, s - 20) : s].rstrip()
        if not any(ends_with_words(before, m) for m in lex.source_markers):
            continue  # "which has the IMF behind it": "has" is no "as"
        if not _content_keys(folded[s:e], said.lang) & claim_keys:
            return s, e
    return None


TIME_AFTER = 4  # words after "date de" / "dates from" where its time is sought


def _time_follows(lex: Lexicon, folded: str, end: int, said: Side) -> bool:
    """A figure or a time word ("2019", "plusieurs années", "avant") among the few words
    after ``end``: "la photo date de 2019" dates it, "la date de péremption" does not."""
    after = re.findall(r"[^\W_]+", folded[end : min(said.end, end + 60)])[:TIME_AFTER]
    times = lex.time_nouns | lex.durations
    return any(w[:1].isdigit() or lang_key(w, said.lang) in times for w in after)


def _keys_of(folded: str, lang: str) -> set[str]:
    return {lang_key(w, lang) for w in LETTERS.findall(folded)}


def _content_keys(folded: str, lang: str) -> set[str]:
    """The keys of the content words (not stop words) of ``folded`` text."""
    stop = cues_for(lang).stopwords
    return {lang_key(w, lang) for w in LETTERS.findall(folded) if w not in stop}


def _origin(said: Side, lex: Lexicon, folded: str, claimed: str) -> tuple[int, int] | None:
    """ "La vidéo a été tournée dans un parc d'attractions": where a picture was really
    made (a place, a time or an author next), when the next content word is none of
    the claim's (else the rumour is retold: "cette photo a été prise après la tempête")."""
    stop = cues_for(said.lang).stopwords
    claim_keys = _content_keys(claimed, said.lang)
    for _, s, e in find_phrases(folded, lex.origins, said.start, said.end):
        after = LETTERS.findall(folded, e, said.end)
        if not after or after[0] not in lex.origin_links:
            continue  # "were taken down": no origin
        following = [w for w in after if w not in stop]
        if following and lang_key(following[0], said.lang) not in claim_keys:
            return s, e
    return None
