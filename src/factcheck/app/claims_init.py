"""``factcheck claims init``: a claim-file skeleton for a fact-checker to fill in.

Every detected claim of the article becomes a claim entry with verdict
``unverified`` (not checked yet: it never fires FC301-FC303); every entity of the article becomes an entity entry: people
and organisations the knowledge base knows (copied from it, misspelled
mentions resolved as FC101 does), and capitalised multi-word names it does
not know, as person candidates to check. The result validates against
``schemas/claims.schema.json``.

Re-running on an edited article keeps everything already in the file:
existing entries are never changed or dropped. A detected claim is "already
there" when an entry has its id or (nearly) its text; only new claims and
new entities are added.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from factcheck.claims.cues import cues_for
from factcheck.claims.detect import DetectedClaim, detect_claims, named_spans
from factcheck.claims.entities import EntityIndex, entity_index
from factcheck.claims.fold import fold
from factcheck.core.errors import ClaimFileError
from factcheck.core.jsonschemas import validation_problems
from factcheck.entities.kb.model import Entity, KnowledgeBase
from factcheck.entities.ner import NamedEntity
from factcheck.entities.people import find_mentions, name_index
from factcheck.text.document import Document
from factcheck.text.normalize import normalize

SAME_TEXT_SCORE = 90.0  # rapidfuzz ratio: an edited sentence is still the same claim
ID_WORDS = 6
MAX_ID_LENGTH = 80
UNVERIFIED = "unverified"  # not checked yet: never fires FC301-FC303
CANDIDATE_NOTE = "Found in the article, unknown to the knowledge base: check the kind and the name."


@dataclass(frozen=True)
class SkeletonStats:
    claims_added: int
    claims_kept: int
    entities_added: int
    entities_kept: int


def default_output(article_path: str) -> Path:
    """``<name>.claims.json`` beside the article: the file ``factcheck check`` picks up."""
    path = Path(article_path)
    return path.with_name(f"{path.name.split('.', 1)[0]}.claims.json")


def read_existing(path: Path) -> dict[str, Any] | None:
    """The claim file already at ``path``, or None; refuses anything that is not one."""
    from factcheck.entities.kb.load import read_claim_file

    if not path.exists():
        return None
    try:
        return read_claim_file(path)
    except ClaimFileError as exc:
        raise ClaimFileError(
            f"{path}: refusing to overwrite: not a valid claim file ({exc.args[0]})",
            exc.problems,
        ) from None


def unverified_claims(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The claims of a claim file (validated) still marked unverified, and how many claims it has."""
    from factcheck.entities.kb.load import read_claim_file

    claims = read_claim_file(path).get("claims", [])
    return [c for c in claims if c.get("verdict") == UNVERIFIED], len(claims)


def build_skeleton(
    document: Document,
    kb: KnowledgeBase,
    existing: dict[str, Any] | None = None,
    article_date: date | None = None,
    ner: list[NamedEntity] | None = None,
) -> tuple[dict[str, Any], SkeletonStats]:
    """The claim file for ``document``, merged into ``existing`` without losing anything."""
    data: dict[str, Any] = dict(existing) if existing else _header(document, article_date)
    old_entities = list(data.get("entities", []))
    old_claims = list(data.get("claims", []))
    found = article_entities(document, kb, ner)
    known_ids = {e["id"] for e in old_entities}
    new_entities = [e for e in found if e["id"] not in known_ids]
    entity_ids = known_ids | {e["id"] for e in new_entities}
    index = entity_index(kb)
    new_claims: list[dict[str, Any]] = []
    taken_ids = {c["id"] for c in old_claims}
    for claim in detect_claims(document, index):
        if _already_there(claim, old_claims + new_claims):
            continue
        entry = _claim_entry(claim, document, index, entity_ids, taken_ids)
        taken_ids.add(entry["id"])
        new_claims.append(entry)
    data["entities"] = old_entities + new_entities
    data["claims"] = old_claims + new_claims
    if article_date and "article_date" not in data:
        data["article_date"] = article_date.isoformat()
    problems = validation_problems("claims", data, "skeleton")
    if problems:  # a bug here, not the user's: say what broke
        raise ClaimFileError("the claim-file skeleton does not validate", problems)
    stats = SkeletonStats(len(new_claims), len(old_claims), len(new_entities), len(old_entities))
    return data, stats


