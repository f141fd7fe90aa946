"""Benchmarks against the targets of issue 5, each side by side with its baseline in one run.

    .venv/bin/python bench/run.py [--repeat 5] [--skip-orangesum] [--warm-articles 200]

Prints one table: benchmark, measured, compared with, ratio, target, status.

- ``factcheck --help`` against ``python -c pass`` (median of --repeat runs; <= 3x);
- the seed article cold (a fresh process each time), without and with
  translation (<= 4 s each) and the warm per-article time inside one batch
  without translation (<= 50 ms);
- the 1,500 OrangeSum articles with --jobs 2 without translation (<= 60 s);
- translation through factcheck against bare argostranslate on the same
  sentences and model (<= 1.1x), and a re-run from the translation cache
  (>= 20x faster than the first);
- peak memory (ru_maxrss) of checking the seed article with translation
  (<= 1.5 GB).

Translation uses the project's tiny fr->en model
(fixtures/models/translate-fr_en-tiny.argosmodel), installed into a
temporary Argos folder: the numbers measure factcheck's own overhead around
the real argostranslate engine, not the speed of a full-size model. Nothing
outside temporary folders is written.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import orangesum_run  # noqa: E402  (a sibling script, not a package)

from factcheck.translate.models import DEFAULT_INTRA_THREADS  # noqa: E402

SEED = ROOT / "fixtures" / "seed" / "article.fr.txt"
SEED_CLAIMS = ROOT / "fixtures" / "seed" / "claims.json"
TINY_MODEL = ROOT / "fixtures" / "models" / "translate-fr_en-tiny.argosmodel"
FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
PYTHON = sys.executable


@dataclass
class Row:
    name: str
    measured: str
    cpu: str  # CPU time beside the wall-clock time: the machine may be busy
    baseline: str
    ratio: str
    target: str
    met: bool | None  # None: not measured

    @property
    def status(self) -> str:
        if self.target == "-":
            return "info"
        return {True: "met", False: "MISSED", None: "not run"}[self.met]


@dataclass
class Timing:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child process


def timed(command: Sequence[str], env: dict[str, str], cwd: Path | None = None) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Timing(wall, cpu)


def median_time(command: Sequence[str], env: dict[str, str], repeat: int, cwd: Path) -> Timing:
    runs = [timed(command, env, cwd) for _ in range(repeat)]
    return Timing(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs))


def python_json(code: str, env: dict[str, str], *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh Python; it prints one JSON object as its last line."""
    done = subprocess.run(
        [PYTHON, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"benchmark script failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- set-up


class Workspace:
    """Temporary Argos folders with the tiny model, a cache folder, the seed article."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
        self.env = {
            **os.environ,
            "ARGOS_PACKAGES_DIR": str(self.root / "argos" / "packages"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "ARGOS_DEVICE_TYPE": "cpu",
        }
        # Measure factcheck as an installed package runs: with its bytecode
        # compiled (pip compiles on install; an editable install on first run).
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "src")], check=False)
        self.seed_folder = self.root / "seed"
        self.seed_folder.mkdir()
        self.seed = self.seed_folder / "article.fr.txt"
        shutil.copyfile(SEED, self.seed)
        shutil.copyfile(SEED_CLAIMS, self.seed_folder / "claims.json")
        self.has_model = TINY_MODEL.is_file()
        if self.has_model:
            subprocess.run(
                [FACTCHECK, "models", "install", "--from-file", str(TINY_MODEL)],
                env=self.env,
                check=True,
                capture_output=True,
            )
        self.out = self.root / "out"

    def check_seed(self, *extra: str) -> list[str]:
        return [FACTCHECK, str(self.seed), "--output-dir", str(self.out), "--no-config", *extra]

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def seed_sentences() -> list[str]:
    from factcheck.text.segment import sentence_spans

    text = SEED.read_text("utf-8")
    return [text[start:end] for start, end in sentence_spans(text)]


# ---------------------------------------------------------------- benchmarks


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def bench_help(ws: Workspace, repeat: int) -> list[Row]:
    """Start-up: short runs, so many of them, interleaved so that load hits both alike."""
    runs: dict[str, list[Timing]] = {"help": [], "pass": [], "click": []}
    commands = {
        "help": [FACTCHECK, "--help"],
        "pass": [PYTHON, "-c", "pass"],
        "click": [PYTHON, "-c", "import click"],
    }
    for _ in range(repeat * 4):
        for name, command in commands.items():
            runs[name].append(timed(command, ws.env, ws.root))
    help_time, bare, click = (
        Timing(
            statistics.median(t.wall for t in runs[n]), statistics.median(t.cpu for t in runs[n])
        )
        for n in ("help", "pass", "click")
    )
    ratio = help_time.wall / bare.wall
    return [
        Row(
            "factcheck --help",
            ms(help_time.wall),
            ms(help_time.cpu),
            f"python -c pass {ms(bare.wall)}",
            f"{ratio:.2f}x",
            "<= 3x",
            ratio <= 3,
        ),
        Row(
            "  python -c 'import click' (the floor)",
            ms(click.wall),
            ms(click.cpu),
            f"python -c pass {ms(bare.wall)}",
            f"{click.wall / bare.wall:.2f}x",
            "-",
            None,
        ),
    ]


def bench_seed_cold(ws: Workspace, repeat: int, translate: bool) -> Row:
    name = "seed article cold, " + ("with translation" if translate else "no translation")
    if translate and not ws.has_model:
        return Row(name, "-", "-", "no model", "-", "<= 4 s", None)
    extra = ["--no-cache"] if translate else ["--no-translate"]
    run = median_time(ws.check_seed(*extra), ws.env, repeat, ws.root)
    help_time = median_time([FACTCHECK, "--help"], ws.env, repeat, ws.root)
    return Row(
        name,
        f"{run.wall:.2f} s",
        f"{run.cpu:.2f} s",
        f"factcheck --help {help_time.wall:.2f} s",
        f"{run.wall / help_time.wall:.0f}x",
        "<= 4 s",
        run.wall <= 4,
    )


def bench_long_sentence(ws: Workspace, repeat: int) -> Row:
    """One sentence of 5,000+ characters (the seed's clauses joined by commas)."""
    text = SEED.read_text("utf-8")
    clauses = [line.strip(" .").replace(".", ",") for line in text.splitlines() if line.strip()]
    sentence = ""
    while len(sentence) < 5000:
        sentence += ", ".join(clauses) + ", "
    article = ws.root / "long" / "sentence.txt"
    article.parent.mkdir()
    article.write_text(sentence.rstrip(", ") + ".\n", "utf-8")
    command = [FACTCHECK, str(article), "--no-translate", "--no-config"]
    run = median_time([*command, "--output-dir", str(ws.out)], ws.env, repeat, ws.root)
    seed = median_time(ws.check_seed("--no-translate"), ws.env, repeat, ws.root)
    return Row(
        f"one {len(sentence):,}-character sentence, cold, no translation",
        f"{run.wall:.2f} s",
        f"{run.cpu:.2f} s",
        f"seed article {seed.wall:.2f} s",
        f"{run.wall / seed.wall:.2f}x",
        "-",
        None,
    )


def news_or_seed_articles(folder: Path, count: int) -> str:
    """``count`` article files: OrangeSum articles when the shared data is there."""
    folder.mkdir(parents=True)
    if orangesum_run.ORANGESUM.is_file():
        orangesum_run.write_articles(orangesum_run.ORANGESUM, folder, count)
        return "OrangeSum"
    for i in range(count):
        shutil.copyfile(SEED, folder / f"article{i + 1:04d}.txt")
    return "seed copies"


def bench_warm(ws: Workspace, count: int) -> Row:
    """Per-article time inside one batch: (N+1 articles - 1 article) / N, one process."""
    many = ws.root / "warm-many"
    kind = news_or_seed_articles(many, count + 1)
    one = ws.root / "warm-one"
    one.mkdir()
    shutil.copyfile(many / "article0001.txt", one / "article0001.txt")
    options = ["--no-translate", "--jobs", "1", "--format", "json", "--no-progress"]
    options += ["--no-config", "--output-dir", str(ws.root / "warm-out")]
    t_many = timed([FACTCHECK, str(many), *options], ws.env)
    t_one = timed([FACTCHECK, str(one), *options], ws.env)
    per_article = (t_many.wall - t_one.wall) / count
    return Row(
        f"warm per article in a batch, no translation ({count} {kind})",
        f"{per_article * 1000:.1f} ms",
        f"{(t_many.cpu - t_one.cpu) / count * 1000:.1f} ms",
        f"batch of 1: {t_one.wall:.2f} s, of {count + 1}: {t_many.wall:.2f} s",
        "-",
        "<= 50 ms",
        per_article <= 0.050,
    )


def bench_orangesum(skip: bool) -> list[Row]:
    name = "1,500 OrangeSum articles, --jobs 2, no translation"
    if skip or not orangesum_run.ORANGESUM.is_file():
        return [Row(name, "-", "-", "-", "-", "<= 60 s", None)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = orangesum_run.run(orangesum_run.ORANGESUM, 2, None, False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return [
        Row(
            name,
            f"{result.seconds:.1f} s",
            f"{cpu:.1f} s",
            f"{result.per_second:.1f} articles/s",
            "-",
            "<= 60 s",
            result.seconds <= 60,
        ),
        Row(
            "  crashes / report problems",
            f"{len(result.crashes)} / {len(result.problems)}",
            "",
            f"{result.reports} reports for {result.articles} articles",
            "-",
            "0 / 0",
            not result.crashes and not result.problems,
        ),
    ]


# Both translation scripts load the model with one short sentence first (timed
# as "load"), then translate the seed's sentences once (timed as "translate").
# argostranslate keeps the paragraphs of its previous call, so the warm-up
# sentence is one that is not translated again.
BARE_ARGOS = """
import json, sys, time
sentences = json.loads(sys.argv[1])
started, cpu = time.perf_counter(), time.process_time()
import argostranslate.translate
translation = argostranslate.translate.get_translation_from_codes("fr", "en")
translation.translate("Bonjour.")
load, load_cpu = time.perf_counter() - started, time.process_time() - cpu
started, cpu = time.perf_counter(), time.process_time()
english = [translation.translate(s) for s in sentences]
print(json.dumps({"load": load, "translate": time.perf_counter() - started,
                  "load_cpu": load_cpu, "translate_cpu": time.process_time() - cpu}))
"""

FACTCHECK_TRANSLATOR = """
import json, sys, time
from pathlib import Path
sentences = json.loads(sys.argv[1])
cache_dir = sys.argv[2] if len(sys.argv) > 2 else None
started, cpu = time.perf_counter(), time.process_time()
from factcheck.translate.cache import TranslationCache
from factcheck.translate.engine import ArgosTranslator
cache = TranslationCache.in_folder(Path(cache_dir)) if cache_dir else None
translator = ArgosTranslator("fr", "en", cache)
if cache is None:
    translator.translate(["Bonjour."])
load, load_cpu = time.perf_counter() - started, time.process_time() - cpu
started, cpu = time.perf_counter(), time.process_time()
english = translator.translate(sentences)
print(json.dumps({"load": load, "translate": time.perf_counter() - started,
                  "load_cpu": load_cpu, "translate_cpu": time.process_time() - cpu,
                  "translated": translator.translated, "from_cache": translator.from_cache}))
"""


def bench_translation(ws: Workspace, repeat: int) -> list[Row]:
    if not ws.has_model:
        return [
            Row("translation vs bare argostranslate", "-", "-", "no model", "-", "<= 1.1x", None)
        ]
    sentences = seed_sentences()
    payload = json.dumps(sentences)
    bare: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    # The same engine settings for both: bare argostranslate gets the thread
    # count factcheck gives CTranslate2 (factcheck.translate.models).
    bare_env = {"ARGOS_INTRA_THREADS": DEFAULT_INTRA_THREADS, **ws.env}
    for _ in range(repeat):  # interleaved, so that load hits both alike
        bare.append(python_json(BARE_ARGOS, bare_env, payload))
        ours.append(python_json(FACTCHECK_TRANSLATOR, ws.env, payload))
    rows = []
    for key, label in (("load", "import + model load"), ("translate", "translate")):
        # Best of the runs: sub-second timings on a shared machine are mostly noise above it.
        a = min(r[key] for r in ours)
        b = min(r[key] for r in bare)
        a_cpu = min(r[f"{key}_cpu"] for r in ours)
        b_cpu = min(r[f"{key}_cpu"] for r in bare)
        rows.append(
            Row(
                f"factcheck vs bare argostranslate: {label} (best of {repeat})"
                + (f", {len(sentences)} seed sentences" if key == "translate" else ""),
                ms(a),
                ms(a_cpu),
                f"bare argostranslate {ms(b)} (cpu {ms(b_cpu)})",
                f"{a / b:.2f}x",
                "<= 1.1x",
                a / b <= 1.1,
            )
        )
    # The translation cache: a first process fills it, new processes read it back.
    cache_dir = ws.root / "translation-cache"
    first = python_json(FACTCHECK_TRANSLATOR, ws.env, payload, str(cache_dir))
    cached = [
        python_json(FACTCHECK_TRANSLATOR, ws.env, payload, str(cache_dir)) for _ in range(repeat)
    ]
    first_time = first["load"] + first["translate"]
    again = statistics.median(r["load"] + r["translate"] for r in cached)
    speedup = first_time / again
    rows.append(
        Row(
            "translation again from the cache (new process)",
            f"{again * 1000:.1f} ms",
            "",
            f"first run {ms(first_time)}",
            f"{speedup:.0f}x faster",
            ">= 20x",
            speedup >= 20 and all(r["translated"] == 0 for r in cached),
        )
    )
    # The same through the whole command: start-up included, so far less than 20x.
    command = [FACTCHECK, str(ws.seed), "--output-dir", str(ws.out), "--no-config"]
    cache_env = {**ws.env, "XDG_CACHE_HOME": str(ws.root / "cache-command")}
    cold_run = timed(command, cache_env)
    warm_run = median_time(command, cache_env, repeat, ws.root)
    rows.append(
        Row(
            "  whole command, translation cache warm",
            f"{warm_run.wall:.2f} s",
            f"{warm_run.cpu:.2f} s",
            f"cache cold {cold_run.wall:.2f} s",
            f"{cold_run.wall / warm_run.wall:.1f}x faster",
            "-",
            None,
        )
    )
    return rows


PEAK_RSS = """
import json, resource, subprocess, sys
subprocess.run(sys.argv[1:], capture_output=True, check=False)
print(json.dumps({"peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
"""


def bench_memory(ws: Workspace) -> Row:
    """ru_maxrss of the command alone: measured from a fresh parent whose only child it is."""
    translate = ws.has_model
    extra = ["--no-cache"] if translate else ["--no-translate"]
    peak = python_json(PEAK_RSS, ws.env, *ws.check_seed(*extra))["peak"]
    bare = python_json(PEAK_RSS, ws.env, PYTHON, "-c", "pass")["peak"]
    return Row(
        "peak memory, seed article " + ("with translation" if translate else "(no model)"),
        f"{peak / 2**20:.0f} MB",
        "",
        f"python -c pass {bare / 2**20:.0f} MB",
        f"{peak / bare:.0f}x",
        "<= 1.5 GB",
        peak <= 1.5 * 2**30,
    )


def print_table(rows: list[Row]) -> None:
    headers = ("benchmark", "measured", "cpu", "compared with", "ratio", "target", "status")
    cells = [
        headers,
        *[(r.name, r.measured, r.cpu, r.baseline, r.ratio, r.target, r.status) for r in rows],
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * width for width in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per median")
    parser.add_argument("--warm-articles", type=int, default=200)
    parser.add_argument("--skip-orangesum", action="store_true", help="skip the 1,500-article run")
    args = parser.parse_args()
    ws = Workspace()
    steps: list[Callable[[], Row | list[Row]]] = [
        lambda: bench_help(ws, args.repeat),
        lambda: bench_seed_cold(ws, args.repeat, translate=False),
        lambda: bench_seed_cold(ws, args.repeat, translate=True),
        lambda: bench_long_sentence(ws, args.repeat),
        lambda: bench_warm(ws, args.warm_articles),
        lambda: bench_orangesum(args.skip_orangesum),
        lambda: bench_translation(ws, args.repeat),
        lambda: bench_memory(ws),
    ]
    rows: list[Row] = []
    try:
        for step in steps:
            result = step()
            rows.extend(result if isinstance(result, list) else [result])
            print(f"... {rows[-1].name}: {rows[-1].measured}", file=sys.stderr, flush=True)
    finally:
        ws.close()
    print(f"factcheck benchmarks ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    print_table(rows)
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
