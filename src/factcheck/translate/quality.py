"""A quality estimate for every translated sentence, from any model, with no reference.

Signals, each read from the source sentence and its English alone:

- ``lost``: names, numbers and dates of the source the English does not
  carry (FC401's reading, :func:`factcheck.rules.fc401_translation_lost_entity.lost_in_translation`);
- ``invented``: names, numbers and dates in the English that the source lacks;
- ``length``: how far the length ratio (English / source characters) is from
  a translation's usual ratio;
- ``repeated``: repeated words and loops, or an empty English;
- ``copied``: source words carried through untranslated;
- ``adequacy``: the share of the source's content words whose dictionary
  translation (:mod:`factcheck.translate.lexicon`) is in the English.

They are combined as ``score = 1 / (1 + exp(-z))`` with ``z`` a weighted sum
of the penalties (:data:`WEIGHTS`, chosen on the tuning half of the dev set
in ``bench/data/translation_quality/``; ``bench/translation_quality.py``
prints the ROC AUC on both halves). A sentence is reliable when its score
is at least :data:`THRESHOLD`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from factcheck.claims.fold import fold
from factcheck.core.langdata import lang_json
from factcheck.core.model import SentenceQuality, TranslatedSentence, Translation
from factcheck.entities.kb.model import KnowledgeBase
from factcheck.entities.names import name_spans
from factcheck.entities.titles import vocabulary
from factcheck.rules.fc401_translation_lost_entity import kb_mentions, lost_in_translation
from factcheck.text.dates import DateExpression, find_date_expressions
from factcheck.text.document import Document
from factcheck.text.numbers import find_numbers, number_data
from factcheck.translate import lexicon as lx

ENGLISH = "en"
USUAL_RATIO = 0.92  # English characters per French character in the dev set's correct pairs

# Weights of the penalties in z (tuned on the tuning half only).
WEIGHTS = {
    "bias": 0.75,
    "lost": 8.0,
    "invented": 1.6,
    "length": 8.0,
    "repeated": 8.0,
    "copied": 3.0,
    "adequacy": 1.6,
}
THRESHOLD = 0.5
# Correct translations vary this much (log length ratio; share of words the
# lexicon cannot confirm) without anything being wrong: no penalty inside.
LENGTH_SLACK = 0.25
ADEQUACY_SLACK = 0.35
MAX_LISTED = 4  # lost or invented items named in the reasons; the others are counted
# A signal is named among the reasons when its penalty reaches this.
REASON_AT = {"length": 0.2, "repeated": 0.3, "copied": 0.5, "adequacy": 0.2}


@dataclass
class Signals:
    lost: list[str] = field(default_factory=list)  # "name 'Keir Starmer'"
    invented: list[str] = field(default_factory=list)
    length_ratio: float = 1.0
    repeated: float = 0.0  # 0..1
    copied: float = 0.0  # 0..1: share of the source's words left as they were
    adequacy: float | None = None  # 0..1, None when too few words are known

    def penalties(self) -> dict[str, float]:
        ratio = max(self.length_ratio, 0.01)
        return {
            "lost": float(len(self.lost)),
            "invented": float(len(self.invented)),
            "length": max(0.0, abs(math.log(ratio / USUAL_RATIO)) - LENGTH_SLACK),
            "repeated": self.repeated,
            "copied": self.copied,
            "adequacy": 0.0
            if self.adequacy is None
            else max(0.0, 1.0 - self.adequacy - ADEQUACY_SLACK),
        }


def assess_translation(
    translation: Translation, document: Document, kb: KnowledgeBase
) -> Translation:
    """The translation with a quality estimate on every sentence."""
    return replace(
        translation,
        sentences=[replace(s, quality=estimate(document, s, kb)) for s in translation.sentences],
    )


def estimate(
    document: Document, sentence: TranslatedSentence, kb: KnowledgeBase
) -> SentenceQuality:
    signals = read_signals(document, sentence, kb)
    return combine(signals)


def combine(signals: Signals, weights: dict[str, float] | None = None) -> SentenceQuality:
    w = weights or WEIGHTS
    penalties = signals.penalties()
    z = w["bias"] - sum(w[name] * value for name, value in penalties.items())
    score = round(1 / (1 + math.exp(-max(-50.0, min(50.0, z)))), 4)
    reliable = score >= THRESHOLD
    return SentenceQuality(score, reliable, tuple(reasons(signals, penalties, w, reliable)))


def reasons(
    signals: Signals, penalties: dict[str, float], w: dict[str, float], reliable: bool
) -> list[str]:
    out = _listed("lost", signals.lost) + _listed("invented", signals.invented)
    if penalties["length"] >= REASON_AT["length"]:
        out.append(f"length ratio {signals.length_ratio:.2f}")
    if penalties["repeated"] >= REASON_AT["repeated"]:
        out.append("repeated words")
    if penalties["copied"] >= REASON_AT["copied"]:
        out.append(f"{signals.copied:.0%} of the source words copied untranslated")
    if signals.adequacy is not None and penalties["adequacy"] >= REASON_AT["adequacy"]:
        out.append(f"only {signals.adequacy:.0%} of the source's words translated")
    if not out and not reliable:  # no single signal stands out: name the heaviest
        name = max(penalties, key=lambda k: w[k] * penalties[k])
        if w[name] * penalties[name] > 0:
            out.append(f"weak {name} signal")
    return out


def _listed(verb: str, items: list[str]) -> list[str]:
    """ "lost name 'X'" for the first few items; a loop can invent dozens of names."""
    shown = [f"{verb} {item}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        shown.append(f"{verb} {len(items) - MAX_LISTED} more")
    return shown


def read_signals(document: Document, sentence: TranslatedSentence, kb: KnowledgeBase) -> Signals:
    source, english, lang = sentence.source, sentence.text, document.lang
    if not english.strip():
        return Signals(length_ratio=0.0, repeated=1.0)
    # A known name written all in lower case is a common word ("la libération"
    # is no newspaper): not a lost name.
    lost = [
        x
        for x in lost_in_translation(document, sentence, kb)
        if x.kind != "name" or not document.text[x.start : x.end].islower()
    ]
    signals = Signals(
        lost=[f"{x.kind} '{document.text[x.start : x.end]}'" for x in lost],
        length_ratio=len(english) / max(1, len(source)),
        repeated=repetition(english),
        copied=copied(source, english, lang),
    )
    signals.adequacy, _ = lx.adequacy(source, english, lang)
    signals.invented = invented(document, sentence, kb)
    return signals


# Repetition and copying -----------------------------------------------------


def repetition(english: str) -> float:
    """0 for varied words; up to 1 for loops ("the the the", a phrase said thrice)."""
    tokens = lx.words(english)
    if len(tokens) < 4:
        return 0.0
    runs = max(
        (len(m.group()) for m in re.finditer(r"(\b\w+\b)(?:\W+\1\b){2,}", english)), default=0
    )
    loops = 1.0 if runs else 0.0
    for n in (2, 3, 4):
        grams = [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        if grams and max(grams.count(g) for g in set(grams)) >= 3:
            loops = 1.0
    content = [t for t in tokens if t not in lx.stop_words(ENGLISH)]
    repeated = 1 - len(set(content)) / len(content) if len(content) >= 4 else 0.0
    return max(loops, min(1.0, 2 * max(0.0, repeated - 0.2)))


def copied(source: str, english: str, lang: str) -> float:
    """Share of the source's content words written as they are in the English.

    Names and cognates ("budget", "sanctions") are shared by correct
    translations too, so only words the English dictionary does not know
    count (or the whole sentence, when it came back unchanged).
    """
    if fold(source).strip() == fold(english).strip():
        return 1.0
    names = {fold(t.text) for span in name_spans(source) for t in span.tokens}
    words = [w for w in lx.content_words(source, lang) if w not in names]
    if len(words) < 3:
        return 0.0
    table = lx.lexicon(lang)
    english_known = table.english_stems if table else frozenset()
    echoed = set(lx.words(english))
    kept = [w for w in words if w in echoed and lx.stem(w, ENGLISH) not in english_known]
    return len(kept) / len(words)


# Invented names, numbers and dates -------------------------------------------


def invented(document: Document, sentence: TranslatedSentence, kb: KnowledgeBase) -> list[str]:
    return (
        _invented_names(document, sentence, kb)
        + _invented_numbers(document, sentence)
        + _invented_dates(document, sentence)
    )


def _invented_names(
    document: Document, sentence: TranslatedSentence, kb: KnowledgeBase
) -> list[str]:
    english, lang = sentence.text, document.lang
    source_words = set(lx.words(sentence.source))
    known = _source_names(document, sentence, kb) | source_words
    offered = lx.english_of(sentence.source, lang)
    out = []
    for span in name_spans(english):
        # Ordinary English words capitalised in a name ("Court of Auditors")
        # say nothing: only the name's own words must come from the source.
        tokens = [t for t in (fold(t.text) for t in span.tokens) if not _common(t)]
        if not tokens:
            continue
        if not any(_present(t, known, offered) for t in tokens):
            out.append(f"name '{english[span.start : span.end]}'")
    return out


def _common(word: str) -> bool:
    """An ordinary English word: a stop word, a title's word, or a dictionary word."""
    table = lx.lexicon("fr")
    if word in lx.stop_words(ENGLISH) or word in _title_words():
        return True
    return table is not None and lx.stem(word, ENGLISH) in table.english_stems


