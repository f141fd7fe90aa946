"""Titles of office written next to names ("le président français Emmanuel Macron").

The vocabulary is data, one file per language in ``factcheck/data/titles/``:
title forms with their gender, determiners, time modifiers ("ancien",
"former"), nationality adjectives and generic words. This module finds a
title phrase around a title word, with offsets into the original text:

    de la  Première ministre britannique  Kiri Starmer
    ^det   ^title          ^qualifier     ^the name the phrase is attached to

FC102 decides whether the phrase fits the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from factcheck.core.langdata import lang_json, shared_json
from factcheck.text.normalize import normalize

_APOS = "['’ʼ]"
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]|\.(?=\w))*"
_CONNECTOR = re.compile(
    rf"\s+(?:de\s+la|de\s+l{_APOS}|des|du|de|d{_APOS}|à\s+la|à\s+l{_APOS}|aux|au|"
    r"of\s+the|of|for\s+the|for)\s*(?=[A-ZÀ-ÖØ-Þ])"
)
_INNER_NOUN = re.compile(rf"\s(?:de|du|des|d{_APOS}|à|of)[\s'’]", re.IGNORECASE)
_AND = re.compile(r"\s+(?:et|and)(?=\s)")
_CAPITALISED_WORD = re.compile(_CAPITALISED)
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ][\w’'-]*")
# Lower-case words that end an adjective, allowed after a capitalised
# complement: "ministre des Affaires étrangères", "de la Transition écologique".
_ADJECTIVE = re.compile(
    r"\w+(?:ique|iques|ère|ères|aire|aires|al|ale|ales|el|elle|els|elles|ien|ienne|iens|iennes|ies|"
    r"ier|iers|iste|istes|éen|éenne|éens|éennes|ais|aise|aises|ain|aine|ains|aines|aux|é|ée|és|ées|"
    r"if|ive|ifs|ives)"
)


@dataclass(frozen=True)
class TitleForm:
    """One written form of a title: its id, gender (None when epicene) and counterpart."""

    id: str
    text: str
    gender: str | None
    counterparts: dict[str, str]
    portfolio: bool


@dataclass(frozen=True)
class Nationality:
    country: str
    gender: str | None
    counterparts: dict[str, str]


@dataclass(frozen=True)
class Part:
    """A gendered word of a title phrase, and how it reads in each gender."""

    start: int
    end: int
    gender: str | None
    forms: dict[str, str]  # gender -> the word in that gender


@dataclass
class TitlePhrase:
    """A title around ``text[title_start:title_end]``; ``start:end`` is what a finding covers."""

    form: TitleForm
    start: int
    end: int
    outer_start: int  # including determiner and modifiers
    title_start: int
    title_end: int
    determiner: Part | None = None
    parts: list[Part] = field(default_factory=list)
    country: str | None = None
    complement: str | None = None
    time: str | None = None  # "past", "future" or None (now)

    @property
    def genders(self) -> set[str]:
        """The grammatical genders the phrase's words carry."""
        parts = [*self.parts, *([self.determiner] if self.determiner else [])]
        return {p.gender for p in parts if p.gender}


