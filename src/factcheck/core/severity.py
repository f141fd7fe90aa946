"""Finding severities, ordered: info < warning < error."""

from __future__ import annotations

import enum

_RANK = {"info": 0, "warning": 1, "error": 2}


class Severity(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self.value]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


def count_phrase(counts: dict[str, int]) -> str:
    """'1 error, 6 warnings, 5 info': the counts per severity in words, most severe first."""
    parts = []
    for severity in ("error", "warning"):
        n = counts.get(severity, 0)
        parts.append(f"{n} {severity}{'' if n == 1 else 's'}")
    parts.append(f"{counts.get('info', 0)} info")
    return ", ".join(parts)
