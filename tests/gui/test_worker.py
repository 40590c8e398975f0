"""The worker runs generators off the GUI thread and reports through signals."""

from __future__ import annotations

import threading

import pytest

from parallax.ui.worker import Worker


def _counting(n: int, seen_threads: list):
    def work():
        seen_threads.append(threading.get_ident())
        for i in range(n):
            yield (i + 1, n)
        return "done"

    return work


def test_progress_then_result_from_another_thread(qtbot):
    threads: list[int] = []
    worker = Worker(_counting(3, threads))
    progress = []
    worker.progressed.connect(progress.append)
    with qtbot.waitSignal(worker.finished, timeout=5000) as finished:
        worker.start()
    assert finished.args == ["done"]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert threads and threads[0] != threading.get_ident()
    assert not worker.running


def test_an_error_arrives_in_failed(qtbot):
    def work():
        yield 1
        raise ValueError("the file is damaged")

    worker = Worker(work)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    assert isinstance(failed.args[0], ValueError)
    assert str(failed.args[0]) == "the file is damaged"


def test_cancel_stops_between_yields(qtbot):
    release = threading.Event()
    steps: list[int] = []

    def work():
        for i in range(1000):
            steps.append(i)
            yield i
            release.wait(5)
        return "never"

    worker = Worker(work)
    worker.progressed.connect(lambda _: (worker.cancel(), release.set()))
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.start()
    assert len(steps) < 1000


@pytest.mark.parametrize("count", [0, 1])
def test_empty_and_single_step_work(qtbot, count):
    worker = Worker(_counting(count, []))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
