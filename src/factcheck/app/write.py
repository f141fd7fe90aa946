"""Writing reports atomically inside the output directory."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from factcheck.core.errors import OutputError

EXTENSIONS = {
    "json": ".json",
    "markdown": ".md",
    "html": ".html",
    "sarif": ".sarif",
    "claimreview": ".claimreview.json",
}


def report_name(article_path: str) -> str:
    """The report's base name: the article's file name without its last suffix."""
    if article_path == "-":
        return "stdin"
    name = Path(article_path).name
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def report_path(output_dir: Path, base: str, fmt: str) -> Path:
    """Where a report goes; ``base`` may name a subfolder (``a/x``) but never leave ``output_dir``."""
    target = (output_dir / f"{base}{EXTENSIONS[fmt]}").resolve()
    root = output_dir.resolve()
    if root not in target.parents:
        raise OutputError(f"report name {base!r} would be written outside {output_dir}")
    return target


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that readers see the old file or the whole new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write reports: {exc.strerror}") from None
    try:
        # mkstemp creates the file 0600; a report is as readable as any file the user writes.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write report: {exc.strerror}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
