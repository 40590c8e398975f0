"""GUI-test set-up: the shared QApplication must never start quitting between tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _app_keeps_running(qapp):
    """Closing a test's last window would make Qt quit the shared application, after which
    every event loop (qtbot.waitSignal, timers) ends at once and later tests time out."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
