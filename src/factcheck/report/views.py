"""What the human-readable reports (Markdown, HTML) show first, chosen once for both.

These are selections of the report, not decisions: the gate result is read
from ``report.failed``, which only ``app.gate`` sets.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.core.model import Finding, Report
from factcheck.core.severity import Severity
from factcheck.text.document import line_index

UNCOVERED = "not_in_claim_file"
UNVERIFIED = "unverified"


@dataclass(frozen=True)
class TopFinding:
    """An error or warning for the table at the top: ``number`` is its place in the full list."""

    number: int
    finding: Finding
    line: int


def top_findings(report: Report) -> list[TopFinding]:
    """Errors, then warnings, each in document order."""
    lines = line_index(report.text)
    numbered = list(enumerate(report.findings, 1))
    rows = []
    for severity in (Severity.ERROR, Severity.WARNING):
        for n, finding in numbered:
            if finding.severity == severity:
                rows.append(TopFinding(n, finding, lines.line_col(finding.start)[0]))
    return rows


@dataclass(frozen=True)
class ClaimToCheck:
    line: int
    text: str
    reasons: list[str]


def claims_to_check(report: Report) -> list[ClaimToCheck]:
    """Check-worthy claims that no claim-file entry covers, or covers unverified, in text order."""
    lines = line_index(report.text)
    rows = []
    for c in report.claims:
        if c.get("status") not in (UNCOVERED, UNVERIFIED) or not isinstance(c.get("start"), int):
            continue
        reasons = [str(r) for r in c.get("checkworthy_reasons") or []]
        if c.get("status") == UNVERIFIED:
            reasons = [f"claim-file entry '{c.get('claim_id')}' not verified yet", *reasons]
        rows.append(ClaimToCheck(lines.line_col(int(c["start"]))[0], str(c["text"]), reasons))
    return rows


def claim_repeats(report: Report) -> dict[int, list[int]]:
    """For each claim index, the lines of later claims with the same entry and status.

    A later claim maps to ``[-line]`` of the first one (negative: "same as line N").
    """
    lines = line_index(report.text)
    first: dict[tuple[str, str], int] = {}
    out: dict[int, list[int]] = {}
    for i, claim in enumerate(report.claims):
        key = (str(claim.get("claim_id")), str(claim.get("status")))
        if claim.get("claim_id") is None or not isinstance(claim.get("start"), int):
            continue
        line = lines.line_col(int(claim["start"]))[0]
        if key in first:
            head = first[key]
            out.setdefault(head, []).append(line)
            head_line = lines.line_col(int(report.claims[head]["start"]))[0]
            out[i] = [-head_line]
        else:
            first[key] = i
    return out


def repeat_note(repeats: dict[int, list[int]], index: int) -> str:
    """'also on lines 5, 8' or 'same claim as line 1', or ''."""
    found = repeats.get(index)
    if not found:
        return ""
    if found[0] < 0:
        return f"same claim as line {-found[0]}"
    return f"also on line{'s' if len(found) > 1 else ''} {', '.join(map(str, found))}"


def suppressed_rows(report: Report) -> list[tuple[Finding, int]]:
    """The suppressed findings with their lines."""
    lines = line_index(report.text)
    return [(f, lines.line_col(f.start)[0]) for f in report.suppressed_findings]


def suppression_note(report: Report) -> str:
    """'10 suppressed by baseline FILE' or ''."""
    if not report.suppressed:
        return ""
    return f"{report.suppressed} suppressed by {report.suppressed_by or 'baseline'}"


def date_note(report: Report) -> str:
    """'2025-03-12 (from the text)' for the date the checks used."""
    if report.article_date is None:
        return ""
    source = _DATE_SOURCES.get(report.date_source, report.date_source)
    return f"{report.article_date} ({source})"


_DATE_SOURCES = {
    "option": "from --date",
    "text": "from the article's dateline",
    "claim file": "from the claim file",
    "today": "today: no date found in the article",
}
