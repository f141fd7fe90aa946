"""Titles of office written next to names ("le président français Emmanuel Macron").

The vocabulary is data, one file per language (``data/<lang>/titles.json``):
title forms with their gender, determiners, time modifiers ("ancien",
"former"), nationality adjectives, generic words and the little grammar a
title phrase needs (connectors, adjective endings). This module reads it;
:mod:`factcheck.entities.title_phrase` finds a title phrase around a title
word, with offsets into the original text:

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
from factcheck.text.normalize import loose_alternation, loose_pattern, normalize


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
    modifiers: list[Part] = field(default_factory=list)  # before the title, outside start:end
    parts: list[Part] = field(default_factory=list)
    country: str | None = None
    complement: str | None = None
    time: str | None = None  # "past", "future" or None (now)

    @property
    def genders(self) -> set[str]:
        """The grammatical genders the phrase's words carry."""
        parts = [*self.parts, *self.modifiers, *([self.determiner] if self.determiner else [])]
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
        # "ancienne" -> its gender and both forms; epicene modifiers are left out.
        self.modifier_forms: dict[str, tuple[str, dict[str, str]]] = {}
        for male, female in data.get("modifier_female", {}).items():
            if male.startswith("_"):
                continue
            forms = {"male": male, "female": female}
            self.modifier_forms[normalize(male)] = ("male", forms)
            self.modifier_forms[normalize(female)] = ("female", forms)
        self.generic = {normalize(w) for w in data["generic"]}
        self.past_prefix: dict[str, str] = data["past_prefix"]
        self.elided_determiners: dict[str, str] = {
            normalize(k): v
            for k, v in data.get("elided_determiners", {}).items()
            if not k.startswith("_")
        }
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
        grammar = data["grammar"]
        # Words joining a title to its complement ("ministre de l'Intérieur",
        # "Secretary of State"), and those that give a title a noun of its own.
        connectors = loose_alternation(grammar["connectors"])
        self.connector = re.compile(rf"\s+(?:{connectors})\s*(?=[A-ZÀ-ÖØ-Þ])")
        inner = loose_alternation(grammar["inner_noun"])
        self.inner_noun = re.compile(rf"\s(?:{inner})[\s'’]", re.IGNORECASE)
        self.conjunction = re.compile(rf"\s+(?:{loose_alternation(grammar['and'])})(?=\s)")
        suffixes = grammar.get("adjective_suffixes", [])
        # Lower-case words that end an adjective, allowed after a capitalised
        # complement: "ministre des Affaires étrangères", "de la Transition écologique".
        self.adjective = re.compile(rf"\w+(?:{'|'.join(suffixes)})") if suffixes else None
        self.nationality_first = bool(grammar.get("nationality_before_title"))
        self.function_words = frozenset(normalize(w) for w in grammar["function_words"])

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


def _alternation(words: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(loose_pattern(w) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _suffix_alternation(words: Any, hyphen: bool = False) -> re.Pattern[str]:
    """Matches one of ``words`` right at the end of a string, before spaces (or a hyphen)."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(loose_pattern(w) for w in ordered)
    tail = r"(?:\s+|(?<=-))$" if hyphen else r"(?:\s+|(?<=['’ʼ]))$"
    return re.compile(rf"(?<!\w)(?:{body}){tail}", re.IGNORECASE)


@cache
def vocabulary(lang: str) -> Vocabulary | None:
    """The title vocabulary for ``lang``, or None when factcheck has none."""
    data = lang_json(lang, "titles.json")
    return None if data is None else Vocabulary(lang, data)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name ``countries.json`` gives a country, as written, and the country's
    English name ("Royaume-Uni": "United Kingdom")."""
    data = shared_json("countries.json")
    return {
        name: country
        for country, aliases in data.items()
        if not country.startswith("_")
        for name in (country, *aliases)
    }


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {normalize(name): country for name, country in country_names().items()}


def country_of(name: str) -> str | None:
    """The English country name for ``name`` ("États-Unis", "UK"), if known."""
    key = _article_pattern().sub("", normalize(name))  # a whole word: not the "Le" of "Lettonie"
    return _countries().get(key)


@lru_cache(maxsize=1)
def _article_pattern() -> re.Pattern[str]:
    articles = sorted(shared_json("countries.json")["_articles"], key=len, reverse=True)
    alternatives = "|".join(re.escape(a) + ("" if a.endswith("'") else r"\s+") for a in articles)
    return re.compile(rf"^(?:{alternatives})")


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
