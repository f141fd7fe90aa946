"""Writing a file so that readers see the old file or the whole new one."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from factcheck.core.filekinds import special_kind_of

_HELD = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)  # Ctrl-C, kill, a closed terminal


def write_text_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file beside it; raise ``OSError``.

    Ctrl-C and SIGTERM wait until the write is over: an interrupt raised
    between creating the temporary file and renaming it would leave the
    temporary file behind.
    """
    _refuse_special(path)
    with interrupts_held():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            # mkstemp creates the file 0600; a report is as readable as any file the user writes.
            os.chmod(tmp, 0o666 & ~_umask())
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _refuse_special(path: Path) -> None:
    """Raise ``OSError`` when ``path`` is a device, FIFO, socket or folder: renaming a file
    over it would replace it ("-o /dev/null" as root would destroy the device)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return  # nothing there yet
    kind = "a folder" if stat.S_ISDIR(mode) else special_kind_of(mode)
    if kind:
        raise OSError(errno.EEXIST, f"is {kind}, not a file to write")


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP for the block, then hand a held one to its handler."""
    main = threading.current_thread() is threading.main_thread()
    if not main or any(signal.getsignal(signum) is None for signum in _HELD):
        yield  # only the main thread sets handlers; None is a handler Python cannot restore
        return
    arrived: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        arrived.append(signum)

    previous = {signum: signal.signal(signum, hold) for signum in _HELD}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    for number in dict.fromkeys(arrived):
        handler = previous[signal.Signals(number)]
        if callable(handler):
            handler(number, None)
        elif handler == signal.SIG_DFL:
            os.kill(os.getpid(), number)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
