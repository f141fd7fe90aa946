"""Articles generated from the built-in knowledge base itself (issue 6, "Done when").

For every person holding a role on the base's ``as_of`` date, French and
English sentences name them correctly (their name and every accepted alias
that is a full name) with each of their usual titles in that language, placed
as newsrooms write them: before the name with its determiner ("La Première
ministre italienne Giorgia Meloni a déclaré mardi..."), after a preposition
("Les propos du président français Emmanuel Macron", "The remarks by British
Prime Minister Keir Starmer") and in apposition ("Giorgia Meloni, présidente
du Conseil italien, a rencontré...", "Keir Starmer, the Prime Minister of the
United Kingdom, met..."). Every outlet is cited by its names ("Selon Le
Monde", "According to European Pravda"). Checked with the built-in base only,
the article dated ``as_of``, nothing of this may be flagged by FC101, FC102,
FC202 or FC401 (FC401 compares a translation with its source: these runs do
not translate, so it is listed only to say that no finding of it is wanted).

Negative controls keep that from passing by rules doing nothing: the same
sentences with two inner letters of the surname swapped are flagged by FC101,
a title of the other gender and a title naming another country by FC102.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from conftest import ROOT
from factcheck.core.model import Finding
from factcheck.entities.kb import load_knowledge_base
from factcheck.entities.kb.model import Entity
from factcheck.entities.titles import country_of, same_country
from factcheck.pipeline import Options, Resources, check_article
from factcheck.text.normalize import normalize
from factcheck.text.reading import Article

BUILTIN = ROOT / "src/factcheck/entities/kb/builtin"
AS_OF = date.fromisoformat(json.loads((BUILTIN / "heads.json").read_text("utf-8"))["as_of"])
TITLE_DATA = {
    lang: json.loads((ROOT / f"src/factcheck/data/{lang}/titles.json").read_text("utf-8"))
    for lang in ("fr", "en")
}
LANGS = ("fr", "en")
PEOPLE_PER_ARTICLE = 12
FORBIDDEN = {"FC101", "FC102", "FC202", "FC401"}
MIN_MISSPELLING_RATE = 0.9
# Titles with a lower-case complement ("directeur général de l'Organisation mondiale
# du commerce", "président du gouvernement") are beyond FC102's reach: a few misses.
MIN_TITLE_RATE = 0.95
MIN_SURNAME_LETTERS = 5

KB = load_knowledge_base([], builtin=True)
PEOPLE = sorted((p for p in KB.people() if p.roles_on(AS_OF)), key=lambda p: p.id)
OUTLETS = sorted(KB.by_kind("outlet"), key=lambda o: o.id)

# Courtesy and royal words in front of some aliases ("Sir Keir Starmer", "King
# Charles III", "roi Salmane"): such an alias is a title plus a name, not a name.
_HONORIFIC = re.compile(
    r"^(?:King|Queen|Emperor|Empress|Prince|Grand Duke|Sir|Dame|Dr|Ayatollah|koning|"
    r"roi|reine|empereur|grand-duc)\b"
)
_TERRITORIAL = re.compile(r"\s(?:of(?: the)?|de|du|des|d['’])\s*(\w[\w -]*)$")
_VOWEL = "aeiouyàâäéèêëîïôöùûü"  # "h" counts as aspirated: "la haute représentante"


@dataclass(frozen=True)
class Line:
    """One generated sentence, the entity it names and the name as written."""

    text: str
    entity: str
    name: str


# --- names and titles, from the knowledge base ------------------------------------


def _latin(name: str) -> bool:
    return all(not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in name)


def _words(name: str) -> list[str]:
    return normalize(name).split()


def full_names(person: Entity) -> list[str]:
    """The person's name and the aliases that are full names in Latin script.

    Left out: surnames, alone or of several words ("Starmer", "Van der
    Bellen", "Lula da Silva": the end of a longer accepted name),
    native-script forms, and aliases that are a title plus a name ("King
    Charles III", "Sir Keir Starmer") or a name plus a territorial
    designation ("Felipe VI of Spain").
    """
    others = [_words(n) for n in person.accepted_names]
    names = [person.name]
    for name in person.accepted_names:
        words = _words(name)
        if len(words) < 2 or not _latin(name) or not name[:1].isupper():
            continue
        if any(len(o) > len(words) and o[-len(words) :] == words for o in others):
            continue
        if _HONORIFIC.match(name):
            continue
        territory = _TERRITORIAL.search(name)
        if territory and country_of(territory.group(1)):
            continue
        names.append(name)
    return list(dict.fromkeys(names))


def _name_words(person: Entity) -> set[str]:
    """Capitalised words of the person's full names and one-word aliases, not places."""
    names = [*full_names(person), *(a for a in person.aliases if len(a.split()) == 1)]
    places = {normalize(w) for r in person.roles for w in (r.country or "").split()}
    return {
        normalize(w)
        for name in names
        for w in name.split()
        if w[:1].isupper() and len(w) > 2 and not country_of(w) and normalize(w) not in places
    }


def titles(person: Entity, lang: str) -> list[str]:
    """The title forms of the person's roles on ``AS_OF``, except those holding a name.

    "roi Charles III", "King Felipe": the title already names the person.
    """
    names = _name_words(person)
    found = [
        title
        for role in person.roles_on(AS_OF)
        for title in role.titles.get(lang, [])
        if not names & set(_words(title))
    ]
    return list(dict.fromkeys(found))


# --- sentences ---------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _french_det(gender: str | None, title: str, *, after_de: bool) -> str:
    if title[:1].casefold() in _VOWEL:
        return "de l'" if after_de else "l'"
    if gender == "female":
        return "de la " if after_de else "la "
    return "du " if after_de else "le "


def french_lines(person: Entity, name: str, title: str, gender: str | None = None) -> list[Line]:
    gender = gender or person.gender
    det = _french_det(gender, title, after_de=False)
    of = _french_det(gender, title, after_de=True)
    return [
        Line(f"{_cap(det)}{title} {name} a déclaré mardi que les discussions avaient progressé.",
             person.id, name),
        Line(f"Les propos {of}{title} {name} ont été salués à Bruxelles.", person.id, name),
        Line(f"{name}, {title}, a rencontré mercredi plusieurs dirigeants européens.",
             person.id, name),
    ]  # fmt: skip


def _english_article(title: str) -> str:
    if title.startswith(("the ", "The ")) or re.search(r"['’]s\s", title):
        return ""
    return "the "


def _before_name_in_english(title: str) -> bool:
    """Whether English newsrooms put ``title`` before a name.

    Not a title with a determiner or a possessive ("the King", "Iran's Supreme
    Leader"), nor one naming a place or body after "of" ("Prime Minister of
    the United Kingdom"): those go after the name. "Secretary of State" does.
    """
    if not _english_article(title):
        return False
    place = re.search(r"\bof\s+(?:the\s|(\S+))", title)
    if place is None:
        return True
    word = place.group(1)
    return word is not None and not (country_of(word) or KB.find(word))


def english_lines(person: Entity, name: str, title: str, gender: str | None = None) -> list[Line]:
    article = _english_article(title)
    after = Line(f"{name}, {article}{title}, met European leaders on Wednesday.", person.id, name)
    if not _before_name_in_english(title):
        return [after]
    return [
        Line(f"{_cap(title)} {name} said on Tuesday that the talks had made progress.",
             person.id, name),
        Line(f"The remarks by {title} {name} were welcomed in Brussels.", person.id, name),
        after,
    ]  # fmt: skip


LINES: dict[str, Callable[..., list[Line]]] = {"fr": french_lines, "en": english_lines}


def person_lines(person: Entity, lang: str) -> list[Line]:
    """Every title with some name and every name with some title, in every placement."""
    names, forms = full_names(person), titles(person, lang)
    out: list[Line] = []
    for i in range(max(len(names), len(forms))):
        out += LINES[lang](person, names[i % len(names)], forms[i % len(forms)])
    return out


def outlet_lines(outlet: Entity, lang: str) -> list[Line]:
    """The outlet cited by its name (English name in English) and every Latin-script alias."""
    first = outlet.name if lang == "fr" else outlet.english_name or outlet.name
    names = dict.fromkeys([first, *(a for a in outlet.aliases if _latin(a))])
    if lang == "fr":
        return [Line(f"Selon {n}, les négociations se poursuivent.", outlet.id, n) for n in names]
    return [Line(f"According to {n}, the talks are continuing.", outlet.id, n) for n in names]


# --- running factcheck --------------------------------------------------------------


def chunks(items: list[Entity], size: int) -> Iterator[list[Entity]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def check(lines: list[Line], lang: str, resources: Resources) -> tuple[str, list[Finding]]:
    """The article of ``lines`` (one paragraph each), checked as `factcheck --date AS_OF`."""
    text = "\n\n".join(line.text for line in lines) + "\n"
    article = Article(f"generated.{lang}.txt", text, "utf-8", text.encode("utf-8"))
    options = Options(translate=False, builtin_kb=True, article_date=AS_OF, lang=lang)
    report = check_article(article, options, resources)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
    return text, report.findings


def _paragraph(text: str, finding: Finding) -> str:
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    return text[start:end]


def _describe(text: str, findings: list[Finding]) -> str:
    return "\n".join(
        f"{f.code} {f.text!r}: {f.message}\n    in: {_paragraph(text, f)}" for f in findings
    )


# --- no false positives ------------------------------------------------------------


def test_every_current_office_holder_has_names_and_titles_in_both_languages() -> None:
    assert len(PEOPLE) >= 100
    for person in PEOPLE:
        assert full_names(person), person.id
        for lang in LANGS:
            assert titles(person, lang), f"{person.id} has no {lang} title to write"


@pytest.mark.parametrize("lang", LANGS)
def test_people_named_correctly_with_their_titles_are_not_flagged(
    lang: str, resources: Resources
) -> None:
    wrong: list[str] = []
    sentences = 0
    for group in chunks(PEOPLE, PEOPLE_PER_ARTICLE):
        lines = [line for person in group for line in person_lines(person, lang)]
        sentences += len(lines)
        text, findings = check(lines, lang, resources)
        bad = [f for f in findings if f.code in FORBIDDEN]
        if bad:
            wrong.append(_describe(text, bad))
    assert sentences >= 1000
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGS)
def test_outlets_cited_by_their_names_are_not_flagged(lang: str, resources: Resources) -> None:
    lines = [line for outlet in OUTLETS for line in outlet_lines(outlet, lang)]
    assert len(OUTLETS) >= 50
    text, findings = check(lines, lang, resources)
    bad = [f for f in findings if f.code in FORBIDDEN]
    assert not bad, _describe(text, bad)


# --- negative controls ---------------------------------------------------------------


def misspelled(surname: str) -> str | None:
    """``surname`` with two different adjacent inner letters swapped, from the middle out."""
    middle = len(surname) // 2 - 1
    for i in sorted(range(1, len(surname) - 2), key=lambda i: abs(i - middle)):
        a, b = surname[i], surname[i + 1]
        if a.isalpha() and b.isalpha() and a.casefold() != b.casefold():
            return surname[:i] + b + a + surname[i + 2 :]
    return None


def misspelled_name(person: Entity) -> str | None:
    """The person's name with its surname misspelled, if the surname has 5 letters or more."""
    surname = person.name.split()[-1]
    if sum(c.isalpha() for c in surname) < MIN_SURNAME_LETTERS or country_of(surname):
        return None  # "Guillaume of Luxembourg": no surname
    wrong = misspelled(surname)
    if wrong is None:
        return None
    name = person.name[: -len(surname)] + wrong
    return None if KB.find(name) or KB.find(wrong) else name


@pytest.mark.parametrize("lang", LANGS)
def test_misspelled_surnames_are_flagged(lang: str, resources: Resources) -> None:
    """Two inner letters of the surname swapped: FC101 on the name, suggesting the right one."""
    lines = []
    for person in PEOPLE:
        name = misspelled_name(person)
        if name is not None:
            lines += LINES[lang](person, name, titles(person, lang)[0])[:1]
    text, findings = check(lines, lang, resources)
    flagged = {
        f.data.get("entity")
        for f in findings
        if f.code == "FC101" and any(line.name in _paragraph(text, f) for line in lines)
    }
    for finding in findings:
        if finding.code == "FC101":
            assert finding.data["entity"] in {line.entity for line in lines}
            person = KB.entities[finding.data["entity"]]
            accepted = {normalize(n) for n in person.accepted_names}
            surnames = {n.split()[-1] for n in accepted}
            assert normalize(finding.suggestion or "") in accepted | surnames
    people = {line.entity for line in lines}
    missed = sorted(people - flagged)
    rate = len(people & flagged) / len(people)
    assert len(people) >= 90
    assert rate >= MIN_MISSPELLING_RATE, f"{rate:.1%} flagged; missed: {missed}"


def _title_forms(lang: str) -> list[tuple[str, str, str]]:
    """(form, its gender, the other gender's form) of every gendered title, longest first."""
    forms = []
    for entry in TITLE_DATA[lang]["titles"]:
        for gender, other in (("male", "female"), ("female", "male")):
            for i, form in enumerate(entry[gender]):
                twins = entry[other]
                twin = twins[i] if i < len(twins) else (twins[0] if twins else form)
                forms.append((form, gender, twin))
    return sorted(forms, key=lambda f: len(f[0]), reverse=True)


def _nationality_forms(lang: str) -> dict[str, tuple[str, str]]:
    """Nationality adjective -> (its gender, the other gender's form), where they differ."""
    forms = {}
    for male, info in TITLE_DATA[lang]["nationalities"].items():
        female = info.get("female", male)
        if normalize(male) != normalize(female):
            forms[normalize(male)] = ("male", female)
            forms[normalize(female)] = ("female", male)
    return forms


def _vocabulary_form(title: str, lang: str) -> tuple[re.Match[str], str, str] | None:
    """The longest title form of the vocabulary in ``title``: (match, its gender, twin).

    Titles made only of generic words ("chef du gouvernement", "souverain")
    are none: FC102 does not judge them.
    """
    for form, gender, twin in _title_forms(lang):
        match = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title, re.IGNORECASE)
        if match is not None:
            return match, gender, twin
    return None


def regendered(title: str, gender: str, lang: str) -> str | None:
    """``title`` in the other gender, or None if the vocabulary holds no title in it.

    The title word ("Premier ministre" -> "Première ministre") and the
    nationality adjectives of the person's gender ("allemand" -> "allemande")
    are changed; the caller changes the determiner.
    """
    found = _vocabulary_form(title, lang)
    if found is None:
        return None
    match, form_gender, twin = found
    if form_gender == gender and normalize(twin) != normalize(match.group()):
        title = title[: match.start()] + twin + title[match.end() :]
    nationalities = _nationality_forms(lang)
    words = []
    for word in title.split(" "):
        adjective = nationalities.get(normalize(word))
        words.append(adjective[1] if adjective and adjective[0] == gender else word)
    return " ".join(words)


def test_titles_of_the_other_gender_are_flagged(resources: Resources) -> None:
    """The person's titles in the other gender, with the determiner: FC102 on each one."""
    flagged_lines: list[tuple[str, Line]] = []
    for lang in LANGS:
        for person in PEOPLE:
            other = "female" if person.gender == "male" else "male"
            for title in titles(person, lang):
                wrong = regendered(title, person.gender or "", lang)
                if wrong is None:
                    continue
                line = LINES[lang](person, person.name, wrong, other)[0]
                if lang == "en" and normalize(wrong) == normalize(title):
                    continue  # English shows gender in the title word only
                if lang == "fr" and normalize(wrong) == normalize(title) and wrong[:1] in _VOWEL:
                    continue  # "l'ambassadeur": nothing shows the gender
                flagged_lines.append((lang, line))
    missed = []
    for lang in LANGS:
        lines = [line for line_lang, line in flagged_lines if line_lang == lang]
        text, findings = check(lines, lang, resources)
        gender_findings = [f for f in findings if f.code == "FC102" and f.data["gender_mismatch"]]
        flagged = {_paragraph(text, f) for f in gender_findings}
        missed += [line.text for line in lines if line.text not in flagged]
    rate = 1 - len(missed) / len(flagged_lines)
    assert len(flagged_lines) >= 300
    assert rate >= MIN_TITLE_RATE, f"{rate:.1%} flagged; missed:\n" + "\n".join(missed)


def _adjectives(lang: str) -> dict[str, tuple[str, str | None]]:
    """Nationality adjective -> (country, gender of the form; None when epicene)."""
    found: dict[str, tuple[str, str | None]] = {}
    for male, info in TITLE_DATA[lang]["nationalities"].items():
        female = info.get("female", male)
        found[male] = (info["country"], "male" if female != male else None)
        found[female] = (info["country"], "female" if female != male else None)
    return found


def test_titles_naming_another_country_are_flagged(resources: Resources) -> None:
    """A French title whose adjective names a country where the person holds no role."""
    adjectives = _adjectives("fr")
    of_country = {
        (country, gender): word
        for word, (country, form) in adjectives.items()
        for gender in ([form] if form else ["male", "female"])
    }
    lines = []
    for person in PEOPLE:
        countries = [r.country for r in person.roles_on(AS_OF) if r.country]
        other = next(
            c for c in ("Ukraine", "Brazil", "Japan")
            if not any(same_country(c, mine) for mine in countries)
        )  # fmt: skip
        for title in titles(person, "fr"):
            if _vocabulary_form(title, "fr") is None:
                continue
            words = title.split(" ")
            for i, word in enumerate(words):
                country, form = adjectives.get(word, ("", None))
                if not country or not any(same_country(country, c) for c in countries):
                    continue
                words[i] = of_country[(other, form or person.gender or "male")]
                lines += french_lines(person, person.name, " ".join(words))[:1]
                break
    text, findings = check(lines, "fr", resources)
    flagged = {
        _paragraph(text, f) for f in findings if f.code == "FC102" and f.data["role_mismatch"]
    }
    missed = [line.text for line in lines if line.text not in flagged]
    rate = 1 - len(missed) / len(lines)
    assert len(lines) >= 100
    assert rate >= MIN_TITLE_RATE, f"{rate:.1%} flagged; missed:\n" + "\n".join(missed)


# Sentences from real French news (OrangeSum) that the fixes above must not flag:
# a surname alone after a capitalised word may follow a first name, not a
# complement; an outlet's name goes on after the cue's noun and in lower case.
REAL_NEWS = [
    "« C'est une bonne nouvelle », a dit le ministre de l'Agriculture Didier Guillaume lors de"
    " la présentation.",
    "Comme le révèle le Journal du Dimanche (JDD), un ténor de la droite a demandé des comptes.",
    "D'après Le Journal du dimanche, la majorité présidentielle a perdu trois députés.",
]


@pytest.mark.parametrize("text", REAL_NEWS)
def test_real_news_sentences_are_not_flagged(text: str, resources: Resources) -> None:
    _, findings = check([Line(text, "", "")], "fr", resources)
    assert not [f for f in findings if f.code in FORBIDDEN]
