"""Worker processes for ``--jobs``: start, feed, stop, and what SIGTERM does."""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from types import FrameType
from typing import Any

from factcheck.app.gate import ExitCode
from factcheck.app.progress import Display
from factcheck.app.run import Job, Outcome, run_job
from factcheck.pipeline import Resources

_WORKER_RESOURCES: Resources | None = None  # one per worker process, set by its initializer


def _init_worker(cache_dir: Path | None) -> None:
    """Runs once in each worker: the parent alone decides when to stop."""
    global _WORKER_RESOURCES
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_RESOURCES = Resources(cache_dir)


def _work(job: Job) -> Outcome:
    assert _WORKER_RESOURCES is not None
    return run_job(job, _WORKER_RESOURCES)


def run_parallel(
    jobs: Sequence[Job],
    workers: int,
    cache_dir: Path | None,
    finish: Callable[[Outcome], None],
    display: Display,
) -> None:
    """Check in worker processes; finish outcomes in input order as they arrive."""
    # Workers are spawned, not forked: a parent that has loaded a translation
    # model runs threads (CTranslate2, OpenMP), and a child forked from a
    # threaded process can deadlock on a lock one of those threads held.
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(cache_dir,),
    )
    try:
        # Workers start during the first submits; they inherit an ignored
        # SIGINT, so Ctrl-C cannot hit them before _init_worker runs.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if _main_thread() else None
        try:
            futures: dict[Future[Outcome], Job] = {executor.submit(_work, job): job for job in jobs}
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        display.start()
        arrived: dict[int, Outcome] = {}
        next_index = 0
        for future in as_completed(futures):
            job = futures[future]
            try:
                arrived[job.index] = future.result()
            except Exception as exc:  # the worker died (killed, out of memory)
                arrived[job.index] = Outcome(
                    job.index,
                    job.path,
                    error=f"{job.path}: worker process failed: {type(exc).__name__}: {exc}",
                    crashed=True,
                    exit_code=ExitCode.CRASH,
                )
            while next_index in arrived:
                finish(arrived.pop(next_index))
                next_index += 1
    except BaseException:
        _stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate the workers now (Ctrl-C, SIGTERM): reports are written by this process only."""
    # ProcessPoolExecutor has no public way to stop running tasks before
    # Python 3.14 (terminate_workers); its process table is the only handle.
    processes = list(getattr(executor, "_processes", {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def raise_on_sigterm() -> Any:
    """SIGTERM stops a run like Ctrl-C does: workers stopped, exit code 3."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        return None


def restore_sigterm(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
