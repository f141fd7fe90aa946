"""A title phrase around a title word, with offsets into the original text.

    de la  Première ministre britannique  Kiri Starmer
    ^det   ^title          ^qualifier     ^the name the phrase is attached to

Before the title: determiner, time modifiers ("ancienne", "former"), and in
languages that put it there a nationality ("British"). After it: adjectives,
nationalities and complements ("de la République", "of State"). The words
are the language's data (:class:`factcheck.entities.titles.Vocabulary`).
"""

from __future__ import annotations

import re

from factcheck.entities.titles import Part, TitlePhrase, Vocabulary, country_of
from factcheck.text.normalize import normalize

_APOS = "['’ʼ]"
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]|\.(?=\w))*"
_CAPITALISED_WORD = re.compile(_CAPITALISED)
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ][\w’'-]*")


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
        if nationality is not None and vocab.nationality_first:
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
            word = modifier.group().strip().rstrip("-")
            gendered = vocab.modifier_forms.get(normalize(word))
            if gendered is not None:
                start = phrase.outer_start
                end = start + len(word)
                phrase.modifiers.append(Part(start, end, gendered[0], gendered[1]))
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
                agrees = not complements and not vocab.inner_noun.search(phrase.form.text)
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
            vocab.adjective is not None
            and adjective is not None
            and adjective.start() > pos
            and vocab.adjective.fullmatch(adjective.group())
        ):
            pos = phrase.end = adjective.end()
            continue
        joined = vocab.conjunction.match(text, pos, upper) if complements else None
        connector = vocab.connector.match(text, joined.end() if joined else pos, upper)
        if connector is None:
            return
        end = _complement_end(text, connector.end(), upper, stops, vocab)
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


def _complement_end(
    text: str, start: int, upper: int, stops: frozenset[int], vocab: Vocabulary
) -> int | None:
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
            and (
                (vocab.adjective is not None and vocab.adjective.fullmatch(lower.group()))
                or country_of(text[start : lower.end()])
            )
        ):
            end = pos = lower.end()
            continue
        break
    return end


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\u202f\t":
        pos += 1
    return pos
