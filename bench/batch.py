"""Batch throughput: 100 real articles with --jobs, and the translation cache's effect.

    .venv/bin/python bench/batch.py [--articles 100] [--translated 10] [--jobs 2]

Writes the first N OrangeSum source documents (one article per line of
../shared/data/orangesum/source_documents.txt) into a temporary folder and
runs the real ``factcheck`` command on it:

1. all N articles without translation, --jobs 1 and --jobs N (cache on and
   --no-cache: without translation the cache is not used, so they should match);
2. the first M articles with translation by the project's tiny fr->en model
   (installed into a temporary Argos folder; it cannot translate real news
   well, but it runs the real engine): a cold cache, the same run again with
   the cache warm, and --no-cache.

Prints articles per second for each run (the best of --repeat runs without
translation; the wall time of the whole command, start-up included) and, for
the translated runs, the sentences translated and taken from the cache (from
the summary table).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt"
TINY_MODEL = ROOT / "fixtures" / "models" / "translate-fr_en-tiny.argosmodel"
FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    with ORANGESUM.open(encoding="utf-8") as lines:
        for i, line in zip(range(count), lines, strict=False):
            (folder / f"article{i + 1:04d}.txt").write_text(line, "utf-8")


def summary_value(stderr: str, label: str) -> int | None:
    match = re.search(rf"│ {re.escape(label)}\s*│\s*(\d+) │", stderr)
    return int(match.group(1)) if match else None


def timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str, int]:
    start = time.perf_counter()
    result = subprocess.run(
        [*FACTCHECK, *args], env=env, cwd=cwd, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"factcheck failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return seconds, result.stderr, result.returncode


def report(name: str, count: int, seconds: float, stderr: str) -> None:
    line = f"{name:<52} {count:>4} articles {seconds:7.2f} s {count / seconds:7.2f} articles/s"
    translated = summary_value(stderr, "sentences translated")
    cached = summary_value(stderr, "sentences from cache")
    if translated is not None or cached is not None:
        line += f"   translated {translated or 0:>4}, from cache {cached or 0:>4}"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--translated", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs without translation: best of this many"
    )
    parser.add_argument(
        "--use-installed-models",
        action="store_true",
        help="translate with the models installed for this user instead of the tiny model",
    )
    options = parser.parse_args()
    if not ORANGESUM.is_file():
        sys.exit(f"{ORANGESUM} not found")

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        write_articles(work / "news", options.articles)
        write_articles(work / "translated", options.translated)
        env = dict(os.environ)
        if not options.use_installed_models:
            env.update(
                {
                    "ARGOS_PACKAGES_DIR": str(work / "argos" / "packages"),
                    "XDG_DATA_HOME": str(work / "argos" / "data"),
                    "XDG_CONFIG_HOME": str(work / "argos" / "config"),
                }
            )
        env["XDG_CACHE_HOME"] = str(work / "xdg-cache")
        common = ["--no-builtin-kb", "--format", "json", "--no-progress"]

        print(f"factcheck batch benchmark, {os.cpu_count()} CPUs, python {sys.version.split()[0]}")
        print("-- without translation")
        for jobs in (1, options.jobs):
            for cache in ([], ["--no-cache"]):
                args = ["news", "--no-translate", "--jobs", str(jobs), *cache, *common]
                seconds, stderr = min(
                    timed([*args, "--output-dir", "out"], env, work)[:2]
                    for _ in range(options.repeat)
                )
                name = f"--jobs {jobs} --no-translate" + (" --no-cache" if cache else " (cache on)")
                report(name, options.articles, seconds, stderr)

        if options.translated <= 0:
            return
        if not options.use_installed_models:
            if not TINY_MODEL.is_file():
                sys.exit(f"{TINY_MODEL} not found: build it with tools/build_tiny_model.py")
            subprocess.run(
                [*FACTCHECK, "models", "install", "--from-file", str(TINY_MODEL)],
                env=env,
                check=True,
                capture_output=True,
            )
        print(
            f"-- with translation ({'installed models' if options.use_installed_models else 'tiny fr->en model'})"
        )
        runs = [
            ("cold cache", ["--cache-dir", "cache"]),
            ("warm cache (same articles again)", ["--cache-dir", "cache"]),
            ("--no-cache", ["--no-cache"]),
        ]
        for name, extra in runs:
            args = [
                "translated",
                "--jobs",
                str(options.jobs),
                *extra,
                *common,
                "--output-dir",
                "tout",
            ]
            seconds, stderr, _ = timed(args, env, work)
            report(f"--jobs {options.jobs} translated, {name}", options.translated, seconds, stderr)


if __name__ == "__main__":
    main()
