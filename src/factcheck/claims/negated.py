"""Negations that do not make a sentence the claim's opposite.

The claim matcher reads a difference of polarity (one side negated, the other
not) as a contradiction. Two readings say otherwise:

- **elsewhere**: the negation denies words the other side does not say ("Édouard
  Philippe n'était pas membre du gouvernement" against "... a annoncé qu'il
  serait candidat"): it is about something else;
- **negated antonym**: the negation denies the opposite of a word of the other
  side ("les billets ne seront plus valables" for "... vont être retirés", "n'aura
  pas lieu" for "annulé", "will no longer be free" for "will have to pay"): the
  two negatives make the claim itself.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims.cues import cues_for
from factcheck.claims.features import Features, lang_key, read_features
from factcheck.claims.fold import LETTERS, fold, whole_words
from factcheck.claims.lexicon import Lexicon, lexicon
from factcheck.claims.model import ReasonKind
from factcheck.claims.score import Said
from factcheck.claims.stance import Polarity
from factcheck.claims.topical import text_only_alike
from factcheck.entities.kb.model import Claim

NEAR = 8  # characters around a negation where "plus" / "longer" makes it "no longer"
DENIED_AFTER = 2  # content words after a negation that it denies ("pas | membre du gouvernement")
ENGLISH = "en"
_CLAUSE_END = re.compile(r"[,;:.]")


def negation_elsewhere(
    said: Said, entry: Claim, theirs: Features, stance: Polarity, claimed: Polarity
) -> bool:
    """The one negation of the pair denies words the other side does not say: "Édouard
    Philippe n'était pas membre du gouvernement" against "Édouard Philippe a annoncé
    qu'il serait candidat", or "Anne Hidalgo a dirigé la mairie de Paris" against
    "... ne se représenterait pas à la mairie de Paris". Such a negation is about
    something else, not the claim's opposite."""
    sides = _sides(said, entry, theirs, stance, claimed, debunked=True)
    if sides is None:
        return False
    denied, other = sides
    # the claim's negation denies the verb it holds ("ne | se représenterait | pas")
    keys = set(denied.inside or denied.after)
    # "a annoncé" frames the other side's claim: "n'ont pas signé la déclaration" denies
    # no announcement of it
    return bool(keys) and not keys & (other - _speech(said.lang))


def negated_antonym(
    said: Said, entry: Claim, theirs: Features, stance: Polarity, claimed: Polarity
) -> bool:
    """The negative side denies the opposite of a word the other side says: "ne seront
    plus valables" for "retirés", "n'aura pas lieu" for "annulé", "will no longer be
    free" for "will have to pay". The two negatives say the claim itself."""
    sides = _sides(said, entry, theirs, stance, claimed)
    if sides is None:
        return False
    denied, other = sides
    keys = set(denied.inside) | set(denied.after)
    other = other - _speech(said.lang)  # "a annoncé qu'il ..." is no event's start
    # the negation holds the other side's own word: "aucune suppression" denies
    # "va supprimer" itself, whatever opposite of it the negation also holds
    return any(
        (keys & one and other & two and not keys & two & other)
        or (keys & two and other & one and not keys & one & other)
        for one, two in lexicon(said.lang).antonyms
    )


class _Denied:
    """The content words a negation holds (``inside``) and the few after it."""

    def __init__(self) -> None:
        self.inside: list[str] = []
        self.after: list[str] = []


def no_longer(said: Said, entry: Claim, stance: Polarity, claimed: Polarity) -> bool:
    """The sentence says that what the claim ends no longer holds: "les pièces ne
    circuleront plus" for "les pièces seront retirées", "plus aucun TGV ne reliera
    Paris à Marseille" for "la SNCF va supprimer tous les TGV". Without the ending
    word under the negation ("ne sera plus supprimé" denies it), the two say the
    same thing."""
    if not stance.negative or claimed.negative or stance.debunk:
        return False
    return _ending_said_no_longer(said, entry, stance)


