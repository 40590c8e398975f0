"""The reader on a laptop screen: the two texts get the room, the legend shows whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_each_text_is_readable_and_the_legend_is_whole(qtbot, library_path: Path, size):
    window = MainWindow(library_path)  # no remembered layout: settings start empty in tests
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    view = window.compare_view
    assert view.pane_a.width() >= 350 and view.pane_b.width() >= 350
    legend = view.legend

    def whole() -> bool:  # nothing of it hidden behind a scroll bar, once laid out
        bar = legend.verticalScrollBar()
        return bar.maximum() == 0 and legend.height() >= legend.document().size().height()

    qtbot.waitUntil(whole, timeout=2000)
