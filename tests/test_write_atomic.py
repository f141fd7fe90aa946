"""An interrupt during a report's write waits for the write: no temporary file is left."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from factcheck.app.workers import raise_on_sigterm, restore_sigterm
from factcheck.app.write import write_atomic
from factcheck.core import atomic
from factcheck.core.atomic import write_text_atomic


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("during", ["mkstemp", "fsync"])
def test_an_interrupt_mid_write_comes_after_the_whole_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, during: str
) -> None:
    real = {"mkstemp": tempfile.mkstemp, "fsync": os.fsync}[during]

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        os.kill(os.getpid(), signum)  # arrives after the temporary file exists
        return result

    monkeypatch.setattr({"mkstemp": tempfile, "fsync": os}[during], during, interrupted)
    previous = raise_on_sigterm()
    try:
        with pytest.raises(KeyboardInterrupt):
            write_atomic(tmp_path / "report.json", '{"ok": true}')
    finally:
        restore_sigterm(previous)
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == '{"ok": true}'


def test_the_handlers_are_restored_after_a_write(tmp_path: Path) -> None:
    before = {signum: signal.getsignal(signum) for signum in atomic._HELD}
    write_atomic(tmp_path / "a.md", "text")
    assert {signum: signal.getsignal(signum) for signum in atomic._HELD} == before


FACTCHECK = [sys.executable, "-m", "factcheck"]


def test_a_fifo_or_folder_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(OSError, match="not a file to write"):
            write_text_atomic(target, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]  # no temporary file


def test_baseline_write_to_a_fifo_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Le Premier ministre Kiri Starmer a visité Leeds lundi.\n", "utf-8")
    fifo = tmp_path / "baseline"
    os.mkfifo(fifo)
    done = subprocess.run(
        [*FACTCHECK, "baseline", "write", "--no-translate", "-o", str(fifo), str(article)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2, done.stderr
    assert "is a FIFO" in done.stderr and len(done.stderr.splitlines()) == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


HANGUP_MID_WRITE = """
import os, signal, sys
from pathlib import Path
from factcheck.core import atomic

real = os.fsync

def fsync(fd):
    real(fd)
    os.kill(os.getpid(), signal.SIGHUP)  # the terminal closes while the report is written

os.fsync = fsync
atomic.write_text_atomic(Path(sys.argv[1]), "the whole report")
print("not reached: the held SIGHUP ends the process after the write")
"""


def test_a_closed_terminal_mid_write_leaves_the_whole_report(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    done = subprocess.run(
        [sys.executable, "-c", HANGUP_MID_WRITE, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -signal.SIGHUP, done.stderr
    assert "not reached" not in done.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert target.read_text(encoding="utf-8") == "the whole report"
