"""The one place that turns findings into an exit code."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from factcheck.core.model import Report
from factcheck.core.severity import Severity


class ExitCode(enum.IntEnum):
    """Exit codes of the ``factcheck`` command.

    0 no finding reaches the ``--fail-on`` threshold; 1 at least one does;
    2 usage, input, claim-file, configuration or model error;
    3 interrupted (Ctrl-C or SIGTERM); 4 internal error (a bug: please report).
    """

    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 3
    CRASH = 4


FAIL_ON_CHOICES = ("error", "warning", "info", "never")


def gate(severities: Iterable[Severity], fail_on: str) -> ExitCode:
    """Exit code for findings of the given severities under ``fail_on``."""
    if fail_on == "never":
        return ExitCode.OK
    threshold = Severity(fail_on)
    if any(severity >= threshold for severity in severities):
        return ExitCode.FINDINGS
    return ExitCode.OK


def apply_gate(report: Report, fail_on: str) -> ExitCode:
    """Decide the report's gate and record it on the report, for every renderer to read."""
    code = gate((f.severity for f in report.findings), fail_on)
    report.fail_on = fail_on
    report.exit_code = int(code)
    report.failed = code == ExitCode.FINDINGS
    return code
