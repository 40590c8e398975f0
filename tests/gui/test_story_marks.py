"""Review marks in the story view: keys and the context menu on a cell mark the match it stands
for, in the library; the matrix shows them, hides dismissed rows, and has them on reopening."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import test_story_view as story_fixtures
from PySide6.QtCore import QModelIndex, Qt
from test_story_view import WAIT, _generated_matrix

from parallax.compare.story_marks import reference_column
from parallax.library import open_library
from parallax.model import Anchor, Mark, StoryMatrix
from parallax.ui.main_window import MainWindow
from parallax.ui.mark_dialog import MarkDialog
from parallax.ui.story_model import MARK_ROLE, STATE_ROLE, StoryModel

# the story view's fixtures: the sample story's three articles, selected, Enter pressed
sample_articles = story_fixtures.sample_articles
window = story_fixtures.window
story_window = story_fixtures.story_window


def _cell(model: StoryModel, state: str, *, skip_rows: int = 0) -> QModelIndex:
    """A cell in `state` that is not its row's reference, in a row with no mark yet."""
    found = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(STATE_ROLE) == state
        and c != model.cell(model.index(r, c)).reference
    ]
    rows = list(dict.fromkeys(index.row() for index in found))
    row = rows[skip_rows]
    return next(index for index in found if index.row() == row)


def _focus(qtbot, shown: MainWindow, index: QModelIndex):
    table = shown.story_view.table
    table.setCurrentIndex(index)
    shown.activateWindow()  # back from a dialog
    qtbot.waitUntil(shown.isActiveWindow)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return table


def _stored(library_path: Path) -> list[Mark]:
    with open_library(library_path) as db:
        return db.marks()


def _marked(shown: MainWindow, row: int, column: int, state: str) -> bool:
    model = shown.story_view.model
    shown = model.shown_row(row)
    if shown is None:
        return False
    mark = model.index(shown, column).data(MARK_ROLE)
    return mark is not None and mark.state == state


@pytest.mark.model
def test_ctrl_1_on_a_conflict_cell_stores_a_disputed_mark_on_both_facts(
    qtbot, story_window, library_path
):
    view, model = story_window.story_view, story_window.story_view.model
    index = _cell(model, "conflict")
    cell, row = model.cell(index), model.row_of(index)
    reference = model.matrix.articles[cell.reference]
    other = model.matrix.articles[index.column()]
    key = (model.row_number(index), index.column())
    table = _focus(qtbot, story_window, index)
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _marked(story_window, *key, "disputed"), timeout=WAIT)
    (stored,) = _stored(library_path)
    assert (stored.a_sha256, stored.b_sha256) == (reference.sha256, other.sha256)
    ref_fact = row.facts[cell.reference]
    assert (stored.a.start, stored.a.end, stored.a.text) == (
        ref_fact.start, ref_fact.end, ref_fact.text,
    )  # fmt: skip
    assert (stored.b.start, stored.b.end, stored.b.text) == (
        cell.fact.start, cell.fact.end, cell.fact.text,
    )  # fmt: skip
    assert stored.state == "disputed" and stored.kind
    shown = model.index(model.shown_row(key[0]), key[1])
    assert shown.data().endswith("⚑ disputed")
    assert "marked disputed" in shown.data(Qt.ItemDataRole.ToolTipRole)
    header = model.headerData(shown.row(), Qt.Orientation.Vertical)
    assert header.endswith(" · disputed · ⚑ disputed")  # the row's status, then its mark
    assert "1 marked" in view.title.text()
    assert table.currentIndex() == shown  # the cursor stays on the cell


@pytest.mark.model
def test_context_menu_note_then_a_key_keeps_the_note(qtbot, story_window, library_path):
    view, model = story_window.story_view, story_window.story_view.model
    index = _cell(model, "conflict")
    key = (model.row_number(index), index.column())
    _focus(qtbot, story_window, index)
    menu = view.context_menu_at(view.table.visualRect(index).center())
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == [
        "Open Side by Side",
        "Mark as Disputed",
        "Mark as Open",
        "Mark as Confirmed",
        "Mark as Dismissed",
        "Mark with a Note…",
    ]
    next(a for a in menu.actions() if a.text() == "Mark with a Note…").trigger()
    dialog = story_window.findChild(MarkDialog, "markDialog")
    assert dialog is not None and dialog.state() == "open"
    dialog.state_box.setCurrentText("confirmed")
    dialog.note_edit.setPlainText("Called the ministry at 14:00.\nConfirmed by the press office.")
    dialog.accept()
    qtbot.waitUntil(lambda: _marked(story_window, *key, "confirmed"), timeout=WAIT)
    table = _focus(qtbot, story_window, model.index(model.shown_row(key[0]), key[1]))
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _marked(story_window, *key, "open"), timeout=WAIT)
    (stored,) = _stored(library_path)  # marking again replaces the mark
    note = "Called the ministry at 14:00.\nConfirmed by the press office."  # lines kept
    assert (stored.state, stored.note) == ("open", note)


