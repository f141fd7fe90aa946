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
from dataclasses import dataclass
from functools import cache

from factcheck.claims.cues import cues_for
from factcheck.claims.features import Features, acronym_links, lang_key, word_key
from factcheck.claims.fold import find_phrases, fold
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.roles import after_auxiliary, derived, temporal
from factcheck.claims.swap import swapped
from factcheck.claims.value_diff import Spans, differing_date, differing_number, share
from factcheck.core.langdata import lang_json

_WORD = re.compile(r"[^\W\d_]+")
SUBSTITUTION_COVERAGE = 0.5  # a new agent/object/place needs the rest of the claim said
MAX_RUN = 3  # content words in one substituted run
NUMBER_AFTER = 12  # characters from a bounding word ("au-dessus de") to its number
AGENT_WORDS = 3  # a run starting within the sentence's first words is its subject
AGENT_NAME_WORDS = 5  # ... and a name a little further ("Le club de Lorient")


@dataclass(frozen=True)
class Lexicon:
    antonyms: tuple[tuple[frozenset[str], frozenset[str]], ...]
    reversals: frozenset[str]
    modality: frozenset[str]
    quantifiers: dict[str, str]  # key -> class
    quantity: frozenset[str]
    before_number: frozenset[str]  # quantity words that bound a quantity only before a number
    place_prepositions: frozenset[str]
    corrections: tuple[str, ...]
    background: frozenset[str]
    frames: frozenset[str]
    auxiliaries: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    not_quantifiers: tuple[str, ...] = ()  # "en tout", "at all": a quantifier word, no quantity
    not_corrections: tuple[str, ...] = ()  # "un seul", "the only": a correction word, no correction
    approximate: tuple[str, ...] = ()  # "quelque", "about" before a number: a hedge
    ranks: frozenset[str] = frozenset()  # "premier", "troisième": folded whole words
    privative: frozenset[str] = frozenset()  # "sans", "without"


def _keys(words: list[str], lang: str) -> frozenset[str]:
    return frozenset(lang_key(fold(w), lang) for w in words)


@cache
def lexicon(lang: str) -> Lexicon:
    data = lang_json(lang, "contradiction.json") or lang_json("en", "contradiction.json") or {}
    return Lexicon(
        antonyms=tuple((_keys(a, lang), _keys(b, lang)) for a, b in data.get("antonyms", [])),
        reversals=_keys(data.get("reversals", []), lang),
        modality=_keys(data.get("modality", []), lang),
        quantifiers={
            lang_key(fold(w), lang): cls
            for cls, ws in data.get("quantifiers", {}).items()
            for w in ws
        },
        quantity=_keys(data.get("quantity", []), lang),
        before_number=_keys(data.get("quantity_before_number", []), lang),
        place_prepositions=frozenset(w.lower() for w in data.get("place_prepositions", [])),
        corrections=tuple(data.get("corrections", [])),
        background=_keys(data.get("background", []), lang),
        frames=_keys(data.get("frames", []), lang),
        auxiliaries=frozenset(w.lower() for w in data.get("auxiliaries", [])),
        time_nouns=_keys(data.get("time_nouns", []), lang),
        not_quantifiers=tuple(data.get("not_quantifiers", [])),
        not_corrections=tuple(data.get("not_corrections", [])),
        approximate=tuple(fold(w) for w in data.get("approximate", [])),
        ranks=frozenset(fold(w) for w in data.get("ranks", [])),
        privative=_keys(data.get("privative", []), lang),
    )


