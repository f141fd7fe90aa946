"""Issue 13, what a person sees after a run: each point through the CLI, as a user runs it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.cli import main

REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
CLAIMS_SCHEMA = json.loads((ROOT / "schemas" / "claims.schema.json").read_text("utf-8"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stderr, result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed article and its claim file in the current folder."""
    shutil.copyfile(SEED, tmp_path / "article.fr.txt")
    shutil.copyfile(SEED_CLAIMS, tmp_path / "claims.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def report(name: str = "article.fr") -> dict[str, Any]:
    data = json.loads(Path("out", f"{name}.json").read_text("utf-8"))
    Draft202012Validator(REPORT_SCHEMA).validate(data)
    for finding in [*data["findings"], *data.get("suppressed_findings", [])]:
        text = Path(data["input"]["path"]).read_text("utf-8")
        assert text[finding["start"] : finding["end"]] == finding["text"]
    return data


# 1. Every run ends with a short summary on stderr; --quiet turns it off.


def test_a_run_says_counts_gate_and_reports_on_stderr(desk: Path) -> None:
    code, stdout, stderr = run("article.fr.txt", "--no-translate", "--output-dir", "out")
    assert code == 1
    assert stderr.splitlines() == [
        "article.fr.txt: 1 error, 5 warnings, 1 info",
        "gate (--fail-on error): FAILED (exit code 1)",
        "reports: out/article.fr.json, out/article.fr.md",
    ]
    assert "gate" not in stdout and stdout.startswith("article.fr.txt:1:1: FC303")


def test_html_alone_says_where_the_page_went(desk: Path) -> None:
    code, stdout, stderr = run(
        "article.fr.txt", "--no-translate", "--output-dir", "out", "--format", "html"
    )
    assert code == 1 and stdout == ""
    assert "reports: out/article.fr.html" in stderr
    assert "FAILED" in stderr


@pytest.mark.parametrize("fmt", ["json", "github", "text"])
def test_quiet_leaves_stderr_empty_and_stdout_clean(desk: Path, fmt: str) -> None:
    args = ["article.fr.txt", "--no-translate", "--output-dir", "out", "--format", fmt]
    code, stdout, stderr = run(*args, "--quiet")
    assert code == 1 and stderr == ""
    _, loud_stdout, loud_stderr = run(*args)
    assert loud_stdout == stdout and "gate (--fail-on error)" in loud_stderr


# 2. Suppressed findings stay visible.


def test_baselined_findings_are_counted_listed_and_marked(desk: Path) -> None:
    code, _, _ = run("baseline", "write", "article.fr.txt", "--no-translate")
    assert code == 0
    code, stdout, stderr = run(
        "article.fr.txt", "--no-translate", "--output-dir", "out", "--format", "json",
        "--format", "markdown", "--format", "html", "--format", "text",
    )  # fmt: skip
    assert code == 0
    assert "7 findings suppressed by baseline .factcheck-baseline.json" in stdout
    assert "7 suppressed by baseline .factcheck-baseline.json" in stderr
    data = report()
    assert data["findings"] == [] and data["suppressed"] == 7
    assert len(data["suppressed_findings"]) == 7
    assert all(f["suppressed"] is True for f in data["suppressed_findings"])
    assert data["suppressed_by"] == "baseline .factcheck-baseline.json"
    markdown = Path("out/article.fr.md").read_text("utf-8")
    assert "- Findings: 0 errors, 0 warnings, 0 info; 7 suppressed by baseline" in markdown
    assert "## Suppressed findings (7 suppressed by baseline .factcheck-baseline.json)" in markdown
    assert "- FC101 misspelled-name (error), line 9: Kiri Starmer" in markdown
    html = Path("out/article.fr.html").read_text("utf-8")
    assert '<details class="suppressed">' in html and "Kiri Starmer" in html
    assert 'data-suppressed="7"' in html


def test_the_suppressed_note_names_the_config_that_named_the_baseline(desk: Path) -> None:
    Path("factcheck.toml").write_text('baseline = "accepted.json"\n', "utf-8")
    assert run("baseline", "write", "article.fr.txt", "--no-translate")[0] == 0
    code, stdout, _ = run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q")
    assert code == 0
    note = "baseline accepted.json (config factcheck.toml)"
    assert stdout == f"article.fr.txt: 7 findings suppressed by {note} (not shown)\n"
    assert report()["suppressed_by"] == note


# 3. Severity first.


def test_markdown_opens_with_errors_and_warnings_linked_to_their_details(desk: Path) -> None:
    run("article.fr.txt", "--no-translate", "--output-dir", "out", "--format", "markdown")
    markdown = Path("out/article.fr.md").read_text("utf-8")
    top = markdown.split("## Errors and warnings", 1)[1].split("## Findings", 1)[0]
    rows = [line for line in top.splitlines() if line.startswith("| ") and "[FC" in line]
    assert rows[0].startswith("| 🔴 error | [FC101](#finding-")
    assert [re.search(r"\[(FC\d+)\]", r).group(1) for r in rows] == [  # type: ignore[union-attr]
        "FC101", "FC303", "FC201", "FC202", "FC201", "FC102",
    ]  # fmt: skip
    for row in rows:  # each link reaches its detail
        number = re.search(r"#finding-(\d+)", row).group(1)  # type: ignore[union-attr]
        assert f'<a id="finding-{number}"></a>{number}. ' in markdown
    assert markdown.index("## Errors and warnings") < markdown.index("## Findings")
    assert "1 errors" not in markdown and "- Findings: 1 error, 5 warnings, 1 info" in markdown


# 4. FC304 as a to-do list.


def test_uncovered_claims_are_one_info_and_a_table(desk: Path) -> None:
    run("article.fr.txt", "--no-translate", "--output-dir", "out")
    data = report()
    fc304 = [f for f in data["findings"] if f["code"] == "FC304"]
    assert len(fc304) == 1 and fc304[0]["severity"] == "info"
    uncovered = [c for c in data["claims"] if c["status"] == "not_in_claim_file"]
    assert fc304[0]["message"].startswith(f"{len(uncovered)} check-worthy claims")
    assert fc304[0]["start"] == fc304[0]["end"] == uncovered[0]["start"]
    markdown = Path("out/article.fr.md").read_text("utf-8")
    assert f"## Claims to check ({len(uncovered)})" in markdown
    for claim in uncovered:
        assert claim["text"] in markdown.split("## Claims to check", 1)[1]


def test_require_coverage_keeps_one_error_per_claim(desk: Path) -> None:
    code, _, _ = run(
        "article.fr.txt", "--no-translate", "--output-dir", "out", "--require-coverage"
    )
    data = report()
    fc304 = [f for f in data["findings"] if f["code"] == "FC304"]
    uncovered = [c for c in data["claims"] if c["status"] == "not_in_claim_file"]
    assert len(fc304) == len(uncovered) > 1 and code == 1
    assert {f["severity"] for f in fc304} == {"error"}
    assert [(f["start"], f["end"]) for f in fc304] == [(c["start"], c["end"]) for c in uncovered]


# 5. Language of short texts.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister resigned on Tuesday after the vote.\n", "en"),
        ("Emmanuel Macron arrives in Berlin on March 12.\n", "en"),
        ("Le ministre a démissionné mardi après le vote.\n", "fr"),
    ],
)
def test_one_sentence_is_read_in_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("brief.txt").write_text(text, "utf-8")
    run("brief.txt", "--no-translate", "--output-dir", "out", "--no-builtin-kb", "-q")
    data = report("brief")
    assert data["input"]["language"] == lang
    assert not [f for f in data["findings"] if f["code"] == "FC901"]


