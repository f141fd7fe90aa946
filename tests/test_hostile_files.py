"""Hostile files (issue 14): blocking opens, unbounded reads, bad configs, name collisions, orphans.

Every refusal is one line on stderr and exit 2, within a bound of time for
what would otherwise block forever.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED

FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
ARTICLE = "Le Premier ministre Keir Starmer a visité Leeds lundi, selon le conseil municipal.\n"
# A FIFO must be refused at once: the bound leaves room for a loaded machine
# (the refusal itself takes about 0.3 s), and a blocked open never returns.
FIFO_SECONDS = 3.0


def run(*args: str | Path, cwd: Path | None = None) -> tuple[int, str, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [*FACTCHECK, *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def assert_one_line(code: int, stderr: str, *words: str) -> None:
    assert code == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1, stderr
    for word in words:
        assert word in stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


FAST = ["--no-translate", "--no-builtin-kb"]


def children(pid: int) -> dict[int, str]:
    """Child process ids and their command lines (from /proc)."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                found[int(child)] = Path(f"/proc/{child}/cmdline").read_text().replace("\0", " ")
            except OSError:
                continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


# ---------------------------------------------------------------- special files


@pytest.mark.parametrize(
    ("option", "what"),
    [
        (None, "an article file"),
        ("--claims", "a claim file"),
        ("--config", "a configuration file"),
        ("--baseline", "a baseline file"),
    ],
)
def test_fifo_is_refused_at_once(
    option: str | None, what: str, article: Path, fifo: Path, tmp_path: Path
) -> None:
    args = [fifo] if option is None else [article, option, fifo]
    code, stdout, stderr, seconds = run(*args, "--no-translate", "--output-dir", tmp_path / "o")
    assert_one_line(code, stderr, "is a FIFO (named pipe)", what)
    assert seconds < FIFO_SECONDS
    assert stdout == ""


def test_fifo_in_a_batch_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    os.mkfifo(folder / "b.txt")
    code, _, stderr, seconds = run(
        folder, *FAST, "--format", "json", "--output-dir", tmp_path / "o"
    )
    assert code == 0, stderr
    assert "factcheck: warning:" in stderr and "b.txt: skipped: is a FIFO" in stderr
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["a.json"]
    assert seconds < 60


def test_baseline_device_is_refused(article: Path, tmp_path: Path) -> None:
    code, _, stderr, _ = run(article, "--baseline", "/dev/zero", *FAST, "--output-dir", tmp_path)
    assert_one_line(code, stderr, "/dev/zero: is a character device, not a baseline file")


def test_baseline_device_from_a_config_is_refused(article: Path, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('baseline = "/dev/zero"\n', "utf-8")
    code, _, stderr, _ = run(article, *FAST, "--output-dir", tmp_path / "o")
    assert_one_line(code, stderr, "is a character device, not a baseline file")


def test_baseline_over_the_size_cap_is_refused(article: Path, tmp_path: Path) -> None:
    from factcheck.app.baseline import MAX_BASELINE_SIZE, load_baseline
    from factcheck.core.errors import ConfigError

    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_BASELINE_SIZE + 1)
    with pytest.raises(
        ConfigError, match="is more than the 50,000,000 allowed for a baseline file"
    ):
        load_baseline(big)


# ---------------------------------------------------------------- configuration errors


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"summary-sentences = 2.0\n", ["summary-sentences: 2.0 is not an integer"]),
        (b"max-size = 5000000.0\n", ["max-size: 5000000.0 is not an integer"]),
        (b"max-size = 99999999999999999999\n", ["max-size", "greater than the maximum"]),
        (b"max-size = 9999999999\n", ["max-size"]),
        (b'review-author = "Z\xfcrich"\n', ["not UTF-8 (byte 18)"]),
        (b"x = " + b"[" * 3000 + b"]" * 3000 + b"\n", ["nest too deep"]),
        (b"a = 1\n" + b"#" * 1_000_001, ["more than the 1,000,000 allowed"]),
    ],
    ids=[
        "float-sentences",
        "float-max-size",
        "huge-int",
        "max-size-range",
        "latin-1",
        "deep",
        "big",
    ],
)
def test_config_errors_exit_2(
    content: bytes, words: list[str], article: Path, tmp_path: Path
) -> None:
    (tmp_path / "factcheck.toml").write_bytes(content)
    code, _, stderr, _ = run(article, *FAST, "--output-dir", tmp_path / "o")
    assert_one_line(code, stderr, "factcheck.toml", *words)


def test_max_size_option_out_of_range_exits_2(article: Path) -> None:
    code, _, stderr, _ = run(article, "--max-size", "99999999999999999999", *FAST)
    assert code == 2 and "Traceback" not in stderr and "--max-size" in stderr


# ---------------------------------------------------------------- which config applied


