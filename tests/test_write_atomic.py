"""An interrupt during a report's write waits for the write: no temporary file is left."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

import pytest

from factcheck.app.workers import raise_on_sigterm, restore_sigterm
from factcheck.app.write import write_atomic
from factcheck.core import atomic


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
