"""Real news end to end: every OrangeSum article through the whole ``factcheck`` command.

    .venv/bin/python bench/orangesum_run.py [--jobs 2] [--limit N] [--translate] [--keep DIR]

Writes each line of ../shared/data/orangesum/source_documents.txt (1,500
French news articles, two with scraped JavaScript residue) as one article
file in a temporary folder, runs ``factcheck FOLDER --jobs J --format json``
once (batch mode, without translation unless --translate), then checks what
came out:

- crashes: articles the command reported as an internal error or a failed
  worker (exit code 4), and articles with no report;
- every JSON report validates against schemas/report.schema.json;
- every finding's offsets point at its own words: ``text[start:end] == text``.

Prints articles, crashes, errors, invalid reports, findings per code, the
wall-clock time of the run and articles per second. Exits 1 if anything
crashed or any report is wrong. The article files are never kept unless
--keep names a folder for them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt"
SCHEMA = ROOT / "schemas" / "report.schema.json"
FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
CRASH_MARKERS = ("internal error", "worker process failed")


@dataclass
class RunResult:
    articles: int
    reports: int
    exit_code: int
    seconds: float
    crashes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one-line refusals (not crashes)
    problems: list[str] = field(default_factory=list)  # missing or wrong reports
    codes: Counter[str] = field(default_factory=Counter)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def write_articles(source: Path, folder: Path, limit: int | None) -> list[Path]:
    """One file per line of ``source`` (empty lines too: the command must say so)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with source.open(encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if limit is not None and i >= limit:
                break
            path = folder / f"article{i + 1:04d}.txt"
            path.write_text(line, "utf-8")
            paths.append(path)
    return paths


def check_reports(articles: list[Path], out: Path) -> tuple[Counter[str], list[str]]:
    """Findings per code, and one problem line per missing, invalid or misplaced report item."""
    validator = Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    codes: Counter[str] = Counter()
    problems: list[str] = []
    for article in articles:
        report_file = out / f"{article.stem}.json"
        if not report_file.is_file():
            problems.append(f"{article.name}: no report")
            continue
        report = json.loads(report_file.read_text("utf-8"))
        for error in validator.iter_errors(report):
            problems.append(f"{report_file.name}: schema: {error.message[:150]}")
        text = article.read_text("utf-8")
        for finding in report.get("findings", []):
            codes[finding["code"]] += 1
            if text[finding["start"] : finding["end"]] != finding["text"]:
                problems.append(
                    f"{report_file.name}: {finding['code']} at {finding['start']}: "
                    f"{text[finding['start'] : finding['end']]!r} != {finding['text']!r}"
                )
    return codes, problems


def run(
    source: Path, jobs: int, limit: int | None, translate: bool, keep: Path | None = None
) -> RunResult:
    """Run the whole check and return its numbers (also used by bench/run.py)."""
    work = Path(tempfile.mkdtemp(prefix="factcheck-orangesum-"))
    try:
        folder = keep or work / "articles"
        articles = write_articles(source, folder, limit)
        out = work / "reports"
        args = [
            str(folder),
            "--jobs",
            str(jobs),
            "--format",
            "json",
            "--output-dir",
            str(out),
            "--fail-on",
            "never",
            "--no-progress",
            "--no-config",
            "--no-baseline",
        ]
        if not translate:
            args.append("--no-translate")
        started = time.perf_counter()
        done = subprocess.run([*FACTCHECK, *args], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        errors = [line for line in done.stderr.splitlines() if line.startswith("factcheck: error:")]
        crashes = [line for line in errors if any(m in line for m in CRASH_MARKERS)]
        if "Traceback" in done.stderr:
            crashes.append("a traceback was printed")
        codes, problems = check_reports(articles, out)
        return RunResult(
            articles=len(articles),
            reports=len(list(out.glob("*.json"))),
            exit_code=done.returncode,
            seconds=seconds,
            crashes=crashes,
            errors=[e for e in errors if e not in crashes],
            problems=problems,
            codes=codes,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ORANGESUM, help="one article per line")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--translate", action="store_true", help="translate (needs a fr model)")
    parser.add_argument("--keep", type=Path, help="write the article files here and keep them")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"{args.data}: not found (the shared OrangeSum data)", file=sys.stderr)
        return 2
    result = run(args.data, args.jobs, args.limit, args.translate, args.keep)
    mode = "with translation" if args.translate else "without translation"
    print(f"OrangeSum end to end, --jobs {args.jobs}, {mode}")
    print(f"  articles          {result.articles}")
    print(f"  reports           {result.reports}")
    print(f"  crashes           {len(result.crashes)}")
    print(f"  errors            {len(result.errors)}")
    print(f"  report problems   {len(result.problems)}")
    print(f"  exit code         {result.exit_code}")
    for code, count in sorted(result.codes.items()):
        print(f"  findings {code:<8} {count}")
    print(f"  time              {result.seconds:.1f} s")
    print(f"  articles/s        {result.per_second:.1f}")
    for line in [*result.crashes, *result.errors, *result.problems][:20]:
        print(f"  ! {line}")
    return 1 if result.crashes or result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
