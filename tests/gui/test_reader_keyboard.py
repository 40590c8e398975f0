"""The reader from the keyboard: Tab walks the window in reading order, the focus is visible."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parallax.application.samples import load_sample_story
from parallax.library import open_library
from parallax.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, library_path: Path) -> MainWindow:
    """The window listing the sample story (nothing compared: no model needed)."""
    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.library_panel.set_articles(articles)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _tab(qtbot, *, back: bool = False):
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_tab_goes_from_the_library_through_both_texts_to_the_facts(qtbot, window):
    table = window.library_panel.view
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(0)
    selected = window.library_panel.selected_ids()
    view = window.compare_view
    assert _tab(qtbot) is view.pane_a
    assert window.library_panel.selected_ids() == selected  # Tab did not move the selection
    assert _tab(qtbot) is view.pane_b
    assert _tab(qtbot) is window.fact_sidebar.tree
    assert _tab(qtbot, back=True) is view.pane_b
    assert _tab(qtbot, back=True) is view.pane_a
    assert _tab(qtbot, back=True) is table


def test_the_focused_text_has_a_frame_in_the_highlight_colour(qtbot, window):
    view = window.compare_view
    highlight = view.pane_a.palette().color(view.pane_a.palette().ColorRole.Highlight)

    def left_edge(pane) -> set:
        image = pane.grab().toImage()
        return {image.pixelColor(x, image.height() // 2).name() for x in (0, 1)}

    view.pane_a.setFocus()
    qtbot.waitUntil(view.pane_a.hasFocus)
    assert left_edge(view.pane_a) == {highlight.name()}
    assert highlight.name() not in left_edge(view.pane_b)
