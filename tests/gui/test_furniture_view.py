"""Page furniture in the reader: greyed out in the panes, and flipped line by line by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from parallax.compare import navigate
from parallax.ingest import read_path
from parallax.library import open_library
from parallax.ui import palette
from parallax.ui.furniture_flip import TO_FURNITURE, TO_STORY, line_span
from parallax.ui.main_window import MainWindow

WAIT = 60_000
WEB_COPY = Path(__file__).resolve().parents[1] / "data" / "pasted" / "web-copy.txt"
CREDIT = "With input from Reuters, the Associated Press and the local broadcaster Ellery FM."


@pytest.fixture
def window(qtbot, library_path: Path, tmp_path: Path) -> MainWindow:
    rival = tmp_path / "rival.txt"
    text = WEB_COPY.read_text("utf-8").replace("Asia Eastern Europe", "World Business Sport")
    rival.write_text(text.replace("$12 million", "$14 million"), "utf-8")
    with open_library(library_path) as db:
        a, _ = db.add(read_path(WEB_COPY))
        b, _ = db.add(read_path(rival))
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show()
    window.compare(a.id, b.id)
    qtbot.waitUntil(lambda: window.comparison is not None and not window.workers, timeout=WAIT)
    return window


def _caret_on(pane, words: str) -> None:
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index(words) + 3)
    pane.setTextCursor(cursor)
    pane.setFocus()


def test_furniture_is_greyed_out_and_nothing_of_the_story_is(window: MainWindow):
    view, article = window.compare_view, window.comparison.a
    muted = palette.CUES["furniture"].color(dark=view.dark)
    document = view.pane_a.document()

    def colour_at(position: int):
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)  # charFormat() is the format of the character before
        return cursor.charFormat().foreground().color()

    menu = article.text.index("Eastern Europe")
    body = article.text.index("The town council")
    assert colour_at(menu) == muted
    assert colour_at(body) != muted
    painted = [r for r in view.highlight_ranges("a") if r[2] == "furniture"]
    assert painted == [(s.start, s.end, "furniture") for s in article.furniture]


def test_a_line_is_flipped_to_story_and_back_by_keyboard(qtbot, window: MainWindow):
    pane = window.compare_view.pane_a
    _caret_on(pane, CREDIT)
    assert window.flipper.action.text() == TO_STORY  # the credit line is furniture
    before = window.comparison

    qtbot.keyClick(
        pane, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.comparison is not before and not window.workers, timeout=WAIT)
    flipped = window.comparison
    start = flipped.a.text.index(CREDIT)
    assert not flipped.a.in_furniture(start, start + len(CREDIT))
    only_a = [d for d in navigate.differences(flipped) if d.category == navigate.ONLY_A]
    assert [flipped.a.text[slice(*d.side_a)] for d in only_a] == [CREDIT]
    assert "story" in window.statusBar().currentMessage()

    _caret_on(pane, CREDIT)
    assert window.flipper.action.text() == TO_FURNITURE
    qtbot.keyClick(
        pane, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.comparison is not flipped and not window.workers, timeout=WAIT)
    assert window.comparison.a.furniture == before.a.furniture  # back as detected
    with open_library(window.library) as db:
        assert db.furniture_flips(before.a.id) == []  # the flip was undone, not stacked


def test_a_story_line_can_be_made_furniture_from_the_context_menu(qtbot, window: MainWindow):
    pane = window.compare_view.pane_b
    _caret_on(pane, "Engineers told the council")
    assert window.flipper.action.text() == TO_FURNITURE
    before = window.comparison
    menu = window.flipper.context_menu("b", pane.cursorRect().center())
    assert window.flipper.action in menu.actions() and window.flipper.action.isEnabled()
    assert pane.textCursor().position() > 0  # the caret went to the line clicked
    menu.close()
    window.flipper.action.trigger()
    qtbot.waitUntil(lambda: window.comparison is not before and not window.workers, timeout=WAIT)
    b = window.comparison.b
    start = b.text.index("Engineers told the council")
    assert b.in_furniture(start, start + 20)
    assert not any(b.in_furniture(f.start, f.end) for f in window.comparison.b_analysis.facts)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("one\n  two  \nthree", 6, 6, "two"),  # caret inside a line: the line, trimmed
        ("one\ntwo\nthree", 0, 5, "one\ntwo"),  # a selection: every line it touches
        ("one\n\nthree", 4, 4, None),  # an empty line: nothing to flip
        ("one\ntwo", 3, 3, "one"),  # caret at the line's end
    ],
)
def test_line_span(text, start, end, expected):
    span = line_span(text, start, end)
    assert (text[slice(*span)] if span else None) == expected
