"""FC104 count-mismatch: a count announcing a list, against the list that follows."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, SEED
from factcheck.core.model import Finding
from factcheck.entities.kb import KnowledgeBase
from factcheck.rules.base import CheckContext
from factcheck.rules.fc104_count_mismatch import RULE
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

EXAMPLES = FIXTURES / "rules" / "FC104"
SEED_AXES = [
    "la présence militaire, ",
    "la défense antimissile, ",
    "l’armement, ",
    ", ainsi que la surveillance et le suivi du respect du cessez-le-feu",
]


def run(text: str, lang: str) -> list[Finding]:
    spans = sentence_spans(text)
    doc = Document(
        "-", text, lang, [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    )
    findings = RULE.run(CheckContext(doc, KnowledgeBase()))
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    return findings


def items(text: str, finding: Finding) -> list[str]:
    return [text[start:end] for start, end in finding.data["items"]]


def test_seed_lists_its_four_axes() -> None:
    assert run(SEED.read_text("utf-8"), "fr") == []


@pytest.mark.parametrize("axis", SEED_AXES)
def test_seed_with_one_axis_deleted_is_flagged(axis: str) -> None:
    seed = SEED.read_text("utf-8")
    assert axis in seed
    text = seed.replace(axis, "", 1)
    (finding,) = run(text, "fr")
    assert finding.text == "quatre axes principaux"
    assert finding.data["stated"] == 4
    assert finding.data["counted"] == [3, 3]
    assert "announces 4, but the list that follows has 3" in finding.message
    listed = items(text, finding)
    assert len(listed) == 3
    assert axis.strip(", ").removeprefix("ainsi que ") not in listed


def test_a_conjunction_inside_the_last_item_belongs_to_it() -> None:
    seed = SEED.read_text("utf-8")
    text = seed.replace("quatre axes", "cinq axes", 1)
    (finding,) = run(text, "fr")
    assert items(text, finding)[-1] == "la surveillance et le suivi du respect du cessez-le-feu"
    assert finding.data["counted"] == [4, 4]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_examples(lang: str) -> None:
    expected = json.loads((EXAMPLES / "expected.json").read_text("utf-8"))
    text = (EXAMPLES / f"flagged.{lang}.txt").read_text("utf-8")
    findings = run(text, lang)
    wanted = expected["files"][f"flagged.{lang}.txt"]["findings"]
    assert [(f.start, f.end, f.text) for f in findings] == [
        (w["start"], w["end"], w["text"]) for w in wanted
    ]
    assert [f.data["stated"] for f in findings] == ([4, 2, 3] if lang == "fr" else [4, 2, 5])
    assert [f.data["counted"] for f in findings] == (
        [[3, 3], [3, 3], [4, 4]] if lang == "fr" else [[3, 3], [3, 3], [3, 3]]
    )
    assert run((EXAMPLES / f"clean.{lang}.txt").read_text("utf-8"), lang) == []


def test_semicolons_separate_items_that_hold_commas() -> None:
    text = "Le plan repose sur 4 piliers : la défense ; l'énergie, y compris le nucléaire ; la recherche."
    (finding,) = run(text, "fr")
    assert items(text, finding) == [
        "la défense",
        "l'énergie, y compris le nucléaire",
        "la recherche",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Non-exhaustive, open-ended or approximate lists.
        ("Il a cité quatre pays, notamment la France, l'Allemagne et l'Italie.", "fr"),
        ("Il a cité quatre pays : la France, l'Allemagne, l'Italie, etc.", "fr"),
        ("Il faut au moins quatre pays : la France, l'Allemagne et l'Italie.", "fr"),
        ("The summit named five priorities, including energy, defence and trade.", "en"),
        ("The summit named five priorities, such as energy, defence and trade.", "en"),
        # A colon followed by a sentence, a duration, a score, a date, a quote.
        ("Il a réfléchi deux ans : de 2020 à 2022, il a tout préparé.", "fr"),
        ("Le score était de trois buts à zéro : une victoire nette et méritée.", "fr"),
        ("Rendez-vous le 8 décembre : une manifestation, puis une réunion.", "fr"),
        ("Il existe deux types de message : « danger », pour les uns, et « interdit ».", "fr"),
        ("The talks lasted three hours: it was a long night, and a hard one.", "en"),
        # People described in apposition, each one an item.
        (
            "Trois victimes : Dimitri Moulic, mécanicien de 37 ans, Alain Guibert, marin"
            " de 51 ans et Yann Chagnolleau, patron pêcheur de 54 ans.",
            "fr",
        ),
        (
            "Trois responsables : Marco Rubio, secrétaire d'État, Keir Starmer, Premier"
            " ministre britannique, et Emmanuel Macron.",
            "fr",
        ),
        # An item that stands for several.
        ("Seuls quatre modèles restent : deux en chêne et deux en pin.", "fr"),
    ],
)
def test_no_finding_where_the_count_may_be_right(text: str, lang: str) -> None:
    assert run(text, lang) == []


def test_a_lone_item_after_a_count_is_flagged() -> None:
    text = "Les enquêteurs suivent deux pistes : la fraude fiscale."
    (finding,) = run(text, "fr")
    assert finding.text == "deux pistes"
    assert finding.data["counted"] == [1, 1]
