"""Hostile article text (issue 14): disguised names, hidden characters, injection in reports.

- the matching view folds hidden characters, odd spaces, look-alikes and
  decomposed accents, and maps every offset back into the original;
- each disguised "Kiri Starmer" gives FC101 or FC903 and exit 1;
- FC903 names the code point;
- the Markdown report of a hostile article, rendered by markdown-it-py and
  opened in Chromium, runs no script, sends no request and shows every
  finding heading; ClaimReview JSON-LD cannot close its <script>;
- terminal and GitHub output carry no ESC, BEL or bare CR from input.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, SEED_CLAIMS
from factcheck.pipeline import Options, Resources, check_article
from factcheck.report.escape import markdown, script_json, terminal
from factcheck.text.matching import matching_view

FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
CHROMIUM = Path("/usr/bin/chromium")
SENTENCE = "Prime Minister {} visited Leeds on Monday, the council said.\n"

# Each way of writing "Kiri Starmer" so that it displays (almost) as the plain name.
DISGUISES = {
    "zero-width space": "Kiri Star\u200bmer",
    "soft hyphen": "Kiri Star\u00admer",
    "word joiner": "Ki\u2060ri Starmer",
    "left-to-right mark": "Kiri\u200e Starmer",
    "narrow no-break space": "Kiri\u202fStarmer",
    "no-break space": "Kiri\u00a0Starmer",
    "Cyrillic look-alikes": "Кігі Ѕtаrmеr",
    "one Cyrillic letter": "Kіri Starmer",
    "Greek look-alike": "Κiri Starmer",
    "full-width letters": "Ｋｉｒｉ Ｓｔａｒｍｅｒ",
    "combining accent": "Kiri Starme\u0301r",
    "stacked accents": "Kiri Sta\u0301\u0301\u0301rmer",
    "right-to-left override": "Kiri \u202eremratS\u202c",
}


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTCHECK, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=180
    )


# ---------------------------------------------------------------- the matching view


@pytest.mark.parametrize("name", DISGUISES.values(), ids=DISGUISES.keys())
def test_view_reads_the_name_and_maps_back(name: str) -> None:
    text = SENTENCE.format(name)
    view = matching_view(text)
    assert not any(unicodedata.combining(ch) for ch in view.text)
    if "\u202e" not in name and "\u0301" not in name:
        assert "Kiri Starmer" in view.text or "KiriStarmer" in view.text
    start, end = view.to_original(0, len(view.text))
    assert (start, end) == (0, len(text))
    at = view.text.index("Kiri")
    s, e = view.to_original(at, at + 4)
    assert matching_view(text[s:e]).text.strip() in ("Kiri", "Кігі", "Kіri", "Κiri")


def test_plain_text_is_its_own_view() -> None:
    text = "Keir Starmer visited Leeds."
    view = matching_view(text)
    assert view.text is text and view.to_original(5, 12) == (5, 12)


def test_words_of_another_script_are_left_alone() -> None:
    text = "Le ministre a cité Толстой et Путин, puis a parlé à la presse de Lyon."
    assert matching_view(text).text == text


ALPHABET = st.sampled_from(
    [*"Kiri Starmer.\n", "\u200b", "\u00ad", "\u202f", "\u0301", "Ｋ", "і", "\u202e", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=40).map("".join), st.data())
def test_every_view_span_maps_into_the_original(text: str, data: st.DataObject) -> None:
    view = matching_view(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = view.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    # Monotone: a later view position never maps before an earlier one.
    assert view.to_original(start, start)[0] <= view.to_original(end, end)[0]
    if end == start:
        # A place, not words (FC304 points at one): it stays a place. Inside a
        # composed cluster ("K" + two combining accents, one of which NFC
        # composes) it maps to the cluster's start, so no round trip is asked.
        assert s == e
        return
    assert s < e
    # And back: the original span covers at least the view span it came from.
    vs, ve = view.to_view(s, e)
    assert vs <= start and ve >= end


@pytest.mark.parametrize("text", ["K\u0301\u0301", "KK\u0301\u0301", "i\u0301\u0301K"])
def test_spans_inside_a_composed_cluster_map_back(text: str) -> None:
    view = matching_view(text)
    for start in range(len(view.text) + 1):
        assert view.to_original(start, start)[0] == view.to_original(start, start)[1]
        for end in range(start + 1, len(view.text) + 1):
            s, e = view.to_original(start, end)
            vs, ve = view.to_view(s, e)
            assert s < e and vs <= start and ve >= end


# ---------------------------------------------------------------- the gate


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


@pytest.mark.parametrize("key", DISGUISES.keys())
def test_disguised_name_is_flagged(key: str, tmp_path: Path, resources: Resources) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE.format(DISGUISES[key]), "utf-8")
    report = check_article(str(article), Options(translate=False, summary_sentences=0), resources)
    codes = {f.code for f in report.findings if f.severity.value == "error"}
    assert codes & {"FC101", "FC903"}, [f.message for f in report.findings]
    for finding in report.findings:
        assert report.text[finding.start : finding.end] == finding.text
    for start, end in report.sentences:
        assert 0 <= start < end <= len(report.text)


def test_stacked_accents_are_flagged_and_the_name_still_read(
    tmp_path: Path, resources: Resources
) -> None:
    article = tmp_path / "article.txt"
    name = "Kiri Sta" + "\u0301" * 3 + "rmer"
    article.write_text(SENTENCE.format(name) + "Nguye\u0302\u0303n Van An a voté.\n", "utf-8")
    report = check_article(str(article), Options(translate=False, summary_sentences=0), resources)
    found = {f.code: report.text[f.start : f.end] for f in report.findings}
    assert found["FC903"] == "Sta\u0301\u0301\u0301rmer"
    assert found["FC101"] == name
    # Vietnamese written with two marks on one letter composes whole ("ễ"): no finding
    assert [f for f in report.findings if f.code == "FC903" and "Nguy" in f.text] == []


def test_disguised_names_exit_1(tmp_path: Path) -> None:
    """The command line, on every disguise at once: each article's own gate fails."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, name in enumerate(DISGUISES.values()):
        (folder / f"a{i:02d}.txt").write_text(SENTENCE.format(name), "utf-8")
    done = run(folder, "--no-translate", "--format", "json", "--output-dir", tmp_path / "out")
    assert done.returncode == 1, done.stderr
    for i in range(len(DISGUISES)):
        report = json.loads((tmp_path / "out" / f"a{i:02d}.json").read_text("utf-8"))
        assert report["gate"]["exit_code"] == 1, report["findings"]
    single = run(
        folder / "a00.txt", "--no-translate", "--format", "text", "--output-dir", tmp_path / "o"
    )
    assert single.returncode == 1


