"""What the reader tells a fact-checker: why Enter did nothing, where find is, full fact names,
a citation to paste, and how to fill an empty library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from parallax.application.samples import load_sample_story
from parallax.library import open_library
from parallax.ui.compare_view import CompareView
from parallax.ui.fact_model import MATCH_ROLE
from parallax.ui.fact_sidebar import FactSidebar
from parallax.ui.main_window import MainWindow
from parallax.ui.wrap_delegate import PADDING


@pytest.fixture
def window(qtbot, library_path: Path) -> MainWindow:
    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.library_panel.set_articles(articles)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_enter_on_three_articles_asks_for_the_story_view_not_a_pair(qtbot, window):
    table = window.library_panel.view
    table.selectAll()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    with (
        qtbot.assertNotEmitted(window.library_panel.compare_requested),
        qtbot.waitSignal(window.library_panel.story_requested) as asked,
    ):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(asked.args[0]) == 3
    assert window.statusBar().currentMessage() == "Building the story view…"
    qtbot.waitUntil(lambda: not window.workers, timeout=60_000)  # the story's worker ends


def test_an_empty_library_says_how_to_import(qtbot, library_path: Path, window):
    empty = MainWindow(library_path.parent / "empty.db")
    qtbot.addWidget(empty)
    empty.show()
    qtbot.waitExposed(empty)
    hint = empty.library_panel.empty_label
    assert hint.isVisible()
    for how in ("drop files", "Ctrl+O", "Ctrl+Shift+V"):
        assert how in hint.text()
    assert not window.library_panel.empty_label.isVisible()  # a library with articles


@pytest.mark.model
def test_find_says_n_of_m_in_which_text_and_shows_the_match_mid_view(qtbot, wire_and_rival):
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_comparison(wire_and_rival)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.pane_b.setFocus()
    qtbot.waitUntil(view.pane_b.hasFocus)
    view.actions_by_name["find"].trigger()
    assert "B" in view.find_bar.edit.placeholderText()
    total = wire_and_rival.b.text.count("Carrow")
    assert total >= 2
    qtbot.keyClicks(view.find_bar.edit, "Carrow")
    for n in range(1, total + 1):
        qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)
        assert view.find_bar.status.text() == f"{n} of {total} in B"
        middle = view.pane_b.cursorRect().center().y()
        height = view.pane_b.viewport().height()
        assert 0.2 * height < middle < 0.8 * height or view.pane_b.verticalScrollBar().value() == 0


@pytest.fixture
def sidebar(qtbot, wire_and_rival) -> FactSidebar:
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(300, 900)
    sidebar.set_comparison(wire_and_rival)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


def _rows(sidebar: FactSidebar):
    model = sidebar.tree.model()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            yield model.index(row, 0, parent)


@pytest.mark.model
def test_the_fact_list_shows_whole_names_and_quotes(sidebar):
    tree, shown = sidebar.tree, 0
    metrics = tree.fontMetrics()
    for first in _rows(sidebar):
        for column in (1, 2):
            index = first.siblingAtColumn(column)
            text = index.data()
            width = tree.columnWidth(column) - PADDING
            box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            assert tree.visualRect(index).height() >= box.height(), text
            shown += len(text) > 20
    assert shown  # some long quotes were among them


@pytest.mark.model
def test_right_click_copies_a_citation(qtbot, sidebar, wire_and_rival):
    first = next(i for i in _rows(sidebar) if i.data(MATCH_ROLE).status == "conflict")
    match = first.data(MATCH_ROLE)
    menu = sidebar.context_menu_at(sidebar.tree.visualRect(first).center())
    (copy,) = [action for action in menu.actions() if action.text() == "Copy Citation"]
    copy.trigger()
    menu.close()
    text = QApplication.clipboard().text()
    a = wire_and_rival.a
    for part in (a.title, a.outlet, a.published, a.sha256, f"{match.a.start}–{match.a.end}"):
        assert part in text
    assert f"sentence {match.a.sentence + 1}" in text
    assert wire_and_rival.b.sha256 in text
