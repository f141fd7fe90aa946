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
