"""The status bar keeps the comparison's counts through a theme change and an import, counts
variants, and says when the texts shown are not the articles just imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QLabel

from parallax.ui.main_window import MainWindow

from support import SAMPLES

pytestmark = pytest.mark.model
WAIT = 60_000


@pytest.fixture
def window(qtbot, library_path: Path, wire_and_rival) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.on_comparison_finished(wire_and_rival)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(window: MainWindow) -> str:
    """What the status bar shows: its message, or else its visible labels."""
    bar = window.statusBar()
    if bar.currentMessage():
        return bar.currentMessage()
    labels = [label for label in bar.findChildren(QLabel) if label.isVisible()]
    return " ".join(label.text() for label in labels if label is not window.model_label)


def _summary_shown(window: MainWindow) -> bool:
    return "conflict" in _shown(window) and "variant" in _shown(window)


def test_the_counts_stay_after_a_theme_change_from_the_menu(qtbot, window):
    assert _summary_shown(window)
    # what hovering a menu item does: it shows the item's (empty) status tip
    QApplication.sendEvent(window, QStatusTipEvent(""))
    window.theme_actions["dark"].trigger()
    assert _summary_shown(window), _shown(window)
    window.theme_actions["system"].trigger()
    assert _summary_shown(window)


def test_after_an_import_the_counts_come_back_and_the_old_texts_are_named(qtbot, window):
    shown = window.comparison
    window.import_files([SAMPLES / "3-northline-wire-corrected.md"])
    qtbot.waitUntil(lambda: "Imported 1" in window.statusBar().currentMessage(), timeout=WAIT)
    message = window.statusBar().currentMessage()
    assert "still the earlier comparison" in message
    assert window.comparison is shown
    window.statusBar().clearMessage()  # the message times out
    assert _summary_shown(window), _shown(window)
