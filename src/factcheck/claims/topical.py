"""Sentences on a claim's topic that do not make the claim: they are ``related``.

Three readings, for a text-only entry in the sentence's language:

- **unsaid**: the sentence names the claim's subjects, places and dates but
  says (almost) nothing the claim says of them ("le Mont-Saint-Michel ... en
  2025" for "... va être fermé définitivement aux touristes en 2025");
- **other event**: it differs from the claim in two ways at once: other
  names and other figures, or other figures and another date ("L'abbaye du
  Mont-Saint-Michel a accueilli 1,5 million de visiteurs en 2025" against
  "Le Louvre a accueilli 8,7 millions de visiteurs en 2024"): one change is a
  contradiction, two are other facts;
- **novel**: against an entry not rated true, it says much the entry does
  not: it reports around the claim (often the facts against it).
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.claims.features import Features, acronym_links, keys_only_in
from factcheck.claims.hearsay import attribution_spans, speaker_clauses
from factcheck.claims.lexicon import lexicon
from factcheck.claims.score import Said
from factcheck.claims.side import Side
from factcheck.claims.stance import same_date
from factcheck.entities.kb.model import Claim

UNSAID_SHARE = 0.2  # at most this share of what an entry says of its names: on its topic only
NOVEL_MANY = 7  # words or values of its own: the sentence says more than the claim
NOVEL_SOME = 6  # ... or this many, making most of the sentence
NOVEL_SHARE = 0.75
ASSERTED_ALL = 0.9  # share of an entry's asserted words a sentence says to make the claim
YEARS = (1800, 2100)  # a whole number in this range, shared, may be a year or a name's
ENGLISH = "en"


def text_only_alike(said: Said, entry: Claim) -> bool:
    """A text-only entry in the sentence's language: only such an entry is compared
    word for word (an annotated entry names its people, and the name checks judge it)."""
    return (entry.lang or ENGLISH) == said.lang and not entry.entities and not entry.keywords


def unsaid_words(said: Said, entry: Claim, theirs: Features) -> tuple[str, ...] | None:
    """The words an entry asserts besides its names, when the sentence says (almost) none:
    it names the claim's subjects, places and dates ("le Mont-Saint-Michel ... en 2025")
    but nothing the claim says of them ("fermé définitivement"). Such a sentence is on
    the claim's topic; it neither repeats nor contradicts the claim."""
    if not text_only_alike(said, entry):
        return None
    if any(d.day and any(same_date(d, e) for e in said.features.dates) for d in theirs.dates):
        return None  # the same day and the same names: the same event
    if any(not _year(v) for v in theirs.values & said.features.values):
        return None  # "68,4 millions": the figure is the claim ("Paris 2024" is a name)
    keys, told = _asserted(said, theirs)
    if not keys or len(told) > UNSAID_SHARE * len(keys):
        return None
    return tuple(dict.fromkeys(entry.text[w.start : w.end] for w in theirs.words if w.key in keys))


def says_all_asserted(said: Said, entry: Claim, theirs: Features) -> bool:
    """The sentence says (almost) every word the entry asserts besides its names: it makes
    the claim, whatever it adds around it ("Les pensions vont baisser de 10 % ..., un
    retraité qui touche 1 500 euros n'en percevra plus que 1 350")."""
    if not text_only_alike(said, entry):
        return False
    keys, told = _asserted(said, theirs)
    return bool(keys) and len(told) >= ASSERTED_ALL * len(keys)


def _asserted(said: Said, theirs: Features) -> tuple[set[str], set[str]]:
    """The keys of the words an entry asserts besides its names, and those the sentence
    says. "selon", "va" say nothing of their own, unless the sentence says them too: a
    claim that the Gulf Stream no longer "circule" is told by a sentence where it "ne
    circule plus"."""
    named = {w.key for w in theirs.names} | {w.key for w in theirs.acronyms}
    lex = lexicon(said.lang)
    mine = said.features.keys | acronym_links(theirs, said.features)[0]
    every = {w.key for w in theirs.words if w.key not in named}
    keys = every - ((lex.frames | lex.modality) - mine)
    return keys, keys & mine


def other_event(sentence: Said, entry: Claim, claim: Features) -> tuple[str, ...] | None:
    """What differs, when the sentence tells another event than the entry, else None.

    One change (another agent, another date, another figure) is a contradiction;
    two at once (other names and other figures, other figures and another date)
    are another event: "le Maroc a accueilli 17 millions de visiteurs en 2024"
    beside "le Louvre a accueilli 8,7 millions de visiteurs en 2024". ``claim``:
    the features of the entry's text. Only a text-only entry in the sentence's
    language is compared: an annotated entry names its people, and the name
    checks judge those."""
    if not text_only_alike(sentence, entry):
        return None
    said, text, claim_text = sentence.features, sentence.text, entry.text
    claimed = {w.key for w in claim.names} | {w.key for w in claim.acronyms}
    linked = acronym_links(claim, said)[0]
    mine = {w.key for w in said.names} | {w.key for w in said.acronyms} | said.keys | linked
    own = [w for w in (*said.names, *said.acronyms) if w.key not in claim.keys]
    figures = {n.value for n in claim.numbers if _digits(claim_text, n.start, n.end)}
    given = [n for n in said.numbers if _digits(text, n.start, n.end)]
    other_names = own if claimed - mine else []
    other_figures = (
        given[:1] if figures and given and not figures & {n.value for n in given} else []
    )
    dated = claim.dates and said.dates
    other_dates = (
        said.dates[:1]
        if dated and not any(same_date(d, e) for d in claim.dates for e in said.dates)
        else []
    )
    if sum(bool(x) for x in (other_names, other_figures, other_dates)) < 2:
        return None
    spans = [(w.start, w.end) for w in other_names]
    spans += [(n.start, n.end) for n in other_figures] + [(d.start, d.end) for d in other_dates]
    return tuple(dict.fromkeys(text[s:e] for s, e in spans))