def test_one_sentence_accuracy_on_the_dev_set_stays_measured() -> None:
    """bench/language_id.py's figures: >= 200 sentences per language, held-out accuracy kept."""
    from factcheck.text.language import detect_language

    lines = (ROOT / "bench/data/language/sentences.tsv").read_text("utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in lines]
    for lang in ("fr", "en"):
        assert sum(1 for r in rows if r[1] == lang) >= 200
        heldout = [r for r in rows if r[1] == lang and r[2] == "heldout"]
        right = sum(1 for r in heldout if detect_language(r[4]).lang == lang)
        assert right / len(heldout) >= 0.97, (lang, right, len(heldout))


def test_fc901_suggests_the_likeliest_languages_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("names.txt").write_text("Kyiv, Washington, Bruxelles : 18/08\n", "utf-8")
    run("names.txt", "--no-translate", "--output-dir", "out", "--no-builtin-kb", "-q")
    data = report("names")
    assert data["input"]["language"] == "und"
    (fc901,) = [f for f in data["findings"] if f["code"] == "FC901"]
    likeliest = fc901["data"]["candidates"]
    assert likeliest and set(likeliest) <= {"en", "fr", "de", "es", "it", "nl", "pt"}
    assert fc901["suggestion"] == " or ".join(f"--lang {lang}" for lang in likeliest)


# 6. FC401 suggestions (translated by the tiny model, which gets this sentence wrong).


def test_fc401_suggests_years_plain_and_names_as_the_knowledge_base_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_model: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.fr.txt").write_text(
        "En 1985, Kiri Starmer et Jean Dupont ont rencontré 3000 manifestants et "
        "12 000 policiers à Lyon.\n",
        "utf-8",
    )
    run("a.fr.txt", "--output-dir", "out", "--lang", "fr", "-q")
    data = report("a.fr")
    suggestions = {f["text"]: f.get("suggestion") for f in data["findings"] if f["code"] == "FC401"}
    assert suggestions == {
        "1985": "1985",  # a year: no separator
        "3000": "3000",  # written without one: none added
        "12 000": "12,000",  # written with one: the English one
        "Kiri Starmer": "Keir Starmer",  # the knowledge base's form, not the misspelling
        "Jean Dupont": "keep the name as written",  # unknown to the knowledge base
    }, data["translation"]


# 7. Article date from the text.