def test_fc903_names_the_code_point(tmp_path: Path, resources: Resources) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE.format("Keir Star\u200bmer"), "utf-8")
    report = check_article(str(article), Options(translate=False, summary_sentences=0), resources)
    (finding,) = [f for f in report.findings if f.code == "FC903"]
    assert "U+200B ZERO WIDTH SPACE" in finding.message
    assert finding.text == "Star\u200bmer" and finding.suggestion == "Starmer"
    assert not [f for f in report.findings if f.code == "FC101"]  # the name itself is right


def test_whole_file_nfd_keeps_its_findings(tmp_path: Path, resources: Resources) -> None:
    """The seed article decomposed (NFD): same findings, offsets into the NFD text."""
    options = Options(translate=False, summary_sentences=0)
    nfc = check_article(str(SEED), options, resources)
    article = tmp_path / "article.fr.txt"
    article.write_text(unicodedata.normalize("NFD", SEED.read_text("utf-8")), "utf-8")
    shutil.copy(SEED_CLAIMS, tmp_path / "claims.json")
    nfd = check_article(str(article), options, resources)
    assert {"FC102", "FC202"} <= {f.code for f in nfc.findings}
    assert [f.code for f in nfd.findings] == [f.code for f in nfc.findings]
    for before, after in zip(nfc.findings, nfd.findings, strict=True):
        assert nfd.text[after.start : after.end] == after.text
        assert unicodedata.normalize("NFC", after.text) == before.text


