"""Which files a batch checks, and the report names each article gets."""

from __future__ import annotations

import glob
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path

from factcheck.app.config import Settings
from factcheck.app.write import EXTENSIONS, report_name
from factcheck.text.reading import special_kind

ARTICLE_SUFFIXES = (".txt", ".md")
GLOB_CHARACTERS = "*?["


def expand_inputs(
    arguments: Sequence[str],
    skip_folder: Callable[[Path], bool] = lambda _: False,
    warn: Callable[[str], None] = lambda _: None,
) -> tuple[list[str], list[str]]:
    """Article paths for the arguments, and one problem line per argument that gave none.

    A file named on the command line is always checked; folders (walked
    recursively, hidden folders and ``skip_folder`` ones left out) and glob
    patterns give their ``*.txt`` and ``*.md`` files, in sorted order. The
    same file named twice is checked once. ``-`` is standard input. A FIFO,
    device or socket found in a folder or by a pattern is skipped with a
    ``warn`` line (opening one could block); one named on its own is refused
    when it is read.
    """
    articles: list[str] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.realpath(path)  # one article by any link
        if key not in seen:
            seen.add(key)
            articles.append(path)

    for argument in arguments:
        if not argument.strip():
            # Path("") is Path("."): an unset "$ARTICLE" would check the whole folder
            problems.append(f"{argument!r}: an empty path names no article")
            continue
        path = Path(argument)
        if argument == "-" or path.is_file():
            add(argument)
        elif path.is_dir():
            found = list(walk_articles(path, skip_folder, warn))
            if not found:
                problems.append(f"{argument}: no article files (*.txt, *.md) in this folder")
            for item in found:
                add(item)
        elif any(c in argument for c in GLOB_CHARACTERS):
            matches = _glob(argument)
            found = []
            for match in matches:
                if Path(match).is_dir():
                    found.extend(walk_articles(Path(match), skip_folder, warn))
                elif is_article_file(match) and _regular(match, warn) and not is_report(match):
                    found.append(match)
            if not found:
                problems.append(f"{argument}: no article file matches this pattern")
            for item in found:
                add(item)
        else:
            add(argument)  # reading it will say what is wrong
    return articles, problems


def _glob(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, sorted. ``**`` walks folders without following
    symbolic links to folders (Python's glob follows them: a link to ".." repeats every
    article forty levels deep, a link to /proc never ends)."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = pattern.split("/")
    fixed = next(i for i, p in enumerate(parts) if any(c in p for c in GLOB_CHARACTERS))
    root = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ".")
    wanted = re.compile(_pattern_regex("/".join(parts[fixed:])))
    found = []
    for folder, dirs, files in os.walk(root):  # followlinks=False
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # as glob's "**" skips them
        for name in [*dirs, *files]:
            path = os.path.join(folder, name)
            if wanted.fullmatch(os.path.relpath(path, root).replace(os.sep, "/")):
                found.append(
                    path if root != "." or pattern.startswith("./") else os.path.relpath(path)
                )
    return sorted(found)


