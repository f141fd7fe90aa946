"""Loading claim files: JSON parsing, schema validation, semantic checks, merging."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.core.errors import ClaimFileError
from factcheck.core.jsonschemas import array_problems
from factcheck.core.options import MAX_CLAIM_FILE_SIZE
from factcheck.entities.kb.model import (
    Claim,
    ClaimFileInfo,
    Entity,
    Evidence,
    KnowledgeBase,
    Role,
    Source,
)
from factcheck.text.reading import special_kind

MAX_PROBLEMS_SHOWN = 50
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def builtin_claim_files() -> list[Path]:
    """The knowledge base shipped with factcheck, loaded under user claim files."""
    folder = Path(str(resources.files("factcheck").joinpath("entities/kb/builtin")))
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".json")


def load_knowledge_base(
    paths: list[Path], *, builtin: bool = True, max_size: int = MAX_CLAIM_FILE_SIZE
) -> KnowledgeBase:
    """Load, validate and merge claim files; later files win on equal ids.

    ``max_size``: the largest claim file accepted, in bytes."""
    kb = KnowledgeBase()
    if builtin:
        # The shipped files are validated by the test suite, not on every run.
        for path in builtin_claim_files():
            _merge(kb, json.loads(path.read_text("utf-8")), str(path))
    for path in paths:
        _merge(kb, read_claim_file(path, max_size), str(path))
    _check_references(kb)
    return kb


def read_claim_file(path: Path, max_size: int = MAX_CLAIM_FILE_SIZE) -> dict[str, Any]:
    """Parse and validate one claim file; raise :class:`ClaimFileError` when invalid."""
    where = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ClaimFileError(f"{where}: claim file not found") from None
    except OSError as exc:
        raise ClaimFileError(f"{where}: cannot read claim file: {exc.strerror}") from None
    if path.is_dir():
        raise ClaimFileError(f"{where}: is a directory, not a claim file")
    kind = special_kind(path)
    if kind:  # opening a FIFO would block
        raise ClaimFileError(f"{where}: is {kind}, not a claim file; give a regular file")
    if size > max_size:
        raise ClaimFileError(
            f"{where}: claim file is {size:,} bytes, more than the {max_size:,} allowed "
            "(raise --claims-max-size)"
        )
    try:
        # At most one byte past the limit, whatever the size said (a device, a pipe).
        with path.open("rb") as handle:
            raw = handle.read(max_size + 1)
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimFileError(f"{where}: claim file is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise ClaimFileError(f"{where}: cannot read claim file: {exc.strerror}") from None
    if len(raw) > max_size:
        raise ClaimFileError(
            f"{where}: claim file is more than the {max_size:,} bytes allowed "
            "(raise --claims-max-size)"
        )
    if not text.strip():
        raise ClaimFileError(f"{where}: claim file is empty")
    data = _parse_json(text, where)
    problems = (
        array_problems("claims", data, "claims", "claim", where) if isinstance(data, dict) else []
    )
    if not isinstance(data, dict):
        problems = [f"{where}: /: expected a JSON object with 'entities' and 'claims'"]
    if not problems and _SURROGATE_ESCAPE.search(text):  # only an escape makes a lone one
        problems = _unicode_problems(data, where)
    if not problems:
        problems = _semantic_problems(data, where)
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(f"{where}: ... and {len(problems) - len(shown)} more problems")
        noun = "problem" if len(problems) == 1 else "problems"
        raise ClaimFileError(f"{where}: invalid claim file ({len(problems)} {noun})", shown)
    return data


class _DuplicateKey(ValueError):
    pass


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _parse_json(text: str, where: str) -> Any:
    """Strict JSON: no NaN or Infinity, no key twice in one object (the second would win)."""
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise ClaimFileError(f"{where}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except _DuplicateKey as exc:
        raise ClaimFileError(
            f"{where}: invalid JSON: key {exc.args[0]!r} appears twice in one object"
        ) from None
    except RecursionError:
        raise ClaimFileError(f"{where}: invalid claim file: JSON nested too deeply") from None
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        reason = str(exc) if "JSON value" in str(exc) else "a number is too long to read"
        raise ClaimFileError(f"{where}: invalid JSON: {reason}") from None


def _unicode_problems(data: Any, where: str, pointer: str = "") -> list[str]:
    """Strings that cannot be written as UTF-8 (a lone surrogate escape such as \\ud800)."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            return [f"{where}: {pointer or '/'}: string holds a lone surrogate ({data!a})"]
        return []
    if isinstance(data, dict):
        items: list[tuple[str, Any]] = [(f"{pointer}/{k}", v) for k, v in data.items()]
        problems = [p for k, _ in items for p in _unicode_problems(k, where, k)]
        return problems + [p for k, v in items for p in _unicode_problems(v, where, k)]
    if isinstance(data, list):
        return [
            p for i, v in enumerate(data) for p in _unicode_problems(v, where, f"{pointer}/{i}")
        ]
    return []


