"""The word lists that tell how a sentence contradicts a claim, per language.

Read once from ``data/<lang>/contradiction.json`` (its ``_doc`` says what
each list is for and where it comes from); words are compared by their
matching key (:func:`factcheck.claims.features.lang_key`) unless a list says
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from factcheck.claims.features import lang_key, whole_word
from factcheck.claims.fold import LETTERS, fold
from factcheck.core.langdata import lang_json

RELATIVE_REACH = 20  # characters before a word where its relative pronoun is sought


@dataclass(frozen=True)
class Lexicon:
    antonyms: tuple[tuple[frozenset[str], frozenset[str]], ...]
    # the same pairs, each side's words whole: a word is on a side only when listed there,
    # not when it merely shares a key with one ("conseille" is not "conservé")
    antonym_sides: tuple[tuple[frozenset[str], frozenset[str]], ...]
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
    pluperfect: frozenset[str] = frozenset()  # "était": before a participle, an earlier event
    participle_endings: tuple[str, ...] = ()  # "é", "u": the endings of a past participle
    pluperfect_adverbs: frozenset[str] = frozenset()  # "déjà", "pas": between the two
    relatives: frozenset[str] = frozenset()  # "qui", "dont": open a clause on someone else
    durations: frozenset[str] = frozenset()  # "minutes", "hours": the units of a span of time
    measures: frozenset[str] = frozenset()  # "kilomètres", "euros": units of other measures
    not_quantifiers: tuple[str, ...] = ()  # "en tout", "at all": a quantifier word, no quantity
    not_modality: tuple[str, ...] = ()  # "prévoit que": a modality word that plans nothing
    not_corrections: tuple[str, ...] = ()  # "un seul", "the only": a correction word, no correction
    negation_fillers: frozenset[str] = frozenset()  # "peut", "toujours": inside, no content
    repetition: tuple[str, ...] = ()  # "de nouveau", "once again": another occurrence
    comparative: tuple[str, ...] = ()  # "moins", then the words after which it bounds
    weak_corrections: tuple[str, ...] = ()  # "reste", "only": no correction in a retelling
    origins: tuple[str, ...] = ()  # "a été tournée", "was filmed": where a picture was made
    origin_links: frozenset[str] = frozenset()  # "lors", "during": may open an origin
    approximate: tuple[str, ...] = ()  # "quelque", "about" before a number: a hedge
    ranks: frozenset[str] = frozenset()  # "premier", "troisième": folded whole words
    privative: frozenset[str] = frozenset()  # "sans", "without"
    day_steps: tuple[str, ...] = ()  # "au lendemain de", "the day after": a day set by an event
    steps: tuple[str, ...] = ()  # "après", "later": after a duration, another step of the story
    antonym_words: frozenset[str] = frozenset()  # the antonym lists' words whole, folded
    more: frozenset[str] = frozenset()  # "plus", "more": a comparison upwards; folded
    less: frozenset[str] = frozenset()  # "moins", "fewer": downwards
    than: frozenset[str] = frozenset()  # "que", "than": what the comparison is against
    not_more: frozenset[str] = frozenset()  # "ne": before "plus ... que", a restriction
    superlative_articles: frozenset[str] = frozenset()  # "le", "the": before "plus", "most"
    most: frozenset[str] = frozenset()  # "plus", "most", "highest": after the article
    least: frozenset[str] = frozenset()  # "moins", "least", "lowest"
    additive: tuple[str, ...] = ()  # "aussi", "also": another object beside the claim's; folded
    since: tuple[str, ...] = ()  # "depuis", "since": a state held from a year on
    continuation: frozenset[str] = frozenset()  # "continuera", "still": folded whole words
    cessation: frozenset[str] = frozenset()  # "supprimé", "scrapped": folded whole words
    cessation_accented: frozenset[str] = frozenset()  # the same, lower case with accents:
    # "fermé" (closed) apart from "ferme" (firm, farm)
    no_longer: frozenset[str] = frozenset()  # "plus", "longer": a negation that says "ended"
    subordinators: tuple[str, ...] = ()  # "après", "after": open another clause; folded
    prohibition: frozenset[str] = frozenset()  # "interdit", "banned": folded whole words
    permission: frozenset[str] = frozenset()  # "autorisé", "allowed": negated, a prohibition
    predicate_endings: tuple[str, ...] = ()  # "-ed", "-ait": a verb form opens the run
    quantifier_words: frozenset[str] = frozenset()  # "poignée" whole, not "poignardé"
    quantity_words: frozenset[str] = (
        frozenset()
    )  # the quantity words whole ("quart", not "quartier")
    source_markers: tuple[str, ...] = ()  # "selon", "according to": folded
    authorities: tuple[str, ...] = ()  # "l'Insee", "the IMF": official bodies, folded
    dating: frozenset[str] = frozenset()  # "date de": corrections that date a picture
    ago_before: tuple[str, ...] = ()  # "il y a": before a span of time, it dates a moment
    ago_after: tuple[str, ...] = ()  # "ago": the same after the span; folded
    # each folded word of a set of mutually exclusive kinds -> (the set's index, its member,
    # written with its forms: "électrique|électriques")
    exclusive: dict[str, tuple[int, str]] = field(default_factory=dict)
    # folded phrases of what a rule makes of an act -> "obligation" or "option"
    deontic: tuple[tuple[str, str], ...] = ()
    until: tuple[str, ...] = ()  # "avant", "until": end a period at the date after them; folded

    def after_relative(self, folded: str, at: int) -> bool:
        """The word at ``at`` of ``folded`` text comes right after a relative pronoun
        ("qui reste", "that still uses"): it tells of the clause's subject."""
        before = LETTERS.findall(folded, max(0, at - RELATIVE_REACH), at)
        return bool(before) and before[-1] in self.relatives


