"""FC401 translation-lost-entity: a name, number or date lost in the translation.

## What it flags
Words of a source sentence that its English translation does not carry
over:

- a name: a person, organisation or place the knowledge base knows ("Keir
  Starmer", "OTAN"), or any name of two or more capitalised words ("Angela
  Merkel"), missing from the English or changed ("Keir Stormer"). The
  English may use any accepted or English name of a known entity ("OTAN"
  -> "NATO") and the usual English form of well-known places ("La Haye" ->
  "The Hague", a data file per language in `factcheck/data/translation/`);
- a number, in digits or in words ("2 000", "7,3", "quatre"), whose value
  the English does not give ("2,000", "7.3", "four" or "4" are fine);
- a date: its day, month, year or weekday ("le 18 août" -> "on 18 August",
  "mardi" -> "Tuesday", "hier" -> "yesterday").

The finding covers the source words whose translation is lost. Nothing is
flagged when the article was not translated, nor in the unreliable
sentences of a translation that is not usable as a whole: FC402 then gives
one finding for the article, whose fix is another model, not a hand
correction of each name.

## Why it matters
The English translation is what editors who do not read the source
language check, summarize and quote. A name the model garbled or a figure
it dropped turns into an error in everything built on the translation,
and nobody reading only the English can see it.

## Example
    Emmanuel Macron se rendra à Berlin le 3 septembre.
    -> Emmanuel Macron will travel to Berlin.

FC401 flags "3 septembre": the date is missing from the English.

## Fix
Correct the translation by hand (or retranslate the sentence) before using
it, and keep the source wording for names and figures. A name the model
always renders differently can be added to the entity's `aliases` or
`translated_names` in the claim file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.claims.entities import CAPITAL_ARTICLE, entity_index
from factcheck.claims.fold import fold
from factcheck.core.langdata import lang_json
from factcheck.core.model import Finding, TranslatedSentence
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.names import NameSpan, name_spans
from factcheck.entities.people import find_mentions, name_index
from factcheck.entities.titles import vocabulary
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.dates import DAY, DateExpression, calendar, find_date_expressions
from factcheck.text.document import Document
from factcheck.text.normalize import normalize
from factcheck.text.numbers import find_numbers, number_data
from factcheck.text.quote import clipped

ENGLISH = "en"
KEEP_AS_WRITTEN = "keep the name as written"


@dataclass(frozen=True)
class Lost:
    """Source words ``start:end`` (offsets in the article) the translation lost."""

    start: int
    end: int
    kind: str  # "name", "number" or "date"
    expected: tuple[str, ...]  # what the English could have said
    suggestion: str | None = None  # what to write; None: the first expected form


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    translation = context.translation
    if translation is None or translation.target_lang != ENGLISH:
        return
    doc = context.document
    for sentence in translation.sentences:
        if translation.unusable_as_a_whole and not sentence.reliable:
            continue  # FC402's one finding for the article says what to do
        for lost in lost_in_translation(doc, sentence, context.kb):
            yield _finding(doc, rule, sentence, lost)


def lost_in_translation(
    doc: Document, sentence: TranslatedSentence, kb: KnowledgeBase
) -> list[Lost]:
    """What the English of ``sentence`` lost: names, then dates, then numbers."""
    english = sentence.text
    folded = fold(english)
    lost = _lost_names(doc, sentence, kb, folded)
    dates = find_date_expressions(doc.text, doc.lang, sentence.start, sentence.end)
    lost += [_lost(d) for d in dates if not _date_kept(d, english, folded)]
    taken = [(x.start, x.end) for x in lost] + [(d.start, d.end) for d in dates]
    taken += [(s.start, s.end) for s in name_spans(doc.text, sentence.start, sentence.end)]
    lost += _lost_numbers(doc, sentence, taken)
    lost.sort(key=lambda x: x.start)
    return lost


def _lost(expression: DateExpression) -> Lost:
    return Lost(expression.start, expression.end, "date", (_in_english(expression),))


def _in_english(expression: DateExpression) -> str:
    """How the English would write the date: "3 September", "Tuesday", "yesterday"."""
    cal = calendar(ENGLISH)
    assert cal is not None
    if expression.offset is not None:
        return next(w for w, n in cal.relative.items() if n == expression.offset)
    if expression.month is None:
        return next(w for w, n in cal.weekdays.items() if n == expression.weekday)
    month = next(w for w, n in cal.months.items() if n == expression.month)
    parts = [str(expression.day) if expression.day else "", month, str(expression.year or "")]
    return " ".join(p for p in parts if p)


# Names --------------------------------------------------------------------


def _lost_names(
    doc: Document, sentence: TranslatedSentence, kb: KnowledgeBase, folded: str
) -> list[Lost]:
    text = doc.text
    mentions = kb_mentions(text, sentence, kb)
    # A known entity is suggested in its knowledge-base form (forms[0]), never as written:
    # the written form may be the misspelling ("Kiri Starmer").
    lost = [
        Lost(start, end, "name", forms, forms[0])
        for start, end, forms in mentions
        if not any(_contains(folded, form) for form in forms)
    ]
    for span in name_spans(text, sentence.start, sentence.end):
        tokens = _name_tokens(text, span, sentence.start, doc.lang)
        if len(tokens) < 2 or any(s < tokens[-1][1] and tokens[0][0] < e for s, e, _ in mentions):
            continue
        start, end = tokens[0][0], tokens[-1][1]
        places = _place_names(doc.lang).get(_place_key(text[start:end]), ())
        forms = (text[start:end], *places)
        if not any(_contains(folded, form) for form in forms):
            keep = places[0] if places else KEEP_AS_WRITTEN
            lost.append(Lost(start, end, "name", forms, keep))
    return lost


def kb_mentions(
    text: str, sentence: TranslatedSentence, kb: KnowledgeBase
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Known entities in the sentence, with every form the English may give them.

    By name anywhere ("l'OTAN"), by surname, or by a near miss ("Kiri
    Starmer", kept if the English writes it so or gives the right name).
    """
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for m in find_mentions(text, name_index(kb), {sentence.start}, sentence.start, sentence.end):
        written = text[m.start : m.end]
        if m.exact and not _cased_like(written, _known_form(written, m.entities)):
            continue  # "Un" is not the UN, "l'Union européenne" not the daily L'Union
        forms = [written if m.exact else m.display, written]  # the KB's form first
        for entity in m.entities:
            forms += _names_of(entity, translated=_is_translated(text, m.start, m.end, entity))
        found.append((m.start, m.end, tuple(dict.fromkeys(forms))))
    index = entity_index(kb)  # the one entity index of this knowledge base, shared with claims
    for named in index.mentions(text, sentence.start, sentence.end):
        entity = kb.entities[named.entity_id]
        forms = [entity.name, text[named.start : named.end], *_names_of(entity, translated=True)]
        found.append((named.start, named.end, tuple(dict.fromkeys(forms))))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    for item in found:
        if not any(s < item[1] and item[0] < e for s, e, _ in kept):
            kept.append(item)
    kept.sort(key=lambda x: x[0])
    return kept


