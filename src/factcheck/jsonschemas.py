"""Loading the project's JSON Schemas and turning validation errors into lines."""

from __future__ import annotations

import json
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
    message = error.message
    if len(message) > 200:
        message = message[:197] + "..."
    return message


def validation_problems(name: str, instance: Any, where: str) -> list[str]:
    """One line per error: ``where: /json/pointer: message``, in document order."""
    errors = sorted(
        validator(name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
    )
    return [f"{where}: {json_pointer(e)}: {describe(e)}" for e in errors]