def _digits(text: str, start: int, end: int) -> bool:
    """A figure written with digits ("8,7"), not a scale word alone ("millions")."""
    return any(c.isdigit() for c in text[start:end])


def novel_words(said: Said, entry: Claim, theirs: Features) -> tuple[str, ...] | None:
    """The sentence's own words, when it says much that an entry not rated true does not:
    it reports around the claim (often the facts against it) rather than repeating it.
    A wrong FC301 blocks a fact-check, so the doubt goes to ``related``."""
    if entry.verdict == "true" or (entry.lang or ENGLISH) != said.lang:
        return None
    mine = said.features
    claim = said.claim
    if attribution_spans(said.text, claim.start, claim.end, said.lang):
        return None  # "..., affirment des publications virales": the rumour retold in other words
    own = mine.keys - theirs.keys - lexicon(said.lang).frames  # "selon une vidéo" is no fact
    own -= acronym_links(theirs, mine)[1]  # "ROR" for "rougeole, oreillons, rubéole"
    own -= keys_only_in(mine, speaker_clauses(said.text, claim.start, claim.end, said.lang))
    for one, two in lexicon(said.lang).antonyms:  # "payer" beside "payant", "gratuite" against it
        if theirs.keys & (one | two):
            own -= one | two
    same_share = {v.value for v in theirs.shares}
    said_shares = [v for v in mine.shares if v.value in same_share]
    figures = [
        n.value
        for n in mine.numbers
        if n.value not in theirs.values
        and not any(v.start <= n.start < v.end for v in said_shares)  # "50 %" for "la moitié"
    ]
    novel = sorted(own) + [f"{v:f}" for v in set(figures)]
    share = len(novel) / max(1, len(mine.keys) + len(mine.values))
    if len(novel) >= NOVEL_MANY or (len(novel) >= NOVEL_SOME and share >= NOVEL_SHARE):
        return tuple(novel)
    return None


def earlier_event(said: Said, entry: Claim, theirs: Features) -> str | None:
    """The sentence's word of an earlier event, when the entry (not rated true) forecasts
    one: "un séisme de magnitude 8 va frapper la Côte d'Azur" against "le séisme de
    1887 avait une magnitude estimée entre 6 et 7". A past event set against a
    forecast is the facts against it, not the forecast repeated."""
    if entry.verdict == "true" or (entry.lang or ENGLISH) != said.lang:
        return None
    lex = lexicon(said.lang)
    if not theirs.keys & lex.modality:
        return None
    claim = said.claim
    for key, start, end in Side(
        said.text, claim.start, claim.end, said.lang, said.features
    ).words():
        if key in lex.background and key not in theirs.keys:  # "avait" is a stop word too
            return said.text[start:end]
    return None


WITHOUT_REACH = 3  # words after "sans" / "without" where the claim's own word is sought


def without(said: Said, theirs: Features, entry: Claim) -> str | None:
    """ "sans fermeture totale", "without touching the DNA": a privative word before one
    of the claim's own words (not its names) denies it, like a negation. Elsewhere
    ("sans surprise", "without delay") it says nothing of the claim, and a claim
    that says "sans" itself ("... sans le mentionner sur l'emballage") is repeated,
    not denied, by a sentence that says it too."""
    lex = lexicon(said.lang)
    if (entry.lang or ENGLISH) == said.lang and any(
        key in lex.privative
        for key, _, _ in Side(entry.text, 0, len(entry.text), said.lang, theirs).words()
    ):
        return None
    claim = said.claim
    named = {w.key for w in theirs.names}
    asserted = theirs.keys - named
    words = Side(said.text, claim.start, claim.end, said.lang, said.features).words()
    speakers = speaker_clauses(said.text, claim.start, claim.end, said.lang)
    speakers += attribution_spans(said.text, claim.start, claim.end, said.lang)
    for i, (key, start, end) in enumerate(words):
        if key not in lex.privative or any(s <= start < e for s, e in speakers):
            continue  # "selon des adeptes du régime sans gluten": who says it, not what
        if any(k in asserted for k, _, _ in words[i + 1 : i + 1 + WITHOUT_REACH]):
            return said.text[start:end]
    return None


def _year(value: Decimal) -> bool:
    return value == value.to_integral_value() and YEARS[0] <= value <= YEARS[1]
