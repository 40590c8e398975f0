"""Runs a core generator off the GUI thread; progress, result and failure arrive as signals.

Long work in Parallax is a generator that yields progress and returns its result (see
parallax.application.progress). `Worker` runs one on Qt's thread pool and checks between yields
whether it was cancelled. Results reach widgets only through the signals, which Qt delivers in the
GUI thread. Errors are never swallowed: they arrive in `failed`. A worker opens its own SQLite
connection (connections belong to the thread that opened them), so work functions take a path, not a
Library.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[], Generator[Any, None, Any]]


class Worker(QObject):
    """One run of `work()`; start it once. Keep a reference until a final signal arrives."""

    progressed = Signal(object)  # what the generator yielded
    finished = Signal(object)  # what it returned
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()  # it stopped at a yield because cancel() was called

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel_requested = False
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        """Stop at the next yield (what was done before it is not undone by this)."""
        self._cancel_requested = True

    def run_here(self) -> None:
        """The body of the run, in the calling thread (the runnable calls it in a pool thread)."""
        try:
            generator = self._work()
            while True:
                if self._cancel_requested:
                    generator.close()
                    self._end(self.cancelled)
                    return
                self.progressed.emit(next(generator))
        except StopIteration as done:
            self._end(self.finished, done.value)
        except Exception as error:  # handed to the GUI, which shows it; never swallowed
            self._end(self.failed, error)

    def _end(self, signal, *args) -> None:
        self.running = False
        signal.emit(*args)


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker.run_here()
