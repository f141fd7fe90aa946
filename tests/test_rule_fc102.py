"""FC102 title-mismatch: titles next to names, against the people's roles and genders."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED, SEED_CLAIMS
from factcheck.core.model import Finding
from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.entities.kb.model import Entity
from factcheck.rules.base import CheckContext
from factcheck.rules.fc102_title_mismatch import RULE
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

EXAMPLES = FIXTURES / "rules" / "FC102"
DAY = date(2025, 8, 20)


def document(text: str, lang: str) -> Document:
    spans = sentence_spans(text)
    return Document(
        "-", text, lang, [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    )


def run(text: str, lang: str, kb: KnowledgeBase, day: date | None = DAY) -> list[Finding]:
    findings = RULE.run(CheckContext(document(text, lang), kb, None, day))
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    return findings


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([EXAMPLES / "claims.json"], builtin=False)


def test_seed_flags_the_feminine_title_given_to_keir_starmer() -> None:
    kb = load_knowledge_base([SEED_CLAIMS], builtin=False)
    text = SEED.read_text("utf-8")
    findings = run(text, "fr", kb)
    # The span covers the determiner, which the suggestion rewrites too.
    assert [f.text for f in findings] == ["de la Première ministre britannique"]
    (finding,) = findings
    assert (
        text[finding.start : finding.end + 13] == "de la Première ministre britannique Kiri Starmer"
    )
    assert "Keir Starmer is a man" in finding.message
    assert finding.suggestion == "du Premier ministre britannique"
    assert finding.data == {
        "entity": "keir-starmer",
        "title": "prime-minister",
        "gender_mismatch": True,
        "role_mismatch": False,
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_examples_flag_role_date_country_and_gender(kb: KnowledgeBase, lang: str) -> None:
    expected = json.loads((EXAMPLES / "expected.json").read_text("utf-8"))
    text = (EXAMPLES / f"flagged.{lang}.txt").read_text("utf-8")
    findings = run(text, lang, kb)
    wanted = expected["files"][f"flagged.{lang}.txt"]["findings"]
    assert [(f.start, f.end, f.text) for f in findings] == [
        (w["start"], w["end"], w["text"]) for w in wanted
    ]
    by_text = {f.text: f for f in findings}
    macron = by_text["Premier ministre" if lang == "fr" else "Prime Minister"]
    assert "no role as" in macron.message and "President of France" in macron.message
    rubio = by_text["le sénateur" if lang == "fr" else "Senator"]
    assert "to 2025-01-20, not on 2025-08-20" in rubio.message
    assert rubio.suggestion == ("l'ancien sénateur" if lang == "fr" else "former Senator")
    russia = by_text["président russe" if lang == "fr" else "Russian President"]
    assert "names Russia" in russia.message and "is in Ukraine" in russia.message
    genders = [f for f in findings if f.data["gender_mismatch"]]
    assert len(genders) == (2 if lang == "fr" else 1)
    assert sum(f.data["role_mismatch"] for f in findings) == 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clean_examples_have_no_finding(kb: KnowledgeBase, lang: str) -> None:
    assert run((EXAMPLES / f"clean.{lang}.txt").read_text("utf-8"), lang, kb) == []


def test_masculine_title_for_a_woman_suggests_the_feminine_forms(kb: KnowledgeBase) -> None:
    text = "À Rome, le Premier ministre italien Giorgia Meloni a parlé."
    (finding,) = run(text, "fr", kb)
    assert finding.text == "le Premier ministre italien"
    assert finding.suggestion == "la Première ministre italienne"
    assert "Giorgia Meloni is a woman" in finding.message


def test_misspelled_name_is_resolved_and_checked_for_gender_only(kb: KnowledgeBase) -> None:
    gender = run("Hier, la ministre Kiri Starmer a parlé à la presse.", "fr", kb)
    assert [f.text for f in gender] == ["la ministre"]
    assert gender[0].data["entity"] == "keir-starmer"
    assert "no role" not in gender[0].message  # a near miss may be someone else
    assert run("Hier, le ministre Kiri Starmer a parlé à la presse.", "fr", kb) == []


def test_without_a_date_only_the_gender_is_checked(kb: KnowledgeBase) -> None:
    text = "Le Premier ministre Emmanuel Macron et la présidente Volodymyr Zelensky ont parlé."
    findings = run(text, "fr", kb, day=None)
    assert [f.text for f in findings] == ["la présidente"]
    assert [f.text for f in run(text, "fr", kb)] == ["Premier ministre", "la présidente"]


def test_people_without_roles_or_gender_are_not_checked() -> None:
    kb = KnowledgeBase()
    kb.entities["emmanuel-macron"] = Entity("emmanuel-macron", "person", "Emmanuel Macron")
    assert run("Le Premier ministre Emmanuel Macron et la reine Emmanuel Macron.", "fr", kb) == []


@pytest.mark.parametrize(
    "text",
    [
        # The title belongs to the name it precedes, not to the one before the comma.
        "Volodymyr Zelensky, la reine Elizabeth II et des vétérans étaient présents.",
        # Someone else's prime minister.
        "Le Premier ministre d'Emmanuel Macron n'était pas là.",
        # "Brigitte Macron" is not Emmanuel Macron, even if "Macron" is known.
        "L'épouse du chef de l'État, la présidente Brigitte Macron, est arrivée.",
        # Generic words, past and future titles.
        "Le dirigeant Keir Starmer, M. Macron et le leader Zelensky ont parlé.",
        "L'ancien Premier ministre Emmanuel Macron et le futur roi Keir Starmer ont parlé.",
        # A title in a past context named by its years.
        "Marco Rubio, sénateur de Floride entre 2011 et 2025, a changé de poste.",
    ],
)
def test_conservative_cases_give_no_finding(kb: KnowledgeBase, text: str) -> None:
    assert run(text, "fr", kb) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ukraine's President Volodymyr Zelensky spoke.", []),
        ("Russia's President Volodymyr Zelensky spoke.", ["Russia's President"]),
        ("President-elect Marco Rubio spoke.", []),
        ("Queen Keir Starmer spoke.", ["Queen"]),
        ("Keir Starmer, the British Prime Minister, spoke.", []),
        ("Emmanuel Macron, the British prime minister, spoke.", ["British prime minister"]),
    ],
)
def test_english_titles(kb: KnowledgeBase, text: str, flagged: list[str]) -> None:
    assert [f.text for f in run(text, "en", kb)] == flagged


def test_portfolio_of_a_minister_is_compared(tmp_path: Path) -> None:
    claims = {
        "entities": [
            {
                "id": "m",
                "kind": "person",
                "name": "Jeanne Durand",
                "gender": "female",
                "roles": [
                    {
                        "title": "Minister of Justice",
                        "titles": {"fr": ["ministre de la Justice"]},
                        "from": "2024-01-01",
                    }
                ],
            }
        ],
        "claims": [],
    }
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(claims), "utf-8")
    kb = load_knowledge_base([path], builtin=False)
    wrong = run("Selon la ministre de l'Intérieur Jeanne Durand, tout va bien.", "fr", kb)
    assert [f.text for f in wrong] == ["ministre de l'Intérieur"]
    assert "is 'ministre de la Justice' on 2025-08-20" in wrong[0].message
    assert run("Selon la ministre de la Justice Jeanne Durand, tout va bien.", "fr", kb) == []


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_titles_with_an_apostrophe(kb: KnowledgeBase, apostrophe: str) -> None:
    title = f"secrétaire d{apostrophe}État"
    (gender,) = run(f"La {title} Marco Rubio a parlé.", "fr", kb)
    assert gender.text == f"La {title}"  # the determiner is rewritten too
    assert gender.suggestion == f"Le {title}"
    (role,) = run(f"Le {title} Emmanuel Macron a parlé.", "fr", kb)
    assert role.text == title and "no role as" in role.message
    assert run(f"Le {title} américain Marco Rubio a parlé.", "fr", kb) == []


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        (
            "Les propos de la Première ministre britannique Keir Starmer ont surpris.",
            "Les propos du Premier ministre britannique Keir Starmer ont surpris.",
        ),
        (
            "Selon la secrétaire d'État Marco Rubio, rien ne change.",
            "Selon le secrétaire d'État Marco Rubio, rien ne change.",
        ),
        (
            "Le discours du sénateur Marco Rubio a duré une heure.",
            "Le discours de l'ancien sénateur Marco Rubio a duré une heure.",
        ),
        (
            "Il a vu l'ancienne Première ministre Keir Starmer.",
            "Il a vu l'ancien Premier ministre Keir Starmer.",
        ),
    ],
)
def test_the_suggestion_replaces_exactly_the_span(
    kb: KnowledgeBase, sentence: str, fixed: str
) -> None:
    (finding,) = run(sentence, "fr", kb)
    assert finding.suggestion is not None
    assert sentence[finding.start : finding.end] == finding.text
    assert sentence[: finding.start] + finding.suggestion + sentence[finding.end :] == fixed