def refuted_no_longer(said: Said, entry: Claim, stance: Polarity, claimed: Polarity) -> bool:
    """The sentence refutes, in the claim's own "no longer" words, what the claim ends:
    "il est faux que les collégiens ne recevront plus de notes" against "les notes seront
    supprimées". The refutation and the negation would cancel out; but the negation is
    the claimed ending itself, so the sentence denies the claim."""
    kinds = {kind for kind, _, _ in stance.cues}
    if stance.negative or claimed.negative or ReasonKind.REFUTATION not in kinds:
        return False
    if ReasonKind.NEGATION not in kinds:
        return False
    return _ending_said_no_longer(said, entry, stance)


def _ending_said_no_longer(said: Said, entry: Claim, stance: Polarity) -> bool:
    """A text-only entry in the sentence's language claims an ending ("supprimé"), and a
    negation of the sentence says "no longer" without denying an ending word ("ne sera
    plus supprimé" denies it)."""
    if not text_only_alike(said, entry):
        return False
    lex = lexicon(said.lang)
    if not lex.cessation or not whole_words(entry.text) & lex.cessation:
        return False
    claim = said.claim
    denied, said_no_longer = _endings(said.text, stance.cues, claim.start, claim.end, lex)
    return said_no_longer and not denied


def ending_denied(said: Said, entry: Claim, stance: Polarity, claimed: Polarity) -> bool:
    """The claim says something no longer holds ("les cantines ne serviront plus de
    viande") and the sentence denies that it ends ("la viande ne sera pas retirée des
    menus"): two negations, opposite claims."""
    if not (stance.negative and claimed.negative) or stance.debunk:
        return False
    if not text_only_alike(said, entry):
        return False
    lex = lexicon(said.lang)
    if not lex.cessation:
        return False
    claim = said.claim
    denied, _ = _endings(said.text, stance.cues, claim.start, claim.end, lex)
    claim_denies, claimed_no_longer = _endings(entry.text, claimed.cues, 0, len(entry.text), lex)
    return denied and claimed_no_longer and not claim_denies


def _endings(
    text: str, cues: tuple[tuple[ReasonKind, int, int], ...], first: int, last: int, lex: Lexicon
) -> tuple[bool, bool]:
    """Of the negations in ``text[first:last]``: whether one denies an ending word in
    its clause ("ne sera pas retirée"), and whether one says "no longer" ("ne ...
    plus", "plus | aucun", "no | longer": the negation and the words around it)."""
    denies = says_no_longer = False
    for kind, start, end in cues:
        if kind is not ReasonKind.NEGATION:
            continue
        clause = _clause(text, start, end, last, lex.subordinators)
        denies = denies or bool(whole_words(clause) & lex.cessation)
        around = text[max(first, start - NEAR) : min(last, end + NEAR)]
        says_no_longer = says_no_longer or bool(whole_words(around) & lex.no_longer)
    return denies, says_no_longer


def _clause(text: str, start: int, end: int, last: int, subordinators: tuple[str, ...] = ()) -> str:
    """From a negation to the end of its clause: a punctuation mark or a word that opens
    another clause ("no longer exists | after Donald Trump scrapped it")."""
    stop = _CLAUSE_END.search(text, end, last)
    clause_end = stop.start() if stop else last
    if subordinators:
        found = _openers(subordinators).search(fold(text), end, clause_end)
        clause_end = found.start() if found else clause_end
    return text[start:clause_end]


@cache
def _openers(subordinators: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, subordinators))})\b")


