"""One escaper per destination, for every string that comes from input.

Article text, claim-file text, messages that quote them and file names are
written by someone else: in a report they must stay text.

- :func:`terminal`: for a terminal or a CI log. C0 and C1 control
  characters (ESC, BEL, bare CR, backspace...) and bidi controls become
  visible escapes such as ``\\x1b``, ``\\r`` or ``\\u202e``, so input can
  neither colour, retitle or clear a terminal, nor overwrite the
  ``path:line: CODE`` prefix, nor start a line a CI runner reads as a command.
- :func:`markdown`: for Markdown. Every character CommonMark gives a meaning
  to is backslash-escaped: no raw HTML or comment opener (``<``), no link,
  image or autolink (``[``, ``!``, ``<``), no entity (``&``), no emphasis
  or code span, table pipes escaped, and no block marker (heading, list,
  quote, setext underline) at the start of a line.
- :func:`script_json`: for JSON inside an HTML ``<script>`` element
  (ClaimReview JSON-LD): ``<``, ``>`` and ``&`` as ``\\u`` escapes, so
  ``</script>`` or ``<!--`` in a claim cannot end the element.
"""

from __future__ import annotations

import re

# C0 controls but TAB and LF, DEL, C1 controls, and the bidi controls.
_TERMINAL_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_NAMED = {
    "\r": "\\r",
    "\x1b": "\\x1b",
    "\x07": "\\x07",
    "\x08": "\\x08",
    "\x0b": "\\v",
    "\x0c": "\\f",
}
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029\x85]")


# Control characters an HTML page must not hold: C0 but tab and line breaks, DEL, C1.
_HTML_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def html_controls(text: str) -> str:
    """``text`` with its control characters written visibly (``\\x1b``), for an HTML page:
    they are parse errors, invisible in a browser, and live escape sequences for whoever
    reads the file in a terminal. Other characters are left to HTML escaping."""
    return _HTML_CONTROLS.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal(text: str, *, one_line: bool = True) -> str:
    """``text`` safe for a terminal or a CI log; on one line unless ``one_line`` is false."""
    text = _TERMINAL_UNSAFE.sub(_visible, text)
    if one_line:
        text = text.replace("\n", "\\n").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


# Characters with a meaning anywhere in a CommonMark line.
_MD_INLINE = re.compile(r"([\\`*\[\]<>!&|~{}])")
# An underscore between two letters or digits cannot emphasize (file_name stays as is).
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# Markers that only mean something at the start of a line.
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d+[.)])", re.MULTILINE)


def markdown(text: str, *, one_line: bool = True) -> str:
    """``text`` as literal Markdown text: it renders as itself and nothing else."""
    text = _TERMINAL_UNSAFE.sub(_visible, text.replace("\r\n", "\n"))
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    return _MD_LINE_START.sub(_escape_marker, text)


def _escape_marker(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def markdown_url(url: str) -> str | None:
    """An http(s) URL fit for a Markdown link target, or None (the link is then left out)."""
    if not re.match(r"https?://[^\s]+$", url, re.IGNORECASE):
        return None
    return "".join(ch if ch not in "()<> `\"'\\" else f"%{ord(ch):02X}" for ch in url)


def script_json(text: str) -> str:
    """Serialized JSON made safe to sit inside an HTML ``<script>`` element."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