@pytest.mark.parametrize(
    ("first_line", "day"),
    [
        ("PARIS, 12 mars 2025 (AFP) - Le gouvernement a présenté son budget.", "2025-03-12"),
        ("Publié le 03/04/2024 à 10h12", "2024-04-03"),
    ],
)
def test_the_dateline_dates_the_article_and_fc902_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_line: str, day: str
) -> None:
    monkeypatch.chdir(tmp_path)
    body = "Le président Emmanuel Macron a reçu le chancelier allemand à l'Élysée."
    Path("a.fr.txt").write_text(f"{first_line}\n\n{body}\n", "utf-8")
    run("a.fr.txt", "--no-translate", "--output-dir", "out", "-q")
    data = report("a.fr")
    assert (data["input"]["date"], data["input"]["date_source"]) == (day, "text")
    assert not [f for f in data["findings"] if f["code"] == "FC902"]  # the KB is recent enough
    run("a.fr.txt", "--no-translate", "--output-dir", "out", "-q", "--date", "2027-06-01")
    data = report("a.fr")
    assert (data["input"]["date"], data["input"]["date_source"]) == ("2027-06-01", "option")
    (fc902,) = [f for f in data["findings"] if f["code"] == "FC902"]
    assert "2027-06-01 (--date)" in fc902["message"]


def test_without_a_dateline_the_date_is_the_claim_file_then_today(desk: Path) -> None:
    run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q")
    assert report()["input"]["date_source"] == "claim file"
    run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q", "--claims", "none.json")
    # a missing claim file is a usage error; without any claim file the date is today's
    Path("claims.json").unlink()
    run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q")
    assert report()["input"]["date_source"] == "today"


# 8. One claim, one finding.


def test_the_same_claim_twice_gives_one_finding(desk: Path) -> None:
    run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q")
    data = report()
    fc303 = [f for f in data["findings"] if f["code"] == "FC303"]
    same = [c for c in data["claims"] if c["claim_id"] == "rubio-leads-guarantees-group"]
    assert len(same) == 2 and len(fc303) == 1
    assert fc303[0]["start"] == same[0]["start"]
    assert "the same claim is also made on line 5" in fc303[0]["message"]
    assert fc303[0]["data"]["also"] == [[same[1]["start"], same[1]["end"]]]
    markdown = Path("out/article.fr.md").read_text("utf-8")
    assert "unproven (also on line 5)" in markdown and "unproven (same claim as line 1)" in markdown


# 9. Skeletons do not fail gates.


def test_a_fresh_skeleton_fires_no_claim_rule_and_todo_lists_it(desk: Path) -> None:
    Path("claims.json").unlink()
    code, _, _ = run("claims", "init", "article.fr.txt", "--no-builtin-kb")
    assert code == 0
    skeleton = json.loads(Path("article.claims.json").read_text("utf-8"))
    Draft202012Validator(CLAIMS_SCHEMA).validate(skeleton)
    assert {c["verdict"] for c in skeleton["claims"]} == {"unverified"}
    code, _, _ = run("article.fr.txt", "--no-translate", "--output-dir", "out", "-q", "--disable",
                     "FC1", "--disable", "FC2", "--fail-on", "warning")  # fmt: skip
    assert code == 0
    data = report()
    assert not [f for f in data["findings"] if f["code"] in ("FC301", "FC302", "FC303")]
    assert "unverified" in {c["status"] for c in data["claims"]}
    # A headline on the topic of another entry is "related" to it: that never fires FC301-FC303.
    assert {c["status"] for c in data["claims"]} <= {"unverified", "related", "not_in_claim_file"}
    code, stdout, stderr = run("claims", "todo", "article.claims.json")
    assert code == 0
    assert len(stdout.splitlines()) == len(skeleton["claims"])
    first = skeleton["claims"][0]
    assert stdout.splitlines()[0] == f"{first['id']}: {first['text']}"
    n = len(skeleton["claims"])
    assert stderr.strip() == f"article.claims.json: {n} of {n} claim(s) unverified"


# 10. kb show says when it is a near match.


def test_kb_show_says_near_match() -> None:
    code, stdout, _ = run("kb", "show", "Emanuel Macron")
    assert code == 0
    assert re.match(r"no entry 'Emanuel Macron'; closest: Emmanuel Macron \(0\.\d\d\)\n", stdout)
    code, stdout, _ = run("kb", "show", "Emmanuel Macron")
    assert code == 0 and stdout.startswith("Emmanuel Macron [person]")


# 11. A batch with --format html writes an index page.


def test_batch_html_writes_an_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("desk").mkdir()
    shutil.copyfile(SEED, "desk/article.fr.txt")
    shutil.copyfile(SEED_CLAIMS, "desk/claims.json")
    Path("desk/brief.txt").write_text("The minister resigned on Tuesday.\n", "utf-8")
    code, _, stderr = run("desk", "--no-translate", "--output-dir", "out", "--format", "html")
    assert code == 1
    index = Path("out/index.html").read_text("utf-8")
    assert '<a href="./article.fr.html">desk/article.fr.txt</a>' in index
    assert '<a href="./brief.html">desk/brief.txt</a>' in index
    assert index.count(">FAILED<") == 1 and index.count(">passed<") == 1
    assert "index page" in stderr and "out/index.html" in stderr
