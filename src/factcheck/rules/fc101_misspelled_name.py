"""FC101 misspelled-name: a person's name that is close to, but not, a known name.

## What it flags
A name in the article that misspells the name of a person the knowledge
base knows, spelled differently from the name and every accepted alias:

- one part a few letters off, the other parts exact ("Kiri Starmer" for
  "Keir Starmer", "Emmanuel Mecron"), a letter doubled ("Macronn") or two
  letters swapped ("Kier Starmer");
- the given name and surname glued or spaced otherwise ("EmmanuelMacron",
  "Bart Dewever");
- another particle ("Ursula van der Leyen", "Lula de Silva");
- another romanisation of a name from Cyrillic, Arabic, Chinese, Japanese
  or Korean script that the knowledge base does not list ("Wolodymyr
  Selenskyj", "Hsi Chin-p'ing"): the tables are data, with their sources,
  in `factcheck/data/transliteration_<script>.json`;
- a known surname alone, close to the right one ("Zelenskky"), when the
  article names that person exactly elsewhere or a title stands before it;
  a long surname that is no given name, one letter off ("Stoltenbreg"),
  anywhere, even opening a sentence;
- the right letters with a capital inside a word ("Giorgia MEloni"), or a
  capitalised particle the knowledge base writes in lower case inside a
  sentence ("Lula Da Silva", "Mohammed Bin Salman"), or a capital dropped
  from a given name or surname ("emmanuel Macron", "Pedro sánchez",
  "Okonjo-iweala", "Mcguinty");
- the right letters with a diacritic added, changed, moved or partly
  dropped ("Olaf Schölz", "Pedro Sànchez", "Stéphane Sejourné", "Èlisabeth
  Borne", "Andrés Manuel Lopez Obrador", "Zuzana Caputová");
- another real given name before a person's surname, under a title that
  person holds, right before the name ("le Premier ministre Stéphane
  Lecornu" for Sébastien Lecornu); the given names are data
  (`factcheck/data/given_names.json`);
- a particle left out or added ("Alexander Van Bellen", "Emmanuel de Macron");
- a regnal number a scanner misread ("Felipe Vl", "Charles lll").

Each finding says which part differed and how (letters apart, doubled,
swapped, spacing, particle, romanisation, case, accent, OCR, given name), in its
message and in its data (`difference`).

## Why it matters
A misspelled head of government is the first thing readers notice and the
first thing a correction notice has to fix. Machine translation and fast
retyping produce exactly these near misses.

## Example
    la Première ministre britannique Kiri Starmer

## Fix
Use the spelling the knowledge base gives: "Keir Starmer". If the spelling
is an accepted transliteration, add it to the person's `aliases` in the
claim file.

Not flagged, as newsroom copy writes names: an English possessive
("Keir Starmer's", "Mark Rutte’s", "Olaf Scholz' party"); a name or a
word in capitals (headlines, "Emmanuel MACRON" as French copy writes
surnames); a capitalised particle opening a sentence ("Von der Leyen a
dit") or in a title-cased headline; a name written without any accent
("Francois Bayrou", as English copy and old systems write), a capital
without its accent ("Elisabeth") or with one ("Édouard"), and the "ï" of
French romanisations ("Sergueï"). Nor are exact names and aliases, a known person's surname alone
("Rubio"), and any other person the knowledge base knows, however alike
the names look; another person sharing a given name or a surname
("Emmanuel Todd", "Brigitte Macron"), even under a title that is not the
person's or is a relative's ("le père du président, Chaim Herzog"), a
surname a letter off after another real given name ("Alexandra
Mitsotaki"), a name where more than one part
differs ("Martin Schulz"), a known given name inside a longer name, and a
lone common word ("Macaron").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.entities.people import find_mentions, name_index
from factcheck.rules.base import CheckContext, Rule


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    index = name_index(context.kb)
    if not index.has_people:
        return
    sentence_starts = [s.start for s in doc.sentences]
    for mention in find_mentions(doc.text, index, sentence_starts):
        if mention.exact:
            continue
        written = doc.text[mention.start : mention.end]
        why = mention.difference
        data: dict[str, Any] = {"entity": mention.entities[0].id}
        if why is not None:
            data["difference"] = why.to_data()
        yield rule.finding(
            doc,
            mention.start,
            mention.end,
            f"'{written}' looks like a misspelling of '{mention.display}'"
            + (f": {why.explain()}" if why else ""),
            suggestion=mention.display,
            **data,
        )


RULE = Rule(
    code="FC101",
    name="misspelled-name",
    severity=Severity.ERROR,
    summary="A person's name close to, but not, a name the knowledge base knows.",
    docs=__doc__ or "",
    check=check,
)
