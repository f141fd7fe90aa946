"""Entities, roles, claims and the merged knowledge base."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar, cast

from factcheck.text.normalize import normalize

T = TypeVar("T")


@dataclass(frozen=True)
class Role:
    title: str
    titles: dict[str, list[str]] = field(default_factory=dict)
    organization: str | None = None
    country: str | None = None
    start: str | None = None  # ISO date, possibly YYYY or YYYY-MM
    end: str | None = None

    def holds_on(self, day: date | None) -> bool:
        """Whether the role is held on ``day`` (any day when ``day`` is None)."""
        if day is None:
            return self.end is None
        iso = day.isoformat()
        if self.start and iso < _pad(self.start, "01"):
            return False
        return not (self.end and iso > _pad(self.end, "31"))


def _pad(partial: str, fill: str) -> str:
    parts = partial.split("-")
    while len(parts) < 3:
        parts.append("12" if len(parts) == 1 and fill == "31" else fill)
    return "-".join(parts)


@dataclass(frozen=True)
class Source:
    name: str
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    name: str
    english_name: str | None = None
    aliases: tuple[str, ...] = ()
    translated_names: tuple[str, ...] = ()
    gender: str | None = None
    country: str | None = None
    url: str | None = None
    roles: tuple[Role, ...] = ()
    sources: tuple[Source, ...] = ()
    origin: str = ""  # the claim file it came from

    @property
    def accepted_names(self) -> tuple[str, ...]:
        """The name, the English name and the aliases: every correct form."""
        names = [self.name, *([self.english_name] if self.english_name else []), *self.aliases]
        return tuple(dict.fromkeys(names))

    def roles_on(self, day: date | None) -> list[Role]:
        return [role for role in self.roles if role.holds_on(day)]


@dataclass(frozen=True)
class Evidence:
    source: str
    url: str | None = None
    quote: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    verdict: str
    lang: str | None = None
    entities: tuple[str, ...] = ()
    keywords: dict[str, list[str]] = field(default_factory=dict)
    date: str | None = None
    evidence: tuple[Evidence, ...] = ()
    explanation: str | None = None
    claimant: str | None = None
    appearances: tuple[str, ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class ClaimFileInfo:
    path: str
    name: str | None
    version: str | None
    as_of: str | None
    article_date: str | None


@dataclass
class KnowledgeBase:
    """Entities and claims merged from the claim files, later files winning by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    files: list[ClaimFileInfo] = field(default_factory=list)
    _derived: dict[str, tuple[tuple[Entity, ...], Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def by_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]

    @property
    def article_date(self) -> str | None:
        dates = [f.article_date for f in self.files if f.article_date]
        return dates[-1] if dates else None

    def derived(self, name: str, build: Callable[[KnowledgeBase], T]) -> T:
        """``build(self)``, computed once and kept here under ``name``.

        Indexes over the entities (names, outlets, the rules' lookups) are
        built once per knowledge base, so a batch run that shares one builds
        them once; one is rebuilt only if entities were merged in since.
        """
        entities = tuple(self.entities.values())
        cached = self._derived.get(name)
        if cached is not None and cached[0] == entities:
            return cast(T, cached[1])
        value = build(self)
        self._derived[name] = (entities, value)
        return value

    def names(self) -> dict[str, tuple[Entity, ...]]:
        """Every accepted and translated name (normalized) and the entities bearing it."""
        return self.derived("names", _names)

    def find(self, name: str) -> list[Entity]:
        """Entities whose accepted or translated names match ``name`` (normalized)."""
        return list(self.names().get(normalize(name), ()))


def _names(kb: KnowledgeBase) -> dict[str, tuple[Entity, ...]]:
    index: dict[str, list[Entity]] = {}
    for entity in kb.entities.values():
        for key in {normalize(n) for n in (*entity.accepted_names, *entity.translated_names)}:
            index.setdefault(key, []).append(entity)
    return {key: tuple(entities) for key, entities in index.items()}
