"""What a rule is, and the context every rule checks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from factcheck.core.model import Finding, Translation
from factcheck.core.severity import Severity
from factcheck.entities.kb.model import KnowledgeBase
from factcheck.text.document import Document

if TYPE_CHECKING:
    from factcheck.claims.model import ClaimResult


@dataclass
class CheckContext:
    """Everything a rule may look at for one article."""

    document: Document
    kb: KnowledgeBase
    translation: Translation | None = None
    article_date: date | None = None
    options: dict[str, Any] = field(default_factory=dict)
    claims: list[ClaimResult] = field(default_factory=list)  # computed once, read by FC30x


@dataclass(frozen=True)
class Rule:
    """A check with a code, a name, a default severity and its own docs.

    ``docs`` is the rule module's docstring, with the headings
    "What it flags", "Why it matters", "Example" and "Fix".
    """

    code: str
    name: str
    severity: Severity
    summary: str
    docs: str
    check: Callable[[CheckContext, Rule], Iterable[Finding]]

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
        **data: Any,
    ) -> Finding:
        """A finding of this rule on ``doc.text[start:end]``."""
        return Finding(
            code=self.code,
            rule=self.name,
            severity=severity or self.severity,
            message=message,
            start=start,
            end=end,
            text=doc.text[start:end],
            suggestion=suggestion,
            data=data,
        )

    def run(self, context: CheckContext) -> list[Finding]:
        return list(self.check(context, self))
