"""Review marks in the reader: the Mark column, keys, context menu, note dialog, hide dismissed,
orphaned marks, and marks stored in the library and exported in the memo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from test_fact_sidebar import A65, MATCHES, _comparison

from parallax.compare.marks import mark_for, with_marks
from parallax.library import open_library
from parallax.model import Match
from parallax.ui.fact_model import MARK_COLUMN, FactFilterProxy, FactTreeModel
from parallax.ui.fact_sidebar import FactSidebar
from parallax.ui.mark_dialog import MarkDialog


def _marked(state: str, note: str = "", kind: str = "number"):
    comparison = _comparison()
    match = next(m for m in comparison.matches if m.kind == kind)
    mark = dataclasses.replace(
        mark_for(match, comparison, state=state, note=note), marked_at="2026-12-07T08:00:00+00:00"
    )
    return with_marks(comparison, [mark])


@pytest.fixture
def sidebar(qtbot) -> FactSidebar:
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(_comparison())
    return sidebar


def _row_of(sidebar: FactSidebar, match: Match):
    return sidebar.proxy.mapFromSource(sidebar.model.index_of(match))


def test_models_with_marks_pass_qt_model_checks(qtmodeltester):
    matches = _marked("dismissed").matches
    qtmodeltester.check(FactTreeModel(matches))
    proxy = FactFilterProxy()
    proxy.setSourceModel(FactTreeModel(matches))
    proxy.set_hide_dismissed(True)
    qtmodeltester.check(proxy)


def test_the_mark_column_shows_the_verdict_and_the_note_on_hover():
    comparison = _marked("disputed", "police: 65")
    model = FactTreeModel(comparison.matches)
    match = next(m for m in comparison.matches if m.mark)
    index = model.index_of(match).siblingAtColumn(MARK_COLUMN)
    assert index.data() == "✗ disputed"
    assert "police: 65" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(MARK_COLUMN, Qt.Orientation.Horizontal) == "Mark"


def test_keys_on_the_fact_list_ask_for_a_mark_keeping_the_note(qtbot, sidebar):
    match = next(m for m in MATCHES if m.a == A65)
    sidebar.show()
    sidebar.activateWindow()
    qtbot.waitUntil(sidebar.isActiveWindow)
    sidebar.tree.setCurrentIndex(_row_of(sidebar, match))
    sidebar.tree.setFocus()
    qtbot.waitUntil(sidebar.tree.hasFocus)
    with qtbot.waitSignal(sidebar.mark_requested) as seen:
        qtbot.keyClick(sidebar.tree, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert seen.args == [match, "disputed", ""]
    with qtbot.waitSignal(sidebar.mark_requested) as seen:
        sidebar.mark_actions["confirmed"].trigger()
    assert seen.args[1] == "confirmed"


def test_the_context_menu_offers_every_verdict_and_a_note(qtbot, sidebar):
    match = next(m for m in MATCHES if m.a == A65)
    rect = sidebar.tree.visualRect(_row_of(sidebar, match))
    menu = sidebar.context_menu_at(rect.center())
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == [
        "Copy Citation",
        "Mark as Disputed",
        "Mark as Open",
        "Mark as Confirmed",
        "Mark as Dismissed",
        "Mark with a Note…",
    ]
    assert sidebar.current_match() == match  # the marks act on the row clicked
    assert sidebar.context_menu_at(QPoint(-5, -5)) is None  # not on a fact: no menu


def test_the_note_dialog_saves_a_verdict_and_a_note_and_cancel_saves_nothing(qtbot, sidebar):
    match = next(m for m in MATCHES if m.a == A65)
    sidebar.tree.setCurrentIndex(_row_of(sidebar, match))
    requests = []
    sidebar.mark_requested.connect(lambda *args: requests.append(args))
    dialog = sidebar.ask_mark()
    dialog.reject()
    assert requests == []
    dialog = sidebar.ask_mark()
    assert isinstance(dialog, MarkDialog) and dialog.state() == "open"
    dialog.state_box.setCurrentText("confirmed")
    dialog.note_edit.setPlainText("Hospital confirms 65 by phone")
    dialog.accept()
    assert requests == [(match, "confirmed", "Hospital confirms 65 by phone")]


def test_a_stored_mark_shows_in_place_and_hide_dismissed_hides_it(qtbot, sidebar):
    match = next(m for m in MATCHES if m.a == A65)
    sidebar.tree.setCurrentIndex(_row_of(sidebar, match))
    marked = next(m for m in _marked("dismissed", "a typo").matches if m.mark)
    sidebar.show_marked(match, marked)
    assert _row_of(sidebar, marked).siblingAtColumn(MARK_COLUMN).data() == "– dismissed"
    assert sidebar.current_match() == marked
    sidebar.hide_dismissed_box.setChecked(True)
    assert not _row_of(sidebar, marked).isValid()
    assert sidebar.proxy.index(0, 0).data() == "Conflicts (1)"
    sidebar.hide_dismissed_box.setChecked(False)
    assert _row_of(sidebar, marked).isValid()


def test_orphaned_marks_are_said_not_dropped(qtbot, sidebar):
    comparison = _comparison()
    number = next(m for m in comparison.matches if m.kind == "number")
    mark = mark_for(number, comparison, state="disputed", note="ask the hospital")
    gone = dataclasses.replace(
        comparison, matches=tuple(m for m in comparison.matches if m != number)
    )
    sidebar.set_comparison(with_marks(gone, [mark]))
    label = sidebar.findChild(QLabel, "orphanedMarks")
    assert label.isVisibleTo(sidebar) and label.text().startswith("1 orphaned mark")
    assert "ask the hospital" in label.toolTip() and "“65”" in label.toolTip()
    sidebar.set_comparison(_comparison())
    assert not label.isVisibleTo(sidebar)


@pytest.mark.model
def test_marking_in_the_window_stores_the_mark_and_the_memo_has_it(
    qtbot, library_path: Path, tmp_path: Path
):
    from parallax.application.samples import SAMPLE_STORY, load_sample_story
    from parallax.ui.main_window import MainWindow

    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(articles, story=SAMPLE_STORY)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.workers, timeout=60_000)
    visit = next(
        m for m in window.comparison.matches if m.status == "conflict" and m.kind == "ordinal"
    )
    assert window.fact_sidebar.select_match(visit)
    window.fact_sidebar.mark_current("disputed", "Ministry says fourth")
    qtbot.waitUntil(lambda: window.fact_sidebar.current_match().mark is not None, timeout=10_000)
    assert window.fact_sidebar.current_match().mark.state == "disputed"
    with open_library(library_path) as db:
        (stored,) = db.marks()
    assert (stored.note, stored.a.text, stored.b.text) == (
        "Ministry says fourth",
        "third",
        "fourth",
    )
    window.export_comparison(tmp_path / "memo.md", "memo")
    memo = (tmp_path / "memo.md").read_text(encoding="utf-8")
    assert "## Disputed (1)" in memo and "Ministry says fourth" in memo
