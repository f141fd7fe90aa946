"""Phrase grammars kept as language data: named parts composed into expressions.

A grammar file (``data/<lang>/<name>.json``) holds ``parts``, named
fragments of regular expressions (a list is an alternation), and patterns
that name parts as ``{part}``. Parts may name other parts. In the composed
expression a space matches any run of white space and an apostrophe matches
any apostrophe (``'``, ``’``, ``ʼ``); matching ignores case, and a pattern
only matches whole words. Rules FC201 and FC202 read their words this way,
so a language is added by adding data, not code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_PART = re.compile(r"\{([a-z_]+)\}")
_APOSTROPHES = "['’ʼ]"


class GrammarError(ValueError):
    """A grammar file names a part it does not define, or parts name each other in a loop."""


def expand(pattern: str, parts: Mapping[str, str | list[str]], _seen: tuple[str, ...] = ()) -> str:
    """``pattern`` with every ``{part}`` replaced by its (expanded) alternation."""

    def part(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in parts:
            raise GrammarError(f"unknown part {{{name}}}")
        if name in _seen:
            raise GrammarError(f"part {{{name}}} names itself")
        value = parts[name]
        alternatives = [value] if isinstance(value, str) else value
        body = "|".join(expand(a, parts, (*_seen, name)) for a in alternatives)
        return f"(?:{body})"

    return _PART.sub(part, pattern)


def to_regex(pattern: str) -> str:
    """A space matches any white space and an apostrophe any apostrophe."""
    return re.sub("['’]", _APOSTROPHES, pattern).replace(" ", r"\s+")


def compile_pattern(
    pattern: str, parts: Mapping[str, str | list[str]], *, open_end: bool = False
) -> re.Pattern[str]:
    """The case-insensitive expression of ``pattern`` with its parts, on whole words.

    With ``open_end`` the match may end before a word (a cue whose words the
    name after it continues).
    """
    body = to_regex(expand(pattern, parts))
    end = "" if open_end else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{body}){end}", re.IGNORECASE)