def _known_form(written: str, entities: tuple[Entity, ...]) -> str:
    """The knowledge base's spelling of ``written`` (the same name, maybe in other case)."""
    key = normalize(written)  # normalize folds every apostrophe to "'"
    for entity in entities:
        for name in entity.accepted_names:
            if normalize(name) == key:
                return name
    return written


def _cased_like(written: str, known: str) -> bool:
    """Whether ``written`` keeps the capitals that make ``known`` a name.

    Mentions are found without regard to case; an acronym ("UN") must be
    written in capitals, and a name that starts with a capitalised article
    ("L'Union", "Le Monde") with that article capitalised.
    """
    letters = [c for c in known if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return written.upper() == written
    if CAPITAL_ARTICLE.match(known):
        return written[:1].isupper()
    return True


def _names_of(entity: Entity, *, translated: bool) -> list[str]:
    names = list(entity.accepted_names)
    if entity.kind == "person":
        names += [n.split()[-1] for n in entity.accepted_names]
    if translated:  # written by a loose rendering: another rendering keeps it as well
        names += entity.translated_names
    return names


def _is_translated(text: str, start: int, end: int, entity: Entity) -> bool:
    written = normalize(text[start:end])
    return written in {normalize(n) for n in entity.translated_names}


def _name_tokens(
    text: str, span: NameSpan, sentence_start: int, lang: str
) -> list[tuple[int, int]]:
    """The span's words, less a capitalised first word that only starts the sentence."""
    tokens = [(t.start, t.end) for t in span.tokens]
    while tokens and _starts_sentence(text, tokens[0][0], sentence_start):
        word = text[tokens[0][0] : tokens[0][1]]
        if not _common_word(word, lang):
            break
        tokens = tokens[1:]
    return tokens


def _starts_sentence(text: str, start: int, sentence_start: int) -> bool:
    return not text[sentence_start:start].strip(" \"'«»“”‘’()[]—–-")


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Words that start sentences with a capital without being names."""
    data = lang_json(lang, "function_words.json") or {"words": []}
    words = {w.casefold() for w in data["words"]}
    cal = calendar(lang)
    if cal is not None:
        words |= {w.casefold() for w in (*cal.months, *cal.weekdays, *cal.relative)}
    numbers = number_data(lang)
    if numbers is not None:
        words |= set(numbers.words)
    vocab = vocabulary(lang)
    if vocab is not None:
        words |= {form.text.split()[0].casefold() for form in vocab.forms.values()}
    return frozenset(words)


def _common_word(word: str, lang: str) -> bool:
    key = word.casefold().replace("’", "'")
    words = _common_words(lang)
    return key in words or ("'" in key and key.split("'")[0] in words)


@cache
def _place_names(lang: str) -> dict[str, tuple[str, ...]]:
    data = lang_json(lang, "translation.json")
    if data is None:
        return {}
    return {_place_key(k): tuple(v) for k, v in data.get("names", {}).items()}


def _place_key(name: str) -> str:
    return normalize(name).replace("-", " ")


def _contains(folded_english: str, form: str) -> bool:
    words = fold(form).replace("-", " ").split()
    if not words:
        return False
    body = r"[\s-]+".join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w){body}(?!\w)", folded_english) is not None


# Dates --------------------------------------------------------------------


def _date_kept(expression: DateExpression, english: str, folded: str) -> bool:
    """Whether the English gives the same day, month, year, weekday or offset."""
    found = find_date_expressions(english, ENGLISH)
    if expression.offset is not None:
        return any(e.offset == expression.offset for e in found)
    if expression.weekday is not None and expression.day is None:
        return any(e.weekday == expression.weekday for e in found)
    months = [e.month for e in found if e.month] + _month_words(english)
    if expression.month is not None and expression.month not in months:
        return False
    numbers = {int(n) for n in re.findall(r"(?<!\d)\d{1,4}(?=st|nd|rd|th|\b)", folded)}
    if expression.precision == DAY and expression.day not in numbers:
        return False
    return expression.year is None or expression.year in numbers


def _month_words(english: str) -> list[int]:
    cal = calendar(ENGLISH)
    assert cal is not None
    return [n for name, n in cal.months.items() if re.search(rf"(?<!\w){re.escape(name)}", english)]


# Numbers ------------------------------------------------------------------


def _lost_numbers(
    doc: Document, sentence: TranslatedSentence, taken: list[tuple[int, int]]
) -> list[Lost]:
    source_data, english_data = number_data(doc.lang), number_data(ENGLISH)
    if source_data is None or english_data is None:
        return []
    kept = {n.value for n in find_numbers(sentence.text, english_data, equivalents=True)}
    skip = _not_numbers(doc.lang)
    lost = []
    for number in find_numbers(doc.text, source_data, sentence.start, sentence.end):
        written = doc.text[number.start : number.end]
        if any(s < number.end and number.start < e for s, e in taken):
            continue
        if number.spelled and (
            written.casefold() in skip or _after_not_number(doc.text, number.start, doc.lang)
        ):
            continue
        if number.value not in kept:
            words = [w for w, v in english_data.words.items() if v == number.value]
            digits = _english_number(number.value, grouped=_grouped(written))
            expected = (*words[:1], digits)
            lost.append(Lost(number.start, number.end, "number", expected, digits))
    return lost


@cache
def _not_numbers(lang: str) -> frozenset[str]:
    data = lang_json(lang, "translation.json")
    if data is None:
        return frozenset()
    return frozenset(w.casefold() for w in data["not_numbers"])


@cache
def _not_number_after(lang: str) -> frozenset[str]:
    data = lang_json(lang, "translation.json") or {}
    return frozenset(data.get("not_number_after", []))


def _after_not_number(text: str, start: int, lang: str) -> bool:
    """A spelled number after one of the language's words that make it no number: "pour cent"."""
    before = text[max(0, start - 20) : start].casefold().split()
    return (
        bool(before) and text[start - 1 : start].isspace() and before[-1] in _not_number_after(lang)
    )


def _english_number(value: Decimal, grouped: bool = True) -> str:
    """3000 -> "3,000" (grouped), 7.3 -> "7.3"; a year 1900-2100 is never grouped ("1985")."""
    if value == value.to_integral_value():
        whole = int(value)
        if not grouped or 1900 <= whole <= 2100:
            return str(whole)
        return f"{whole:,}"
    return format(value.normalize(), "f")


_GROUPED = re.compile(r"\d[\s\u00a0\u202f\u2009.,'’]\d{3}(?!\d)")


def _grouped(written: str) -> bool:
    """Whether the source wrote the number with a thousands separator ("3 000", "3.000")."""
    return bool(_GROUPED.search(written)) or not any(ch.isdigit() for ch in written)


def _finding(doc: Document, rule: Rule, sentence: TranslatedSentence, lost: Lost) -> Finding:
    english = sentence.text
    quoted = clipped(english)
    written = doc.text[lost.start : lost.end]
    accepted = ", ".join(f"'{f}'" for f in lost.expected[:4])
    return rule.finding(
        doc,
        lost.start,
        lost.end,
        f"{lost.kind} '{written}' is missing or changed in the translation "
        f'(expected {accepted}): "{quoted}"',
        suggestion=lost.suggestion or (lost.expected[0] if lost.expected else None),
        kind=lost.kind,
        sentence=sentence.index,
        expected=list(lost.expected),
    )


RULE = Rule(
    code="FC401",
    name="translation-lost-entity",
    severity=Severity.WARNING,
    summary="A name, number or date of a source sentence missing or changed in its translation.",
    docs=__doc__ or "",
    check=check,
)
