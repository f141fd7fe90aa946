"""Errors a user can act on. Each carries the one line the CLI prints."""

from __future__ import annotations


class FactcheckError(Exception):
    """An expected failure: bad input, bad claim file, missing model, bad usage.

    The CLI prints ``str(error)`` on one line and exits with code 2.
    """


class InputError(FactcheckError):
    """The article cannot be read as text."""


class ClaimFileError(FactcheckError):
    """A claim file is missing, is not JSON or does not match the schema."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def __str__(self) -> str:
        first = self.args[0]
        if not self.problems:
            return str(first)
        return "\n".join([str(first), *self.problems])


class ModelError(FactcheckError):
    """A translation model is missing or cannot be installed."""


class ConfigError(FactcheckError):
    """A configuration file is invalid."""


class OutputError(FactcheckError):
    """A report cannot be written."""
