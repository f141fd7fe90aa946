"""Where the knowledge base's entities are mentioned in a text, by any of their names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claims.fold import fold
from factcheck.entities.kb.model import KnowledgeBase

# "UN", "OTAN", "NATO": written in capitals, matched as written ("un" is an article).
_ACRONYM = re.compile(r"[A-ZÀ-Þ0-9&.-]{2,8}")
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Mention:
    entity_id: str
    start: int
    end: int


def _alternation(names: list[str], flags: int = 0) -> re.Pattern[str]:
    if not names:
        return _NEVER
    ordered = sorted(set(names), key=lambda n: (-len(n), n))  # longest name wins
    body = "|".join(r"\s+".join(re.escape(w) for w in name.split()) for name in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


CAPITAL_ARTICLE = re.compile(r"(?:L['’ʼ]|Le |La |Les |The )")
_LEADING_ARTICLE = re.compile(
    r"^(?:l['’ʼ]|(?:le|la|les|the|el|il|der|die|das|de)\s+)", re.IGNORECASE
)


class EntityIndex:
    """Every known name of every entity (accepted and translated), in one pattern."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._folded: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._with_article: set[str] = set()  # names led by a capitalised article: "L'Union"
        for entity in kb.entities.values():
            for name in (*entity.accepted_names, *entity.translated_names):
                if _ACRONYM.fullmatch(name):
                    self._exact.setdefault(name, entity.id)
                else:
                    key = " ".join(fold(name).split())
                    self._folded.setdefault(key, entity.id)
                    if CAPITAL_ARTICLE.match(name):
                        self._with_article.add(key)
        self._folded_pattern = _alternation(list(self._folded))
        self._exact_pattern = _alternation(list(self._exact))
        self.kinds = {e.id: e.kind for e in kb.entities.values()}

    def mentions(
        self, text: str, start: int = 0, end: int | None = None, folded: str | None = None
    ) -> list[Mention]:
        """Non-overlapping mentions in ``text[start:end]``; ``folded`` is ``fold(text)`` if known."""
        stop = len(text) if end is None else end
        folded = fold(text) if folded is None else folded
        candidates = list(self._named(text, folded, start, stop))
        candidates += [
            Mention(self._exact[m.group()], m.start(), m.end())
            for m in self._exact_pattern.finditer(text, start, stop)
        ]
        candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
        found: list[Mention] = []
        for mention in candidates:
            if not any(m.start < mention.end and mention.start < m.end for m in found):
                found.append(mention)
        found.sort(key=lambda m: m.start)
        return found

    def _named(self, text: str, folded: str, start: int, stop: int) -> Iterator[Mention]:
        """Matches of the case-blind pattern that are written as names.

        A match that is not ("l'Union" in "l'Union européenne" for the daily
        L'Union) gives way: the search goes on from its next character, so
        "Union européenne" is still found.
        """
        pos = start
        while (m := self._folded_pattern.search(folded, pos, stop)) is not None:
            key = " ".join(m.group().split())
            written = text[m.start() : m.end()]
            if written_as_name(written) and (key not in self._with_article or written[0].isupper()):
                yield Mention(self._folded[key], m.start(), m.end())
                pos = m.end()
            else:
                pos = m.start() + 1


def written_as_name(written: str) -> bool:
    """Whether ``written`` is capitalised as a name: "L'Équipe", "le Figaro", not "l'équipe".

    Names are matched without regard to case, so an everyday phrase that
    spells an outlet ("l'équipe", "le monde") would otherwise be taken for it.
    """
    rest = _LEADING_ARTICLE.sub("", written.lstrip())
    first = next((c for c in rest if c.isalpha()), "")
    return first.isupper()


def entity_index(kb: KnowledgeBase) -> EntityIndex:
    """The entity index of ``kb``, built once per knowledge base and kept by it."""
    return kb.derived("entity-index", EntityIndex)