@pytest.mark.model
def test_the_reference_cell_takes_no_mark_and_says_why(qtbot, story_window, library_path):
    view, model = story_window.story_view, story_window.story_view.model
    index = _cell(model, "conflict")
    reference = model.index(index.row(), model.cell(index).reference)
    table = _focus(qtbot, story_window, reference)
    with qtbot.waitSignal(view.notice) as notice:
        qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert "reference" in notice.args[0]
    assert "reference" in story_window.statusBar().currentMessage()
    assert view.ask_mark() is None
    assert _stored(library_path) == []


@pytest.mark.model
def test_hide_dismissed_hides_rows_whose_every_mark_is_dismissed(qtbot, story_window):
    view, model = story_window.story_view, story_window.story_view.model
    dismissed, disputed = _cell(model, "conflict"), _cell(model, "conflict", skip_rows=1)
    keys = [(model.row_number(i), i.column()) for i in (dismissed, disputed)]
    for key, state in zip(keys, ("dismissed", "disputed"), strict=True):
        view.table.setCurrentIndex(model.index(model.shown_row(key[0]), key[1]))
        view.mark_current(state)
        qtbot.waitUntil(lambda k=key, s=state: _marked(story_window, *k, s), timeout=WAIT)
    total = model.rowCount()
    view.hide_dismissed_box.setChecked(True)
    assert model.rowCount() == total - 1
    assert model.shown_row(keys[0][0]) is None and model.shown_row(keys[1][0]) is not None
    view.hide_dismissed_box.setChecked(False)
    assert model.rowCount() == total and model.shown_row(keys[0][0]) is not None


@pytest.mark.model
def test_marks_come_back_when_the_story_is_opened_again(qtbot, story_window, library_path):
    model = story_window.story_view.model
    index = _cell(model, "conflict")
    label, column = model.row_of(index).label, index.column()
    key = (model.row_number(index), column)
    story_window.story_view.table.setCurrentIndex(index)
    story_window.story_view.mark_current("disputed", "two outlets, two counts")
    qtbot.waitUntil(lambda: _marked(story_window, *key, "disputed"), timeout=WAIT)
    ids = [article.id for article in model.matrix.articles]
    story_window.close()

    again = MainWindow(library_path)
    qtbot.addWidget(again)
    again.open_story(ids)
    qtbot.waitUntil(lambda: again.story_view.model.matrix is not None, timeout=WAIT)
    reopened = again.story_view.model
    row = next(r for r in range(reopened.rowCount())
               if reopened.row_of(reopened.index(r, 0)).label == label)  # fmt: skip
    mark = reopened.index(row, column).data(MARK_ROLE)
    assert (mark.state, mark.note) == ("disputed", "two outlets, two counts")
    assert "1 marked" in again.story_view.title.text()


def _with_marks(matrix: StoryMatrix, states: list[str]) -> StoryMatrix:
    """`matrix` with a mark of each state on the first rows, each on its first cell that is
    not the reference."""
    marks = []
    for n, (row, state) in enumerate(zip(matrix.rows, states, strict=False)):
        ref = reference_column(row)
        other = next(c for c, f in enumerate(row.facts) if f is not None and c != ref)
        a, b = (Anchor(f.start, f.end, f.text) for f in (row.facts[ref], row.facts[other]))
        sha = (matrix.articles[ref].sha256, matrix.articles[other].sha256)
        marks.append(Mark(*sha, a, b, state, "", f"2026-12-07T08:0{n}", id=n))
    return dataclasses.replace(matrix, marks=tuple(marks))


def test_the_model_with_marks_and_hidden_dismissed_rows_passes_qt_model_checks(qtmodeltester):
    model = StoryModel()
    model.set_matrix(_with_marks(_generated_matrix(3, 12), ["dismissed", "disputed"]))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical).endswith(" · ⚑ dismissed")
    model.set_hide_dismissed(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 11
    assert model.headerData(0, Qt.Orientation.Vertical).endswith(" · ⚑ disputed")


@pytest.mark.model
def test_a_mark_set_in_the_fact_sidebar_shows_in_the_story_view(qtbot, story_window):
    model = story_window.story_view.model
    index = _cell(model, "conflict")
    key = (model.row_number(index), index.column())
    table = _focus(qtbot, story_window, index)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the pair, side by side, the cell's match current
    qtbot.waitUntil(lambda: story_window.comparison is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: story_window.fact_sidebar.current_match() is not None)
    assert story_window.fact_sidebar.mark_current("confirmed", "wire and rival checked")
    qtbot.waitUntil(lambda: _marked(story_window, *key, "confirmed"), timeout=WAIT)
