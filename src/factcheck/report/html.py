"""The HTML report an editor reviews: one self-contained file, no network.

The article is shown with every finding highlighted where its offsets say;
the translation beside the source, sentence by sentence; then the summary
and the claims. Everything is rendered by Jinja2 with autoescaping on, so
text from the article or a claim file can never become markup, and a
Content-Security-Policy forbids scripts and network requests besides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from factcheck import __version__
from factcheck.core.model import Finding, Report, TranslatedSentence
from factcheck.report import escape
from factcheck.report.translation_notes import translation_notices
from factcheck.report.views import (
    claim_repeats,
    claims_to_check,
    date_note,
    repeat_note,
    suppressed_rows,
    suppression_note,
    top_findings,
)
from factcheck.text.document import line_index


@dataclass(frozen=True)
class Piece:
    """One step of a highlighted text: open a mark, close it, or some text.

    ``finding`` is the finding's index in ``report.findings``. A finding
    that crosses another one's end is closed and reopened around it (HTML
    elements nest, overlapping findings do not); ``first`` is set on the
    first piece only, which carries the mark's id. ``link`` on a text piece
    is the innermost finding covering it.
    """

    kind: str  # "open", "close" or "text"
    text: str = ""
    finding: int = -1
    first: bool = False
    link: int | None = None


def highlight(
    text: str, findings: list[Finding], start: int = 0, end: int | None = None
) -> list[Piece]:
    """``text[start:end]`` cut at the findings' boundaries, as open/text/close pieces."""
    stop = len(text) if end is None else end
    spans = [
        (i, max(f.start, start), min(f.end, stop))
        for i, f in enumerate(findings)
        if _shown(f, start, stop, len(text))
    ]
    bounds = sorted({start, stop, *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    pieces: list[Piece] = []
    stack: list[int] = []
    clipped_end = {i: e for i, _, e in spans}
    opened: set[int] = set()
    for n, here in enumerate(bounds):
        closing = {i for i in stack if clipped_end[i] == here}
        if closing:
            reopen: list[int] = []
            while closing:
                top = stack.pop()
                pieces.append(Piece("close", finding=top))
                if top in closing:
                    closing.discard(top)
                else:
                    reopen.append(top)
            for i in reversed(reopen):
                stack.append(i)
                pieces.append(Piece("open", finding=i))
        starting = [(i, s, e) for i, s, e in spans if s == here and i not in opened]
        for i, _, _ in (x for x in starting if x[1] == x[2]):  # zero-length findings
            opened.add(i)
            pieces += [Piece("open", finding=i, first=True), Piece("close", finding=i)]
        for i, _, _ in sorted((x for x in starting if x[1] < x[2]), key=lambda x: (-x[2], x[0])):
            opened.add(i)
            stack.append(i)
            pieces.append(Piece("open", finding=i, first=True))
        if n + 1 < len(bounds) and bounds[n + 1] > here:
            link = stack[-1] if stack else None
            pieces.append(Piece("text", text=text[here : bounds[n + 1]], link=link))
    for i in reversed(stack):
        pieces.append(Piece("close", finding=i))
    return pieces


def _shown(finding: Finding, start: int, stop: int, length: int) -> bool:
    """Whether ``finding`` has a mark in ``text[start:stop]``."""
    if finding.start == finding.end:
        return start <= finding.start < stop or finding.start == stop == length
    return finding.start < stop and finding.end > start


@dataclass(frozen=True)
class FindingView:
    number: int
    finding: Finding
    line: int
    column: int
    tooltip: str
    sentence: bool  # the finding is a whole sentence: drawn lighter, so word marks stand out


@dataclass(frozen=True)
class SentenceRow:
    index: int
    pieces: list[Piece]
    english: str
    flagged: bool
    unreliable: str = ""  # why the translation is unreliable ("" when it is not)


@dataclass(frozen=True)
class EvidenceView:
    source: str
    quote: str
    url: str | None
    link: str | None  # the url, only when it is safe to link (http or https)


@dataclass(frozen=True)
class ClaimView:
    """One article claim: its sentence, the verdict, and the claim-file entry it matched."""

    text: str
    sentence: int | None
    status: str
    agreement: str
    score: str
    matched_id: str
    matched_text: str
    explanation: str
    reasons: list[str]
    evidence: list[EvidenceView]
    repeat: str = ""  # "also on line 5" / "same claim as line 1"


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) address; a ``javascript:`` link is shown as text."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def claim_view(claim: dict[str, Any]) -> ClaimView:
    entry = claim.get("claim")
    matched: dict[str, Any] = entry if isinstance(entry, dict) else {}
    score = claim.get("score")
    sentence = claim.get("sentence")
    evidence = [
        EvidenceView(
            source=_text(item.get("source")),
            quote=_text(item.get("quote")),
            url=_text(item.get("url")) or None,
            link=safe_link(_text(item.get("url"))),
        )
        for item in claim.get("evidence") or []
        if isinstance(item, dict)
    ]
    return ClaimView(
        text=_text(claim.get("text")),
        sentence=sentence if isinstance(sentence, int) else None,
        status=_text(claim.get("status") or matched.get("verdict") or "unknown"),
        agreement=_text(claim.get("agreement")),
        score=f"{score:.2f}" if isinstance(score, int | float) else "",
        matched_id=_text(claim.get("claim_id") or matched.get("id")),
        matched_text=_text(matched.get("text")),
        explanation=_text(matched.get("explanation") or claim.get("explanation")),
        reasons=[_text(r) for r in claim.get("reasons") or []],
        evidence=evidence,
    )


def tooltip(finding: Finding) -> str:
    text = f"{finding.code} {finding.rule} ({finding.severity.value}): {finding.message}"
    if finding.suggestion:
        text += f"\nSuggestion: {finding.suggestion}"
    return text


def sentence_rows(report: Report) -> list[SentenceRow]:
    if report.translation is None:
        return []
    rows = []
    for sentence in report.translation.sentences:
        pieces = highlight(report.text, report.findings, sentence.start, sentence.end)
        flagged = any(p.kind == "open" for p in pieces)
        rows.append(
            SentenceRow(sentence.index, pieces, sentence.text, flagged, unreliable_note(sentence))
        )
    return rows


def unreliable_note(sentence: TranslatedSentence) -> str:
    """ "unreliable translation (0.12: lost name 'X')", or "" for a reliable one."""
    quality = sentence.quality
    if quality is None or quality.reliable:
        return ""
    return f"unreliable translation ({quality.score:.2f}: {'; '.join(quality.reasons)})"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck", "report/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_without_controls,
    )


def _without_controls(value: Any) -> Any:
    """Every value a template prints, its control characters made visible (ESC, BEL)."""
    if isinstance(value, Markup):
        return Markup(escape.html_controls(str(value)))
    if isinstance(value, str):
        return escape.html_controls(value)
    return value


def render_html(report: Report) -> str:
    lines = line_index(report.text)
    sentences = set(report.sentences)
    findings = []
    for n, finding in enumerate(report.findings):
        line, column = lines.line_col(finding.start)
        whole = (finding.start, finding.end) in sentences
        findings.append(FindingView(n + 1, finding, line, column, tooltip(finding), whole))
    template = environment().get_template("report.html")
    repeats = claim_repeats(report)
    return template.render(
        report=report,
        version=__version__,
        counts=report.counts(),
        failed=report.failed,
        findings=findings,
        article=highlight(report.text, report.findings),
        rows=sentence_rows(report),
        claims=[
            replace(claim_view(c), repeat=repeat_note(repeats, i))
            for i, c in enumerate(report.claims)
        ],
        top=top_findings(report),
        to_check=claims_to_check(report),
        suppressed=suppressed_rows(report),
        suppressed_note=suppression_note(report),
        date_note=date_note(report),
        notices=translation_notices(report),
    )