def render_skeleton(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _header(document: Document, article_date: date | None) -> dict[str, Any]:
    header: dict[str, Any] = {
        "name": f"Claims of {Path(document.path).name}",
        "version": "1",
        "description": "Written by 'factcheck claims init': set each claim's verdict "
        "(true, false, misleading, unproven; 'unverified' until checked), add its evidence, "
        "and check the entities. 'factcheck claims todo FILE' lists the claims still unverified.",
    }
    if article_date:
        header["article_date"] = article_date.isoformat()
    return header


def _already_there(claim: DetectedClaim, entries: list[dict[str, Any]]) -> bool:
    key = normalize(claim.text)
    for entry in entries:
        if entry["id"] == claim_id(claim.text):
            return True
        if fuzz.ratio(key, normalize(entry["text"])) >= SAME_TEXT_SCORE:
            return True
    return False


def _claim_entry(
    claim: DetectedClaim,
    document: Document,
    index: EntityIndex,
    entity_ids: set[str],
    taken: set[str],
) -> dict[str, Any]:
    mentioned = [m.entity_id for m in index.mentions(document.text, claim.start, claim.end)]
    entities = [e for e in dict.fromkeys(mentioned) if e in entity_ids]
    entry: dict[str, Any] = {
        "id": _unique(claim_id(claim.text), taken),
        "text": claim.text,
        "lang": document.lang,
        "verdict": UNVERIFIED,
    }
    if entities:
        entry["entities"] = entities
    return entry


def claim_id(text: str) -> str:
    """A readable id from the claim's first words: ``claim-le-camion-transportait-un-missile``."""
    words = re.findall(r"[a-z0-9]+", fold(text))[:ID_WORDS]
    return ("claim-" + "-".join(words))[:MAX_ID_LENGTH].rstrip("-")


def _unique(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def article_entities(
    document: Document, kb: KnowledgeBase, ner: list[NamedEntity] | None = None
) -> list[dict[str, Any]]:
    """The article's entities: known ones (copied from the knowledge base) and candidates.

    Candidates are the unknown names of two words or more (taken for people),
    or, given ``ner`` (spaCy's entities), the unknown people, organisations
    and places it found, with their kind.
    """
    text = document.text
    starts = [s.start for s in document.sentences]
    ids: list[str] = []
    taken: list[tuple[int, int]] = []
    for mention in find_mentions(text, name_index(kb), starts):
        taken.append((mention.start, mention.end))
        if mention.entity is not None:
            ids.append(mention.entity.id)
    for known in entity_index(kb).mentions(text):
        taken.append((known.start, known.end))
        ids.append(known.entity_id)
    found = [entity_dict(kb.entities[i]) for i in dict.fromkeys(ids)]
    seen = {e["id"] for e in found}
    for start, end, kind in _candidates(document, ner):
        name = text[start:end]
        if any(s < end and start < e for s, e in taken):
            continue
        if kind == "person" and len(name.split()) < 2:
            continue
        candidate = {"id": _slug(name), "kind": kind, "name": name}
        if candidate["id"] and candidate["id"] not in seen:
            seen.add(candidate["id"])
            found.append({**candidate, "description": CANDIDATE_NOTE})
    return found


def _candidates(document: Document, ner: list[NamedEntity] | None) -> list[tuple[int, int, str]]:
    if ner is not None:
        return [(e.start, e.end, e.kind) for e in ner]
    cues = cues_for(document.lang)
    return [
        (start, end, "person")
        for sentence in document.sentences
        for start, end in named_spans(document.text, cues, sentence.start, sentence.end)
    ]


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(name)))[:MAX_ID_LENGTH]


def entity_dict(entity: Entity) -> dict[str, Any]:
    """A knowledge-base entity written back in claim-file form."""
    item: dict[str, Any] = {"id": entity.id, "kind": entity.kind, "name": entity.name}
    optional = {
        "english_name": entity.english_name,
        "gender": entity.gender,
        "country": entity.country,
        "url": entity.url,
    }
    item.update({k: v for k, v in optional.items() if v is not None})
    if entity.aliases:
        item["aliases"] = list(entity.aliases)
    if entity.translated_names:
        item["translated_names"] = list(entity.translated_names)
    if entity.roles:
        item["roles"] = [_role_dict(r) for r in entity.roles]
    if entity.sources:
        item["sources"] = [
            {k: v for k, v in (("name", s.name), ("url", s.url), ("date", s.date)) if v}
            for s in entity.sources
        ]
    return item


def _role_dict(role: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"title": role.title}
    if role.titles:
        item["titles"] = {lang: list(names) for lang, names in role.titles.items()}
    pairs = (
        ("organization", role.organization),
        ("country", role.country),
        ("from", role.start),
        ("to", role.end),
    )
    item.update({k: v for k, v in pairs if v})
    return item


def init_claim_file(
    article_path: str,
    output: Path | None = None,
    claim_files: list[Path] | None = None,
    builtin_kb: bool = True,
    lang: str | None = None,
    article_date: date | None = None,
    ner: str = "rules",
) -> tuple[Path, SkeletonStats]:
    """Write (or extend) the claim-file skeleton of one article, atomically.

    ``ner`` is "rules" (unknown names of two words or more, as people) or
    "spacy" (spaCy's people, organisations and places, with their kind).
    """
    from factcheck.app.write import write_atomic
    from factcheck.entities.kb.load import load_knowledge_base
    from factcheck.pipeline import find_claim_files, make_document
    from factcheck.text.reading import read_article

    article = read_article(article_path)
    document = make_document(article, lang)
    target = output or default_output(article_path)
    existing = read_existing(target)
    kb = load_knowledge_base(find_claim_files(article_path, claim_files or []), builtin=builtin_kb)
    entities = None
    if ner == "spacy":
        from factcheck.entities.ner import spacy_entities

        entities = spacy_entities(document.text, document.lang)
    data, stats = build_skeleton(document, kb, existing, article_date, entities)
    write_atomic(target, render_skeleton(data))
    return target, stats
