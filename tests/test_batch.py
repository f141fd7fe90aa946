"""Batch runs: inputs, report names, worker processes, progress bar, summary, interruption."""

from __future__ import annotations

import json
import os
import pty
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.app.inputs import expand_inputs, report_bases
from factcheck.app.write import report_path
from factcheck.cli import main
from factcheck.core.errors import OutputError

ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt"
FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
FAST = ["--no-translate", "--no-builtin-kb"]


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def news_articles(folder: Path, count: int) -> list[Path]:
    """``count`` real French news articles (one OrangeSum document per file)."""
    if not ORANGESUM.is_file():
        pytest.skip(f"{ORANGESUM} is not available")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with ORANGESUM.open(encoding="utf-8") as lines:
        for i, line in zip(range(count), lines, strict=False):
            path = folder / f"article{i + 1:03d}.txt"
            path.write_text(line, "utf-8")
            paths.append(path)
    return paths


def touch(path: Path, text: str = "x\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


# ---------------------------------------------------------------- inputs and names


def test_folders_give_their_article_files_sorted(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for name in ("b.md", "a.txt", "sub/c.TXT", "claims.json", ".hidden.txt", ".git/d.txt"):
        touch(root / name)
    touch(root / "reports" / "a.md")
    articles, problems = expand_inputs([str(root)], lambda d: d.name == "reports")
    assert [Path(a).relative_to(root).as_posix() for a in articles] == [
        "a.txt",
        "b.md",
        "sub/c.TXT",
    ]
    assert problems == []


def test_globs_are_expanded_and_names_deduplicated(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("articles/a.txt", "articles/b.txt", "articles/c.md", "articles/notes.json"):
        touch(tmp_path / name)
    articles, problems = expand_inputs(["articles/*.txt", "articles/a.txt", "articles/*", "-"])
    assert articles == ["articles/a.txt", "articles/b.txt", "articles/c.md", "-"]
    assert problems == []
    articles, problems = expand_inputs(["nothing/*.txt", "missing.txt"])
    assert articles == ["missing.txt"]  # named files are kept: reading them says what is wrong
    assert problems == ["nothing/*.txt: no article file matches this pattern"]


def test_report_names_are_unique_and_stable(tmp_path: Path) -> None:
    a, b = tmp_path / "desk" / "a" / "x.txt", tmp_path / "desk" / "b" / "x.txt"
    assert report_bases([str(a)]) == ["x"]
    assert report_bases([str(a), str(b)]) == ["a/x", "b/x"]
    assert report_bases([str(b), str(a)]) == ["b/x", "a/x"]
    same = tmp_path / "desk" / "a" / "x.md"
    assert report_bases([str(a), str(same), str(b)]) == ["a/x.txt", "a/x.md", "b/x"]
    assert report_bases(["-", str(tmp_path / "stdin.txt")]) == ["stdin", "stdin-2"]
    deep = tmp_path / "desk" / "a" / "deeper" / "y.txt"
    assert report_bases([str(a), str(deep), str(tmp_path / "y.txt")]) == [
        "x",
        "desk/a/deeper/y",
        "y",
    ]


def test_report_path_refuses_to_leave_the_output_folder(tmp_path: Path) -> None:
    assert report_path(tmp_path, "a/x", "json") == (tmp_path / "a" / "x.json").resolve()
    for bad in ("../x", "a/../../x", "/etc/x"):
        with pytest.raises(OutputError):
            report_path(tmp_path, bad, "json")


# ---------------------------------------------------------------- running


def test_same_file_names_in_different_folders_get_mirrored_reports(tmp_path: Path) -> None:
    for folder in ("desk/politics", "desk/sport"):
        shutil.copyfile(SEED, touch(tmp_path / folder / "article.fr.txt"))
        shutil.copyfile(SEED_CLAIMS, tmp_path / folder / "claims.json")
    out = tmp_path / "out"
    code, _, stderr = run([str(tmp_path / "desk"), *FAST, "--output-dir", str(out)])
    assert code == 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "politics/article.fr.json",
        "sport/article.fr.json",
    ]
    report = json.loads((out / "sport" / "article.fr.json").read_text("utf-8"))
    assert report["input"]["path"].endswith("sport/article.fr.txt")
    assert "factcheck summary" in stderr


def test_parallel_output_is_the_serial_output(tmp_path: Path) -> None:
    articles = news_articles(tmp_path / "news", 6)
    shutil.copyfile(SEED, articles[0].parent / "seed.txt")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, stdout, stderr = run(
            [str(tmp_path / "news"), *FAST, "--jobs", jobs, "--output-dir", str(out)]
        )
        files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        outputs.append((code, stdout, files))
        assert "│ articles               │     7 │" in stderr
    assert outputs[0] == outputs[1]
    code, stdout, files = outputs[0]
    assert len(files) == 14  # json and markdown for each
    # findings are printed in the order the articles were given
    printed = [line.split(":", 1)[0] for line in stdout.splitlines()]
    assert printed == sorted(printed)


def test_a_bad_article_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    news_articles(tmp_path / "news", 3)
    touch(tmp_path / "news" / "empty.txt", "")
    (tmp_path / "news" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    code, _, stderr = run([str(tmp_path / "news"), *FAST, "--output-dir", str(out), "-j", "2"])
    assert code == 2
    errors = [line for line in stderr.splitlines() if line.startswith("factcheck: error:")]
    assert errors == [
        f"factcheck: error: {tmp_path / 'news' / 'empty.txt'}: the file is empty",
        f"factcheck: error: {tmp_path / 'news' / 'image.txt'}: "
        "looks like a binary file, not a text article",
    ]
    assert len(list(out.glob("*.json"))) == 3
    assert "│ errors (not checked)   │     2 │" in stderr


def test_exit_code_is_the_worst_gate_when_nothing_failed(tmp_path: Path) -> None:
    news_articles(tmp_path / "news", 2)
    out = tmp_path / "out"
    code, _, _ = run([str(tmp_path / "news"), *FAST, "--output-dir", str(out)])
    assert code == 0
    shutil.copyfile(SEED, tmp_path / "news" / "seed.txt")
    shutil.copyfile(SEED_CLAIMS, tmp_path / "news" / "seed.claims.json")
    code, _, _ = run([str(tmp_path / "news"), *FAST, "--output-dir", str(out)])
    assert code == 1


def test_a_folder_without_articles_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    touch(tmp_path / "empty" / "notes.json")
    code, stdout, stderr = run([str(tmp_path / "empty"), *FAST])
    assert code == 2
    assert stdout == ""
    assert stderr == (
        f"factcheck: error: {tmp_path / 'empty'}: no article files (*.txt, *.md) in this folder\n"
    )


def test_stdin_next_to_files(tmp_path: Path) -> None:
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    out = tmp_path / "out"
    code, _, _ = run(
        ["-", str(tmp_path / "seed.txt"), *FAST, "--output-dir", str(out), "--format", "json"],
        stdin=SEED.read_bytes(),
    )
    assert sorted(p.name for p in out.iterdir()) == ["seed.json", "stdin.json"]
    stdin_report = json.loads((out / "stdin.json").read_text("utf-8"))
    assert stdin_report["input"]["path"] == "-"
    assert code == 0  # no claims: nothing reaches the error gate


# ---------------------------------------------------------------- terminal, signals


def run_with_terminal_stderr(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run factcheck with stderr on a pseudo-terminal (as in an interactive shell)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*FACTCHECK, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL
    )
    os.close(slave)
    stdout: list[bytes] = []
    reader = threading.Thread(target=lambda: stdout.append(proc.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=600)
    reader.join()
    os.close(master)
    return code, b"".join(stdout).decode(), b"".join(chunks).decode("utf-8", "replace")


def test_hundred_articles_with_two_jobs_progress_bar_and_summary(tmp_path: Path) -> None:
    news_articles(tmp_path / "news", 100)
    code, stdout, terminal = run_with_terminal_stderr(
        ["news", *FAST, "--jobs", "2", "--format", "json", "--output-dir", "out"], tmp_path
    )
    assert code in (0, 1)
    assert stdout == ""
    assert len(list((tmp_path / "out").glob("*.json"))) == 100
    assert "articles" in terminal and "100/100" in terminal  # the bar reached the end
    assert "━" in terminal
    assert "│ articles               │   100 │" in terminal
    assert "│ articles/second" in terminal


def test_no_progress_bar_without_a_terminal_or_with_no_progress(tmp_path: Path) -> None:
    news_articles(tmp_path / "news", 5)
    _, _, terminal = run_with_terminal_stderr(
        ["news", *FAST, "--no-progress", "--format", "json", "--output-dir", "out"], tmp_path
    )
    assert "5/5" not in terminal and "━" not in terminal
    assert "│ articles               │     5 │" in terminal
    _, _, stderr = run([str(tmp_path / "news"), *FAST, "--output-dir", str(tmp_path / "o")])
    assert "5/5" not in stderr and "━" not in stderr
    assert "factcheck summary" in stderr


def _children(pid: int) -> dict[int, str]:
    """Child process ids and their command lines."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                found[int(child)] = Path(f"/proc/{child}/cmdline").read_text().replace("\0", " ")
            except OSError:
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_sigterm_mid_batch_stops_workers_and_leaves_complete_reports(tmp_path: Path) -> None:
    news_articles(tmp_path / "news", 80)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*FACTCHECK, "news", *FAST, "--jobs", "2", "--output-dir", "out", "--format", "json"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers: dict[int, str] = {}
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.json"))) < 3 and time.monotonic() < deadline:
        workers.update(_children(proc.pid))
        time.sleep(0.05)
    workers.update(_children(proc.pid))
    assert sum("spawn_main" in command for command in workers.values()) == 2
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 3
    assert stderr.decode().strip().endswith("factcheck: interrupted")
    written = sorted(out.iterdir())
    assert 3 <= len(written) < 80
    for path in written:
        assert path.suffix == ".json", path  # no temporary file left behind
        json.loads(path.read_text("utf-8"))  # and every report is complete
    # the workers are stopped before factcheck exits; multiprocessing's resource
    # tracker leaves when it sees its parent gone
    assert not [pid for pid, command in workers.items() if "spawn_main" in command and _alive(pid)]
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_one_output_folder_spelled_two_ways_gets_one_sarif_log_and_one_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config in sub/ writing to "../reports" shares the batch's "reports" folder:
    the combined SARIF log and the index page hold both articles, not the last one's."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub").mkdir()
    shutil.copyfile(SEED, tmp_path / "top.txt")
    shutil.copyfile(SEED, tmp_path / "sub" / "inner.txt")
    (tmp_path / "sub" / "factcheck.toml").write_text('output-dir = "../reports"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["top.txt", "sub/inner.txt", "--no-translate", "-q", "--format", "html"]
    result = CliRunner().invoke(main, [*args, "--format", "sarif"])
    assert result.exit_code == 1, result.output
    log = json.loads((tmp_path / "reports" / "factcheck.sarif").read_text("utf-8"))
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for run in log["runs"]
        for found in run["results"]
        for location in found["locations"]
    }
    assert uris == {"top.txt", "sub/inner.txt"}
    index = (tmp_path / "reports" / "index.html").read_text("utf-8")
    assert "top.txt" in index and "inner.txt" in index


def test_more_jobs_than_cpus_start_one_worker_per_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.app import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 4)
    assert batch._workers(100, 500) == 4
    assert batch._workers(3, 500) == 3
    assert batch._workers(100, 2) == 2
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1)
    assert batch._workers(8, 10) == 2
