"""The knowledge base's names, indexed for the near-miss search of FC101.

One index per knowledge base, built once and kept by it
(:meth:`KnowledgeBase.derived`): every exact name (the knowledge base's own
table of accepted and translated names, plus each person's surname) and,
for each person's accepted names, the keys the near-miss search looks up:

- the name without spaces or hyphens ("EmmanuelMacron", "Bart Dewever");
- each word at its place ("starmer" as the 2nd of 2 words), so that a
  name with one word misspelled is found through the words that are right;
- each script's transliteration key ("Wolodymyr Selenskyj");
- surnames by first letter, for a surname written alone.

Every lookup costs the same whatever the article's length, so the search
is linear in the number of windows tried, which the longest name bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from factcheck.core.langdata import lang_file
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.names import name_spans, particles
from factcheck.entities.spelling import Difference, Kind, compact, parts_difference, word_difference
from factcheck.entities.titles import country_of, vocabulary
from factcheck.entities.translit import Table, tables_for
from factcheck.text.normalize import normalize

SURNAME_SCORE = 88.0  # rapidfuzz ratio, 0-100: a surname written alone must be this close
MIN_SURNAME_LENGTH = 6
MAX_WINDOW = 10  # capitalised words in one name, at most, whatever the knowledge base says
TRANSLIT_FUZZY_LENGTH = 10  # keys this long may still differ by one letter
# Accents French copy puts on names romanised from another script.
ROMANISED_MARKS = frozenset("éè")
DISTINCTIVE_LENGTH = 9  # a lone surname this long, one letter off, is a misspelling anywhere


@dataclass(frozen=True)
class NameVariant:
    """One accepted name of a person, as the near-miss search compares it."""

    entity: Entity
    display: str
    key: str

    @property
    def words(self) -> list[str]:
        return self.key.split()


@dataclass(frozen=True)
class NearMiss:
    variant: NameVariant
    difference: Difference


class NameIndex:
    """Every name the knowledge base accepts, and each person's variants."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.known: dict[str, list[Entity]] = {k: list(v) for k, v in kb.names().items()}
        # the ids under each key, so that adding one is not a scan of the list (a claim file
        # whose people share many alias words made the scans quadratic)
        self._ids: dict[str, set[str]] = {k: {e.id for e in v} for k, v in self.known.items()}
        self.variants: list[NameVariant] = []
        # Every word of every title people hold ("président", "minister", ...),
        # from the title vocabulary and from the knowledge base's roles.
        self.title_words: set[str] = set()
        for lang in ("fr", "en"):
            vocab = vocabulary(lang)
            self.title_words.update(_title_words(vocab.forms_text() if vocab else ()))
        self._tables: dict[str, tuple[Table, ...]] = {}
        self._forms: dict[str, list[str]] = {}
        self._person_titles: dict[str, frozenset[str]] = {}
        self._own_names: dict[str, tuple[str, ...]] = {}
        self._own_words: dict[str, frozenset[str]] = {}
        # The last article's names (its text, its sentence starts, its
        # mentions and spans): the rules ask for one article's in turn.
        self.last_article: tuple[str, frozenset[int], tuple[Any, ...], tuple[Any, ...]] | None = (
            None
        )
        for entity in kb.entities.values():
            if entity.kind != "person":
                continue
            own: set[str] = set()
            for role in entity.roles:
                titles = (role.title, *(t for ts in role.titles.values() for t in ts))
                own |= _title_words(titles)
            self.title_words.update(own)
            self._person_titles[entity.id] = frozenset(own)
            names = (*entity.accepted_names, *entity.translated_names)
            self._own_names[entity.id] = tuple(normalize(n) for n in names)
            self._own_words[entity.id] = frozenset(
                w for n in self._own_names[entity.id] for w in n.split()
            )
            self._tables[entity.id] = tables_for({r.country for r in entity.roles if r.country})
            for name in entity.accepted_names:
                key = normalize(name)
                self.variants.append(NameVariant(entity, name, key))
                surname = _surname(key)
                if surname:
                    self._add(surname, entity)  # a surname alone is a correct mention
                    self._add_form(surname, name.split()[-1])
            for name in (*entity.accepted_names, *entity.translated_names):
                self._add_form(normalize(name), name)
        # Windows longer than any known name written as one run of capitalised
        # words can match nothing exactly; a near miss may split one word more
        # ("Xi Jin Ping"). Both bounds keep the search linear in the text.
        self.max_words = min(MAX_WINDOW, max(map(_tokens, _all_names(kb)), default=1))
        people = (n for e in kb.people() for n in e.accepted_names)
        self.max_near_words = min(MAX_WINDOW, 1 + max(map(_tokens, people), default=1))

    def _add_form(self, key: str, form: str) -> None:
        forms = self._forms.setdefault(key, [])
        if form not in forms:
            forms.append(form)

    def forms(self, key: str) -> list[str]:
        """How the knowledge base writes the people's names whose key is ``key``.

        Empty when the key also names something other than a person (an
        outlet, a body): their capitals are not checked.
        """
        entities = self.known.get(key, ())
        if any(entity.kind != "person" for entity in entities):
            return []
        return self._forms.get(key, [])

    def title_words_of(self, entity: Entity) -> frozenset[str]:
        """The words of the titles ``entity`` holds or held, normalized."""
        return self._person_titles.get(entity.id, frozenset())

    def own_names(self, entity: Entity) -> tuple[str, ...]:
        """The person's accepted and translated names, normalized."""
        return self._own_names.get(entity.id, ())

    def own_words(self, entity: Entity) -> frozenset[str]:
        """Every word of the person's names, normalized."""
        return self._own_words.get(entity.id, frozenset())

    def added_marks(self, entity: Entity) -> frozenset[str]:
        """Diacritics the romanisations of this person's name may add: the script's
        table's ("ï" in "Sergueï"), and French accents on any name the knowledge
        base also writes in another script ("Nétanyahou" for "Netanyahou")."""
        marks = frozenset(m for t in self._tables.get(entity.id, ()) for m in t.added_marks)
        if any(_other_script(name) for name in entity.accepted_names):
            marks |= ROMANISED_MARKS
        return marks

    def _add(self, key: str, entity: Entity) -> None:
        ids = self._ids.setdefault(key, set())
        if entity.id not in ids:
            ids.add(entity.id)
            self.known.setdefault(key, []).append(entity)

    @cached_property
    def has_people(self) -> bool:
        return bool(self.variants)

    @cached_property
    def _compact(self) -> dict[str, list[NameVariant]]:
        found: dict[str, list[NameVariant]] = {}
        for variant in self.variants:
            if len(variant.words) > 1:
                found.setdefault(compact(variant.key), []).append(variant)
        return found

    @cached_property
    def _by_word(self) -> dict[tuple[int, int, str], list[NameVariant]]:
        found: dict[tuple[int, int, str], list[NameVariant]] = {}
        small = particles()
        for variant in self.variants:
            words = variant.words
            if len(words) > 1:
                for i, word in enumerate(words):
                    if word not in small:
                        found.setdefault((len(words), i, word), []).append(variant)
        return found

    @cached_property
    def _translit(self) -> dict[tuple[str, str], list[tuple[NameVariant, str]]]:
        found: dict[tuple[str, str], list[tuple[NameVariant, str]]] = {}
        for variant in self.variants:
            if len(variant.words) > 1:
                for table in self._tables.get(variant.entity.id, ()):
                    first = table.first_word_key(variant.key)
                    found.setdefault((table.script, first), []).append(
                        (variant, table.key(variant.key))
                    )
        return found

    @cached_property
    def _surnames(self) -> dict[str, list[tuple[NameVariant, str]]]:
        found: dict[str, list[tuple[NameVariant, str]]] = {}
        for variant in self.variants:
            surname = _surname(variant.key)
            if surname:
                found.setdefault(surname[:1], []).append((variant, surname))
        return found

    def closest(self, key: str, lone: bool) -> NearMiss | None:
        """The person's name ``key`` (a normalized window) is a near miss of, if any.

        ``lone`` says the window is one capitalised word that may be a
        surname written alone; glued names are looked for in any window.
        """
        glued = self.spaced(key)
        if glued is not None:
            return glued
        words = key.split()
        if len(words) == 1:
            return self._lone_surname(key) if lone else None
        best: NearMiss | None = None
        for i, word in enumerate(words):
            for variant in self._by_word.get((len(words), i, word), ()):
                difference = parts_difference(words, variant.words)
                if difference is not None and (
                    best is None or difference.distance < best.difference.distance
                ):
                    best = NearMiss(variant, difference)
        return best or self._particles_differ(words) or self._transliteration(key)

    @cached_property
    def _by_content(self) -> dict[str, list[NameVariant]]:
        """Names of two content words or more, keyed without their particles."""
        found: dict[str, list[NameVariant]] = {}
        for variant in self.variants:
            content = _content(variant.words)
            if len(content) >= 2:
                found.setdefault(" ".join(content), []).append(variant)
        return found

    def _particles_differ(self, words: list[str]) -> NearMiss | None:
        """A known name with a particle left out or added ("Ursula von Leyen")."""
        small = particles()
        content = _content(words)
        if len(content) < 2:
            return None
        plain = len(content) == len(words)
        written = "" if plain else " ".join(w for w in words if w in small)
        for variant in self._by_content.get(" ".join(content), ()):
            known = " ".join(w for w in variant.words if w in small)
            if known != written:
                return NearMiss(variant, Difference(Kind.PARTICLE, "particle", written, known))
        return None

    def distinctive(self, written: str, surname: str) -> bool:
        """Whether a lone word one letter off ``surname`` can only be that surname.

        A long surname that is no one's given name and no country, and a
        written word that is no French word ("Sheinbaun"), need no other
        mention of the person to be called a misspelling.
        """
        return (
            len(surname) >= DISTINCTIVE_LENGTH
            and OSA.distance(written, surname) == 1
            and surname not in self._given_words
            and not country_of(surname)
            and written not in dictionary_words()
        )

    @cached_property
    def joining_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """(words some person's name continues after, words some person's name holds
        after another): a lower-case word is joined to a name only beside them."""
        keys = {v.key for v in self.variants}  # people's names only
        words = [re.split(r"[ -]", key) for key in keys if " " in key or "-" in key]
        inner = frozenset(w for ws in words for w in ws[:-1])
        later = frozenset(w for ws in words for w in ws[1:])
        return inner, later

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every known name."""
        return frozenset(w for v in self.variants for w in v.words)

    @cached_property
    def _given_words(self) -> frozenset[str]:
        """The first word of every known name of two words or more: given names."""
        return frozenset(v.words[0] for v in self.variants if len(v.words) > 1)

    def ocr_numeral(self, word: str) -> str | None:
        """The regnal number a scanner misread ("lll" for "III", "Vl" for "VI"), if ``word`` is one."""
        if not _OCR_NUMERAL.fullmatch(word) or not _OCR_CONFUSED.search(word):
            return None
        numeral = _OCR_CONFUSED.sub("I", word)
        return numeral if _ROMAN.fullmatch(numeral) else None

    def spaced(self, key: str) -> NearMiss | None:
        """A known name of several words that ``key`` spells with other spaces or hyphens."""
        found = self._compact.get(compact(key))
        if not found or key in self.known:
            return None
        return NearMiss(found[0], Difference(Kind.SPACING, "name", key, found[0].key))

    @cached_property
    def _scripts(self) -> list[Table]:
        """The tables used by at least one person."""
        return list({t.script: t for group in self._tables.values() for t in group}.values())

    def _transliteration(self, key: str) -> NearMiss | None:
        for table in self._scripts:
            candidates = self._translit.get((table.script, table.first_word_key(key)))
            if not candidates:
                continue  # the common case, at the cost of one cached word key
            written = table.key(key)
            for variant, known in candidates:
                if written == known or (
                    len(known) >= TRANSLIT_FUZZY_LENGTH and OSA.distance(written, known) <= 1
                ):
                    forms = sorted(table.forms_in(key) - table.forms_in(variant.key))
                    difference = Difference(
                        Kind.TRANSLITERATION,
                        "name",
                        key,
                        variant.key,
                        0,
                        table.script,
                        tuple(forms),
                    )
                    return NearMiss(variant, difference)
        return None

    def _lone_surname(self, key: str) -> NearMiss | None:
        if len(key) < MIN_SURNAME_LENGTH:
            return None
        best: tuple[float, NameVariant, str] | None = None
        for variant, surname in self._surnames.get(key[:1], ()):
            score = fuzz.ratio(key, surname, score_cutoff=SURNAME_SCORE)
            if score and (best is None or score > best[0]):
                best = (score, variant, surname)
        if best is None:
            return None
        _, variant, surname = best
        difference = word_difference(key, surname, "name") or Difference(
            Kind.TYPO, "name", key, surname, OSA.distance(key, surname)
        )
        shown = NameVariant(variant.entity, variant.display.split()[-1], surname)
        return NearMiss(shown, difference)


def _other_script(name: str) -> bool:
    """Whether ``name`` is written in a script other than Latin (Hebrew, Arabic, Han...)."""
    return any(ch.isalpha() and ord(ch) > 0x24F for ch in name)


def _content(words: list[str]) -> list[str]:
    small = particles()
    return [w for w in words if w not in small]


_OCR_NUMERAL = re.compile(r"[IVXl1|]{1,5}")
_OCR_CONFUSED = re.compile(r"[l1|]")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


@cache
def dictionary_words() -> frozenset[str]:
    """French words (normalized), from the translation lexicons: never a misspelled surname."""
    words: set[str] = set()
    for name in ("lexicon_en.tsv", "lexicon_news_en.tsv"):
        entry = lang_file("fr", name)
        if entry is None:
            continue
        for line in entry.read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(normalize(line.split("\t", 1)[0]))
    return frozenset(words)


def _all_names(kb: KnowledgeBase) -> Iterable[str]:
    for entity in kb.entities.values():
        yield from entity.accepted_names
        yield from entity.translated_names


def _tokens(name: str) -> int:
    """How many capitalised words ``name`` has, if it is one run of them (else 1)."""
    spans = name_spans(name, elided=True)
    return len(spans[0].tokens) if len(spans) == 1 else 1


def _title_words(titles: Iterable[str]) -> set[str]:
    """The words of titles that can announce a name (short words like "de" left out)."""
    return {
        word
        for title in titles
        for word in normalize(title).replace("'", " ").split()
        if len(word) > 3
    }


def _surname(key: str) -> str | None:
    """The last word of a normalized name, unless it ends the country closing a
    royal's name ("Charles III du Royaume-Uni", "Charles III of the United Kingdom")."""
    words = key.split()
    if any(country_of(" ".join(words[i:])) for i in range(1, len(words))):
        return None
    return words[-1]