@dataclass(frozen=True)
class Side:
    """One side of the comparison: the text, its span, its language and what it states."""

    text: str
    start: int
    end: int
    lang: str
    features: Features

    def words(self) -> list[tuple[str, int, int]]:
        """(key, start, end) of every word of the span, stop words included."""
        folded = fold(self.text)
        values = [(d.start, d.end) for d in self.features.dates]
        values += [(n.start, n.end) for n in self.features.numbers]
        return [
            (lang_key(m.group(), self.lang), m.start(), m.end())
            for m in _WORD.finditer(folded, self.start, self.end)
            if not any(s <= m.start() < e for s, e in values)  # "May" 2021 is no modality
        ]


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
        if found is not None:
            return found
        swap = swapped(
            (said.text, said.start, said.end), (claim.text, claim.start, claim.end), said.lang
        )
        if swap is not None:
            (_, s, e), (_, cs, ce) = swap
            return _contradiction(ContradictionKind.AGENT, said, claim, s, e, cs, ce)
    dates = differing_date(said.features.dates, claim.features.dates)
    if dates is not None:
        return _contradiction(ContradictionKind.DATE, said, claim, *dates)
    numbers = differing_number(said, claim)
    if numbers is not None:
        return _contradiction(ContradictionKind.NUMBER, said, claim, *numbers)
    if said.lang == claim.lang and coverage >= SUBSTITUTION_COVERAGE:
        found = _substitution(lexicon(said.lang), said, claim, said.words(), claim.words())
        if found is not None and correction and not _specific(said, found):
            return None  # "une vague gigantesque engloutir" for "géante submergeant": reworded
        return found
    return None


def _specific(said: Side, found: Contradiction) -> bool:
    """A name or a figure: the facts a correction puts in the place of a rumour's
    ("à Lampedusa", "en 2011"); common words in their place are a rewording."""
    if any(c.isdigit() for c in found.said):
        return True
    opening = not said.text[said.start : found.start].strip(" «\"“'(")
    return any(
        m.group()[:1].isupper() and not (opening and m.start() == 0)
        for m in re.finditer(r"\w[\w'’-]*", found.said)
    )


def _background(said: Side, claim: Side) -> bool:
    """The sentence tells of an earlier event ("avait relevé", "had already declared")."""
    cues = lexicon(said.lang).background
    claim_keys = {k for k, _, _ in claim.words()}
    return any(k in cues and k not in claim_keys for k, _, _ in said.words())


def _in_words(said: Side, claim: Side, correction: bool) -> Contradiction | None:
    """Antonym, modality, quantifier, quantity: the kinds read in one language's words."""
    lex = lexicon(said.lang)
    claim_lex = lexicon(claim.lang)
    said_words, claim_words = said.words(), claim.words()
    said_keys = {k for k, _, _ in said_words}
    claim_keys = {k for k, _, _ in claim_words}
    asserting = cues_for(said.lang).pattern("not_negation")  # "seuls huit pays ont fait mieux"
    plain = [w for w in said_words if not asserting.match(said.text, w[1], said.end)]
    counted = _quantifier_words(lex, said, plain)
    for kind, found in (
        (ContradictionKind.ANTONYM, _antonym(lex, said_words, claim_words, claim_keys, said_keys)),
        (
            ContradictionKind.MODALITY,
            None if correction else _cue(lex.modality | claim_lex.modality, said_words, claim_keys),
        ),
        (
            ContradictionKind.QUANTIFIER,
            _quantifier(
                lex,
                claim_lex,
                counted,
                _quantifier_words(claim_lex, claim, claim_words),
                explicit=correction,
            ),
        ),
        (
            ContradictionKind.QUANTITY,
            _cue(lex.quantity | claim_lex.quantity, _bounding(lex, said, plain), claim_keys),
        ),
        (ContradictionKind.QUANTITY, _rank(lex, claim_lex, said, claim)),
        (ContradictionKind.NUMBER, share(claim_lex.quantifiers, said, claim, claim_words)),
    ):
        if found is not None:
            return _contradiction(kind, said, claim, *found)
    return None


