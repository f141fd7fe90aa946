"""What a text says, as language-neutral features: content words, numbers, dates, names.

A claim file may give only ``id``, ``text``, ``lang`` and ``verdict``, as
fact-check databases and ClaimReview feeds do. The matcher then reads the
claim's own text with the same reader it uses on the article: content words
(folded, stop words out, cut to a short stem so "Croatie" meets "Croates"),
the numbers and dates of :mod:`factcheck.text.values`, and capitalised
names. Numbers and dates mean the same in every language, so a French
sentence still meets an English claim on them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.claims.cues import cues_for
from factcheck.claims.fold import LETTERS, fold, phrase_pattern, stem
from factcheck.claims.stance import same_date
from factcheck.core.langdata import lang_json
from factcheck.text.shares import find_shares
from factcheck.text.values import DateValue, NumberValue, find_dates, find_numbers

STEM_LENGTH = 5  # "croatie" / "croates" -> "croat"; "remporté" / "remporter" -> "rempo"
MIN_REORDERED = 3  # letters an acronym needs to match its words in another order
_ACRONYM = re.compile(r"(?<![\w-])[A-ZÀ-Þ]{2,6}(?:-[A-ZÀ-Þ]{1,6})?(?![\w-])")  # "AP-HP" too
_MARKS = re.compile(r"[\u0300-\u036f]")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")


@cache
def word_key(folded_word: str) -> str:
    """The matching key of a folded word: endings cut until none is left, so that the
    plural and feminine forms meet ("sucrées" / "sucre", "hausses" / "hausse")."""
    return whole_word(folded_word)[:STEM_LENGTH]


@cache
def whole_word(folded_word: str) -> str:
    """The folded word with its endings cut, not shortened: "essence" stays apart
    from "essentiel" here, though both have the key "essen"."""
    word = folded_word
    while (shorter := stem(word)) != word:
        word = shorter
    return word


@cache
def _synonyms(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(word key -> group key, whole word -> group key) of ``data/<lang>/synonyms.json``.

    ``groups`` join words by their key; ``whole_word_groups`` join them only as
    whole words, for words whose key other words share ("essence" and
    "essentiel", "population" and "populaire")."""
    data = lang_json(lang, "synonyms.json") or {}
    by_key: dict[str, str] = {}
    by_word: dict[str, str] = {}
    for group in data.get("groups", []):
        keys = [word_key(fold(w)) for w in group if " " not in w]
        for key in keys:
            by_key.setdefault(key, keys[0])
    for group in data.get("whole_word_groups", []):
        words = [fold(w) for w in group if " " not in w]
        if not words:
            continue
        first = by_key.get(word_key(words[0]), word_key(words[0]))
        for word in words:
            by_word.setdefault(whole_word(word), first)
    return by_key, by_word


@dataclass(frozen=True)
class _Phrase:
    anchor: str  # its longest word, folded: a text must hold it for the phrase to be in it
    pattern: re.Pattern[str]
    key: str  # the key of its synonym group


@cache
def _phrases(lang: str) -> tuple[_Phrase, ...]:
    """The phrases of the synonym groups ("tremblement de terre" for "séisme"), for
    folded text."""
    data = lang_json(lang, "synonyms.json") or {}
    found = []
    for group in [*data.get("groups", []), *data.get("whole_word_groups", [])]:
        singles = [w for w in group if " " not in w]
        if not singles:
            continue
        key = lang_key(fold(singles[0]), lang)
        for phrase in group:
            if " " in phrase:
                folded = fold(phrase)
                anchor = max(LETTERS.findall(folded), key=len)
                found.append(_Phrase(anchor, phrase_pattern(phrase), key))
    return tuple(found)


@cache
def _phrases_by_anchor(lang: str) -> dict[str, list[_Phrase]]:
    """The synonym phrases by their longest word: a quick look-up that "les sans-abri" or
    "aux États-Unis" does not make for every text holding "les" or "aux"."""
    found: dict[str, list[_Phrase]] = {}
    for phrase in _phrases(lang):
        found.setdefault(phrase.anchor, []).append(phrase)
    return found