def test_translated_summary_quotes_the_original(
    tiny_model: Path, tmp_path: Path, resources: Resources
) -> None:
    """With a translation, the summary still quotes the article as written (here NFD)."""
    article = tmp_path / "article.fr.txt"
    article.write_text(unicodedata.normalize("NFD", SEED.read_text("utf-8")), "utf-8")
    shutil.copy(SEED_CLAIMS, tmp_path / "claims.json")
    report = check_article(str(article), Options(summary_sentences=2), resources)
    assert report.translation is not None
    summary = report.summaries[0]
    assert summary.text and summary.translation
    for sentence in summary.text:
        assert sentence in report.text
        assert sentence == unicodedata.normalize("NFD", sentence)


def test_the_quality_estimate_survives_the_way_back_to_the_original(
    tiny_model: Path, tmp_path: Path, resources: Resources
) -> None:
    """French typography puts a no-break space before ':': the estimates stay in the report."""
    plain = SEED.read_text("utf-8")
    typeset = plain.replace(" :", "\u00a0:")
    assert typeset != plain
    shutil.copy(SEED_CLAIMS, tmp_path / "claims.json")
    reports = []
    for name, text in (("plain", plain), ("typeset", typeset)):
        (tmp_path / f"{name}.fr.txt").write_text(text, "utf-8")
        reports.append(check_article(str(tmp_path / f"{name}.fr.txt"), Options(), resources))
    expected, got = (r.translation.sentences for r in reports if r.translation is not None)
    assert [s.quality for s in got] == [s.quality for s in expected]
    assert all(s.quality is not None for s in got)
    for s in got:
        assert typeset[s.start : s.end] == s.source


# ---------------------------------------------------------------- escaping

HOSTILE = (
    "<!-- Le président Emmanuel Macron a reçu Kiri Starmer à Paris lundi.\n\n"
    '<script>window.ran = 1</script><img src="http://198.51.100.7/x.png" '
    'onerror="window.ran = 2"> [click](javascript:window.ran=3) '
    "![pixel](http://198.51.100.7/p.gif) | a | b |\n\n"
    "# Selon des sources proches du dossier, la Première ministre Kiri Starmer viendra.\n"
    "\x1b]0;pwned\x07\x1b[2J\r::error::fake annotation from the article\n"
)


def test_markdown_escaper_leaves_no_markup() -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown(HOSTILE, one_line=False))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<!--" not in html and "<h1" not in html
    table = MarkdownIt("commonmark").enable("table").render(f"| x |\n|---|\n| {markdown('a|b')} |")
    assert table.count("<td>") == 1


def test_terminal_escaper_makes_controls_visible() -> None:
    shown = terminal("a\x1b[2Jb\x07c\rd\x9be\u202ef")
    assert shown == "a\\x1b[2Jb\\x07c\\rd\\x9be\\u202ef"
    assert script_json('["</script><!--"]') == '["\\u003c/script\\u003e\\u003c!--"]'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        yield chromium
        chromium.close()