def _quantifier_words(
    lex: Lexicon, side: Side, words: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The words but those of a phrase where a quantifier word tells no quantity
    ("en tout ou partie", "pas du tout", "at all")."""
    spans = find_phrases(fold(side.text), lex.not_quantifiers, side.start, side.end)
    return [w for w in words if not any(s <= w[1] < e for _, s, e in spans)]


def _contradiction(kind: ContradictionKind, said: Side, claim: Side, *spans: int) -> Contradiction:
    """Both sides quoted; a claim with no counterpart words (a modality, a reversal) is
    quoted whole."""
    s, e, cs, ce = spans
    if cs == ce:
        cs, ce = claim.start, claim.end
    return Contradiction(kind, s, e, said.text[s:e], cs, ce, claim.text[cs:ce])


def _antonym(
    lex: Lexicon,
    said_words: list[tuple[str, int, int]],
    claim_words: list[tuple[str, int, int]],
    claim_keys: set[str],
    said_keys: set[str],
) -> Spans | None:
    for key, s, e in said_words:
        if key in lex.frames:  # "affirment" reports the claim: no predicate of its own
            continue
        if key in lex.reversals and key not in claim_keys:
            return s, e, 0, 0
        for a, b in lex.antonyms:
            for mine, other in ((a, b), (b, a)):
                if key in mine and not (claim_keys & mine) and claim_keys & other:
                    if said_keys & other:
                        continue
                    cs, ce = next((cs, ce) for k, cs, ce in claim_words if k in other)
                    return s, e, cs, ce
    return None


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
    return mine[0][1], mine[0][2], theirs[0][1], theirs[0][2]


def _ranks(ranks: frozenset[str], side: Side) -> list[tuple[str, int, int]]:
    folded = fold(side.text)
    return [
        (m.group(), m.start(), m.end())
        for m in _WORD.finditer(folded, side.start, side.end)
        if m.group() in ranks
    ]


def _bounding(
    lex: Lexicon, said: Side, words: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The words, but those that bound a quantity only before a number ("au-dessus de
    1,5 °C", not "au-dessus de la Bretagne") when no number follows them."""
    starts = [n.start for n in said.features.numbers]
    folded = fold(said.text)
    hedges = [(s, e) for _, s, e in find_phrases(folded, lex.approximate, said.start, said.end)]
    return [
        (k, s, e)
        for i, (k, s, e) in enumerate(words)
        if (k not in lex.before_number or any(0 <= n - e <= NUMBER_AFTER for n in starts))
        and not temporal(lex.time_nouns, words, i)  # "l'an dernier", "last year"
        and not _hedge(s, hedges, starts)  # "quelque 16 000 hectares": the number decides
    ]


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
) -> Spans | None:
    """A quantifier of another class than the claim's; with no quantifier in the claim,
    a restrictive one or "all" (unless ``explicit``: the claim must have one)."""
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
            return s, e, 0, 0
    return None


def _substitution(
    lex: Lexicon,
    said: Side,
    claim: Side,
    said_words: list[tuple[str, int, int]],
    claim_words: list[tuple[str, int, int]],
) -> Contradiction | None:
    """One run of new content words in the place of a run of the claim's own words.

    The place is told by the neighbours: the content word before the two runs,
    or the one after, is the same ("La Belgique | a remporté" for "La France
    | a remporté"), or both runs open the sentence (its subject) and the claim
    has no other words missing (the rest is the same: a sentence that opens
    on other words and drops others of the claim is a rewording). An
    attribution added at the end ("sources say") while the claim drops a word
    elsewhere is no substitution.
    """
    linked_claim, linked_said = acronym_links(claim.features, said.features)
    in_claim = claim.features.keys | linked_said  # "BCE" said for "Banque centrale européenne"
    in_said = said.features.keys | linked_claim
    said_content = [w for w in said_words if w[0] in said.features.keys]
    claim_content = [w for w in claim_words if w[0] in claim.features.keys]
    new_runs = _runs(said_content, in_claim, said.text)
    if len(new_runs) != 1 or _length(said_content, new_runs[0], in_claim) > MAX_RUN:
        return None
    new = new_runs[0]
    around = _neighbours(said_content, new)
    gone_runs = _runs(claim_content, in_said, claim.text)
    gone = next(
        (
            run
            for run in gone_runs
            if _length(claim_content, run, in_said) <= MAX_RUN
            and (
                _neighbours(claim_content, run) & around
                or (run[0] == 0 and new[0] == 0 and len(gone_runs) == 1)
            )
        ),
        None,
    )
    if gone is None:
        return None
    s, e = said_content[new[0]][1], said_content[new[1]][2]
    cs, ce = claim_content[gone[0]][1], claim_content[gone[1]][2]
    if _same_side(lex, said_content[new[0] : new[1] + 1], claim_content[gone[0] : gone[1] + 1]):
        return None  # "augmenté" for "relevé": one side of an antonym pair, one meaning
    if _abbreviates(said.text[s:e], claim.text[cs:]):
        return None
    if after_auxiliary(lex.auxiliaries, said.text, said.start, s) or after_auxiliary(
        lexicon(claim.lang).auxiliaries, claim.text, claim.start, cs
    ):
        return None  # "a triomphé" for "a remporté": another predicate, not another argument
    new_keys = [k for k, _, _ in said_content[new[0] : new[1] + 1] if k not in in_claim]
    gone_keys = [k for k, _, _ in claim_content[gone[0] : gone[1] + 1] if k not in in_said]
    if derived(new_keys, gone_keys):
        return None  # "bretonne" for "Bretagne", "Lyonnais" for "Lyon": one word family
    first = said_words.index(said_content[new[0]])
    # lower case, accents kept: the auxiliary "a" is not the preposition "à"
    before = (
        said.text[max(said.start, s - 6) : s].lower().replace("'", " ").replace("’", " ").split()
    )
    name = said.text[s:e].split("'")[-1].split("’")[-1]
    if before and before[-1] in lex.place_prepositions and first > 0:
        kind = ContradictionKind.PLACE
    elif first < AGENT_WORDS or (first < AGENT_NAME_WORDS and name[:1].isupper()):
        kind = ContradictionKind.AGENT
    else:
        kind = ContradictionKind.OBJECT
    return _contradiction(kind, said, claim, s, e, cs, ce)