@cache
def _title_words() -> frozenset[str]:
    vocab = vocabulary(ENGLISH)
    if vocab is None:
        return frozenset()
    return frozenset(w for form in vocab.forms.values() for w in lx.words(form.text))


def _present(token: str, known: set[str], offered: set[str]) -> bool:
    parts = [p for p in re.split(r"[-'’]", token) if p]
    for part in parts:
        if part in known or any(lx.cognate(part, k) for k in known):
            return True
        if lx.stem(part, ENGLISH) in offered:
            return True
    return False


def _source_names(document: Document, sentence: TranslatedSentence, kb: KnowledgeBase) -> set[str]:
    """Words of every English form of the names in the source (KB entities, places)."""
    words: set[str] = set()
    for _, _, forms in kb_mentions(document.text, sentence, kb):
        for form in forms:
            words.update(lx.words(form))
    folded = fold(sentence.source)
    for french, english_forms in _place_names(document.lang).items():
        if re.search(rf"(?<!\w){re.escape(french)}(?!\w)", folded):
            for form in english_forms:
                words.update(lx.words(form))
    return words


@cache
def _place_names(lang: str) -> dict[str, tuple[str, ...]]:
    data = lang_json(lang, "translation.json") or {}
    return {fold(k): tuple(v) for k, v in data.get("names", {}).items()}