def _semantic_problems(data: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    for section in ("entities", "claims"):
        seen: dict[str, int] = {}
        for i, item in enumerate(data.get(section, [])):
            if item["id"] in seen:
                problems.append(
                    f"{where}: /{section}/{i}/id: duplicate id {item['id']!r} "
                    f"(first at /{section}/{seen[item['id']]})"
                )
            seen.setdefault(item["id"], i)
    for pointer, value in _dates(data):
        if not _valid_date(value):
            problems.append(f"{where}: {pointer}: {value!r} is not a real calendar date")
    for i, entity in enumerate(data.get("entities", [])):
        for j, role in enumerate(entity.get("roles", [])):
            if role.get("from") and role.get("to") and role["from"] > role["to"]:
                problems.append(
                    f"{where}: /entities/{i}/roles/{j}: 'from' {role['from']} is after 'to' {role['to']}"
                )
    return problems


def _dates(data: Any, pointer: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            here = f"{pointer}/{key}"
            if key in {"date", "from", "to", "as_of", "article_date"} and isinstance(value, str):
                found.append((here, value))
            else:
                found.extend(_dates(value, here))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found.extend(_dates(value, f"{pointer}/{i}"))
    return found


def _valid_date(value: str) -> bool:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            date.fromisoformat(value)
        elif len(parts) == 2:
            date(int(parts[0]), int(parts[1]), 1)
        return True
    except ValueError:
        return False


def _merge(kb: KnowledgeBase, data: dict[str, Any], origin: str) -> None:
    kb.files.append(
        ClaimFileInfo(
            path=origin,
            name=data.get("name"),
            version=data.get("version"),
            as_of=data.get("as_of"),
            article_date=data.get("article_date"),
        )
    )
    for item in data.get("entities", []):
        kb.entities[item["id"]] = _entity(item, origin)
    for item in data.get("claims", []):
        kb.claims[item["id"]] = _claim(item, origin)


def _check_references(kb: KnowledgeBase) -> None:
    problems = [
        f"{claim.origin}: claim {claim.id!r} names unknown entity {entity_id!r}"
        for claim in kb.claims.values()
        for entity_id in claim.entities
        if entity_id not in kb.entities
    ]
    if problems:
        raise ClaimFileError(
            f"{problems[0].split(':')[0]}: invalid claim file (dangling entity ids)", problems
        )


def _entity(item: dict[str, Any], origin: str) -> Entity:
    return Entity(
        id=item["id"],
        kind=item["kind"],
        name=item["name"],
        english_name=item.get("english_name"),
        aliases=tuple(item.get("aliases", [])),
        translated_names=tuple(item.get("translated_names", [])),
        gender=item.get("gender"),
        country=item.get("country"),
        url=item.get("url"),
        roles=tuple(
            Role(
                title=r["title"],
                titles=r.get("titles", {}),
                organization=r.get("organization"),
                country=r.get("country"),
                start=r.get("from"),
                end=r.get("to"),
            )
            for r in item.get("roles", [])
        ),
        sources=tuple(Source(**s) for s in item.get("sources", [])),
        origin=origin,
    )


def _claim(item: dict[str, Any], origin: str) -> Claim:
    return Claim(
        id=item["id"],
        text=item["text"],
        verdict=item["verdict"],
        lang=item.get("lang"),
        entities=tuple(item.get("entities", [])),
        keywords=item.get("keywords", {}),
        date=item.get("date"),
        evidence=tuple(Evidence(**e) for e in item.get("evidence", [])),
        explanation=item.get("explanation"),
        claimant=item.get("claimant"),
        appearances=tuple(item.get("appearances", [])),
        origin=origin,
    )
