"""What a path is when it is not a regular file: read by the input readers (opening a
FIFO or a device can block) and by the atomic writer (renaming a file over one
would replace it)."""

from __future__ import annotations

import stat

SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_kind_of(mode: int) -> str | None:
    """The kind of a FIFO, device or socket with this ``st_mode``, else None."""
    return next((kind for test, kind in SPECIAL_KINDS if test(mode)), None)