def _phrased(words: list[Word], folded: str, lang: str, start: int, end: int) -> list[Word]:
    """The words with each synonym phrase read as one word of its group's key."""
    segment = folded[start:end]  # the sentence, not the whole article, is searched
    for phrase in _phrases(lang):
        if phrase.anchor not in segment:  # its longest word: rarer than its first
            continue
        for m in phrase.pattern.finditer(folded, start, end):
            inside = [w for w in words if m.start() <= w.start < m.end()]
            if inside:
                words = [w for w in words if w not in inside]
                words.append(Word(phrase.key, inside[0].start, inside[0].end))
    return sorted(words, key=lambda w: w.start)


def lang_key(folded_word: str, lang: str) -> str:
    """The matching key of a folded word of ``lang``: its synonyms share it
    ("avortement" and "IVG", "raised" and "increased")."""
    by_key, by_word = _synonyms(lang)
    whole = whole_word(folded_word)
    if whole in by_word:
        return by_word[whole]
    key = whole[:STEM_LENGTH]
    return by_key.get(key, key)


@cache
def common_keys(lang: str) -> frozenset[str]:
    """The keys of the words most news articles of ``lang`` use ("France", "annoncé",
    "président": ``data/<lang>/common_words.json``); none for a language without the list."""
    data = lang_json(lang, "common_words.json") or {}
    return frozenset(lang_key(fold(w), lang) for w in data.get("words", []))


@dataclass(frozen=True)
class Word:
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Features:
    """What ``text[start:end]`` states; offsets are into ``text``."""

    words: tuple[Word, ...]
    numbers: tuple[NumberValue, ...]
    dates: tuple[DateValue, ...]
    names: tuple[Word, ...]  # capitalised words after the first word, keyed like words
    acronyms: tuple[Word, ...] = ()  # "OMS", "WHO": key = the letters, lower case
    shares: tuple[NumberValue, ...] = ()  # "la moitié", "50 %", "un sur deux": 0.5

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(w.key for w in self.words)

    @property
    def values(self) -> frozenset[Decimal]:
        return frozenset(n.value for n in self.numbers)


def index_terms(text: str, lang: str) -> set[str]:
    """The index terms of ``text`` read cheaply (no value reader): word keys and digits."""
    stop = cues_for(lang).stopwords
    folded = _quick_fold(text)
    words = set(LETTERS.findall(folded))
    terms = {lang_key(w, lang) for w in words if len(w) > 2 and w not in stop}
    by_anchor = _phrases_by_anchor(lang)
    terms |= {
        phrase.key
        for anchor in words & by_anchor.keys()
        for phrase in by_anchor[anchor]
        if phrase.pattern.search(folded)
    }
    for digits in re.findall(r"\d+(?:[.,]\d+)?", text):
        if len(digits) == 4 and digits[:2] in ("18", "19", "20"):
            terms.add(f"@{digits}")
    return terms


def _in_name(text: str, number: NumberValue) -> bool:
    """ "Covid-19", "Chandrayaan-3": a number that is part of a name."""
    at = number.start
    return at >= 2 and text[at - 1] in "-‑" and text[at - 2].isalpha()


