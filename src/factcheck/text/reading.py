"""Reading an article from disk or stdin: size limit, binary refusal, encodings.

The decoded text is never altered afterwards: every offset in a report is an
index into the string returned here. A UTF-8 BOM is not part of the text, so
offsets in a file that starts with one count from the first character after
it; CRLF line ends are kept, so offsets count the ``\r`` characters too.

HTML pages are refused rather than stripped: offsets into a tag-stripped
text would not point into the file the user gave.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.core.errors import InputError
from factcheck.core.filekinds import special_kind_of
from factcheck.core.options import DEFAULT_MAX_SIZE

_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x7fELF",
)


@dataclass(frozen=True)
class Article:
    """An article as read: its display path, its decoded text and encoding."""

    path: str
    text: str
    encoding: str
    raw: bytes


MAX_SIZE_LIMIT = 1_000_000_000  # the largest --max-size accepted (1 GB)


def displayed_path(path: str) -> str:
    """``path`` as reports show it: bytes of a file name that are not UTF-8 (which Python
    keeps as lone surrogates) are written as ``\\xff`` escapes, so that every report
    can be written and printed."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def special_kind(path: str | Path) -> str | None:
    """What ``path`` is when it is a FIFO, a device or a socket (opening one can block), else None.

    Only ``stat`` is called: it never blocks, and a missing file gives None.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return special_kind_of(mode)


def refuse_special_files(named: Iterable[tuple[str | Path, str]]) -> None:
    """One line for the first (path, what) that is a FIFO, device or socket; call before any work."""
    for path, what in named:
        kind = special_kind(path)
        if kind:
            raise InputError(f"{path}: is {kind}, not {what}; give a regular file")


def read_limited(path: Path, limit: int, what: str, error: type[Exception] = InputError) -> bytes:
    """At most ``limit`` bytes of a regular file, or ``error`` with one line saying why not."""
    kind = special_kind(path)
    if kind:
        raise error(f"{path}: is {kind}, not {what}; give a regular file")
    try:
        if path.is_dir():
            raise error(f"{path}: is a directory, not {what}")
        size = path.stat().st_size
        if size > limit:
            raise error(f"{path}: {size:,} bytes is more than the {limit:,} allowed for {what}")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {exc.strerror}") from None
    if len(raw) > limit:
        raise error(f"{path}: more than the {limit:,} bytes allowed for {what}")
    return raw


def read_article(path: str | Path, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """Read and decode an article file, refusing what is not a text article."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an article")
    kind = special_kind(p)
    if kind:
        raise InputError(f"{path}: is {kind}, not an article file; give a regular file")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if size > max_size:
        raise InputError(
            f"{path}: {size:,} bytes is larger than --max-size {max_size:,}; "
            "split the article or raise --max-size"
        )
    try:
        # Read at most one byte past the limit: a device or a growing file
        # (/dev/zero, a pipe) reports a size of 0 but must not fill memory.
        with p.open("rb") as handle:
            raw = handle.read(max_size + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > max_size:
        raise InputError(
            f"{path}: more than --max-size {max_size:,} bytes; "
            "split the article or raise --max-size"
        )
    return decode_article(str(path), raw, max_size)


def decode_article(path: str, raw: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """Decode article bytes (from a file or stdin) into an :class:`Article`."""
    if len(raw) > max_size:
        # stdin is read only up to one byte past the limit: its full size is unknown.
        raise InputError(
            f"{path}: more than --max-size {max_size:,} bytes; "
            "split the article or raise --max-size"
        )
    if not raw:
        raise InputError(f"{path}: the file is empty")
    if raw.startswith(_BINARY_MAGIC) or (b"\x00" in raw and not _is_utf16(raw)):
        raise InputError(f"{path}: looks like a binary file, not a text article")
    try:
        text, encoding = _decode(raw)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid {exc.encoding.upper()} text (byte {exc.start}); "
            "save the article as UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{path}: the file contains only whitespace")
    if _control_ratio(text) > 0.05:
        raise InputError(f"{path}: looks like a binary file, not a text article")
    if looks_like_html(text):
        raise InputError(
            f"{path}: looks like an HTML page, not plain text; "
            "extract the article's text and check that"
        )
    return Article(path=path, text=text, encoding=encoding, raw=raw)


# Tags of an HTML page or fragment; a news text may mention one, never dozens.
_HTML_START = re.compile(r"\s*<(!doctype\s+html|html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(p|div|span|a|br|hr|img|script|style|head|body|meta|link|title|li|ul|ol|"
    r"table|tr|td|th|h[1-6]|strong|em|b|i|article|section|header|footer|nav|form|"
    r"input|button|iframe|noscript|figure|figcaption|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_HTML_MIN_TAGS = 10
_HTML_CHARS_PER_TAG = 300


def looks_like_html(text: str) -> bool:
    """An HTML document (doctype or ``<html>`` first), or text dense with HTML tags."""
    if _HTML_START.match(text[:1000]):
        return True
    sample = text[:200_000]
    tags = sum(1 for _ in _HTML_TAG.finditer(sample))
    return tags >= _HTML_MIN_TAGS and tags * _HTML_CHARS_PER_TAG >= len(sample)


def _is_utf16(raw: bytes) -> bool:
    return raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if _is_utf16(raw):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: newsroom files are then almost always Windows-1252 or
    # Latin-1 (cp1252 is Latin-1 plus typographic quotes in 0x80-0x9F).
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, len(sample))
