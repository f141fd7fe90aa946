"""Checks on the data of the built-in knowledge base (src/factcheck/entities/kb/builtin/*.json).

These tests look only at the shipped JSON files: schema validity, id uniqueness,
sourcing, the people conventions, and coverage of the offices the built-in
knowledge base promises to cover (see src/factcheck/entities/kb/builtin/README.md).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).parents[1]
BUILTIN = ROOT / "src/factcheck/entities/kb/builtin"
SCHEMA = ROOT / "schemas/claims.schema.json"
FILES = sorted(BUILTIN.glob("*.json"))
EXPECTED_FILES = {"heads.json", "international.json", "ministers.json", "outlets.json"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


DATA = {path.name: _load(path) for path in FILES}
ENTITIES = [(name, e) for name, doc in DATA.items() for e in doc.get("entities", [])]
PEOPLE = [e for _, e in ENTITIES if e["kind"] == "person"]
AS_OF = next(iter(DATA.values()))["as_of"] if DATA else None


def _pad(value: str, *, end: bool) -> str:
    """Partial ISO date to a full one: the first day (start) or last day (end) it covers."""
    parts = value.split("-")
    if len(parts) == 1:
        parts += ["12", "31"] if end else ["01", "01"]
    elif len(parts) == 2:
        parts.append("31" if end else "01")
    return "-".join(parts)


def _current_at_as_of(role: dict) -> bool:
    """Held on the as_of date: started by then, and no `to` or a `to` after it.

    A `to` after as_of only appears for a term whose end was fixed in advance
    (the one-year Swiss presidency).
    """
    if role.get("from") and _pad(role["from"], end=False) > AS_OF:
        return False
    return not role.get("to") or _pad(role["to"], end=True) > AS_OF


def _current_holders() -> dict[tuple[str, str], list[str]]:
    """(country or organization, role title) -> ids of the people holding it at as_of."""
    holders: dict[tuple[str, str], list[str]] = {}
    for person in PEOPLE:
        for role in person.get("roles", []):
            if _current_at_as_of(role):
                where = role.get("country") or role.get("organization") or ""
                holders.setdefault((where, role["title"]), []).append(person["id"])
    return holders


# The offices the built-in knowledge base must cover with a current holder.
G20 = [
    "Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India",
    "Indonesia", "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa",
    "South Korea", "Turkey", "United Kingdom", "United States",
]  # fmt: skip
EU_MEMBERS = [
    "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark",
    "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Ireland", "Italy",
    "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal",
    "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
]  # fmt: skip
OTHERS = ["Ukraine", "Russia", "Israel", "Iran", "Switzerland", "Norway"]
REQUIRED_COUNTRIES = sorted(set(G20) | set(EU_MEMBERS) | set(OTHERS))

# Country -> the titles (role "title") that must each have exactly one current holder.
HEAD_TITLES: dict[str, list[str]] = {
    "Argentina": ["President of Argentina"],
    "Australia": ["King of Australia", "Prime Minister of Australia"],
    "Brazil": ["President of Brazil"],
    "Canada": ["King of Canada", "Prime Minister of Canada"],
    "China": ["President of China", "Premier of China"],
    "France": ["President of France", "Prime Minister of France"],
    "Germany": ["President of Germany", "Chancellor of Germany"],
    "India": ["President of India", "Prime Minister of India"],
    "Indonesia": ["President of Indonesia"],
    "Italy": ["President of Italy", "Prime Minister of Italy"],
    "Japan": ["Emperor of Japan", "Prime Minister of Japan"],
    "Mexico": ["President of Mexico"],
    "Russia": ["President of Russia", "Prime Minister of Russia"],
    "Saudi Arabia": ["King of Saudi Arabia", "Prime Minister of Saudi Arabia"],
    "South Africa": ["President of South Africa"],
    "South Korea": ["President of South Korea", "Prime Minister of South Korea"],
    "Turkey": ["President of Turkey"],
    "United Kingdom": ["King of the United Kingdom", "Prime Minister of the United Kingdom"],
    "United States": ["President of the United States"],
    "Austria": ["President of Austria", "Chancellor of Austria"],
    "Belgium": ["King of the Belgians", "Prime Minister of Belgium"],
    "Bulgaria": ["President of Bulgaria", "Prime Minister of Bulgaria"],
    "Croatia": ["President of Croatia", "Prime Minister of Croatia"],
    "Cyprus": ["President of Cyprus"],  # head of state and of government
    "Czech Republic": ["President of the Czech Republic", "Prime Minister of the Czech Republic"],
    "Denmark": ["King of Denmark", "Prime Minister of Denmark"],
    "Estonia": ["President of Estonia", "Prime Minister of Estonia"],
    "Finland": ["President of Finland", "Prime Minister of Finland"],
    "Greece": ["President of Greece", "Prime Minister of Greece"],
    "Hungary": ["President of Hungary", "Prime Minister of Hungary"],
    "Ireland": ["President of Ireland", "Taoiseach"],
    "Latvia": ["President of Latvia", "Prime Minister of Latvia"],
    "Lithuania": ["President of Lithuania", "Prime Minister of Lithuania"],
    "Luxembourg": ["Grand Duke of Luxembourg", "Prime Minister of Luxembourg"],
    "Malta": ["President of Malta", "Prime Minister of Malta"],
    "Netherlands": ["King of the Netherlands", "Prime Minister of the Netherlands"],
    "Poland": ["President of Poland", "Prime Minister of Poland"],
    "Portugal": ["President of Portugal", "Prime Minister of Portugal"],
    "Romania": ["President of Romania", "Prime Minister of Romania"],
    "Slovakia": ["President of Slovakia", "Prime Minister of Slovakia"],
    "Slovenia": ["President of Slovenia", "Prime Minister of Slovenia"],
    "Spain": ["King of Spain", "Prime Minister of Spain"],
    "Sweden": ["King of Sweden", "Prime Minister of Sweden"],
    "Ukraine": ["President of Ukraine", "Prime Minister of Ukraine"],
    "Israel": ["President of Israel", "Prime Minister of Israel"],
    "Iran": ["Supreme Leader of Iran", "President of Iran"],
    "Switzerland": ["President of the Swiss Confederation"],
    "Norway": ["King of Norway", "Prime Minister of Norway"],
}

# Organisation (role "organization", an organization entity's name) -> required current heads.
ORG_HEADS: dict[str, list[str]] = {
    "European Commission": ["President of the European Commission"],
    "European Council": ["President of the European Council"],
    "European Parliament": ["President of the European Parliament"],
    "European Union": ["High Representative of the Union for Foreign Affairs and Security Policy"],
    "North Atlantic Treaty Organization": ["Secretary General of NATO"],
    "United Nations": ["Secretary-General of the United Nations"],
    "International Monetary Fund": ["Managing Director of the International Monetary Fund"],
    "World Bank": ["President of the World Bank Group"],
    "European Central Bank": ["President of the European Central Bank"],
}

# G7 country -> [foreign minister title, defence minister title].
G7_MINISTERS: dict[str, list[str]] = {
    "United States": ["United States Secretary of State", "United States Secretary of Defense"],
    "United Kingdom": [
        "Foreign Secretary of the United Kingdom",
        "Defence Secretary of the United Kingdom",
    ],
    "France": [
        "Minister for Europe and Foreign Affairs of France",
        "Minister of the Armed Forces of France",
    ],
    "Germany": [
        "Federal Minister for Foreign Affairs of Germany",
        "Federal Minister of Defence of Germany",
    ],
    "Italy": ["Minister of Foreign Affairs of Italy", "Minister of Defence of Italy"],
    "Japan": ["Minister for Foreign Affairs of Japan", "Minister of Defense of Japan"],
    "Canada": ["Minister of Foreign Affairs of Canada", "Minister of National Defence of Canada"],
}

# Organisations that must exist as organization entities, with an English and a French form.
REQUIRED_ORGS = {
    "European Union": {"EU", "UE", "Union européenne"},
    "European Commission": {"Commission européenne"},
    "European Council": {"Conseil européen"},
    "European Parliament": {"Parlement européen"},
    "North Atlantic Treaty Organization": {"NATO", "OTAN"},
    "United Nations": {"UN", "ONU", "Nations unies"},
    "International Monetary Fund": {"IMF", "FMI"},
    "World Bank": {"Banque mondiale"},
    "European Central Bank": {"ECB", "BCE"},
}


def test_expected_files_present():
    assert {p.name for p in FILES} >= EXPECTED_FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_validates_against_schema(path: Path):
    schema = json.loads(SCHEMA.read_text("utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(_load(path)), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:20])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_header(path: Path):
    doc = DATA[path.name]
    assert doc.get("name") and doc.get("description")
    assert doc.get("version") == "1"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.get("as_of", ""))
    assert "claims" not in doc or doc["claims"] == []


def test_all_files_share_one_as_of():
    assert len({doc["as_of"] for doc in DATA.values()}) == 1


def test_ids_unique_across_files():
    counts = Counter(e["id"] for _, e in ENTITIES)
    assert not [i for i, n in counts.items() if n > 1]


def test_ids_are_lowercase_ascii_slugs():
    bad = [e["id"] for _, e in ENTITIES if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"])]
    assert not bad


def test_every_entity_has_a_dated_source_with_url():
    missing = [
        e["id"]
        for _, e in ENTITIES
        if not any(s.get("url") and s.get("date") for s in e.get("sources", []))
    ]
    assert not missing


def test_no_source_dated_after_as_of():
    late = [
        e["id"]
        for _, e in ENTITIES
        for s in e.get("sources", [])
        if s.get("date") and _pad(s["date"], end=False) > AS_OF
    ]
    assert not late


def test_people_have_gender_and_titled_roles():
    problems = []
    for person in PEOPLE:
        if person.get("gender") not in {"male", "female"}:
            problems.append(f"{person['id']}: gender")
        if not person.get("roles"):
            problems.append(f"{person['id']}: no roles")
        for role in person.get("roles", []):
            titles = role.get("titles", {})
            if not titles.get("fr") or not titles.get("en"):
                problems.append(f"{person['id']}: {role['title']}: needs fr and en titles")
            if not (role.get("country") or role.get("organization")):
                problems.append(f"{person['id']}: {role['title']}: needs country or organization")
    assert not problems, problems


def test_role_dates_ordered_and_not_in_the_future():
    problems = []
    for person in PEOPLE:
        for role in person.get("roles", []):
            start, end = role.get("from"), role.get("to")
            if start and end and _pad(start, end=False) > _pad(end, end=True):
                problems.append(f"{person['id']}: {role['title']}: from {start} > to {end}")
            if start and _pad(start, end=False) > AS_OF:
                problems.append(f"{person['id']}: {role['title']}: starts after as_of")
    assert not problems, problems


def test_french_titles_gendered():
    """Women get feminine French titles, men masculine ones."""
    feminine = re.compile(
        r"\b(présidente|Première ministre|chancelière|cheffe|reine|directrice|patronne)\b"
    )
    masculine = re.compile(r"\b(président|Premier ministre|chancelier|chef|roi|directeur|patron)\b")
    problems = []
    for person in PEOPLE:
        wrong = masculine if person["gender"] == "female" else feminine
        for role in person.get("roles", []):
            for title in role.get("titles", {}).get("fr", []):
                if wrong.search(title):
                    problems.append(f"{person['id']}: {title!r}")
    assert not problems, problems


def test_titles_with_apostrophes_have_both_forms():
    """Every French title or alias with ' also has the typographic ’ form, and vice versa."""
    problems = []
    for _, entity in ENTITIES:
        forms = [*entity.get("aliases", []), *entity.get("translated_names", [])]
        for role in entity.get("roles", []):
            for names in role.get("titles", {}).values():
                forms.extend(names)
        present = set(forms)
        for form in forms:
            if "'" in form and form.replace("'", "\u2019") not in present:
                problems.append(f"{entity['id']}: {form!r}")
            if "\u2019" in form and form.replace("\u2019", "'") not in present:
                problems.append(f"{entity['id']}: {form!r}")
    assert not problems, problems