def _keys(words: list[str], lang: str) -> frozenset[str]:
    return frozenset(lang_key(fold(w), lang) for w in words)


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _whole(words: list[str]) -> frozenset[str]:
    return frozenset(whole_word(fold(w)) for w in words)


@cache
def lexicon(lang: str) -> Lexicon:
    own = lang_json(lang, "contradiction.json")
    data = own or lang_json("en", "contradiction.json") or {}
    superlative = data.get("comparison", {}).get("superlative", {})
    return Lexicon(
        antonyms=tuple((_keys(a, lang), _keys(b, lang)) for a, b in data.get("antonyms", [])),
        antonym_sides=tuple((_whole(a), _whole(b)) for a, b in data.get("antonyms", [])),
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
        pluperfect=frozenset(w.lower() for w in data.get("pluperfect", [])),
        participle_endings=tuple(data.get("participle_endings", [])),
        pluperfect_adverbs=frozenset(w.lower() for w in data.get("pluperfect_adverbs", [])),
        relatives=frozenset(w.lower() for w in data.get("relatives", [])),
        durations=_keys(data.get("durations", []), lang),
        measures=_keys(data.get("measures", []), lang),
        not_quantifiers=tuple(data.get("not_quantifiers", [])),
        not_modality=tuple(data.get("not_modality", [])),
        not_corrections=tuple(data.get("not_corrections", [])),
        negation_fillers=_keys(data.get("negation_fillers", []), lang),
        repetition=tuple(data.get("repetition", [])),
        comparative=tuple(fold(w) for w in data.get("comparative_followers", [])),
        weak_corrections=tuple(data.get("weak_corrections", [])),
        origins=tuple(data.get("origins", [])),
        origin_links=frozenset(fold(w) for w in data.get("origin_links", []))
        | frozenset(fold(w) for w in data.get("place_prepositions", [])),
        approximate=tuple(fold(w) for w in data.get("approximate", [])),
        ranks=frozenset(fold(w) for w in data.get("ranks", [])),
        privative=_keys(data.get("privative", []), lang),
        day_steps=tuple(fold(w) for w in data.get("day_steps", [])),
        steps=tuple(fold(w) for w in data.get("steps", [])),
        antonym_words=frozenset(
            whole_word(fold(w)) for pair in data.get("antonyms", []) for side in pair for w in side
        ),
        more=_folded(data.get("comparison", {}).get("more", [])),
        less=_folded(data.get("comparison", {}).get("less", [])),
        than=_folded(data.get("comparison", {}).get("than", [])),
        not_more=_folded(data.get("comparison", {}).get("negation", [])),
        superlative_articles=_folded(superlative.get("articles", [])),
        most=_folded(superlative.get("more", [])),
        least=_folded(superlative.get("less", [])),
        additive=tuple(fold(w) for w in data.get("additive", [])),
        since=tuple(data.get("since", [])),
        continuation=frozenset(fold(w) for w in data.get("continuation", [])),
        cessation=frozenset(fold(w) for w in data.get("cessation", [])),
        cessation_accented=frozenset(w.lower() for w in data.get("cessation", [])),
        no_longer=frozenset(fold(w) for w in data.get("no_longer", [])),
        subordinators=tuple(fold(w) for w in data.get("subordinators", [])),
        prohibition=frozenset(fold(w) for w in data.get("prohibition", [])),
        permission=frozenset(fold(w) for w in data.get("permission", [])),
        predicate_endings=tuple(data.get("predicate_endings", [])),
        source_markers=tuple(fold(w) for w in data.get("source_markers", [])),
        authorities=tuple(fold(w) for w in data.get("authorities", [])),
        dating=frozenset(fold(w) for w in data.get("dating", [])),
        quantifier_words=frozenset(
            whole_word(fold(w)) for ws in data.get("quantifiers", {}).values() for w in ws
        ),
        quantity_words=frozenset(
            whole_word(fold(w))
            for key in ("quantity", "quantity_before_number")
            for w in data.get(key, [])
        ),
        # these two are read in the language's own list only, never the English fallback
        ago_before=tuple(fold(w) for w in (own or {}).get("ago", {}).get("before", [])),
        ago_after=tuple(fold(w) for w in (own or {}).get("ago", {}).get("after", [])),
        exclusive={
            fold(word): (i, member)
            for i, members in enumerate((own or {}).get("exclusive", []))
            for member in members
            for word in member.split("|")
        },
        until=tuple(fold(w) for w in (own or {}).get("until", [])),
        deontic=tuple(
            (fold(phrase), kind)
            for kind, phrases in (own or {}).get("deontic", {}).items()
            for phrase in phrases
        ),
    )
