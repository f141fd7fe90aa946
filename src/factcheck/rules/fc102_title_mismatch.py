"""FC102 title-mismatch: a title the person does not hold, or of the wrong gender.

## What it flags
A title of office written next to a known person's name ("le président
français Emmanuel Macron", "Emmanuel Macron, président de la République",
"British Prime Minister Keir Starmer", "Secretary of State Marco Rubio")
when it does not fit what the knowledge base says about that person on the
article's date:

- a role the person does not hold then ("le Premier ministre Emmanuel
  Macron"), held only before ("le sénateur Marco Rubio" in 2025: he left
  the Senate in January 2025) or in another country ("le président
  américain Emmanuel Macron"), or a minister's portfolio they do not hold;
- a title whose grammatical gender does not match the person: a feminine
  form for a man or a masculine form for a woman, from the title itself
  ("Première ministre"), its determiner ("la ministre") or its adjective
  ("américaine").

The person is found by exact name, alias, surname, or by the near-miss
matching of FC101, so "Kiri Starmer" is checked as Keir Starmer. The title
vocabulary is data, per language, in `factcheck/data/<lang>/titles.json`.

Not flagged, to stay on the safe side: people the knowledge base gives no
roles (for the role check) or no gender (for the gender check); generic
words ("M.", "dirigeant", "leader"); titles marked as past or future
("l'ancien président", "le futur chancelier", "former President",
"President-elect"), since claim files rarely list every past role; a title
whose role the sentence dates by its years ("sénateur entre 2011 et
2025"); a date on which the knowledge base lists no role for the person,
unless the title's role is known to have ended before it. Roles are only
checked against an article date (`--date` or the claim file's
`article_date`): without one, only the gender is. A misspelled name is
checked for gender only, as it may belong to someone else.

## Why it matters
A wrong title is a factual error readers spot at once, and a wrong gender
("la Première ministre britannique Keir Starmer") is both a factual and a
grammatical one. Titles also go stale: an article must not call a former
senator "le sénateur".

## Example
    les déclarations du président français Emmanuel Macron et de la
    Première ministre britannique Kiri Starmer

FC102 flags "de la Première ministre britannique" (the determiner is rewritten
too): Keir Starmer is a man.

## Fix
Use the title the knowledge base gives for the date, in the person's
gender: "du Premier ministre britannique Keir Starmer". For a role that has
ended, say so ("l'ancien sénateur"). If the knowledge base is out of date,
update the person's `roles` (with `from` and `to`) in the claim file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import Entity, Role
from factcheck.entities.people import article_names, name_index
from factcheck.entities.title_binding import Spans, attached_person
from factcheck.entities.title_phrase import parse_phrase
from factcheck.entities.titles import (
    TitlePhrase,
    Vocabulary,
    related_ids,
    same_country,
    vocabulary,
)
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.document import Document
from factcheck.text.normalize import normalize

_GENDER_NOUN = {"male": "a man", "female": "a woman"}
_GENDER_ADJECTIVE = {"male": "masculine", "female": "feminine"}
_APOSTROPHES = ("'", "’")
_ELIDING = frozenset("aeiouyh")


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    vocab = vocabulary(doc.lang)
    index = name_index(context.kb)
    if vocab is None or not index.has_people:
        return
    mentions, runs = article_names(doc.text, index, (s.start for s in doc.sentences))
    people = [m for m in mentions if m.entity is not None and m.entity.kind == "person"]
    spans = Spans(list(runs))
    where = [m.start for m in people]
    for sentence in doc.sentences:
        first = bisect.bisect_left(where, sentence.start)
        here = people[first : bisect.bisect_left(where, sentence.end, first)]
        if not here:
            continue
        stops = frozenset(m.start for m in here)
        for match in vocab.title_matches(doc.text, sentence.start, sentence.end):
            phrase = parse_phrase(doc.text, match, vocab, sentence.start, sentence.end, stops)
            if phrase is None:
                continue
            mention = attached_person(doc.text, phrase, here, spans, vocab, index)
            if mention is None or mention.entity is None:
                continue
            # A near miss may be someone else with a similar name: check only the gender.
            day = context.article_date if mention.exact else None
            years = _years(sentence.text)
            finding = _judge(doc, rule, phrase, mention.entity, vocab, day, years)
            if finding is not None:
                yield finding


def _judge(
    doc: Document,
    rule: Rule,
    phrase: TitlePhrase,
    person: Entity,
    vocab: Vocabulary,
    day: date | None,
    years: set[int],
) -> Finding | None:
    problems: list[str] = []
    suggestion: str | None = None
    start = phrase.start
    written = doc.text[phrase.start : phrase.end]
    gender = person.gender if person.gender in _GENDER_NOUN else None
    if gender is not None and phrase.genders - {gender}:
        start, suggestion = _regendered(doc.text, phrase, gender)
        wrong = _GENDER_ADJECTIVE[next(iter(phrase.genders - {gender}))]
        problems.append(
            f"'{_outer(doc.text, phrase)}' is {wrong}, but {person.name} is "
            f"{_GENDER_NOUN[gender]}: write '{suggestion}'"
        )
    role_problem, role_suggestion = _role_problem(phrase, person, vocab, day, written, years)
    if role_problem:
        problems.append(role_problem)
        if suggestion is None and role_suggestion is not None:
            start, suggestion = _elided(doc.text, phrase, vocab, role_suggestion)
    if not problems:
        return None
    return rule.finding(
        doc,
        start,
        phrase.end,
        "; ".join(problems),
        suggestion=suggestion,
        entity=person.id,
        title=phrase.form.id,
        gender_mismatch=bool(gender and phrase.genders - {gender}),
        role_mismatch=bool(role_problem),
    )


def _outer(text: str, phrase: TitlePhrase) -> str:
    start = phrase.determiner.start if phrase.determiner else phrase.start
    return text[start : phrase.end]


def _regendered(text: str, phrase: TitlePhrase, gender: str) -> tuple[int, str]:
    """Where the rewrite starts, and the phrase with every gendered word in ``gender``.

    The determiner and the modifiers before the title are rewritten with it
    ("de la Première ministre" -> "du Premier ministre", "l'ancienne" ->
    "l'ancien"), so the finding's span starts at the first of them and the
    suggestion replaces exactly the span.
    """
    words = [p for p in phrase.parts if p.gender and phrase.start <= p.start < p.end <= phrase.end]
    words += phrase.modifiers
    det = phrase.determiner
    # The determiner goes with the title, or with the modifiers between them.
    if det is not None and (phrase.modifiers or not text[det.end : phrase.start].strip(" \u00a0")):
        words.append(det)
    start = min([phrase.start, *(p.start for p in words)])
    out: list[str] = []
    pos = start
    for part in sorted(words, key=lambda p: p.start):
        out.append(text[pos : part.start])
        written = text[part.start : part.end]
        elided = part is det and written.endswith(_APOSTROPHES)
        next_word = text[part.end : part.end + 1]
        if elided and normalize(next_word)[:1] in _ELIDING:
            out.append(written)  # "l'ancienne" -> "l'ancien": the elision stays
        else:
            out.append(_same_case(written, part.forms.get(gender, "")))
        pos = part.end
    out.append(text[pos : phrase.end])
    return start, "".join(out)


def _elided(text: str, phrase: TitlePhrase, vocab: Vocabulary, suggestion: str) -> tuple[int, str]:
    """A suggestion starting with a vowel takes the determiner's elided form.

    "le sénateur" -> "l'ancien sénateur", "du sénateur" -> "de l'ancien sénateur":
    the span then starts at the determiner.
    """
    det = phrase.determiner
    if det is None or text[det.end : phrase.start].strip(" \u00a0"):
        return phrase.start, suggestion
    if normalize(suggestion[:1]) not in _ELIDING:
        return phrase.start, suggestion
    written = text[det.start : det.end]
    elided = vocab.elided_determiners.get(normalize(written))
    if elided is None:
        return phrase.start, suggestion
    return det.start, _same_case(written, elided) + suggestion


def _same_case(written: str, form: str) -> str:
    if not form:
        return written
    if written[:1].isupper() and not form[:1].isupper():
        return form[:1].upper() + form[1:]
    if written[:1].islower() and form[:1].isupper() and not form.isupper():
        return form[:1].lower() + form[1:]
    return form


def _role_problem(
    phrase: TitlePhrase,
    person: Entity,
    vocab: Vocabulary,
    day: date | None,
    written: str,
    years: set[int],
) -> tuple[str | None, str | None]:
    """Why the title's role does not fit the person on ``day``, and a better title."""
    if day is None or not person.roles or phrase.time is not None:
        return None, None
    wanted = related_ids(phrase.form.id)
    same = [r for r in person.roles if _role_ids(r, vocab) & wanted]
    now = person.roles_on(day)
    if not now:
        # The knowledge base does not say what the person did then: only a
        # role known to have ended before that day is worth a warning.
        same = [r for r in same if r.end is not None and r.end < day.isoformat()]
        if not same:
            return None, None
    if not same:
        roles = ", ".join(r.title for r in now)
        return (
            f"the knowledge base gives {person.name} no role as '{written}'; "
            f"roles on {day.isoformat()}: {roles}"
        ), _local_title(now[0], vocab)
    held = [r for r in same if r.holds_on(day)]
    if not held:
        if any(_during(role, years) for role in same):
            return None, None  # "le président Sarkozy, entre 2007 et 2012": a past context
        role = same[0]
        span = f"from {role.start or '?'}" + (f" to {role.end}" if role.end else "")
        past = role.end is not None and role.end < day.isoformat()
        prefix = vocab.past_prefix.get(person.gender or "male", vocab.past_prefix["male"])
        suggestion = f"{prefix} {written}" if past else None
        return f"{person.name} held '{role.title}' {span}, not on {day.isoformat()}", suggestion
    if (
        phrase.country
        and all(r.country for r in held)
        and not any(r.country and same_country(r.country, phrase.country) for r in held)
    ):
        role = held[0]
        return (
            f"'{written}' names {phrase.country}, but {person.name}'s role "
            f"'{role.title}' is in {role.country}"
        ), _local_title(role, vocab, role.country)
    return _portfolio_problem(phrase, person, held, vocab, day, written), None


