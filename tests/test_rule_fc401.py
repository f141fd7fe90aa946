"""FC401 translation-lost-entity: names, numbers and dates of a sentence kept in its English."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED, SEED_CLAIMS
from factcheck.core.model import Finding, TranslatedSentence, Translation
from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.pipeline import Options, check_article
from factcheck.rules.base import CheckContext
from factcheck.rules.fc401_translation_lost_entity import RULE
from factcheck.text.document import Document, Sentence

EXAMPLES = FIXTURES / "rules" / "FC401"
PAIRS = FIXTURES / "models" / "tiny_pairs.tsv"


def translated(pairs: list[tuple[str, str]]) -> tuple[Document, Translation]:
    """A French document of the sources, one per line, and a real Translation of it."""
    text = ""
    sentences, english = [], []
    for i, (source, target) in enumerate(pairs):
        start = len(text)
        text += source + "\n"
        sentences.append(Sentence(i, start, start + len(source), source))
        english.append(TranslatedSentence(i, start, start + len(source), source, target))
    translation = Translation("given pairs", "given pairs", "fr", "en", english)
    return Document("-", text, "fr", sentences), translation


def run(pairs: list[tuple[str, str]], kb: KnowledgeBase) -> list[Finding]:
    doc, translation = translated(pairs)
    findings = RULE.run(CheckContext(doc, kb, translation))
    for finding in findings:
        assert doc.text[finding.start : finding.end] == finding.text
    return findings


def lost(source: str, english: str, kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [(f.text, f.data["kind"]) for f in run([(source, english)], kb)]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([SEED_CLAIMS], builtin=False)


def test_faithful_translations_lose_nothing(kb: KnowledgeBase) -> None:
    with PAIRS.open(encoding="utf-8") as pairs:
        rows = [(s, e) for s, e in csv.reader(pairs, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert len(rows) >= 40
    assert run(rows, kb) == []


def test_no_translation_no_finding(kb: KnowledgeBase) -> None:
    doc, _ = translated([("Emmanuel Macron se rendra à Berlin le 3 septembre.", "")])
    assert RULE.run(CheckContext(doc, kb, None)) == []


@pytest.mark.parametrize(
    ("source", "english", "expected"),
    [
        (
            "Emmanuel Macron se rendra à Berlin le 3 septembre.",
            "Emmanuel Macron will travel to Berlin.",
            [("3 septembre", "date")],
        ),
        (
            "Emmanuel Macron se rendra à Berlin le 3 septembre.",
            "Emmanuel Macron will travel to Berlin on 3 October.",
            [("3 septembre", "date")],
        ),
        (
            "Plus de 2 000 personnes ont manifesté à Paris samedi.",
            "More than 200 people demonstrated in Paris on Sunday.",
            [("2 000", "number"), ("samedi", "date")],
        ),
        (
            "Le taux de chômage a baissé à 7,3 % au deuxième trimestre.",
            "The unemployment rate fell to 73% in the second quarter.",
            [("7,3", "number")],
        ),
        (
            "Keir Starmer a rencontré Emmanuel Macron à Londres.",
            "Kier Stormer met Emmanuel Macron in London.",
            [("Keir Starmer", "name")],
        ),
        (
            "Ursula von der Leyen a annoncé une aide de 50 milliards d’euros.",
            "Ursula von der Lie announced aid of 15 billion euros.",
            [("Ursula von der Leyen", "name"), ("50", "number")],
        ),
        (
            "Le sommet de l’OTAN se tiendra à La Haye en juin 2025.",
            "The summit will be held in The Hague in June 2026.",
            [("OTAN", "name"), ("juin 2025", "date")],
        ),
        (
            "Les garanties reposeront sur quatre axes principaux.",
            "The guarantees will rest on three main pillars.",
            [("quatre", "number")],
        ),
        (
            "Hier, Donald Trump a reçu Volodymyr Zelensky.",
            "Donald Trump received Volodymyr Zelensky today.",
            [("Hier", "date")],
        ),
    ],
)
def test_lost_names_numbers_and_dates(
    kb: KnowledgeBase, source: str, english: str, expected: list[tuple[str, str]]
) -> None:
    assert lost(source, english, kb) == expected


@pytest.mark.parametrize(
    ("source", "english"),
    [
        # Any accepted name of a known entity, or the name as written.
        ("Le sommet de l’OTAN se tiendra à Vilnius.", "The NATO summit will be held in Vilnius."),
        ("La Première ministre Kiri Starmer a parlé.", "Prime Minister Keir Starmer spoke."),
        ("La Première ministre Kiri Starmer a parlé.", "Prime Minister Kiri Starmer spoke."),
        ("D’après ‘Vérité Européenne’, il a parlé.", "According to ‘European Truth’, he spoke."),
        ("Selon Zelensky, tout va bien.", "According to Zelenskyy, all is well."),
        # Numbers in words or digits, and their English equivalents.
        ("Les deux pays ont signé.", "Both countries signed."),
        ("Il y a quatre axes.", "There are 4 axes."),
        ("Plus de 2 000 personnes.", "More than 2,000 people."),
        ("Le taux atteint 7,3 pour cent.", "The rate reaches 7.3 percent."),
        ("Un bâtiment neuf a ouvert.", "A new building opened."),
        # Dates written the English way.
        ("La rencontre a eu lieu le 18 août.", "The meeting took place on August 18."),
        (
            "La rencontre a eu lieu le 1er septembre 2025.",
            "The meeting took place on 1 September 2025.",
        ),
        ("Il est arrivé hier.", "He arrived yesterday."),
        ("Il partira mardi prochain.", "He will leave next Tuesday."),
        # Places with an English name; a capitalised word that only starts the sentence.
        ("Le sommet se tiendra à La Haye.", "The summit will be held in The Hague."),
        ("Le Parlement a adopté la loi.", "Parliament adopted the law."),
    ],
)
def test_what_the_translation_keeps(kb: KnowledgeBase, source: str, english: str) -> None:
    assert lost(source, english, kb) == []


def test_finding_quotes_the_english_and_suggests_the_english_form(kb: KnowledgeBase) -> None:
    (finding,) = run([("Plus de 3 000 personnes.", "More than 2,000 people.")], kb)
    assert finding.text == "3 000"
    assert finding.suggestion == "3,000"
    assert '"More than 2,000 people."' in finding.message
    assert finding.data == {"kind": "number", "sentence": 0, "expected": ["3,000"]}


def test_seed_translated_by_the_tiny_model_loses_nothing(tiny_model: Path, seed_copy: Path) -> None:
    report = check_article(str(seed_copy), Options(claims=[SEED_CLAIMS], builtin_kb=False))
    assert report.translation is not None
    assert [f for f in report.findings if f.code == "FC401"] == []
    assert SEED.read_text("utf-8") == report.text


def test_tiny_model_errors_on_unseen_sentences_are_flagged(tiny_model: Path) -> None:
    """The tiny model knows only its pairs: on new sentences it swaps names and values."""
    article = EXAMPLES / "flagged.fr.txt"
    report = check_article(
        str(article),
        Options(claims=[EXAMPLES / "claims.json"], builtin_kb=False, summary_sentences=0),
    )
    assert report.translation is not None
    found = [f for f in report.findings if f.code == "FC401"]
    expected = json.loads((EXAMPLES / "expected.json").read_text("utf-8"))
    wanted = expected["files"]["flagged.fr.txt"]["findings"]
    assert [(f.start, f.end, f.text) for f in found] == [
        (w["start"], w["end"], w["text"]) for w in wanted
    ]
    english = {s.index: s.text for s in report.translation.sentences}
    for finding in found:
        sentence = english[finding.data["sentence"]]
        assert finding.suggestion is not None and finding.suggestion not in sentence
        assert f'"{sentence}"' in finding.message
