"""Ctrl+F7 and F7 as a fact-checker uses them: from the caret, saying when they run out, with
the fact list following."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from parallax.ui.main_window import MainWindow

pytestmark = pytest.mark.model
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, library_path: Path, wire_and_rival) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.on_comparison_finished(wire_and_rival)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.compare_view.pane_a.setFocus()
    qtbot.waitUntil(window.compare_view.pane_a.hasFocus)
    return window


def _conflicts(window: MainWindow) -> list:
    matches = window.comparison.matches
    return sorted((m for m in matches if m.status == "conflict"), key=lambda m: m.a.start)


def _press(qtbot, window: MainWindow, key=Qt.Key.Key_F7, modifier=CTRL):
    qtbot.keyClick(window.compare_view.pane_a, key, modifier)
    cursor = window.compare_view.pane_a.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def test_ctrl_f7_says_when_there_are_no_more_and_then_wraps(qtbot, window):
    conflicts = _conflicts(window)
    for match in conflicts:
        assert _press(qtbot, window) == (match.a.start, match.a.end)
        assert window.fact_sidebar.current_match() == match  # the fact list follows
    last = _press(qtbot, window)
    assert last == (conflicts[-1].a.start, conflicts[-1].a.end)  # stays put, and says so:
    assert "No more conflicts" in window.statusBar().currentMessage()
    assert _press(qtbot, window) == (conflicts[0].a.start, conflicts[0].a.end)
    assert window.fact_sidebar.current_match() == conflicts[0]


def test_ctrl_f7_starts_from_where_the_user_clicked(qtbot, window):
    conflicts = _conflicts(window)
    pane = window.compare_view.pane_a
    cursor = QTextCursor(pane.document())
    cursor.setPosition(conflicts[2].a.start - 1)  # just before the third conflict
    pane.setTextCursor(cursor)
    assert _press(qtbot, window) == (conflicts[2].a.start, conflicts[2].a.end)


def test_the_fact_list_follows_f7_onto_a_fact(qtbot, window):
    view, sidebar = window.compare_view, window.fact_sidebar
    followed = []
    for _ in range(40):
        _press(qtbot, window, modifier=Qt.KeyboardModifier.NoModifier)
        found = view._current
        if found is None:
            break
        start, end = found.side_a
        on_fact = [
            m for m in window.comparison.matches if m.a and m.a.start < end and start < m.a.end
        ]
        if on_fact:
            assert sidebar.current_match() in on_fact
            followed.append(sidebar.current_match())
    assert len(followed) >= 3
