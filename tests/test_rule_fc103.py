"""FC103 date-mismatch: dates of matched claims, relative dates resolved with dateparser."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED, SEED_CLAIMS
from factcheck.claims import check_claims
from factcheck.core.model import Finding
from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.pipeline import Options, check_article
from factcheck.rules.base import CheckContext
from factcheck.rules.fc103_date_mismatch import RULE
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

EXAMPLES = FIXTURES / "rules" / "FC103"
DAY = date(2025, 8, 20)
SEED_DATE = "le 18 août."


def document(text: str, lang: str) -> Document:
    spans = sentence_spans(text)
    return Document(
        "-", text, lang, [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    )


def run(text: str, lang: str, kb: KnowledgeBase, day: date | None = DAY) -> list[Finding]:
    doc = document(text, lang)
    context = CheckContext(doc, kb, None, day, claims=check_claims(doc, kb))
    findings = RULE.run(context)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    return findings


@pytest.fixture(scope="module")
def seed_kb() -> KnowledgeBase:
    return load_knowledge_base([SEED_CLAIMS], builtin=False)


def seed_with(date_words: str) -> str:
    seed = SEED.read_text("utf-8")
    assert seed.count(SEED_DATE) == 1
    return seed.replace(SEED_DATE, f"{date_words}.")


def test_seed_dates_the_meeting_right(seed_kb: KnowledgeBase) -> None:
    assert run(SEED.read_text("utf-8"), "fr", seed_kb) == []


def test_seed_with_another_day_is_flagged_on_the_date(seed_kb: KnowledgeBase) -> None:
    text = seed_with("le 17 août")
    (finding,) = run(text, "fr", seed_kb)
    assert finding.text == "17 août"
    assert finding.severity.value == "error"
    assert finding.data["claim_id"] == "trump-met-european-leaders-2025-08-18"
    assert finding.data["claimed"] == "2025-08-18"
    assert finding.data["resolved"] == ["2025-08-17"]
    assert "claim file dates it 2025-08-18" in finding.message
    assert finding.suggestion == "18 août"


@pytest.mark.parametrize(
    ("words", "flagged", "resolved", "suggestion"),
    [
        ("mardi", "mardi", ["2025-08-19", "2025-08-26"], "lundi"),
        ("mardi dernier", "mardi dernier", ["2025-08-19"], "lundi"),
        ("hier", "hier", ["2025-08-19"], "avant-hier"),
        ("le 18 août 2024", "18 août 2024", ["2024-08-18"], "18 août 2025"),
        ("en juillet 2025", "juillet 2025", ["2025-07-01"], "18 août 2025"),
    ],
)
def test_relative_and_other_dates_are_resolved_against_the_article_date(
    seed_kb: KnowledgeBase, words: str, flagged: str, resolved: list[str], suggestion: str
) -> None:
    (finding,) = run(seed_with(words), "fr", seed_kb)
    assert finding.text == flagged
    assert finding.data["resolved"] == resolved
    assert finding.suggestion == suggestion


@pytest.mark.parametrize("words", ["lundi", "lundi dernier", "avant-hier", "le lundi 18 août 2025"])
def test_dates_that_resolve_to_the_claim_date_pass(seed_kb: KnowledgeBase, words: str) -> None:
    assert run(seed_with(words), "fr", seed_kb) == []


def test_without_an_article_date_only_calendar_dates_are_compared(seed_kb: KnowledgeBase) -> None:
    assert run(seed_with("mardi"), "fr", seed_kb, day=None) == []
    assert [f.text for f in run(seed_with("le 17 août"), "fr", seed_kb, day=None)] == ["17 août"]


def test_a_title_is_not_an_event(seed_kb: KnowledgeBase) -> None:
    # rubio-secretary-of-state is dated 2025-01-21 (his swearing-in); its only
    # keyword is his title, so a date in a sentence naming the title is not his.
    text = "Le secrétaire d'État Marco Rubio a parlé à la presse mardi à Washington."
    assert run(text, "fr", seed_kb) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_examples(lang: str) -> None:
    kb = load_knowledge_base([EXAMPLES / "claims.json"], builtin=False)
    expected = json.loads((EXAMPLES / "expected.json").read_text("utf-8"))
    text = (EXAMPLES / f"flagged.{lang}.txt").read_text("utf-8")
    findings = run(text, lang, kb)
    wanted = expected["files"][f"flagged.{lang}.txt"]["findings"]
    assert [(f.start, f.end, f.text) for f in findings] == [
        (w["start"], w["end"], w["text"]) for w in wanted
    ]
    assert {f.data["claim_id"] for f in findings} == {"white-house-meeting"}
    assert run((EXAMPLES / f"clean.{lang}.txt").read_text("utf-8"), lang, kb) == []


def test_through_the_pipeline_with_the_claim_file_date(tmp_path: Path) -> None:
    article = tmp_path / "article.fr.txt"
    article.write_text(seed_with("mardi"), "utf-8")
    report = check_article(
        str(article), Options(claims=[SEED_CLAIMS], translate=False, summary_sentences=0)
    )
    found = [f for f in report.findings if f.code == "FC103"]
    assert [f.text for f in found] == ["mardi"]
    assert "counted from the article date 2025-08-20" in found[0].message


PROBE = """
import sys
from datetime import date
from pathlib import Path

from factcheck.entities.kb import load_knowledge_base
from factcheck.pipeline import make_document
from factcheck.rules.base import CheckContext
from factcheck.rules.fc103_date_mismatch import RULE
from factcheck.text.reading import read_article

kb = load_knowledge_base([Path(sys.argv[2])], builtin=False)
doc = make_document(read_article(sys.argv[1]), "fr")
RULE.run(CheckContext(doc, kb, None, date(2025, 8, 20)))
print("dateparser" in sys.modules)
"""


@pytest.mark.parametrize(
    ("text", "imported"),
    [
        ("Donald Trump a rencontré des dirigeants européens à Washington.", "False"),
        ("Donald Trump a rencontré des dirigeants européens à Washington mardi.", "True"),
    ],
)
def test_dateparser_is_imported_only_for_articles_with_dates(
    tmp_path: Path, text: str, imported: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(article), str(SEED_CLAIMS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == imported
