"""The HTML report in a real headless Chromium (Debian's ``chromium`` package).

Install it with: apt-get install -y chromium   (the tests use /usr/bin/chromium
through Playwright's Python package; ``playwright install`` is not needed).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT, TINY_MODEL
from factcheck.cli import main
from factcheck.pipeline import Options, check_article
from factcheck.report.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
SEED_MARKS = [
    "selon des sources",
    "Vérité Européenne",
    "selon plusieurs interlocuteurs",
    "Kiri Starmer",
]
SEED_CODES = ("FC101", "FC201", "FC202")  # names and sourcing; claim rules mark whole sentences

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium: apt-get install -y chromium",
)

# Each mark's text, its data-* attributes, its offset in the article as the
# browser lays it out (in code points, as Python counts), and its colour.
MARKS_JS = """() => {
  const root = document.querySelector('.article');
  return [...root.querySelectorAll('mark')].map(m => {
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEndBefore(m);
    const box = m.getBoundingClientRect();
    return {text: m.textContent, code: m.dataset.code, finding: Number(m.dataset.finding),
            start: Number(m.dataset.start), end: Number(m.dataset.end),
            continued: m.classList.contains('cont'), offset: [...range.toString()].length,
            title: m.title, background: getComputedStyle(m).backgroundColor,
            underline: getComputedStyle(m).borderBottomStyle,
            width: box.width, height: box.height};
  });
}"""


@dataclass
class PageLog:
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser: Any, html_file: Path) -> tuple[Any, PageLog]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log = PageLog()
    page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    page.on("request", lambda r: log.requests.append(r.url))
    page.goto(html_file.as_uri(), wait_until="load")
    return page, log


def run_cli(monkeypatch: pytest.MonkeyPatch, folder: Path, *args: str) -> int:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, [*args, "--output-dir", "out"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code


@pytest.fixture
def seed_report(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> tuple[Path, dict[str, Any]]:
    """The seed article's HTML and JSON reports, translated when the tiny model exists."""
    translate: list[str] = []
    if TINY_MODEL.exists():
        request.getfixturevalue("tiny_model")
    else:
        translate = ["--no-translate"]
    run_cli(
        monkeypatch,
        seed_copy.parent,
        seed_copy.name,
        *translate,
        "--format",
        "html",
        "--format",
        "json",
    )
    out = seed_copy.parent / "out"
    data = json.loads((out / "article.fr.json").read_text("utf-8"))
    return out / "article.fr.html", data