def _portfolio_problem(
    phrase: TitlePhrase,
    person: Entity,
    held: list[Role],
    vocab: Vocabulary,
    day: date,
    written: str,
) -> str | None:
    """A minister of one thing called minister of another ("ministre de l'Intérieur")."""
    if phrase.form.id not in vocab.portfolio_ids or not phrase.complement:
        return None
    portfolios: list[tuple[str, frozenset[str]]] = []
    for role in held:
        for title in role.titles.get(vocab.lang, []):
            match = vocab.title_pattern.search(title)
            form = vocab.form(match.group()) if match else None
            if match is None or form is None or form.id != phrase.form.id:
                continue
            words = _content_words(title[match.end() :], vocab)
            if words:
                portfolios.append((title, words))
    mine = _content_words(phrase.complement, vocab)
    if not portfolios or any(mine <= words or words <= mine for _, words in portfolios):
        return None
    return f"{person.name} is '{portfolios[0][0]}' on {day.isoformat()}, not '{written}'"


def _years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text)}


def _during(role: Role, years: set[int]) -> bool:
    first = int(role.start[:4]) if role.start else 0
    last = int(role.end[:4]) if role.end else 9999
    return any(first <= year <= last for year in years)


def _role_ids(role: Role, vocab: Vocabulary) -> set[str]:
    ids = set()
    for lang, titles in (("en", [role.title]), *role.titles.items()):
        lang_vocab = vocab if lang == vocab.lang else vocabulary(lang)
        if lang_vocab is None:
            continue
        for title in titles:
            ids |= lang_vocab.ids_in(title)
    return ids


def _content_words(text: str, vocab: Vocabulary) -> frozenset[str]:
    words = re.findall(r"\w+", normalize(text))
    return frozenset(w for w in words if w not in vocab.function_words)


def _local_title(role: Role, vocab: Vocabulary, country: str | None = None) -> str:
    """How the role is written in the article's language, naming ``country`` if asked."""
    titles = role.titles.get(vocab.lang) or [role.title]
    if country:
        for title in titles:
            words = re.findall(r"[\w.'’-]+", title)
            if any(
                (info := vocab.nationalities.get(normalize(w)))
                and same_country(info.country, country)
                for w in words
            ):
                return title
    return titles[0]


RULE = Rule(
    code="FC102",
    name="title-mismatch",
    severity=Severity.WARNING,
    summary="A title the person does not hold on the article's date, or of the wrong gender.",
    docs=__doc__ or "",
    check=check,
)