def _invented_numbers(document: Document, sentence: TranslatedSentence) -> list[str]:
    source_data, english_data = number_data(document.lang), number_data(ENGLISH)
    if source_data is None or english_data is None:
        return []
    values: set[Decimal] = {
        n.value for n in find_numbers(sentence.source, source_data, equivalents=True)
    }
    for d in find_date_expressions(sentence.source, document.lang):
        values |= {Decimal(v) for v in (d.day, d.year) if v}
    out = []
    for number in find_numbers(sentence.text, english_data):
        if number.spelled and number.value <= 1:
            continue  # "one", "a": too common to tell
        if number.value not in values and number.value * 100 not in values:
            out.append(f"number '{sentence.text[number.start : number.end]}'")
    return out


def _invented_dates(document: Document, sentence: TranslatedSentence) -> list[str]:
    source = find_date_expressions(sentence.source, document.lang)
    out = []
    for date in find_date_expressions(sentence.text, ENGLISH):
        if not any(_same_date(date, s) for s in source):
            out.append(f"date '{date.text}'")
    return out


def _same_date(english: DateExpression, source: DateExpression) -> bool:
    if english.offset is not None or source.offset is not None:
        return english.offset == source.offset
    if english.month is None and source.month is None:
        return english.weekday == source.weekday
    return english.month == source.month and english.day in (None, source.day)
