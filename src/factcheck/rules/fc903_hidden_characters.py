"""FC903 hidden-characters: invisible, bidi-control or look-alike characters in a word.

## What it flags
A word of the original text that holds a character a reader cannot see or
cannot tell apart from a Latin letter:

- an invisible character touching a letter or digit: zero-width space,
  zero-width joiner or non-joiner, word joiner, soft hyphen, left-to-right or
  right-to-left mark, byte order mark, variation selector, tag character;
- a bidi embedding, override or isolate (U+202A-U+202E, U+2066-U+2069)
  anywhere: it reorders what is displayed;
- a word that mixes Latin letters with Cyrillic or Greek look-alikes, or with
  full-width letters, and, in a text that is mostly Latin script, a word made
  only of Cyrillic or Greek look-alikes of Latin letters;
- a Latin letter carrying several combining accents that do not compose
  with it ("Sta" followed by three acute accents and "rmer"): the extra marks
  cut the word for a search and for the name checks. A letter with two marks
  that compose whole (Vietnamese "ễ" written as "e" and two marks) is left
  alone.

The message names the first such code point (for example
`U+200B ZERO WIDTH SPACE`). A soft hyphen alone is a warning, not an error:
it is a hyphenation hint that some publishing systems leave in copied text
(about one French news article in 150), visible at a line break only, but
it still hides the word from search. Left-to-right and right-to-left marks beside
Hebrew or Arabic letters are left alone: that is what they are for.

## Why it matters
Such a word displays as the name the editor expects, so a proofreader sees
nothing wrong, while search, indexing and copy-paste see another string.
It is also how a name or a phrase is slipped past a check on purpose.
The other checks read the text with these characters folded out, so a
disguised misspelling is still flagged; this rule says the disguise is there.

## Example
    Prime Minister Kiri Star<U+00AD>mer   (a soft hyphen inside "Starmer")
    Prime Minister K<U+0456>ri Starmer    (a Cyrillic "i")

## Fix
Delete the hidden character, or retype the word in Latin letters; the
suggestion is the word as a reader sees it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from factcheck.core.model import Finding
from factcheck.core.severity import Severity
from factcheck.rules.base import CheckContext, Rule
from factcheck.text.matching import (
    BIDI_CONTROLS,
    HIDDEN_CHARS,
    LOOKALIKES,
    imitates_latin,
    is_mostly_latin,
    lookalike_words,
    stacked_mark_clusters,
    words_around,
)

_REORDERING = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")  # openers
_CLOSERS = re.compile("[\u202c\u2069\n]")
_HIDDEN_RUN = re.compile(f"{HIDDEN_CHARS.pattern}+")
# Where a Latin letter and a full-width one meet; the finding is the whole word around it.
# (A pattern that also matched the word, "\w*...\w*", took quadratic time on a long word.)
_FULLWIDTH_JUNCTION = re.compile(
    r"[A-Za-z][\uff21-\uff3a\uff41-\uff5a]|[\uff21-\uff3a\uff41-\uff5a][A-Za-z]"
)
_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
_SOFT_HYPHEN = "\u00ad"


def check(context: CheckContext, rule: Rule) -> Iterator[Finding]:
    doc = context.document
    found: dict[tuple[int, int], tuple[str, Severity]] = {}
    for start, end, message, severity in (
        *_hidden(doc.original),
        *_mixed_script(doc.original),
        *_stacked(doc.original),
    ):
        span = doc.view.to_view(start, end) if doc.view else (start, end)
        if span[1] > span[0] and (span not in found or found[span][1] != Severity.ERROR):
            found[span] = (message, severity)
    for (start, end), (message, severity) in sorted(found.items()):
        shown = doc.text[start:end]
        yield rule.finding(
            doc, start, end, f"'{shown}' {message}", suggestion=shown, severity=severity
        )


Found = tuple[int, int, str, Severity]  # original span, message, severity


def _stacked(text: str) -> Iterator[Found]:
    """Accents stacked on one letter ("Sta" + three acute accents + "rmer"): they hide
    the word from a search and from the name checks."""
    for start, end in stacked_mark_clusters(text):
        word_start, word_end = _word_around(text, start, end)
        yield (
            word_start,
            word_end,
            "stacks several accents on one letter: retype the word",
            Severity.ERROR,
        )


def _hidden(text: str) -> Iterator[Found]:
    reordered_until = -1
    for run in _HIDDEN_RUN.finditer(text):
        if run.start() < reordered_until:
            continue
        before = text[run.start() - 1] if run.start() else ""
        after = text[run.end()] if run.end() < len(text) else ""
        reorders = [ch for ch in run.group() if ch in _REORDERING]
        if reorders:
            closer = _CLOSERS.search(text, run.end())
            reordered_until = closer.end() if closer else len(text)
            yield (
                run.start(),
                closer.start() if closer else len(text),
                f"is preceded by {_describe(reorders[0])}: it reorders what a reader sees",
                Severity.ERROR,
            )
            continue
        if not (_is_word_char(before) or _is_word_char(after)):
            continue
        if any(ch in BIDI_CONTROLS for ch in run.group()) and (_is_rtl(before) or _is_rtl(after)):
            continue
        start, end = _word_around(text, run.start(), run.end())
        if set(run.group()) == {_SOFT_HYPHEN}:
            # A hyphenation hint, common in text pasted from a CMS: shown only at a line
            # break, but a search for the word misses it.
            yield start, end, f"holds {_describe(_SOFT_HYPHEN)}: delete it", Severity.WARNING
        else:
            message = f"holds {_describe(run.group()[0])}, invisible to a reader: delete it"
            yield start, end, message, Severity.ERROR


def _mixed_script(text: str) -> Iterator[Found]:
    if not any(ch in LOOKALIKES for ch in text) and not _FULLWIDTH_JUNCTION.search(text):
        return
    mostly_latin = is_mostly_latin(text)
    for start, end in lookalike_words(text):
        if imitates_latin(text[start:end], mostly_latin):
            first = next(ch for ch in text[start:end] if ch in LOOKALIKES)
            yield (
                start,
                end,
                f"is written with {_describe(first)}, which looks like Latin "
                f"'{LOOKALIKES[first]}': retype the word in Latin letters",
                Severity.ERROR,
            )
    for start, end in words_around(_FULLWIDTH_JUNCTION, text):
        first = next(ch for ch in text[start:end] if ord(ch) >= 0xFF01)
        yield (
            start,
            end,
            f"mixes full-width letters ({_describe(first)}) with Latin ones: retype it",
            Severity.ERROR,
        )


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}".rstrip()


def _is_word_char(ch: str) -> bool:
    if not ch or not ch.isalnum():
        return False
    return ch.isascii() or unicodedata.name(ch, "").startswith(_SCRIPTS)


def _is_rtl(ch: str) -> bool:
    return bool(ch) and unicodedata.bidirectional(ch) in ("R", "AL")


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The word holding a hidden run: letters, digits and hidden characters around it."""
    while start > 0 and (text[start - 1].isalnum() or HIDDEN_CHARS.match(text[start - 1])):
        start -= 1
    while end < len(text) and (text[end].isalnum() or HIDDEN_CHARS.match(text[end])):
        end += 1
    return start, end


RULE = Rule(
    code="FC903",
    name="hidden-characters",
    severity=Severity.ERROR,
    summary="A word holds invisible, bidi-control or look-alike characters.",
    docs=__doc__ or "",
    check=check,
)
