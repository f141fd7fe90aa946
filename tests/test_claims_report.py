"""Claims in the reports: JSON (and its schema), Markdown, ClaimReview, --require-coverage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import FIXTURES, ROOT
from factcheck.cli import main

CLAIM_FIXTURES = FIXTURES / "claims"
CLAIMS = CLAIM_FIXTURES / "claims.json"
SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(article: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main,
        [str(article), "--claims", str(CLAIMS), "--no-translate", "--output-dir", "out", *args],
    )
    return result.exit_code, result.stdout, result.stderr


def written(article: Path, suffix: str) -> str:
    return Path("out", article.name.rsplit(".", 1)[0] + suffix).read_text("utf-8")


@pytest.mark.parametrize(
    "article",
    [
        CLAIM_FIXTURES / "missile-refutes.fr.txt",
        CLAIM_FIXTURES / "facts-contradicted.en.txt",
        CLAIM_FIXTURES / "variations.fr.txt",
    ],
    ids=lambda p: p.name,
)
def test_json_claims_follow_the_schema_and_point_into_the_text(article: Path) -> None:
    run(article, "--format", "json")
    report = json.loads(written(article, ".json"))
    assert list(Draft202012Validator(SCHEMA).iter_errors(report)) == []
    text = article.read_text("utf-8")
    assert report["claims"]
    for claim in report["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["checkworthy_reasons"]
        if claim["claim_id"] is None:
            assert claim["status"] == "not_in_claim_file" and claim["evidence"] == []
        else:
            assert claim["claim"]["id"] == claim["claim_id"]
            assert claim["evidence"][0]["source"]


def test_json_claim_of_a_debunk() -> None:
    article = CLAIM_FIXTURES / "missile-refutes.fr.txt"
    run(article, "--format", "json")
    first: dict[str, Any] = json.loads(written(article, ".json"))["claims"][0]
    assert first["status"] == "true"
    assert first["agreement"] == "contradicts"
    assert first["claim"]["verdict"] == "false"
    assert first["score"] == 1.0
    assert "negation: 'ne transportait pas'" in first["reasons"]
    assert first["evidence"] == [
        {
            "source": "Regional gendarmerie",
            "url": "https://gendarmerie.example/communiques/2025-08-31",
            "quote": "The truck was carrying agricultural machinery; no weapon was found on board.",
            "date": "2025-08-31",
        }
    ]


def test_markdown_claims_table() -> None:
    article = CLAIM_FIXTURES / "missile-asserts.fr.txt"
    run(article, "--format", "markdown")
    markdown = written(article, ".md")
    assert "| Claim | Verdict | Claim file | Evidence | Score |" in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| Selon des"))
    assert "| false |" in row
    assert "`truck-carried-missile` (false)" in row
    assert "[Regional gendarmerie](https://gendarmerie.example/communiques/2025-08-31)" in row
    assert row.endswith("| 1.00 |")
    assert "| not in claim file |" in markdown


def test_claimreview_export() -> None:
    article = CLAIM_FIXTURES / "missile-asserts.en.txt"
    code, _, _ = run(article, "--format", "claimreview", "--review-author", "Desk Vérif")
    assert code == 1
    reviews = json.loads(written(article, ".claimreview.json"))
    assert reviews == [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": "truck-carried-missile",
            "claimReviewed": "The truck was carrying a missile.",
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "False",
            },
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Organization", "name": "Social media posts"},
                "datePublished": "2025-08-30",
                "appearance": [
                    {"@type": "CreativeWork", "url": "https://social.example/posts/4815162342"}
                ],
            },
            "author": {"@type": "Organization", "name": "Desk Vérif"},
            "publisher": {"@type": "Organization", "name": "Desk Vérif"},
            "url": "https://gendarmerie.example/communiques/2025-08-31",
            "datePublished": "2025-09-01",
            "reviewBody": "Photos of the truck show a harvester's boom under a tarpaulin.",
            "inLanguage": "en",
        }
    ]


def test_claimreview_lists_each_matched_entry_once_in_text_order() -> None:
    article = CLAIM_FIXTURES / "variations.fr.txt"
    run(article, "--format", "claimreview")
    reviews = json.loads(written(article, ".claimreview.json"))
    assert [r["identifier"] for r in reviews] == [
        "truck-carried-missile",
        "rubio-secretary-of-state",
        "trump-met-european-leaders-2025-08-18",
        "unemployment-fell-q2",
    ]
    ratings = {r["identifier"]: r["reviewRating"]["alternateName"] for r in reviews}
    assert ratings["unemployment-fell-q2"] == "Misleading"
    # "Marco Rubio ne dirigera pas le groupe ...": a denial of an unproven claim is
    # related to it, not a claim the article makes; it gets no ClaimReview
    assert all(r["author"]["name"] == "factcheck" for r in reviews)


def test_claimreview_is_an_empty_list_when_nothing_matched(tmp_path: Path) -> None:
    article = tmp_path / "other.fr.txt"
    article.write_text("Plus de 2 000 personnes ont manifesté à Paris samedi.\n", "utf-8")
    run(article, "--format", "claimreview")
    assert written(article, ".claimreview.json") == "[]\n"


def test_require_coverage_turns_uncovered_claims_into_errors() -> None:
    article = CLAIM_FIXTURES / "missile-refutes.fr.txt"
    code, stdout, _ = run(article, "--format", "text")
    assert code == 0
    assert ":2:1: FC304 [info]" in stdout
    code, stdout, _ = run(article, "--format", "text", "--require-coverage")
    assert code == 1
    assert ":2:1: FC304 [error]" in stdout
    assert "(--require-coverage)" in stdout


def test_require_coverage_from_the_config_file(in_tmp: Path) -> None:
    (in_tmp / "factcheck.toml").write_text("require-coverage = true\n", "utf-8")
    article = in_tmp / "article.fr.txt"
    article.write_text((CLAIM_FIXTURES / "missile-refutes.fr.txt").read_text("utf-8"), "utf-8")
    code, stdout, _ = run(article, "--format", "text")
    assert code == 1
    assert "FC304 [error]" in stdout
