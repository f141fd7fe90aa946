"""What the knowledge base knows about a name, in words (``factcheck kb show``)."""

from __future__ import annotations

from rapidfuzz import fuzz

from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.report.json_report import display_claim_file
from factcheck.text.normalize import normalize

CLOSE_MATCH_SCORE = 85.0


def lookup_scored(kb: KnowledgeBase, name: str) -> list[tuple[Entity, float | None]]:
    """Entities named ``name`` exactly (any known form), else close matches, else by id.

    Each comes with its close match's score (0-1), None for an exact match.
    """
    exact = kb.find(name)
    if exact:
        return [(entity, None) for entity in exact]
    if name in kb.entities:
        return [(kb.entities[name], None)]
    key = normalize(name)
    scored = []
    for entity in kb.entities.values():
        forms = (*entity.accepted_names, *entity.translated_names)
        best = max(fuzz.ratio(key, normalize(form)) for form in forms)
        if best >= CLOSE_MATCH_SCORE:
            scored.append((best, entity.id, entity))
    ranked = sorted(scored, key=lambda t: (-t[0], t[1]))
    return [(entity, round(score / 100, 2)) for score, _, entity in ranked]


def near_match_note(name: str, found: list[tuple[Entity, float | None]]) -> str | None:
    """ "no entry 'Emanuel Macron'; closest: Emmanuel Macron (0.93)", or None when exact."""
    close = [(entity, score) for entity, score in found if score is not None]
    if not close:
        return None
    names = ", ".join(f"{entity.name} ({score:.2f})" for entity, score in close)
    return f"no entry {name!r}; closest: {names}"


def describe(entity: Entity, kb: KnowledgeBase) -> str:
    """A plain-text page about one entity, with where each fact comes from."""
    origin = display_claim_file(entity.origin)
    as_of = next((f.as_of for f in kb.files if f.path == entity.origin), None)
    lines = [f"{entity.name} [{entity.kind}] id={entity.id}"]
    lines.append(f"  from: {origin}" + (f" (as of {as_of})" if as_of else ""))
    if entity.english_name:
        lines.append(f"  English name: {entity.english_name}")
    if entity.aliases:
        lines.append(f"  accepted names: {', '.join(entity.aliases)}")
    if entity.translated_names:
        lines.append(f"  translated names (flagged): {', '.join(entity.translated_names)}")
    if entity.gender:
        lines.append(f"  gender: {entity.gender}")
    if entity.country:
        lines.append(f"  country: {entity.country}")
    for role in entity.roles:
        span = f"{role.start or '?'} to {role.end or 'now'}"
        lines.append(f"  role: {role.title} ({span})")
        for lang, titles in sorted(role.titles.items()):
            lines.append(f"    {lang}: {'; '.join(titles)}")
    for source in entity.sources:
        when = f", {source.date}" if source.date else ""
        where = f" <{source.url}>" if source.url else ""
        lines.append(f"  source: {source.name}{where}{when}")
    return "\n".join(lines)