def report_of(folder: Path, *args: str | Path) -> dict:
    code, _, stderr, _ = run(
        "article.txt",
        *FAST,
        "--format",
        "json",
        "--format",
        "sarif",
        "--output-dir",
        "o",
        *args,
        cwd=folder,
    )
    assert code in (0, 1), stderr
    report = json.loads((folder / "o" / "article.json").read_text("utf-8"))
    sarif = json.loads((folder / "o" / "article.sarif").read_text("utf-8"))
    assert sarif["runs"][0]["properties"]["configFiles"] == report["config_files"]
    return report


def test_config_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail-on = "never"\n', "utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "article.txt").write_text(ARTICLE, "utf-8")
    assert report_of(repo)["config_files"] == []
    (repo / ".git").rmdir()
    report = report_of(repo)
    assert report["config_files"] == [(tmp_path / "factcheck.toml").as_posix()]
    assert report["gate"]["fail_on"] == "never"


def test_config_option_and_isolated(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "article.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "factcheck.toml").write_text('fail-on = "never"\n', "utf-8")
    (tmp_path / "ci.toml").write_text('fail-on = "info"\n', "utf-8")
    assert report_of(tmp_path)["config_files"] == ["factcheck.toml"]
    pinned = report_of(tmp_path, "--config", "ci.toml")
    assert pinned["config_files"] == ["ci.toml"] and pinned["gate"]["fail_on"] == "info"
    isolated = report_of(tmp_path, "--isolated")
    assert isolated["config_files"] == [] and isolated["gate"]["fail_on"] == "error"


# ---------------------------------------------------------------- report names


def test_claimreview_names_do_not_collide(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("x.txt", "x.claimreview.txt"):
        (folder / name).write_text(ARTICLE, "utf-8")
    formats = ["--format", "json", "--format", "claimreview"]
    code, _, stderr, _ = run(folder, *FAST, *formats, "--output-dir", tmp_path / "o")
    assert code == 0, stderr
    written = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert written == [
        "x-2.claimreview.json",
        "x-2.json",
        "x.claimreview.claimreview.json",
        "x.claimreview.json",
    ]
    assert "x.txt: reports named 'x-2'" in stderr
    reports = [
        json.loads((tmp_path / "o" / n).read_text("utf-8"))
        for n in ("x-2.json", "x.claimreview.json")
    ]
    assert [r["input"]["path"] for r in reports] == [
        str(folder / "x.txt"),
        str(folder / "x.claimreview.txt"),
    ]


def test_combined_sarif_keeps_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("factcheck.txt", "other.txt"):
        (folder / name).write_text(ARTICLE, "utf-8")
    code, _, stderr, _ = run(folder, *FAST, "--format", "sarif", "--output-dir", tmp_path / "o")
    assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "factcheck-2.sarif",
        "factcheck.sarif",
        "other.sarif",
    ]
    assert "factcheck.txt: reports named 'factcheck-2'" in stderr
    combined = json.loads((tmp_path / "o" / "factcheck.sarif").read_text("utf-8"))
    assert len(combined["runs"][0]["artifacts"]) == 2


# ---------------------------------------------------------------- orphans


def test_workers_exit_when_the_batch_parent_is_killed(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for i in range(80):
        lines = [
            f"Le maire de la ville {i}-{n} a annoncé lundi un budget de {n} millions."
            for n in range(150)
        ]
        (news / f"a{i:02d}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*FACTCHECK, "news", *FAST, "--jobs", "2", "--output-dir", "out", "--format", "json"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: dict[int, str] = {}
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.json"))) < 2 and time.monotonic() < deadline:
        workers.update(children(proc.pid))
        time.sleep(0.05)
    workers = {p: c for p, c in {**workers, **children(proc.pid)}.items() if "spawn_main" in c}
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftover = [pid for pid in workers if alive(pid)]
    for pid in leftover:  # do not leave them behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert leftover == []


def test_seed_still_checks(tmp_path: Path) -> None:
    """The guards leave an ordinary article alone."""
    code, _, stderr, _ = run(SEED, "--no-translate", "--format", "json", "--output-dir", tmp_path)
    assert code == 1, stderr


WATCHED_CHILD = """
import subprocess, sys, time
code = (
    "import sys, time; sys.platform = 'darwin'; "
    "from factcheck.app.workers import exit_with_parent; "
    f"exit_with_parent({__import__('os').getpid()}); time.sleep(60)"
)
grandchild = subprocess.Popen([sys.executable, "-c", code])
print(grandchild.pid, flush=True)
time.sleep(60)
"""


def test_parent_watch_without_prctl_ends_the_worker() -> None:
    """Where there is no PR_SET_PDEATHSIG, the watching thread ends the worker."""
    parent = subprocess.Popen(
        [sys.executable, "-c", WATCHED_CHILD], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    time.sleep(1.0)
    assert alive(worker)
    parent.kill()
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    still = alive(worker)
    if still:
        os.kill(worker, signal.SIGKILL)
    assert not still