def _same_side(
    lex: Lexicon, new: list[tuple[str, int, int]], gone: list[tuple[str, int, int]]
) -> bool:
    mine, theirs = {k for k, _, _ in new}, {k for k, _, _ in gone}
    return any(mine & side and theirs & side for pair in lex.antonyms for side in pair)


def _length(
    content: list[tuple[str, int, int]], run: tuple[int, int], other: frozenset[str]
) -> int:
    """How many words of the run are missing from the other side."""
    return sum(1 for w in content[run[0] : run[1] + 1] if w[0] not in other)


def _neighbours(content: list[tuple[str, int, int]], run: tuple[int, int]) -> set[str]:
    """The content words just before ("<key") and just after (">key") a run."""
    first, last = run
    found = set()
    if first > 0:
        found.add(f"<{content[first - 1][0]}")
    if last + 1 < len(content):
        found.add(f">{content[last + 1][0]}")
    return found


def _runs(
    content: list[tuple[str, int, int]], other: frozenset[str], text: str
) -> list[tuple[int, int]]:
    """(first, last) indexes of the runs of content words missing from ``other``; one
    shared word of a name between two missing ones does not break a run ("World |
    Health | Organization" when "health" is said elsewhere), but a shared common word
    does: "la Ville de Paris s'apprête à | bannir | l'ensemble" is two changes around
    the claim's own predicate, not one other agent."""
    missing = [i for i, w in enumerate(content) if w[0] not in other]
    runs: list[tuple[int, int]] = []
    for i in missing:
        bridged = range(runs[-1][1] + 1, i) if runs else range(0)
        if runs and len(bridged) <= 1 and all(text[content[j][1]].isupper() for j in bridged):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _abbreviates(written: str, claimed: str) -> bool:
    """ "US" for "United States", "OMS" for "Organisation mondiale de la santé"."""
    if not (written.isupper() and written.isalpha() and 2 <= len(written) <= 6):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", claimed) if w[0].isupper()]
    return "".join(w[0] for w in words[: len(written)]) == written


def correction_cue(said: Side, claim_text: str) -> tuple[int, int] | None:
    """Where the sentence sets the facts against a rumour ("en réalité", "in fact"), when
    the claim itself does not say so."""
    lex = lexicon(said.lang)
    folded = fold(said.text)
    claimed = fold(claim_text)
    kept = find_phrases(folded, lex.not_corrections, said.start, said.end)
    for phrase, s, e in find_phrases(folded, lex.corrections, said.start, said.end):
        if any(ks <= s and e <= ke for _, ks, ke in kept):
            continue  # "un seul km/h", "the only country": no correction
        if not find_phrases(claimed, [phrase]):
            return s, e
    return None