def test_at_least_50_outlets():
    outlets = [e for _, e in ENTITIES if e["kind"] == "outlet"]
    assert len(outlets) >= 50
    for outlet in outlets:
        assert outlet.get("country") and outlet.get("url"), outlet["id"]


def test_translated_names_do_not_collide_with_real_names():
    """A literal translation must not be the real name of another entity (e.g. Die Zeit -> Le Temps)."""
    accepted: dict[str, str] = {}
    for _, entity in ENTITIES:
        for name in [entity["name"], entity.get("english_name"), *entity.get("aliases", [])]:
            if name:
                accepted[name.casefold()] = entity["id"]
    clashes = [
        f"{entity['id']}: {name!r} is {accepted[name.casefold()]}"
        for _, entity in ENTITIES
        for name in entity.get("translated_names", [])
        if name.casefold() in accepted
    ]
    assert not clashes, clashes


def test_translated_names_are_distinctive():
    """Translated names are searched for anywhere in an article, so none may be an
    everyday phrase: at least two words remain once a leading article is removed
    (no "The Country" for El País, no "Le Miroir" for Der Spiegel)."""
    article = re.compile(r"^(the|le|la|les|l['’])\s*", re.IGNORECASE)
    short = [
        f"{e['id']}: {name!r}"
        for _, e in ENTITIES
        for name in e.get("translated_names", [])
        if len(re.split(r"[\s-]+", article.sub("", name).strip())) < 2
    ]
    assert not short, short


