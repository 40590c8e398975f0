"""GUI-test set-up: the shared QApplication must never start quitting between tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _app_keeps_running(qapp):
    """Closing a test's last window would make Qt quit the shared application, after which
    every event loop (qtbot.waitSignal, timers) ends at once and later tests time out."""
    qapp.setQuitOnLastWindowClosed(False)
    yield


@pytest.fixture(autouse=True)
def _fresh_settings():
    """QSettings fixes its file once per process, so a layout saved by one test would be
    restored by the next: start and end every GUI test with none."""
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def wire_and_rival():
    """The real comparison of the sample wire report (A) and the rival's rewrite (B)."""
    from parallax.compare.comparison import compare
    from parallax.ingest import read_path
    from parallax.nlp import analyse

    from support import SAMPLES

    a = read_path(SAMPLES / "1-northline-wire.txt").article
    b = read_path(SAMPLES / "2-harbour-post.html").article
    return compare(a, b, analyse(a), analyse(b))
