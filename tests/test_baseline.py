"""Baselines: accepted findings stay silent through unrelated edits, and only those."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.app.baseline import finding_keys
from factcheck.cli import main
from factcheck.pipeline import Options, check_article

# Claim rules (FC3xx) are left out: these tests are about the baseline, not the claims.
FLAGS = ["--no-translate", "--no-builtin-kb", "--disable", "FC3"]


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed article and its claims in the current folder."""
    shutil.copyfile(SEED, tmp_path / "article.fr.txt")
    shutil.copyfile(SEED_CLAIMS, tmp_path / "claims.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*extra: str, article: str = "article.fr.txt") -> tuple[int, dict]:
    code, _, stderr = run([article, *FLAGS, "--output-dir", "out", "--format", "json", *extra])
    assert "Traceback" not in stderr
    name = Path(article).name.rsplit(".", 1)[0]
    return code, json.loads(Path("out", f"{name}.json").read_text("utf-8"))


def write_baseline(*articles: str) -> str:
    code, stdout, stderr = run(["baseline", "write", *(articles or ("article.fr.txt",)), *FLAGS])
    assert code == 0, stderr
    return stdout


def test_baseline_silences_accepted_findings_and_only_those(desk: Path) -> None:
    code, before = check()
    accepted = len(before["findings"])
    assert code == 1
    assert accepted >= 4  # FC101, FC201 x2, FC202 on the seed
    assert write_baseline() == (
        f"wrote {accepted} accepted finding(s) for 1 article(s) to .factcheck-baseline.json\n"
    )
    code, report = check()
    assert report["findings"] == []
    assert report["suppressed"] == accepted
    assert report["counts"] == {"error": 0, "warning": 0, "info": 0}
    assert code == 0

    article = desk / "article.fr.txt"
    original = article.read_text("utf-8")
    added = "\nUn haut responsable, selon des sources, a rencontré Kiri Starmer à Londres.\n"
    article.write_text(original + added, "utf-8")
    code, report = check()
    assert report["suppressed"] == accepted
    new = {(f["code"], f["text"]) for f in report["findings"]}
    assert ("FC201", "selon des sources") in new
    assert ("FC101", "Kiri Starmer") in new
    assert all(f["start"] >= len(original) for f in report["findings"])
    text = article.read_text("utf-8")
    assert all(text[f["start"] : f["end"]] == f["text"] for f in report["findings"])
    assert code == 1
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    Draft202012Validator(schema).validate(report)


def test_inserting_a_paragraph_above_does_not_revive_findings(desk: Path) -> None:
    _, before = check()
    write_baseline()
    article = desk / "article.fr.txt"
    prefix = "Mise à jour le 21 août.\n\nCet article a été complété par la rédaction.\n\n"
    article.write_text(prefix + article.read_text("utf-8"), "utf-8")
    _, report = check()
    assert report["suppressed"] == len(before["findings"])
    assert all(f["start"] < len(prefix) for f in report["findings"])


def test_reflowing_white_space_does_not_revive_findings(desk: Path) -> None:
    _, before = check()
    write_baseline()
    article = desk / "article.fr.txt"
    article.write_text(
        article.read_text("utf-8").replace(", qui, selon", ",  qui,\tselon"), "utf-8"
    )
    _, report = check()
    assert report["findings"] == []
    assert report["suppressed"] == len(before["findings"])


def test_editing_the_flagged_sentence_revives_its_finding(desk: Path) -> None:
    _, before = check()
    write_baseline()
    article = desk / "article.fr.txt"
    text = article.read_text("utf-8")
    edited = text.replace("apparaît comme un acteur central", "apparaît comme l'acteur central")
    assert edited != text
    article.write_text(edited, "utf-8")
    code, report = check()
    revived = [(f["code"], f["text"]) for f in report["findings"]]
    assert revived == [("FC201", "selon des sources")]
    assert report["suppressed"] == len(before["findings"]) - 1
    assert code == 0  # a warning; the gate is at error


def test_a_repeated_sentence_is_a_new_occurrence(desk: Path) -> None:
    article = desk / "article.fr.txt"
    sentence = "Le président a rencontré Kiri Starmer mardi."
    article.write_text(sentence + "\n", "utf-8")
    write_baseline()
    article.write_text(sentence + "\n\n" + sentence + "\n", "utf-8")
    _, report = check()
    assert report["suppressed"] == 1
    assert [(f["code"], f["text"]) for f in report["findings"]] == [("FC101", "Kiri Starmer")]
    assert report["findings"][0]["start"] > len(sentence)


def test_keys_carry_no_offsets(seed_copy: Path) -> None:
    report = check_article(str(seed_copy), Options(translate=False, builtin_kb=False))
    keys = finding_keys(report, "article.fr.txt")
    assert len(keys) == len(report.findings)
    for key, finding in zip(keys, report.findings, strict=True):
        assert set(key.as_dict()) == {"article", "code", "text", "context", "occurrence"}
        assert key.text == finding.text
        assert str(finding.start) not in key.as_dict().values()
    moved = check_article(
        str(_prepend(seed_copy, "Une ligne de plus.\n\n")),
        Options(translate=False, builtin_kb=False),
    )
    assert set(keys) <= set(finding_keys(moved, "article.fr.txt"))


def _prepend(path: Path, text: str) -> Path:
    path.write_text(text + path.read_text("utf-8"), "utf-8")
    return path


def test_no_baseline_and_explicit_baseline(desk: Path) -> None:
    _, before = check()
    write_baseline()
    Path(".factcheck-baseline.json").rename("accepted.json")
    _, report = check()
    assert report["suppressed"] == 0  # no default baseline any more
    _, report = check("--baseline", "accepted.json")
    assert report["suppressed"] == len(before["findings"])
    _, report = check("--baseline", "accepted.json", "--no-baseline")
    assert report["suppressed"] == 0
    assert len(report["findings"]) == len(before["findings"])


def test_baseline_beside_the_config_file(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (desk / "news").mkdir()
    shutil.move(desk / "article.fr.txt", desk / "news" / "article.fr.txt")
    shutil.move(desk / "claims.json", desk / "news" / "claims.json")
    (desk / "factcheck.toml").write_text("builtin-kb = false\ntranslate = false\n", "utf-8")
    monkeypatch.chdir(desk / "news")
    code, stdout, _ = run(["baseline", "write", "article.fr.txt"])
    assert code == 0
    assert stdout.endswith(f"to {desk / '.factcheck-baseline.json'}\n")
    entries = json.loads((desk / ".factcheck-baseline.json").read_text("utf-8"))["findings"]
    assert {e["article"] for e in entries} == {"news/article.fr.txt"}
    code, _, _ = run(["article.fr.txt", "--output-dir", "out", "--format", "json"])
    report = json.loads(Path("out", "article.fr.json").read_text("utf-8"))
    assert report["findings"] == []
    assert report["suppressed"] == len(entries)
    assert code == 0


def test_writing_one_article_keeps_the_others(desk: Path) -> None:
    shutil.copyfile(desk / "article.fr.txt", desk / "second.fr.txt")
    write_baseline("article.fr.txt", "second.fr.txt")
    data = json.loads(Path(".factcheck-baseline.json").read_text("utf-8"))
    per_article = {e["article"] for e in data["findings"]}
    assert per_article == {"article.fr.txt", "second.fr.txt"}
    Path("second.fr.txt").write_text("Rien à signaler ici.\n", "utf-8")
    stdout = write_baseline("second.fr.txt")
    assert "kept" in stdout
    data = json.loads(Path(".factcheck-baseline.json").read_text("utf-8"))
    second = {e["text"] for e in data["findings"] if e["article"] == "second.fr.txt"}
    first = {e["text"] for e in data["findings"] if e["article"] == "article.fr.txt"}
    assert "Kiri Starmer" in first
    assert "Kiri Starmer" not in second  # replaced by what the new text has
    assert data["findings"] == sorted(
        data["findings"], key=lambda e: (e["article"], e["code"], e["text"], e["context"])
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "invalid JSON"),
        ('{"version": 7, "findings": []}', "not a factcheck baseline"),
        ('{"version": 1, "findings": [{"code": "FC101"}]}', "/findings/0: missing"),
    ],
)
def test_a_broken_baseline_is_one_line(desk: Path, content: str, message: str) -> None:
    Path("bad.json").write_text(content, "utf-8")
    code, _, stderr = run(["article.fr.txt", *FLAGS, "--baseline", "bad.json"])
    assert code == 2
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    code, _, stderr = run(["article.fr.txt", *FLAGS, "--baseline", "missing.json"])
    assert code == 2
    assert "baseline file not found" in stderr


def test_baseline_write_refuses_when_an_article_fails(desk: Path) -> None:
    Path("empty.txt").write_text("", "utf-8")
    code, _, stderr = run(["baseline", "write", "article.fr.txt", "empty.txt", *FLAGS])
    assert code == 2
    assert "baseline not written" in stderr
    assert not Path(".factcheck-baseline.json").exists()