class Vocabulary:
    """The title vocabulary of one language."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.forms: dict[str, TitleForm] = {}
        self.portfolio_ids: set[str] = set()
        for entry in data["titles"]:
            self._add_title(entry)
        self.title_pattern = _alternation(self.forms_text())
        self.determiners: dict[str, str | None] = {
            normalize(k): v for k, v in data["determiners"].items()
        }
        self.determiner_forms: dict[str, dict[str, str]] = {
            gender: {normalize(k): v for k, v in forms.items()}
            for gender, forms in data["determiner_forms"].items()
        }
        self.modifiers: dict[str, str | None] = {}
        modifier_words: list[str] = []
        for time, words in data["modifiers"].items():
            modifier_words.extend(words)
            for word in words:
                self.modifiers[normalize(word)] = None if time == "neutral" else time
        self.generic = {normalize(w) for w in data["generic"]}
        self.past_prefix: dict[str, str] = data["past_prefix"]
        self.nationalities: dict[str, Nationality] = {}
        for male, info in data["nationalities"].items():
            female = info.get("female", male)
            forms = {"male": male, "female": female}
            epicene = normalize(male) == normalize(female)
            self.nationalities[normalize(male)] = Nationality(
                info["country"], None if epicene else "male", forms
            )
            self.nationalities[normalize(female)] = Nationality(
                info["country"], None if epicene else "female", forms
            )
        self.determiner_pattern = _suffix_alternation(data["determiners"])
        self.modifier_pattern = _suffix_alternation(modifier_words, hyphen=True)
        self.nationality_pattern = _suffix_alternation(list(data["nationalities"]))
        self.generic_pattern = _alternation(data["generic"])
        nationality_words = [
            *data["nationalities"],
            *(info.get("female", male) for male, info in data["nationalities"].items()),
        ]
        self.post_words = _alternation([*nationality_words, *modifier_words])

    def _add_title(self, entry: dict[str, Any]) -> None:
        males, females = entry["male"], entry["female"]
        if entry.get("portfolio"):
            self.portfolio_ids.add(entry["id"])
        for gender, own, other in (("male", males, females), ("female", females, males)):
            for i, text in enumerate(own):
                key = normalize(text)
                twin = other[i] if i < len(other) else (other[0] if other else text)
                epicene = normalize(twin) == key
                previous = self.forms.get(key)
                if previous is not None and previous.gender != gender:
                    epicene = True
                counterparts = {gender: text, ("female" if gender == "male" else "male"): twin}
                self.forms[key] = TitleForm(
                    entry["id"],
                    text,
                    None if epicene else gender,
                    counterparts,
                    bool(entry.get("portfolio")),
                )

    def forms_text(self) -> list[str]:
        return [form.text for form in self.forms.values()]

    def form(self, written: str) -> TitleForm | None:
        return self.forms.get(normalize(written))

    def title_matches(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        for match in self.title_pattern.finditer(text, start, end):
            before = text[max(start, match.start() - 5) : match.start()].casefold()
            if before.endswith("-") and not before.endswith(("ex-", "then-")):
                continue  # part of a compound: "co-président", "sous-ministre"
            yield match

    def ids_in(self, label: str) -> set[str]:
        """Title ids a claim-file title names ("Prime Minister of the United Kingdom")."""
        ids = set()
        for match in self.title_pattern.finditer(label):
            form = self.form(match.group())
            if form is not None:
                ids.add(form.id)
        return ids


def _pattern_text(word: str) -> str:
    escaped = re.escape(word.replace("’", "'")).replace(r"\ ", " ")
    return escaped.replace("'", _APOS).replace(" ", r"\s+")


def _alternation(words: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(_pattern_text(w) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _suffix_alternation(words: Any, hyphen: bool = False) -> re.Pattern[str]:
    """Matches one of ``words`` right at the end of a string, before spaces (or a hyphen)."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(_pattern_text(w) for w in ordered)
    tail = r"(?:\s+|(?<=-))$" if hyphen else r"(?:\s+|(?<=['’ʼ]))$"
    return re.compile(rf"(?<!\w)(?:{body}){tail}", re.IGNORECASE)


@cache
def vocabulary(lang: str) -> Vocabulary | None:
    """The title vocabulary for ``lang``, or None when factcheck has none."""
    data = lang_json(lang, "titles.json")
    return None if data is None else Vocabulary(lang, data)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    data = shared_json("countries.json")
    names: dict[str, str] = {}
    for country, aliases in data.items():
        if country.startswith("_"):
            continue
        for name in (country, *aliases):
            names[normalize(name)] = country
    return names


def country_of(name: str) -> str | None:
    """The English country name for ``name`` ("États-Unis", "UK"), if known."""
    key = normalize(name)
    key = re.sub(r"^(?:the\s+|la\s+|le\s+|l')", "", key)  # not the "Le" of "Lettonie"
    return _countries().get(key)


def same_country(a: str, b: str) -> bool:
    return (country_of(a) or normalize(a)) == (country_of(b) or normalize(b))


@lru_cache(maxsize=1)
def _related() -> dict[str, set[str]]:
    groups = shared_json("related_titles.json")["related"]
    related: dict[str, set[str]] = {}
    for group in groups:
        for title_id in group:
            related.setdefault(title_id, set()).update(group)
    return related


def related_ids(title_id: str) -> set[str]:
    """``title_id`` and the ids naming the same office somewhere."""
    return {title_id} | _related().get(title_id, set())


def parse_phrase(
    text: str,
    match: re.Match[str],
    vocab: Vocabulary,
    lower: int,
    upper: int,
    stops: frozenset[int] = frozenset(),
) -> TitlePhrase | None:
    """The title phrase around the title word ``match``, within ``text[lower:upper]``.

    ``stops`` are offsets where names start: a complement never runs into a name.
    """
    form = vocab.form(match.group())
    if form is None:
        return None
    phrase = TitlePhrase(
        form=form,
        start=match.start(),
        end=match.end(),
        outer_start=match.start(),
        title_start=match.start(),
        title_end=match.end(),
    )
    phrase.parts.append(Part(match.start(), match.end(), form.gender, form.counterparts))
    _parse_before(text, phrase, vocab, lower)
    _parse_after(text, phrase, vocab, upper, stops)
    return phrase


