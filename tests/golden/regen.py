"""Golden files: the seed article's report in every output format.

Regenerate them after an intended change of output, then review the diff:

    .venv/bin/python tests/golden/regen.py

The seed is checked without translation (the translation model is tested on
its own), from a temporary folder so that paths are relative; the tool
version is replaced by ``<VERSION>``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

GOLDEN = Path(__file__).resolve().parent
SEED = GOLDEN.parents[1] / "fixtures" / "seed"
VERSION = "<VERSION>"
# format -> golden file; "text" and "github" are what the command prints.
GOLDEN_FILES = {
    "text": "seed.txt",
    "github": "seed.github.txt",
    "json": "seed.json",
    "markdown": "seed.md",
    "html": "seed.html",
    "sarif": "seed.sarif",
    "claimreview": "seed.claimreview.json",
}
WRITTEN = {"json": "article.fr.json", "markdown": "article.fr.md", "html": "article.fr.html"}
WRITTEN["sarif"] = "article.fr.sarif"
WRITTEN["claimreview"] = "article.fr.claimreview.json"


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run(*formats: str) -> str:
    args = ["article.fr.txt", "--no-translate", "--output-dir", "out"]
    for fmt in formats:
        args += ["--format", fmt]
    result = CliRunner().invoke(main, args)
    if result.exit_code not in (0, 1):
        raise RuntimeError(f"factcheck exited {result.exit_code}: {result.output}")
    return result.stdout


def normalise(fmt: str, content: str) -> str:
    if fmt == "json":
        data = json.loads(content)
        data["tool"]["version"] = VERSION
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        data = json.loads(content)
        driver = data["runs"][0]["tool"]["driver"]
        driver["version"] = driver["semanticVersion"] = VERSION
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return re.sub(r"factcheck \d+\.\d+\.\d+[^\s\"<.]*", f"factcheck {VERSION}", content)
    return content


def render_seed() -> dict[str, str]:
    """Every format of the seed report, normalised: format -> content."""
    with tempfile.TemporaryDirectory(prefix="factcheck-golden-") as tmp:
        work = Path(tmp)
        shutil.copyfile(SEED / "article.fr.txt", work / "article.fr.txt")
        shutil.copyfile(SEED / "claims.json", work / "claims.json")
        with working_directory(work):
            rendered = {"text": run("text"), "github": run("github")}
            run(*WRITTEN)
            for fmt, name in WRITTEN.items():
                rendered[fmt] = (work / "out" / name).read_text("utf-8")
    return {fmt: normalise(fmt, content) for fmt, content in rendered.items()}


def main_regen() -> int:
    for fmt, content in render_seed().items():
        path = GOLDEN / GOLDEN_FILES[fmt]
        old = path.read_text("utf-8") if path.exists() else None
        path.write_text(content, encoding="utf-8")
        print(f"{'unchanged' if old == content else 'updated  '} {os.path.relpath(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main_regen())
