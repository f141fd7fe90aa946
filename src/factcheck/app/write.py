"""Writing reports atomically inside the output directory."""

from __future__ import annotations

from pathlib import Path

from factcheck.core.atomic import write_text_atomic
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
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write reports: {exc.strerror}") from None
    try:
        write_text_atomic(path, content)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write report: {exc.strerror}") from None
