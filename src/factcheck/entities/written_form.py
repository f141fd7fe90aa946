"""Capitals and accents: is a name with the right letters written as real copy writes it?

Names are looked up with case and accents folded, so "Emmanuel MAcron" and
"Sébastien Lécornu" find Emmanuel Macron and Sébastien Lecornu. This module
compares what was written with the knowledge base's forms, word by word,
and says whether the capitals and accents are a slip.

Accepted, as newsroom copy writes names:

- a word in capitals: headlines ("XI JINPING REÇU À MOSCOU") and French
  surnames ("Emmanuel MACRON");
- a capitalised particle opening a sentence ("Von der Leyen a dit") or in
  a title-cased headline ("Von Der Leyen Unveils Plan");
- a particle's capital dropped ("van der Bellen"), or a capital after a
  hyphen or an apostrophe ("Lee Jae-Myung");
- a name without any diacritic ("Francois Bayrou", "Sebastien Lecornu": how
  English copy and old systems write), and a capital without its French
  accent, or with one ("Elisabeth", "Édouard": French typography does both);
- a mark that romanisations of the person's script add in French ("Sergueï"
  for "Sergei", "Kaïs Saïed"): the transliteration tables list them.

A slip:

- a capital inside a word ("MAcron", "KEir", "ATtal");
- a capitalised particle the knowledge base writes in lower case, inside a
  sentence ("Ursula Von Der Leyen", "Mohammed Ben Salman");
- a capital dropped from a name word, inside it or after a hyphen
  ("emmanuel Macron", "Mcguinty", "Okonjo-iweala");
- a diacritic added, changed or partly dropped in a word that has some
  ("Lécornu", "Milanovič" for "Milanović", "Séjourne" for "Séjourné"), a
  mark where the knowledge base has another ("Èlisabeth": even though
  "Elisabeth Borne" is accepted), a Slavic or Baltic capital without its
  mark ("Caputová"), and a word left bare while others keep their marks
  ("Andrés Manuel Lopez Obrador").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from factcheck.entities.names import particles
from factcheck.entities.spelling import Difference, Kind


def form_difference(
    written: str,
    forms: Iterable[str],
    initial: bool = False,
    title_case: bool = False,
    added_marks: frozenset[str] = frozenset(),
) -> tuple[str, Difference] | None:
    """None if ``written`` is an accepted way to write one of ``forms``, else the
    form it departs from and how.

    ``forms`` are the knowledge base's forms whose folded key is the written
    name's; ``initial`` says the name opens a sentence, ``title_case`` that it
    stands in a headline with every word capitalised.
    """
    words = unicodedata.normalize("NFC", written).split()
    known_forms = [unicodedata.normalize("NFC", form).split() for form in forms]
    known_forms = [known for known in known_forms if len(known) == len(words)]
    # A mark that no form has at its place, where a form has another mark
    # ("Èlisabeth" for "Élisabeth"): a slip, even if an unaccented form
    # ("Elisabeth Borne") would take the capital.
    for known in known_forms:
        clash = _mark_clash(words, known)
        if clash is not None and not any(words[clash] == k[clash] for k in known_forms):
            form = " ".join(known)
            return form, Difference(
                Kind.ACCENT, _part(known, clash), words[clash], known[clash], index=clash
            )
    first: tuple[str, Difference] | None = None
    for known in known_forms:
        difference = _words_difference(words, known, initial, title_case, added_marks)
        if difference is None:
            difference = _dropped_in_part(words, known)
        if difference is None:
            return None
        first = first or (" ".join(known), difference)
    return first


def _mark_clash(words: list[str], known: list[str]) -> int | None:
    """The word with a marked letter where ``known`` has another marked letter."""
    for i, (word, form) in enumerate(zip(words, known, strict=True)):
        if len(word) == len(form) and any(
            ch.lower() != k.lower() and _marked(ch) and _marked(k)
            for ch, k in zip(word, form, strict=True)
        ):
            return i
    return None


def _dropped_in_part(words: list[str], known: list[str]) -> Difference | None:
    """A name that keeps some of its marks and drops a whole word's ("Andrés Manuel
    Lopez Obrador", "Kyriakos Mitsotákis" for "Kyriákos Mitsotákis")."""
    if not any(_marked(ch) for word in words for ch in word):
        return None  # written without any accent
    for i, (word, form) in enumerate(zip(words, known, strict=True)):
        if word != form and not any(_marked(ch) for ch in word) and _marked_inside(form):
            return Difference(Kind.ACCENT, _part(known, i), word, form, index=i)
    return None


def _marked_inside(word: str) -> bool:
    """A word with a mark on a letter other than a capital French copy writes bare."""
    return any(_marked(ch) and not (ch.isupper() and ch in _BARE_CAPITALS) for ch in word)


# Capitals French typography may write without their accent ("Elisabeth",
# "Ecole"); a Slavic or Baltic capital ("Čaputová", "Šimonytė") keeps it.
_BARE_CAPITALS = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ")


def _words_difference(
    words: list[str], known: list[str], initial: bool, title_case: bool, marks: frozenset[str]
) -> Difference | None:
    for i, (word, form) in enumerate(zip(words, known, strict=True)):
        if len(word) != len(form):
            continue
        if _accent_slip(word, form, marks):
            kind = Kind.ACCENT
        elif _case_slip(word, form, title_case or (initial and i == 0)):
            kind = Kind.CASE
        else:
            continue
        return Difference(kind, _part(known, i), word, form, index=i)
    return None


def _part(known: list[str], i: int) -> str:
    small = particles()
    content = [j for j, word in enumerate(known) if word.lower() not in small]
    if i not in content:
        return "particle"
    if len(content) == 1 or i == content[-1]:
        return "surname"
    return "given name" if i == content[0] else "middle name"


def _case_slip(word: str, form: str, may_capitalise: bool) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return False  # in capitals
    part_start = True
    for i, (ch, known) in enumerate(zip(word, form, strict=True)):
        if not ch.isalpha():
            part_start = True
            continue
        if ch.islower() and known.isupper():
            if i == 0 and word.partition("-")[0] not in particles():
                return True  # "emmanuel Macron", "Pedro sánchez", "keller-Sutter"
            if not part_start or word[i - 1] == "-":
                return True  # "Mcguinty" for "McGuinty", "Okonjo-iweala"
        if ch.isupper() and known.islower():
            if i == 0 and not may_capitalise:
                return True  # "Von", "Ben" where the knowledge base writes "von", "bin"
            if not part_start:
                return True  # "MAcron"
        part_start = False
    return False


def _accent_slip(word: str, form: str, added_marks: frozenset[str]) -> bool:
    if not any(_marked(ch) for ch in word):
        return False  # written without accents
    for ch, known in zip(word, form, strict=True):
        if ch == known or ch.lower() == known.lower():
            continue
        if _marked(ch):
            if ch.isupper() and not _marked(known):
                continue  # "Édouard" for "Edouard"
            if not _marked(known) and ch.lower() in added_marks:
                continue  # "Sergueï" for "Sergei"
            return True  # added or changed
        if ch.isupper() and known in _BARE_CAPITALS:
            continue  # "Elisabeth" for "Élisabeth"
        return True  # dropped in a word that keeps other marks
    return False


def _marked(ch: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch))