def _pattern_regex(pattern: str) -> str:
    """A glob pattern as a regular expression over "/"-separated paths: ``**`` any folders
    (or none), ``*`` and ``?`` within one name, ``[...]`` a character class."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and (close := pattern.find("]", i + 2)) > 0:
            body = pattern[i + 1 : close].replace("\\", "\\\\")
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = close + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "".join(out)


def is_article_file(name: str) -> bool:
    base = os.path.basename(name)
    return not base.startswith(".") and base.lower().endswith(ARTICLE_SUFFIXES)


def walk_articles(
    folder: Path, skip_folder: Callable[[Path], bool], warn: Callable[[str], None] = print
) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not skip_folder(Path(root) / d)
        )
        for name in sorted(files):
            path = os.path.join(root, name)
            if is_article_file(name) and _regular(path, warn) and not is_report(path):
                yield path


REPORT_HEADING = b"# Fact-check report: "  # how a Markdown report opens (report/markdown.py)


def is_report(path: str) -> bool:
    """A Markdown report of factcheck's own, found in a folder or by a pattern: never an
    article (with ``--output-dir`` the article folder, each run would check the last
    run's reports, and the files would double every run)."""
    if not path.lower().endswith(".md"):
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(len(REPORT_HEADING)) == REPORT_HEADING
    except OSError:
        return False


def _regular(path: str, warn: Callable[[str], None]) -> bool:
    kind = special_kind(path)
    if kind:
        warn(f"{path}: skipped: is {kind}, not an article file")
    return kind is None


def report_bases(paths: Sequence[str]) -> list[str]:
    """A report name per article, unique among ``paths`` and stable across runs.

    An article keeps ``<name>`` (its file name without the last suffix)
    unless another article has the same name: then the articles sharing it
    get their folders below the folder they have in common (``a/x``,
    ``b/x``), and their full file names when they share a folder (``x.txt``,
    ``x.md``). What is still equal gets ``-2``, ``-3`` in input order.
    """
    bases = [report_name(p) for p in paths]
    groups: dict[str, list[int]] = {}
    for i, base in enumerate(bases):
        groups.setdefault(base, []).append(i)
    for base, members in groups.items():
        files = [i for i in members if paths[i] != "-"]
        if len(members) < 2 or not files:
            continue
        absolute = {i: Path(os.path.abspath(paths[i])) for i in files}
        common = Path(os.path.commonpath([str(absolute[i].parent) for i in files]))
        folders = {i: absolute[i].parent.relative_to(common).as_posix() for i in files}
        for i in files:
            same_folder = [j for j in files if folders[j] == folders[i]]
            name = absolute[i].name if len(same_folder) > 1 else base
            bases[i] = name if folders[i] == "." else f"{folders[i]}/{name}"
    used: Counter[str] = Counter()
    for i, base in enumerate(bases):
        used[base] += 1
        if used[base] > 1:
            bases[i] = f"{base}-{used[base]}"
    return bases


def merge_sarif(texts: Sequence[str]) -> str:
    """One SARIF log with one run for many articles' SARIF reports.

    GitHub code scanning takes one run per tool and category in an upload,
    so a batch writes ``factcheck.sarif`` beside the per-article files: the
    first run's tool, every run's artifacts, and the results with their
    artifact indices moved along.
    """
    logs = [json.loads(text) for text in texts]
    merged = json.loads(texts[0])
    run = merged["runs"][0]
    run["artifacts"], run["results"] = [], []
    configs: list[str] = []
    for log in logs:
        for source in log["runs"]:
            for config in source.get("properties", {}).get("configFiles", []):
                configs += [config] if config not in configs else []
            offset = len(run["artifacts"])
            run["artifacts"].extend(source.get("artifacts", []))
            for result in source.get("results", []):
                for location in result.get("locations", []):
                    artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                    if "index" in artifact:
                        artifact["index"] += offset
                run["results"].append(result)
    run.setdefault("properties", {})["configFiles"] = configs
    return json.dumps(merged, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- progress and summary


COMBINED_SARIF = "factcheck"  # a batch's one SARIF log: factcheck.sarif in the output folder
INDEX_PAGE = "index"  # a batch's HTML index: index.html in the output folder


def bases_by_output_dir(
    paths: Sequence[str],
    settings: Sequence[Settings],
    batch: bool = False,
    warn: Callable[[str], None] = lambda _: None,
) -> list[str]:
    """Report names, made unique among the articles writing to the same folder.

    No two reports of a run share a file name, whatever the articles are
    called: ``x.txt`` writing ``x.claimreview.json`` and ``x.claimreview.txt``
    writing ``x.claimreview.json`` too, or an article ``factcheck.txt`` beside
    the batch's ``factcheck.sarif`` or ``index.html`` (``batch``). The later article in
    input order gets ``-2``, ``-3``... and ``warn`` says so. A report never takes the
    name of an article of the run in its folder (``a.md`` checked with ``--output-dir .``
    would have its Markdown report written over it).
    """
    bases = [""] * len(paths)
    groups: dict[str, list[int]] = {}
    for i, setting in enumerate(settings):
        groups.setdefault(os.path.abspath(setting.output_dir), []).append(i)
    articles: dict[str, set[str]] = {}  # folder: the names of this run's articles in it
    for path in paths:
        if path != "-":
            folder, name = os.path.split(os.path.abspath(path))
            articles.setdefault(folder, set()).add(name.casefold())
    for folder, members in groups.items():
        taken = set(articles.get(folder, set()))  # a report never replaces an article
        if batch and any("sarif" in settings[i].formats for i in members):
            taken.add(f"{COMBINED_SARIF}{EXTENSIONS['sarif']}")
        if batch and any("html" in settings[i].formats for i in members):
            taken.add(f"{INDEX_PAGE}{EXTENSIONS['html']}")
        for i, base in zip(members, report_bases([paths[i] for i in members]), strict=True):
            bases[i] = _free_base(base, settings[i].formats, taken)
            if bases[i] != base:
                warn(
                    f"{paths[i]}: reports named {bases[i]!r}, as {base!r} would overwrite "
                    "an article or another report of this run"
                )
    return bases


def _free_base(base: str, formats: Collection[str], taken: set[str]) -> str:
    """``base`` or ``base-2``, ``base-3``...: the first whose report files are all free."""

    def files(name: str) -> set[str]:
        return {f"{name}{EXTENSIONS[f]}".casefold() for f in formats if f in EXTENSIONS}

    candidate, n = base, 1
    while files(candidate) & taken:
        n += 1
        candidate = f"{base}-{n}"
    taken |= files(candidate)
    return candidate