def _parse_before(text: str, phrase: TitlePhrase, vocab: Vocabulary, lower: int) -> None:
    window_start = max(lower, phrase.outer_start - 120)
    while True:
        before = text[window_start : phrase.outer_start]
        nationality = vocab.nationality_pattern.search(before)
        if nationality is not None and vocab.lang == "en":
            start = window_start + nationality.start()
            info = vocab.nationalities[normalize(nationality.group().strip())]
            phrase.country = phrase.country or info.country
            phrase.start = phrase.outer_start = start
            continue
        possessive = re.search(rf"({_CAPITALISED}){_APOS}s\s+$", before)
        if possessive is not None and country_of(possessive.group(1)):
            phrase.country = phrase.country or country_of(possessive.group(1))
            phrase.start = phrase.outer_start = window_start + possessive.start()
            continue
        modifier = vocab.modifier_pattern.search(before)
        if modifier is not None:
            key = normalize(modifier.group().strip())
            time = vocab.modifiers.get(key, vocab.modifiers.get(key.rstrip("-")))
            phrase.time = phrase.time or time
            phrase.outer_start = window_start + modifier.start()
            continue
        determiner = vocab.determiner_pattern.search(before)
        if determiner is not None:
            word = determiner.group().strip()
            key = normalize(word)
            gender = vocab.determiners.get(key)
            forms = {
                g: vocab.determiner_forms.get(g, {}).get(key, word) for g in ("male", "female")
            }
            start = window_start + determiner.start()
            phrase.determiner = Part(start, start + len(word), gender, forms)
            phrase.outer_start = start
        return


def _parse_after(
    text: str, phrase: TitlePhrase, vocab: Vocabulary, upper: int, stops: frozenset[int]
) -> None:
    pos = phrase.end
    complements: list[str] = []
    # A country before the title ("British Prime Minister") stands. After it, a
    # nationality adjective names the country, and a complement does until a
    # further complement qualifies it: "président de la République" is France's,
    # "président de la République de Corée" is not ("Corée" is unknown here).
    fixed = phrase.country is not None
    from_complement = False
    while pos < upper:
        word = vocab.post_words.match(text, _skip_spaces(text, pos), upper)
        if word is not None and word.start() > pos:
            key = normalize(word.group())
            if key in vocab.nationalities:
                info = vocab.nationalities[key]
                if not fixed and (phrase.country is None or from_complement):
                    phrase.country, from_complement = info.country, False
                # An adjective agrees with the title only right after a title without
                # a noun of its own: "chef de la diplomatie américaine" agrees with
                # "diplomatie", "président de la République française" with "République".
                agrees = not complements and not _INNER_NOUN.search(phrase.form.text)
                gender = info.gender if agrees else None
                phrase.parts.append(Part(word.start(), word.end(), gender, info.counterparts))
            elif key in vocab.modifiers:
                phrase.time = phrase.time or vocab.modifiers[key]
            pos = phrase.end = word.end()
            continue
        if text.startswith("-", pos):
            modifier = re.match(r"-(\w+)", text[pos:upper])
            if modifier is not None and normalize(modifier.group()) in vocab.modifiers:
                phrase.time = phrase.time or vocab.modifiers[normalize(modifier.group())]
                pos = phrase.end = pos + modifier.end()
                continue
        # Another French adjective stays in the phrase, so the name after it is
        # still the title's: "le président fédéral Frank-Walter Steinmeier",
        # "la cheffe de la diplomatie européenne Kaja Kallas".
        adjective = _LOWER_WORD.match(text, _skip_spaces(text, pos), upper)
        if (
            vocab.lang == "fr"
            and adjective is not None
            and adjective.start() > pos
            and _ADJECTIVE.fullmatch(adjective.group())
        ):
            pos = phrase.end = adjective.end()
            continue
        joined = _AND.match(text, pos, upper) if complements else None
        connector = _CONNECTOR.match(text, joined.end() if joined else pos, upper)
        if connector is None:
            return
        end = _complement_end(text, connector.end(), upper, stops)
        if end is None:
            return
        complement = text[connector.end() : end]
        complements.append(complement)
        last = complement.split()[-1]  # "République ukrainienne"
        named = vocab.nationalities.get(normalize(last)) if last.islower() else None
        country = country_of(complement) or (named.country if named else None)
        if not fixed and (country or from_complement):
            phrase.country, from_complement = country, country is not None
        phrase.complement = normalize(" ".join(complements))
        pos = phrase.end = end


def _complement_end(text: str, start: int, upper: int, stops: frozenset[int]) -> int | None:
    """End of a capitalised complement ("États-Unis", "Affaires étrangères") from ``start``."""
    end: int | None = None
    pos = start
    while pos < upper:
        word_start = pos if end is None else _skip_spaces(text, pos)
        if end is not None and word_start == pos:
            break
        if word_start in stops:
            break
        capital = _CAPITALISED_WORD.match(text, word_start, upper)
        if capital is not None:
            end = pos = capital.end()
            continue
        lower = _LOWER_WORD.match(text, word_start, upper)
        if (
            end is not None
            and lower is not None
            # "Affaires étrangères", or a country named with a lower-case word: "Arabie saoudite"
            and (_ADJECTIVE.fullmatch(lower.group()) or country_of(text[start : lower.end()]))
        ):
            end = pos = lower.end()
            continue
        break
    return end


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\u202f\t":
        pos += 1
    return pos
