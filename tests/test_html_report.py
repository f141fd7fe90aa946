"""The HTML report without a browser: escaping, self-containment, highlight pieces."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.core.model import Finding, Report
from factcheck.core.severity import Severity
from factcheck.pipeline import Options, check_article
from factcheck.report.html import Piece, highlight, render_html, safe_link

INJECTION = (
    "Le président a parlé, selon des sources.\n\n"
    '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> & fin.\n'
)


def report_for(tmp_path: Path, text: str) -> Report:
    article = tmp_path / "article.fr.txt"
    article.write_text(text, encoding="utf-8")
    report = check_article(
        str(article), Options(builtin_kb=False, translate=False, lang="fr", summary_sentences=0)
    )
    report.exit_code = 1
    return report


def test_article_markup_is_escaped(tmp_path: Path) -> None:
    html = render_html(report_for(tmp_path, INJECTION))
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in html
    assert "<script" not in html
    assert "<img" not in html
    assert "&amp; fin." in html


def test_claim_file_text_is_escaped_and_only_web_links_are_links(tmp_path: Path) -> None:
    report = report_for(tmp_path, INJECTION)
    report.claims = [
        {
            "start": 0,
            "end": 10,
            "text": "<em>sentence</em>",
            "sentence": 0,
            "status": "false",
            "agreement": "contradicts",
            "claim_id": "c<1>",
            "score": 0.5,
            "reasons": ["<s>reason</s>"],
            "evidence": [
                {"source": "<u>src</u>", "quote": "<q>", "url": "javascript:alert(1)"},
                {"source": "State", "quote": "ok", "url": "https://www.state.gov/?a=1&b=<2>"},
            ],
            "claim": {"id": "c<1>", "text": "<b>bold</b> claim", "explanation": "<i>why</i>"},
        }
    ]
    html = render_html(report)
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in html
    assert "&lt;i&gt;why&lt;/i&gt;" in html
    assert "&lt;em&gt;sentence&lt;/em&gt;" in html
    assert "&lt;s&gt;reason&lt;/s&gt;" in html
    assert "c&lt;1&gt;" in html
    assert 'href="javascript:' not in html
    assert "<code>javascript:alert(1)</code>" in html
    assert 'href="https://www.state.gov/?a=1&amp;b=&lt;2&gt;"' in html


def test_safe_link() -> None:
    assert safe_link("https://example.org/x") == "https://example.org/x"
    assert safe_link("HTTP://example.org") == "HTTP://example.org"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "",
    ):
        assert safe_link(bad) is None


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_report_is_self_contained(tmp_path: Path) -> None:
    html = render_html(report_for(tmp_path, INJECTION))
    parser = TagCollector()
    parser.feed(html)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "video", "audio"}
    for tag, attrs in parser.tags:
        assert not {"src", "srcset"} & set(attrs), tag
        assert not any(name.startswith("on") for name in attrs), tag
        if tag == "link":
            assert attrs == {"rel": "icon", "href": "data:,"}
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # Content-Security-Policy: no scripts, no network
    assert "<style>" in html


def test_empty_states(tmp_path: Path) -> None:
    report = report_for(tmp_path, "Le ciel est bleu et la mer est calme ce matin.\n")
    report.findings = []
    report.claims = []
    report.exit_code = 0
    html = render_html(report)
    assert "No findings." in html
    assert "No translation" in html
    assert "No claims were checked" in html
    assert 'class="gate passed"' in html


def finding(start: int, end: int, text: str, code: str = "FC201") -> Finding:
    return Finding(code, "rule", Severity.WARNING, "m", start, end, text[start:end])


def marked_texts(pieces: list[Piece]) -> dict[int, str]:
    """The text under each finding's mark pieces, joined."""
    open_now: list[int] = []
    texts: dict[int, str] = {}
    for piece in pieces:
        if piece.kind == "open":
            open_now.append(piece.finding)
            texts.setdefault(piece.finding, "")
        elif piece.kind == "close":
            assert open_now.pop() == piece.finding, "marks must nest"
        else:
            for i in open_now:
                texts[i] += piece.text
    assert open_now == []
    return texts


def test_overlapping_findings_are_split_and_nested() -> None:
    text = "abcdefghij"
    findings = [finding(1, 6, text), finding(4, 9, text), finding(2, 3, text)]
    pieces = highlight(text, findings)
    assert "".join(p.text for p in pieces) == text
    assert marked_texts(pieces) == {0: "bcdef", 1: "efghi", 2: "c"}
    assert [p.finding for p in pieces if p.kind == "open" and p.first] == [0, 2, 1]


alphabet = st.sampled_from("ab \n<&é😀")


@st.composite
def text_and_findings(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    text = draw(st.text(alphabet, min_size=0, max_size=30))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted),
            max_size=6,
        )
    )
    return text, [finding(s, e, text) for s, e in spans]


@given(text_and_findings())
def test_highlight_keeps_the_text_and_every_finding(case: tuple[str, list[Finding]]) -> None:
    text, findings = case
    pieces = highlight(text, findings)
    assert "".join(p.text for p in pieces) == text
    texts = marked_texts(pieces)
    assert set(texts) == set(range(len(findings)))
    for i, f in enumerate(findings):
        assert texts[i] == text[f.start : f.end]
        assert sum(1 for p in pieces if p.kind == "open" and p.first and p.finding == i) == 1


@given(text_and_findings(), st.integers(0, 30), st.integers(0, 30))
def test_highlight_of_a_range_clips_findings(
    case: tuple[str, list[Finding]], a: int, b: int
) -> None:
    text, findings = case
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    pieces = highlight(text, findings, start, end)
    assert "".join(p.text for p in pieces) == text[start:end]
    for i, under in marked_texts(pieces).items():
        f = findings[i]
        assert under == text[max(f.start, start) : min(f.end, end)]