def test_seed_report_in_chromium(
    browser: Any, seed_report: tuple[Path, dict[str, Any]], seed_copy: Path
) -> None:
    html_file, data = seed_report
    page, log = open_page(browser, html_file)
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-report.png"), full_page=True)
        page.screenshot(path=str(ARTIFACTS / "seed-report-fold.png"))  # what opens on screen
        # Severity first: the table of errors and warnings is whole above the fold (900 px).
        top = page.eval_on_selector("table.top", "t => t.getBoundingClientRect().bottom")
        assert 0 < top <= 900
        top_codes = page.eval_on_selector_all(
            "table.top tbody tr", "rows => rows.map(r => r.dataset.code)"
        )
        assert top_codes[0] == "FC101"  # the one error leads
        assert sorted(top_codes) == sorted(
            f["code"] for f in data["findings"] if f["severity"] in ("error", "warning")
        )
        text = seed_copy.read_text("utf-8")
        assert page.text_content(".article") == text

        marks = page.evaluate(MARKS_JS)
        seed_marks = [m for m in marks if m["code"] in SEED_CODES]
        assert [m["text"] for m in seed_marks] == SEED_MARKS
        # Every finding has its mark, where its offsets say, whatever other findings it overlaps.
        findings = data["findings"]
        assert sorted({m["finding"] for m in marks}) == list(range(1, len(findings) + 1))
        for number, finding in enumerate(findings, 1):
            pieces = [m for m in marks if m["finding"] == number]
            first = pieces[0]
            assert not first["continued"]
            assert (first["code"], first["start"], first["end"]) == (
                finding["code"],
                finding["start"],
                finding["end"],
            )
            assert first["offset"] == finding["start"], "the highlight is where the offsets say"
            assert (
                "".join(p["text"] for p in pieces)
                == finding["text"]
                == text[finding["start"] : finding["end"]]
            )
            for piece in pieces:
                painted = piece["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
                assert painted or piece["underline"] != "none", "every highlight is visible"
                assert piece["width"] > 0 and piece["height"] > 0
        for mark in seed_marks:  # word-level marks are filled, not just underlined
            assert mark["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
        kiri = next(m for m in marks if m["text"] == "Kiri Starmer")
        assert "FC101 misspelled-name (error)" in kiri["title"]
        assert "Suggestion: Keir Starmer" in kiri["title"]

        counts = data["counts"]
        for severity in ("error", "warning", "info"):
            badge = page.text_content(f'#counts [data-severity="{severity}"]') or ""
            assert badge.startswith(f"{counts[severity]} ")
        assert page.get_attribute("#gate", "data-exit-code") == "1"
        assert (page.text_content("#gate") or "").startswith("FAILED with --fail-on error")

        page.click("table.top a[href^='#finding-']")
        fc101_number = next(n for n, f in enumerate(data["findings"], 1) if f["code"] == "FC101")
        assert page.evaluate("location.hash") == f"#finding-{fc101_number}"
        page.click("mark[data-code=FC101]")
        fc101 = next(n for n, f in enumerate(findings, 1) if f["code"] == "FC101")
        assert page.evaluate("location.hash") == f"#finding-{fc101}"
        assert page.evaluate("document.querySelector(':target').dataset.code") == "FC101"

        translation = data["translation"]
        rows = page.query_selector_all("table.translation tbody tr")
        if translation is None:
            assert rows == []
            assert "No translation" in (page.text_content("#translation + *") or "")
        else:
            assert len(rows) == len(translation["sentences"])
            for row, sentence in zip(rows, translation["sentences"], strict=True):
                assert (
                    row.query_selector("td.source").text_content()
                    == text[sentence["start"] : sentence["end"]]
                )
                assert row.query_selector("td.english").text_content() == sentence["text"]
            flagged = page.eval_on_selector_all(
                "tr.flagged mark", "els => els.map(e => [e.dataset.code, e.textContent])"
            )
            assert sorted(t for c, t in flagged if c in SEED_CODES) == sorted(SEED_MARKS)

        summary = [s for summary in data["summary"] for s in summary["text"]]
        assert (
            page.eval_on_selector_all(
                "ol.summary li .summary-source", "els => els.map(e => e.textContent)"
            )
            == summary
        )
        english = [s for summary in data["summary"] for s in summary.get("translation") or []]
        assert (
            page.eval_on_selector_all(
                "ol.summary li .summary-english", "els => els.map(e => e.textContent)"
            )
            == english
        )
        assert log.errors == []
        assert all(url.startswith(("file:", "data:")) for url in log.requests), log.requests
    finally:
        page.close()


def test_injected_markup_shows_as_text_and_does_not_run(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = "<script>window.__pwned=1</script>"
    image = '<img src=x onerror="window.__pwned=2">'
    article = tmp_path / "evil.fr.txt"
    article.write_text(
        f"Le ministre a démissionné lundi, selon des sources.\n\n{script}\n{image}\n"
        "La décision a été confirmée par le gouvernement.\n",
        encoding="utf-8",
    )
    run_cli(monkeypatch, tmp_path, article.name, "--no-translate", "--format", "html")
    page, log = open_page(browser, tmp_path / "out" / "evil.fr.html")
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        shown = page.text_content(".article") or ""
        assert script in shown
        assert image in shown
        assert page.evaluate("document.querySelectorAll('script, img').length") == 0
        assert page.text_content("mark[data-code=FC201]") == "selon des sources"
        assert log.errors == []
        assert all(url.startswith(("file:", "data:")) for url in log.requests), log.requests
    finally:
        page.close()


def test_claim_file_text_shows_as_text_and_script_links_are_not_links(
    browser: Any, tmp_path: Path
) -> None:
    article = tmp_path / "article.fr.txt"
    article.write_text("Le ministre a démissionné lundi, selon des sources.\n", encoding="utf-8")
    report = check_article(
        str(article), Options(builtin_kb=False, translate=False, summary_sentences=0)
    )
    report.claims = [
        {
            "text": '<img src=x onerror="window.__pwned=3">',
            "sentence": 0,
            "status": "false",
            "score": 0.9,
            "evidence": [
                {"source": "<b>x</b>", "url": "javascript:window.__pwned=4", "quote": "q"}
            ],
            "claim": {"id": "x", "text": "<script>window.__pwned=5</script>", "verdict": "true"},
        }
    ]
    html_file = tmp_path / "report.html"
    html_file.write_text(render_html(report), encoding="utf-8")
    page, log = open_page(browser, html_file)
    try:
        cell = page.text_content("table.claims tbody td") or ""
        assert cell.startswith('<img src=x onerror="window.__pwned=3">')
        assert "<script>window.__pwned=5</script>" in (page.text_content("p.matched") or "")
        found = "document.querySelectorAll('img, script, a[href^=javascript]').length"
        assert page.evaluate(found) == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert log.errors == []
    finally:
        page.close()
