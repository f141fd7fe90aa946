"""Translation throughput on a real-size model: factcheck against bare argostranslate.

Builds (once, into a cache folder) the synthetic package of
``bench/synthetic_model.py``: the shape of the published French->English
Argos model, random int8 weights, outputs of 43-45 tokens. Then translates
the same French news sentences (OrangeSum, segmented by factcheck) in fresh
processes, each with the package in a temporary ``ARGOS_PACKAGES_DIR``,
default beam (4), no translation cache, and prints sentences per second:

- bare ``argostranslate.translate.translate``, one call per sentence, with
  argostranslate's default threads (one per core) and with 1 thread;
- factcheck's ``ArgosTranslator`` without batching (one argostranslate call
  for all sentences, one per line), 1 and 2 threads;
- factcheck batched (every sentence in CTranslate2 batches), 1 and 2 threads;
- factcheck batched, two processes at once (what ``--jobs 2`` does), 1 thread each.

The model is loaded before the clock starts (one warm-up sentence). Wall
clock gives sentences per second; the CPU seconds each sentence cost are
printed beside it, as they depend less on other work on the machine.

    .venv/bin/python bench/translation_speed.py [--sentences 48] [--data ../shared/data/orangesum]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "orangesum"
WARM_UP = "Le gouvernement a présenté son budget."

# (label, worker mode, ARGOS_INTRA_THREADS or None for argostranslate's default, processes)
CONFIGS = [
    ("bare argostranslate, default threads (0: one per core)", "bare", None, 1),
    ("bare argostranslate, 1 thread", "bare", "1", 1),
    ("factcheck, not batched, 1 thread", "lines", "1", 1),
    ("factcheck, not batched, 2 threads", "lines", "2", 1),
    ("factcheck, batched, 1 thread", "batched", "1", 1),
    ("factcheck, batched, 2 threads", "batched", "2", 1),
    ("factcheck, batched, --jobs 2 (2 processes x 1 thread)", "batched", "1", 2),
]


def french_sentences(data: Path, count: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from factcheck.text.segment import sentence_spans

    found: list[str] = []
    with (data / "source_documents.txt").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number < 1000:  # articles 1001 on: not the summarizer's tuning articles
                continue
            for start, end in sentence_spans(line.strip()):
                sentence = line.strip()[start:end]
                if 60 <= len(sentence) <= 300:
                    found.append(sentence)
            if len(found) >= count:
                return found[:count]
    return found


def training_lines(data: Path) -> list[str]:
    return (data / "source_documents.txt").read_text("utf-8").splitlines()


def run_config(
    env: dict[str, str], mode: str, sentences: list[str], processes: int
) -> tuple[float, float]:
    """Sentences per second of ``processes`` workers sharing the sentences (wall clock),
    and the CPU seconds they spent per sentence."""
    with tempfile.TemporaryDirectory() as scratch:
        parts = [sentences[i::processes] for i in range(processes)]
        files = []
        for i, part in enumerate(parts):
            path = Path(scratch) / f"part{i}.json"
            path.write_text(json.dumps(part), "utf-8")
            files.append(path)
        command = [sys.executable, str(Path(__file__)), "--worker", mode]
        # Each worker loads its model, then waits for the others before timing:
        # the wall clock covers the translation only.
        started_file = Path(scratch) / "go"
        workers = [
            subprocess.Popen(
                [*command, "--input", str(f), "--go", str(started_file)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for f in files
        ]
        ready = [Path(f"{f}.ready") for f in files]
        while not all(r.exists() for r in ready):
            if any(w.poll() not in (None, 0) for w in workers):
                raise SystemExit(f"a {mode} worker failed")
            time.sleep(0.05)
        begin = time.perf_counter()
        started_file.write_text("go")
        outputs = [w.communicate()[0] for w in workers]
        wall = time.perf_counter() - begin
        for w in workers:
            if w.returncode != 0:
                raise SystemExit(f"a {mode} worker failed")
    cpu = sum(json.loads(out.strip().splitlines()[-1])["cpu"] for out in outputs)
    return len(sentences) / wall, cpu / len(sentences)


def worker_main(mode: str, input_path: Path, go: Path) -> int:
    sentences = json.loads(input_path.read_text("utf-8"))
    sys.path.insert(0, str(ROOT / "src"))
    if mode == "bare":
        import argostranslate.translate

        argostranslate.translate.translate(WARM_UP, "fr", "en")
        translate = lambda items: [  # noqa: E731
            argostranslate.translate.translate(s, "fr", "en") for s in items
        ]
    else:
        from factcheck.translate.engine import ArgosTranslator

        translator = ArgosTranslator("fr", "en", batched=mode == "batched")
        translator.translate([WARM_UP])
        translate = translator.translate
    Path(f"{input_path}.ready").write_text("ready")
    while not go.exists():
        time.sleep(0.01)
    started = time.process_time()
    out = translate(sentences)
    assert len(out) == len(sentences)
    print(json.dumps({"cpu": time.process_time() - started}))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=48)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="OrangeSum folder")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--go", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker_main(args.worker, args.input, args.go)

    sys.path.insert(0, str(HERE))
    import synthetic_model

    package = synthetic_model.build(training_lines(args.data))
    sentences = french_sentences(args.data, args.sentences)
    home = Path(tempfile.mkdtemp(prefix="fc-speed-"))
    (home / "packages").mkdir()
    (home / "packages" / package.name).symlink_to(package)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    env |= {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "ARGOS_PACKAGES_DIR": str(home / "packages"),
    }
    print(f"{len(sentences)} sentences, model {package}")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    results = []
    for label, mode, threads, processes in CONFIGS:
        run_env = dict(env)
        if threads is not None:
            run_env["ARGOS_INTRA_THREADS"] = threads
        rate, cpu = run_config(run_env, mode, sentences, processes)
        results.append((label, rate))
        print(f"  {label:58} {rate:6.2f} sentences/s  {cpu:5.2f} s CPU a sentence", flush=True)
    bare = results[0][1]
    print()
    for label, rate in results[1:]:
        print(f"  {label:58} {rate / bare:5.2f}x bare argostranslate (default threads)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