def _quick_fold(text: str) -> str:
    """:func:`fold` without keeping offsets (index terms need none): lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _MARKS.sub("", decomposed)


def read_features(text: str, lang: str, start: int = 0, end: int | None = None) -> Features:
    stop = len(text) if end is None else end
    cues = cues_for(lang)
    stopwords, accented = cues.stopwords, cues.accented_content_words
    dates = find_dates(text, lang, start, stop)
    numbers = [n for n in find_numbers(text, lang, start, stop, dates) if not _in_name(text, n)]
    taken = [(d.start, d.end) for d in dates] + [(n.start, n.end) for n in numbers]
    folded = fold(text)
    words = []
    for m in LETTERS.finditer(folded, start, stop):
        w = m.group()
        if len(w) < 2 or any(s <= m.start() < e for s, e in taken):
            continue
        if w in stopwords and text[m.start() : m.end()].lower() not in accented:
            continue
        words.append(Word(lang_key(w, lang), m.start(), m.end()))
    words = _phrased(words, folded, lang, start, stop)
    names = []
    first = True
    for m in _NAME.finditer(text, start, stop):
        before = text[max(start, m.start() - 2) : m.start()]
        sentence_start = first and not text[start : m.start()].strip(" «\"“'(")
        first = False
        if sentence_start or before.endswith(". "):
            continue
        key = word_key(fold(m.group()).split("'")[-1].split("’")[-1])
        if key and key not in stopwords:
            names.append(Word(key, m.start(), m.end()))
    acronyms = tuple(
        Word(m.group().lower().replace("-", ""), m.start(), m.end())
        for m in _ACRONYM.finditer(text, start, stop)
    )
    for joined in (a for a in acronyms if "-" in text[a.start : a.end]):  # "AP-HP": one word
        words = [w for w in words if not joined.start <= w.start < joined.end]
        words.append(joined)
    words.sort(key=lambda w: w.start)
    return Features(
        tuple(words),
        tuple(numbers),
        tuple(d for d in dates if not d.relative),
        tuple(names),
        acronyms,
        tuple(find_shares(text, lang, start, stop)),
    )


NUMBER_WEIGHT = 1.5  # a number or a date says more about a claim than one word
DATE_WEIGHT = 1.5


def keys_only_in(features: Features, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The keys of the words that occur only inside ``spans`` (offsets into the text)."""
    inside: set[str] = set()
    outside: set[str] = set()
    for w in features.words:
        (inside if any(s <= w.start < e for s, e in spans) else outside).add(w.key)
    return frozenset(inside - outside)


def coverage(claim: Features, said: Features) -> tuple[float, tuple[str, ...]]:
    """Share of what the claim states that the sentence states too, and the shared items.

    Words count 1, numbers and dates :data:`NUMBER_WEIGHT`; a date is shared
    when both give it as precisely (a year for a year, a day for a day).
    """
    keys = claim.keys
    shared_words = keys & (said.keys | acronym_links(claim, said)[0])
    values = claim.values
    shared_values = values & said.values
    shared_dates = [
        d
        for d in claim.dates
        if any(same_date(d, e) and (d.month is None) == (e.month is None) for e in said.dates)
    ]
    # the claim's share said another way ("un Français sur deux" for "la moitié")
    shares = {v.value for v in claim.shares} & {v.value for v in said.shares}
    reworded = min(len(shares), len(values - shared_values))
    total = len(keys) + NUMBER_WEIGHT * len(values) + DATE_WEIGHT * len(claim.dates)
    got = len(shared_words) + NUMBER_WEIGHT * (len(shared_values) + reworded)
    got += DATE_WEIGHT * len(shared_dates)
    items = (
        *sorted(shared_words),
        *(f"{v.normalize():f}" for v in sorted(shared_values)),
        *(f"{v.normalize():f}" for v in sorted(shares)[:reworded]),
        *(d.iso() for d in shared_dates),
    )
    return (got / total if total else 0.0), items


def acronym_links(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    """(keys of ``a``, keys of ``b``) that stand for each other as an acronym and its
    expansion: "OMS" and "Organisation mondiale de la santé", "WHO" and "World Health
    Organization" (the first letters of consecutive content words)."""
    mine: set[str] = set()
    theirs: set[str] = set()
    for short, long, short_keys, long_keys in ((a, b, mine, theirs), (b, a, theirs, mine)):
        for acronym in short.acronyms:
            run = _expansion(acronym.key, long.words, {w.start for w in long.names})
            if run:
                short_keys.add(acronym.key)
                long_keys.update(run)
    return frozenset(mine), frozenset(theirs)


def _expansion(letters: str, words: tuple[Word, ...], named: set[int]) -> list[str]:
    """The run of words ``letters`` abbreviates: their initials in order, or, from three
    letters, in another order: an acronym often keeps its English order in French
    ("l'ISS" for "la Station spatiale internationale", "l'OTAN" for "NATO"). In
    another order, the run must hold a capitalised word (``named``: their starts), as
    an organisation's name does: "exportation de terres rares" is no "RTE"."""
    size = len(letters)
    runs = [words[i : i + size] for i in range(len(words) - size + 1)]
    for run in runs:
        if "".join(w.key[0] for w in run) == letters:
            return [w.key for w in run]
    if size >= MIN_REORDERED:
        for run in runs:
            if sorted(w.key[0] for w in run) == sorted(letters) and any(
                w.start in named for w in run
            ):
                return [w.key for w in run]
    return []
