"""Loading the project's JSON Schemas and turning validation errors into lines."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError


@cache
def schema(name: str) -> dict[str, Any]:
    """The schema ``schemas/<name>.schema.json`` as a dict."""
    text = resources.files("factcheck").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=FormatChecker())


def json_pointer(error: ValidationError) -> str:
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path]
    return "/" + "/".join(parts) if parts else "/"


def describe(error: ValidationError) -> str:
    """What was expected, in words, for one validation error."""
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        return _unknown_properties(error.instance, schema)
    message = error.message
    value = error.validator_value
    if error.validator == "pattern" and "description" in schema:
        # The schema says in words what the pattern means (a date, a language code).
        message = f"{error.instance!r} is not valid here: {schema['description']}"
    elif error.validator == "not" and isinstance(value, dict) and list(value) == ["required"]:
        names = ", ".join(repr(name) for name in value["required"])
        message = f"{names} is not allowed here"
        if "description" in schema:
            message += f" ({schema['description']})"
    if len(message) > 200:
        message = message[:197] + "..."
    return message


def _unknown_properties(instance: dict[str, Any], schema: Mapping[str, Any]) -> str:
    """Name the unexpected keys and the known ones, so a misspelling is easy to fix."""
    known = list(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    unknown = [
        key for key in instance if key not in known and not any(re.search(p, key) for p in patterns)
    ]
    noun = "property" if len(unknown) == 1 else "properties"
    message = f"unknown {noun} {', '.join(repr(k) for k in unknown[:5])}"
    message += f"; known: {', '.join(known)}" if known else ""
    if "^x-" in patterns:
        message += "; names starting with 'x-' are free for extensions"
    return message


def validation_problems(name: str, instance: Any, where: str) -> list[str]:
    """One line per error: ``where: /json/pointer: message``, in document order."""
    errors = sorted(
        validator(name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
    )
    return [f"{where}: {json_pointer(e)}: {describe(e)}" for e in errors]


# Keywords read by the fast check below; anything else is left to jsonschema.
_FAST_KEYWORDS = frozenset(
    {"type", "pattern", "minLength", "maxLength", "enum", "description", "$ref"}
)


def _resolve(root: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/$defs/") or len(node) > 1 + ("description" in node):
            return {"unknown": True}
        node = root["$defs"][ref[len("#/$defs/") :]]
    return node


def _fast_scalar(root: Mapping[str, Any], node: Mapping[str, Any], value: Any) -> bool:
    node = _resolve(root, node)
    if not set(node) <= _FAST_KEYWORDS:
        return False
    if "enum" in node:
        return value in node["enum"] and type(value) in {type(v) for v in node["enum"]}
    if node.get("type") != "string" or not isinstance(value, str):
        return False
    if len(value) < node.get("minLength", 0) or len(value) > node.get("maxLength", len(value)):
        return False
    return "pattern" not in node or re.search(node["pattern"], value) is not None


def certainly_valid(name: str, definition: str, instance: Any) -> bool:
    """Whether ``instance`` is valid against ``$defs/<definition>`` of schema ``name``, read
    with a handful of keywords (string types, patterns, lengths, enums, required and
    allowed properties). False means "not known": validate with jsonschema then.

    A claim file of 50,000 text-only claims is checked in a fraction of a second this
    way; jsonschema, resolving every $ref of every claim, takes seconds.
    """
    root = schema(name)
    node = root["$defs"][definition]
    if node.get("type") != "object" or not isinstance(instance, dict):
        return False
    if not set(node) <= {
        "type",
        "required",
        "properties",
        "patternProperties",
        "additionalProperties",
        "description",
    }:
        return False
    if any(key not in instance for key in node.get("required", [])):
        return False
    properties = node.get("properties", {})
    for key, value in instance.items():
        if key in properties:
            if not _fast_scalar(root, properties[key], value):
                return False
        elif (
            not any(
                re.search(p, key) and sub == {}
                for p, sub in node.get("patternProperties", {}).items()
            )
            and node.get("additionalProperties", True) is not True
        ):
            return False
    return True


@cache
def _definition_validator(name: str, definition: str) -> Draft202012Validator:
    root = schema(name)
    sub = {"$ref": f"#/$defs/{definition}", "$defs": root["$defs"]}
    return Draft202012Validator(sub, format_checker=FormatChecker())


def array_problems(
    name: str, instance: dict[str, Any], key: str, definition: str, where: str
) -> list[str]:
    """:func:`validation_problems` for a document with a long array of ``$defs/<definition>``
    items under ``key``: the items the fast check cannot vouch for are validated one by
    one, the rest of the document once. Same lines, same order."""
    items = instance.get(key)
    if not isinstance(items, list):
        return validation_problems(name, instance, where)
    errors = list(validator(name).iter_errors({**instance, key: []}))
    paths = [list(map(str, e.absolute_path)) for e in errors]
    for i, item in enumerate(items):
        if certainly_valid(name, definition, item):
            continue
        for error in _definition_validator(name, definition).iter_errors(item):
            errors.append(error)
            paths.append([key, str(i), *map(str, error.absolute_path)])
    order = sorted(range(len(errors)), key=lambda n: paths[n])
    return [f"{where}: {_pointer(paths[n])}: {describe(errors[n])}" for n in order]


def _pointer(parts: list[str]) -> str:
    escaped = [p.replace("~", "~0").replace("/", "~1") for p in parts]
    return "/" + "/".join(escaped) if escaped else "/"
