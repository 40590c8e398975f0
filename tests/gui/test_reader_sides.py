"""Which article is A: the older on the left whatever the selection order; Swap Sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from parallax.application.samples import SAMPLE_STORY, load_sample_story
from parallax.ingest import read_path
from parallax.library import open_library
from parallax.ui.library_panel import LibraryPanel
from parallax.ui.main_window import MainWindow
from parallax.ui.menus import shortcut_rows

from support import SAMPLES

WAIT = 60_000  # the first comparison loads the NLP model


@pytest.fixture
def panel(qtbot) -> LibraryPanel:
    wire = read_path(SAMPLES / "1-northline-wire.txt").article  # 2024-10-22
    rival = read_path(SAMPLES / "2-harbour-post.html").article  # 2024-10-22
    corrected = read_path(SAMPLES / "3-northline-wire-corrected.md").article  # 2024-10-23
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles([corrected, rival, wire])
    return panel


def _compare(qtbot, panel: LibraryPanel, *titles_in_click_order: str) -> tuple[str, str]:
    model = panel.view.model()
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    panel.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for title in titles_in_click_order:
        start = next(row for shown, row in rows.items() if shown.startswith(title))
        panel.view.selectionModel().select(model.index(start, 0), flags)
    with qtbot.waitSignal(panel.compare_requested) as signal:
        panel.compare_action.trigger()
    ids = {a.id: a for a in panel._articles}
    return tuple(ids[i].published + " " + ids[i].outlet for i in signal.args)


def test_the_older_article_is_on_the_left_whatever_was_picked_first(qtbot, panel):
    newer, older = "Floods kill 68", "Floods kill 65"
    assert _compare(qtbot, panel, newer, older) == (
        "2024-10-22 Northline Wire",
        "2024-10-23 Northline Wire",
    )
    assert _compare(qtbot, panel, older, newer)[0] == "2024-10-22 Northline Wire"


def test_on_the_same_day_the_order_shown_decides(qtbot, panel):
    rival, wire = "Brenner Valley flood", "Floods kill 65"
    panel.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # outlet: the Harbour Post above
    assert _compare(qtbot, panel, wire, rival) == (
        "2024-10-22 The Harbour Post",
        "2024-10-22 Northline Wire",
    )
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _compare(qtbot, panel, rival, wire)[0] == "2024-10-22 Northline Wire"


@pytest.mark.model
def test_swap_sides_puts_b_on_the_left(qtbot, library_path: Path):
    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(articles, story=SAMPLE_STORY)
    qtbot.waitUntil(lambda: window.comparison is not None and not window.workers, timeout=WAIT)
    a, b = window.comparison.a.id, window.comparison.b.id
    assert ("View", "Swap Sides", "Ctrl+Shift+S") in shortcut_rows(window.menuBar())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.compare_view.pane_a, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: window.comparison.a.id == b and not window.workers, timeout=WAIT)
    assert window.comparison.b.id == a
    assert window.compare_view.pane_a.toPlainText() == window.comparison.a.text