def test_some_known_outlet_translations():
    outlets = {e["id"]: e for _, e in ENTITIES if e["kind"] == "outlet"}
    assert "Vérité européenne" in outlets["yevropeiska-pravda"]["translated_names"]
    assert "European Pravda" in outlets["yevropeiska-pravda"]["aliases"]
    assert "Vérité ukrainienne" in outlets["ukrainska-pravda"]["translated_names"]
    assert "Journal de l'Allemagne du Sud" in outlets["sueddeutsche-zeitung"]["translated_names"]
    assert "Le Temps" not in outlets["die-zeit"].get("translated_names", [])
    assert outlets["le-temps"]["country"] == "Switzerland"


def test_required_organisations_exist_with_french_and_english_names():
    orgs = {e["name"]: e for _, e in ENTITIES if e["kind"] == "organization"}
    for name, forms in REQUIRED_ORGS.items():
        assert name in orgs, name
        assert forms <= set(orgs[name].get("aliases", [])), name


def test_role_organizations_are_known_entities():
    known = set()
    for _, entity in ENTITIES:
        if entity["kind"] == "organization":
            known |= {entity["name"], *entity.get("aliases", [])}
    unknown = {
        role["organization"]
        for person in PEOPLE
        for role in person.get("roles", [])
        if role.get("organization") and role["organization"] not in known
    }
    assert not unknown