def goes_on(said: Said, entry: Claim, stance: Polarity, claimed: Polarity) -> str | None:
    """The sentence says that what a rumour ends or bans goes on: "Le Nutella continuera
    d'être vendu" against "Le Nutella sera interdit à la vente", "the factory is still
    producing cars" against "... destroyed by fire". The word that says so, or None.
    Only against a claim not rated true: a true claim's compatible statements often
    say that something else goes on."""
    if entry.verdict == "true" or stance.negative or claimed.negative:
        return None
    if (entry.lang or ENGLISH) != said.lang or said.spread is not None:
        return None  # "..., affirme une vidéo virale": what goes on is the rumour's own telling
    lex = lexicon(said.lang)
    if not whole_words(entry.text) & (lex.cessation | lex.prohibition):
        return None
    claim = said.claim
    end = max(claim.end, said.sentence_end or claim.end)  # "..., mais le fleuve a continué"
    if whole_words(said.text[claim.start : end]) & (lex.cessation | lex.prohibition):
        return None  # "est toujours interdite", "still banned": the ending said again
    folded = fold(said.text)
    for word in LETTERS.finditer(folded, claim.start, end):
        if word.group() in lex.continuation and not lex.after_relative(folded, word.start()):
            return said.text[word.start() : word.end()]  # not "every computer that still ..."
    return _held_since(said.text[claim.start : end], entry, lex)


SINCE_GAP = 3  # words between "depuis" and its year ("depuis son inscription en 1997")


@cache
def _since_pattern(since: tuple[str, ...]) -> re.Pattern[str]:
    """ "depuis" / "since", up to :data:`SINCE_GAP` words, then a year (group 1)."""
    words = "|".join(re.escape(w) for w in since)
    return re.compile(
        rf"\b(?:{words})\s+(?:[^\W\d_]+['’\s]+){{0,{SINCE_GAP}}}?((?:1[89]|20)\d\d)\b",
        re.IGNORECASE,
    )


def _held_since(text: str, entry: Claim, lex: Lexicon) -> str | None:
    """A state held since a year before any the rumour gives ("est inscrite au
    patrimoine mondial depuis 1997" against "... a été retirée de la liste"): what has
    held since then has not ended. The words that say so, or None."""
    if not lex.since:
        return None
    claimed = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", entry.text)]
    for m in _since_pattern(lex.since).finditer(text):
        if not claimed or int(m.group(1)) < min(claimed):
            return m.group()
    return None


@cache
def _speech(lang: str) -> frozenset[str]:
    """The keys of the language's speech verbs ("annoncé", "said")."""
    return frozenset(lang_key(fold(w), lang) for w in cues_for(lang).speech_verbs)


def _sides(
    said: Said,
    entry: Claim,
    theirs: Features,
    stance: Polarity,
    claimed: Polarity,
    debunked: bool = False,
) -> tuple[_Denied, frozenset[str]] | None:
    """What the negative side denies and the other side's keys: only
    when one side alone is negated by a plain negation (not a debunk, unless
    ``debunked``: "Non, la France n'a pas dégagé d'excédent" denies no deficit), on a
    text-only entry in the sentence's language."""
    if stance.negative == claimed.negative or (stance.debunk and not debunked):
        return None
    if not text_only_alike(said, entry):
        return None
    if stance.negative:
        claim = said.claim
        text, cues, other = said.text, stance.cues, theirs.keys
        bounds = (claim.start, claim.end)
    else:
        text, cues, other = entry.text, claimed.cues, said.features.keys
        bounds = (0, len(entry.text))
    spans = [(s, e) for kind, s, e in cues if kind is ReasonKind.NEGATION]
    if not spans:
        return None
    negation = cues_for(said.lang).pattern("negation")
    fillers = lexicon(said.lang).negation_fillers  # "ne | peut | pas voter": "voter" is denied
    denied = _Denied()
    for start, end in spans:
        clause_end = start + len(_clause(text, start, end, bounds[1]))
        words = read_features(text, said.lang, start, clause_end).words
        denied.inside += [  # "ne | se représenterait | pas"; not "aucun" itself
            w.key
            for w in words
            if w.start < end
            and not negation.fullmatch(text, w.start, w.end)
            and w.key not in fillers
        ]
        denied.after += [w.key for w in words if w.start >= end][:DENIED_AFTER]
    return denied, other