def open_html(browser: Any, html: str) -> tuple[Any, list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.set_content(f"<!doctype html><meta charset=utf-8><body>{html}</body>", wait_until="load")
    page.wait_for_timeout(300)
    return page, requests


def test_markdown_report_of_hostile_article_in_chromium(tmp_path: Path, browser: Any) -> None:
    from markdown_it import MarkdownIt

    article = tmp_path / "hostile <img src=x onerror=alert(1)>.fr.txt"
    article.write_text(HOSTILE, "utf-8")
    done = run(article, "--no-translate", "--format", "markdown", "--output-dir", tmp_path / "out")
    assert done.returncode == 1, done.stderr
    (report,) = (tmp_path / "out").glob("*.md")
    html = MarkdownIt("commonmark").enable("table").render(report.read_text("utf-8"))
    page, requests = open_html(browser, html)
    assert page.evaluate("() => window.ran === undefined")
    assert requests == []
    assert page.evaluate("() => document.querySelectorAll('script, img, iframe').length") == 0
    headings = page.locator("h3")
    findings = report.read_text("utf-8").count("\n### ")
    assert findings >= 3 and headings.count() == findings
    for i in range(findings):
        assert headings.nth(i).is_visible()
    assert page.locator("h1").count() == 1  # only the report's title; the article's '#' is text
    assert "FC101" in page.inner_text("body")


def test_claimreview_cannot_close_its_script(tmp_path: Path, browser: Any) -> None:
    hostile = "Macron a reçu </script><script>window.ran = 1</script><!-- Starmer"
    data = json.dumps([{"claimReviewed": hostile}])
    page, requests = open_html(
        browser, f'<script type="application/ld+json">{script_json(data)}</script>'
    )
    assert page.evaluate("() => window.ran === undefined")
    text = page.evaluate("() => document.querySelector('script').textContent")
    assert json.loads(text)[0]["claimReviewed"] == hostile
    assert requests == []


def test_no_control_characters_reach_stdout(tmp_path: Path) -> None:
    article = tmp_path / "evil\x1b[31m\rname.fr.txt"
    article.write_text(HOSTILE.replace("Kiri Starmer", "Kiri\x1b[8m Starmer\x07", 1), "utf-8")
    for fmt in ("text", "github"):
        done = run(article, "--no-translate", "--format", fmt, "--output-dir", tmp_path / "out")
        assert done.returncode == 1, done.stderr
        for stream in (done.stdout, done.stderr):
            assert "\x1b" not in stream and "\x07" not in stream
            assert "\r" not in stream.replace("\r\n", "")
        lines = done.stdout.splitlines()
        prefix = "::" if fmt == "github" else terminal(str(article)) + ":"
        assert lines and all(line.startswith(prefix) for line in lines), lines


def test_figures_too_large_to_round_are_read_without_an_internal_error(tmp_path: Path) -> None:
    article = tmp_path / "chiffres.fr.txt"
    article.write_text(
        "Le gouvernement a consacré 999999999999999999999999999999999999 tiers du budget"
        " à la défense. Un Français sur 99999999999999999999999999999999999999 vote.\n",
        "utf-8",
    )
    done = run(article, "--no-translate", "--claims", SEED_CLAIMS, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "internal error" not in done.stderr
    report = json.loads((tmp_path / "reports" / "chiffres.fr.json").read_text("utf-8"))
    assert [f["code"] for f in report["findings"] if f["code"] in ("FC301", "FC302", "FC303")] == []


def test_a_claim_files_long_text_is_quoted_by_its_start(tmp_path: Path) -> None:
    """A claim-file entry of a whole paragraph is not pasted into every FC301 message."""
    places = ", ".join(f"la commune numéro {i} du département" for i in range(40))
    long_claim = f"Le préfet a interdit les barbecues dans {places}."
    claims = tmp_path / "claims.json"
    claims.write_text(
        json.dumps(
            {"claims": [{"id": "c-long", "text": long_claim, "lang": "fr", "verdict": "false"}]}
        ),
        "utf-8",
    )
    article = tmp_path / "long.fr.txt"
    article.write_text(long_claim + "\n", "utf-8")
    done = run(article, "--no-translate", "--claims", claims, "--format", "json", cwd=tmp_path)
    report = json.loads((tmp_path / "reports" / "long.fr.json").read_text("utf-8"))
    found = [f for f in report["findings"] if f["code"] == "FC301"]
    assert found, (done.stderr, report["findings"])
    assert len(long_claim) > 1000
    assert len(found[0]["message"]) < 400
    assert "Le préfet a interdit les barbecues" in found[0]["message"]
    assert found[0]["message"].count("...") == 1