def test_heads_cover_every_required_country():
    assert sorted(HEAD_TITLES) == REQUIRED_COUNTRIES


@pytest.mark.parametrize("country", REQUIRED_COUNTRIES)
def test_country_has_current_heads(country: str):
    holders = _current_holders()
    for title in HEAD_TITLES[country]:
        assert len(holders.get((country, title), [])) == 1, (
            country,
            title,
            holders.get((country, title)),
        )


@pytest.mark.parametrize("organization", sorted(ORG_HEADS))
def test_organisation_has_current_head(organization: str):
    holders = _current_holders()
    for title in ORG_HEADS[organization]:
        assert len(holders.get((organization, title), [])) == 1, (organization, title)


@pytest.mark.parametrize("country", sorted(G7_MINISTERS))
def test_g7_has_current_foreign_and_defence_ministers(country: str):
    holders = _current_holders()
    for title in G7_MINISTERS[country]:
        assert len(holders.get((country, title), [])) == 1, (
            country,
            title,
            holders.get((country, title)),
        )


def test_no_two_current_holders_of_one_office():
    """Forgetting a predecessor's `to` would leave two people holding one office."""
    single = {
        (where, title)
        for where, titles in [*HEAD_TITLES.items(), *ORG_HEADS.items(), *G7_MINISTERS.items()]
        for title in titles
    }
    doubles = {k: v for k, v in _current_holders().items() if k in single and len(v) > 1}
    assert not doubles


def test_changes_since_2024_keep_the_previous_holder():
    """Spot-check: predecessors replaced in 2024 or later are listed with an end date."""
    ended = {
        (person["id"], role["title"]): role.get("to")
        for person in PEOPLE
        for role in person.get("roles", [])
    }
    assert ended[("rishi-sunak", "Prime Minister of the United Kingdom")] == "2024-07-05"
    assert ended[("olaf-scholz", "Chancellor of Germany")] == "2025-05-06"
    assert ended[("joe-biden", "President of the United States")] == "2025-01-20"
    assert ended[("antony-blinken", "United States Secretary of State")] == "2025-01-20"
    assert ended[("jens-stoltenberg", "Secretary General of NATO")] == "2024-10-01"
    assert ended[("charles-michel", "President of the European Council")] == "2024-12-01"
    assert ended[(
        "josep-borrell", "High Representative of the Union for Foreign Affairs and Security Policy"
    )] == "2024-12-01"  # fmt: skip
