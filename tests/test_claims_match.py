"""Claim matching and verdicts: the fixtures' expected claims, debunks, contradictions, the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, SEED, SEED_CLAIMS
from factcheck.claims import check_claims
from factcheck.claims.model import Agreement, Status
from factcheck.cli import main
from factcheck.entities.kb.model import Claim, KnowledgeBase
from factcheck.pipeline import Options, check_article
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

CLAIM_FIXTURES = FIXTURES / "claims"
CLAIMS = CLAIM_FIXTURES / "claims.json"
EXPECTED = json.loads((CLAIM_FIXTURES / "expected.json").read_text("utf-8"))
KEYS = ("text", "status", "claim_id", "agreement")


def claims_of(
    article: Path, claims: Path = CLAIMS, *, builtin_kb: bool = False, translate: bool = False
) -> list[dict[str, Any]]:
    options = Options(
        claims=[claims], builtin_kb=builtin_kb, translate=translate, summary_sentences=0
    )
    report = check_article(str(article), options)
    for claim in report.claims:
        assert report.text[claim["start"] : claim["end"]] == claim["text"]
    return report.claims


def expected_cases() -> list[Any]:
    return [pytest.param(name, entry, id=name) for name, entry in EXPECTED["files"].items()]


@pytest.mark.parametrize(("name", "entry"), expected_cases())
@pytest.mark.parametrize("builtin_kb", [False, True], ids=["own-claims", "with-builtin-kb"])
def test_fixture_claims_get_exactly_the_expected_statuses(
    name: str, entry: dict[str, Any], builtin_kb: bool
) -> None:
    claims = CLAIM_FIXTURES / entry.get("claims", EXPECTED["claims"])
    found = claims_of(CLAIM_FIXTURES / name, claims, builtin_kb=builtin_kb)
    assert [{k: c[k] for k in KEYS} for c in found] == entry["expect"]


@pytest.mark.parametrize("name", [n for n in EXPECTED["files"] if n.endswith(".fr.txt")])
def test_french_fixtures_match_the_same_through_the_tiny_translation(
    name: str, tiny_model: Path
) -> None:
    entry = EXPECTED["files"][name]
    claims = CLAIM_FIXTURES / entry.get("claims", EXPECTED["claims"])
    found = claims_of(CLAIM_FIXTURES / name, claims, translate=True)
    assert [{k: c[k] for k in KEYS} for c in found] == entry["expect"]


def english_only(tmp_path: Path) -> Path:
    """The fixture claim file without its French keywords: only a translation can match."""
    data = json.loads(CLAIMS.read_text("utf-8"))
    for claim in data["claims"]:
        claim.get("keywords", {}).pop("fr", None)
    path = tmp_path / "claims.en-only.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_a_french_sentence_matches_an_english_claim_through_its_translation(
    tmp_path: Path, tiny_model: Path
) -> None:
    claims = english_only(tmp_path)
    article = CLAIM_FIXTURES / "missile-asserts.fr.txt"
    found = claims_of(article, claims, translate=True)
    assert (found[0]["status"], found[0]["claim_id"]) == ("false", "truck-carried-missile")
    assert any("(in the translation)" in r for r in found[0]["reasons"])
    refuted = claims_of(CLAIM_FIXTURES / "missile-refutes.fr.txt", claims, translate=True)
    assert (refuted[0]["status"], refuted[0]["agreement"]) == ("true", "contradicts")


def test_without_translation_or_french_keywords_nothing_matches(tmp_path: Path) -> None:
    found = claims_of(CLAIM_FIXTURES / "missile-asserts.fr.txt", english_only(tmp_path))
    assert {c["status"] for c in found} == {"not_in_claim_file"}


def run(*args: str) -> tuple[int, dict[str, Any], str]:
    out = Path("out")
    result = CliRunner().invoke(main, [*args, "--output-dir", str(out), "--format", "json"])
    assert "Traceback" not in result.stderr
    name = Path(args[0]).name.rsplit(".", 1)[0]
    return result.exit_code, json.loads((out / f"{name}.json").read_text("utf-8")), result.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_article_asserting_a_false_claim_fails_with_fc301(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = CLAIM_FIXTURES / f"missile-asserts.{lang}.txt"
    code, report, _ = run(str(article), "--claims", str(CLAIMS), "--no-translate")
    assert code == 1
    fc301 = [f for f in report["findings"] if f["code"] == "FC301"]
    first_line = article.read_text("utf-8").splitlines()[0]
    assert [f["text"] for f in fc301] == [first_line]
    assert fc301[0]["severity"] == "error"
    assert fc301[0]["data"]["claim_id"] == "truck-carried-missile"
    assert "rates false" in fc301[0]["message"]
    assert "gendarmerie.example" in fc301[0]["message"]  # the evidence is quoted


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_article_refuting_the_false_claim_is_not_flagged(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = CLAIM_FIXTURES / f"missile-refutes.{lang}.txt"
    code, report, _ = run(str(article), "--claims", str(CLAIMS), "--no-translate")
    assert code == 0
    assert [f["code"] for f in report["findings"]] == ["FC304"]  # the harvester sentence
    statuses = [(c["status"], c["agreement"]) for c in report["claims"] if c["claim_id"]]
    assert statuses == [("true", "contradicts"), ("true", "contradicts")]


def test_contradicting_a_true_claim_is_fc301_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = CLAIM_FIXTURES / "facts-contradicted.fr.txt"
    code, report, _ = run(str(article), "--claims", str(CLAIMS), "--no-translate")
    assert code == 1
    messages = [f["message"] for f in report["findings"] if f["code"] == "FC301"]
    # One claim, one finding: line 4 contradicts the same claim (a negation), so it is
    # named in the first finding's message instead of getting its own.
    assert len(messages) == 2
    assert "name differs: the sentence names Antony Blinken" in messages[0]
    assert "the same claim is also made on line 4" in messages[0]
    assert "date differs: the sentence says '19 août 2025'" in messages[1]
    rubio = [c for c in report["claims"] if c["claim_id"] == "rubio-secretary-of-state"]
    negated = [c for c in rubio if c["status"] == "false"][1]
    assert any("negation: 'n’est pas'" in r for r in negated["reasons"])
    assert all("which the claim file rates true" in m for m in messages)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("sentence", "status", "agreement"),
    [
        # a debunk of a misleading claim reports the fact-check: true
        (
            "Il est trompeur de dire que le chômage a baissé à 7,3 % au deuxième trimestre.",
            "true",
            "contradicts",
        ),
        # a different figure than a misleading claim's does not assert it: related, no FC303
        ("Le chômage a baissé à 6,9 % au deuxième trimestre.", "related", "contradicts"),
        # negation and refutation cancel out: the sentence says the claim is true
        (
            "Il est faux de dire que le camion ne transportait pas de missile.",
            "false",
            "agrees",
        ),
        # a reported denial is a refutation
        (
            "La préfecture a démenti que le camion transportait un missile.",
            "true",
            "contradicts",
        ),
    ],
)
def test_agreement_rules(tmp_path: Path, sentence: str, status: str, agreement: str) -> None:
    article = write(tmp_path, "article.fr.txt", f"{sentence}\n")
    found = claims_of(article)
    assert [(c["status"], c["agreement"]) for c in found] == [(status, agreement)]


def test_a_question_is_never_a_claim_even_when_it_matches(tmp_path: Path) -> None:
    article = write(tmp_path, "article.fr.txt", "Le camion transportait-il vraiment un missile ?\n")
    assert claims_of(article) == []


def test_seed_lists_every_factual_sentence_and_confirms_rubio_and_the_meeting(
    seed_copy: Path,
) -> None:
    report = check_article(
        str(seed_copy), Options(translate=False, builtin_kb=False, summary_sentences=0)
    )
    covered = {c["sentence"] for c in report.claims}
    assert covered == set(range(len(report.sentences)))  # title and eight sentences
    by_id = {c["claim_id"]: c for c in report.claims if c["claim_id"]}
    rubio = by_id["rubio-secretary-of-state"]
    assert rubio["status"] == "true"
    assert "Secrétaire d’État, Marco Rubio" in rubio["text"]
    assert rubio["evidence"][0]["url"] == "https://www.state.gov/"
    meeting = by_id["trump-met-european-leaders-2025-08-18"]
    assert meeting["status"] == "true"
    assert meeting["text"].endswith("le 18 août.")
    assert "date: the sentence gives 2025-08-18" in meeting["reasons"]
    assert meeting["evidence"][0]["quote"].startswith("President Trump hosted")
    assert not [f for f in report.findings if f.code == "FC301"]


def test_seed_claims_file_beside_the_article_gives_the_same_result(seed_copy: Path) -> None:
    own = check_article(str(seed_copy), Options(translate=False, builtin_kb=False))
    explicit = check_article(
        str(SEED), Options(claims=[SEED_CLAIMS], translate=False, builtin_kb=False)
    )
    assert [(c["start"], c["status"]) for c in own.claims] == [
        (c["start"], c["status"]) for c in explicit.claims
    ]


def test_a_sentence_agreeing_with_its_best_match_does_not_contradict_another_edition() -> None:
    claims = [
        {
            "id": "marathon-2025",
            "text": "Le marathon de Paris 2025 a réuni 56 000 coureurs le 13 avril 2025.",
            "lang": "fr",
            "verdict": "true",
        },
        {
            "id": "marathon-2024",
            "text": "Le marathon de Paris 2024 a réuni 54 000 coureurs le 7 avril 2024.",
            "lang": "fr",
            "verdict": "true",
        },
    ]
    kb = KnowledgeBase(claims={c["id"]: Claim(**c) for c in claims})
    text = "Le 13 avril 2025, le marathon de Paris a réuni 56 000 coureurs, un record."
    spans = sentence_spans(text)
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    results = check_claims(Document("<test>", text, "fr", sentences), kb)
    assert [(r.claim_id, r.status, r.agreement) for r in results] == [
        ("marathon-2025", Status.TRUE, Agreement.AGREES)
    ]


def test_a_claim_of_two_sentences_is_compared_part_by_part() -> None:
    text = (
        "Le gouvernement va supprimer la prime d'activité en 2026."
        " Les travailleurs modestes ne toucheront plus rien."
    )
    kb = KnowledgeBase(claims={"x": Claim(id="x", text=text, lang="fr", verdict="false")})
    article = f"Un message circule sur les réseaux sociaux. {text}"
    spans = sentence_spans(article)
    sentences = [Sentence(i, s, e, article[s:e]) for i, (s, e) in enumerate(spans)]
    results = check_claims(Document("<test>", article, "fr", sentences), kb)
    statuses = [(article[r.start : r.end], r.status) for r in results if r.claim_id == "x"]
    assert statuses[0] == (
        "Le gouvernement va supprimer la prime d'activité en 2026.",
        Status.FALSE,
    )
    assert all(status is not Status.TRUE for _, status in statuses), statuses


def test_a_clearly_lesser_match_is_not_contradicted() -> None:
    claims = [
        {
            "id": "agents-publics",
            "text": "La Belgique compte 2 millions de fonctionnaires.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "population-be",
            "text": "La Belgique comptait 11,8 millions d'habitants au 1er janvier 2024.",
            "lang": "fr",
            "verdict": "true",
        },
    ]
    kb = KnowledgeBase(claims={c["id"]: Claim(**c) for c in claims})
    text = "Non, la Belgique ne compte pas 2 millions de fonctionnaires."
    spans = sentence_spans(text)
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    results = check_claims(Document("<test>", text, "fr", sentences), kb)
    assert all(r.status is not Status.FALSE for r in results), [
        (r.claim_id, r.status) for r in results
    ]
