"""Article text and file names show as the characters they are: no heading, image or link."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from parallax.model import Article, Fact, Match, SearchHit
from parallax.ui.details_form import DetailsForm
from parallax.ui.fact_model import FactTreeModel
from parallax.ui.library_model import LibraryModel
from parallax.ui.library_panel import LibraryPanel
from parallax.ui.main_window import MainWindow

HOSTILE = "<h1>X</h1><img src=file:///etc/passwd>"
TEXT = f"Officials said {HOSTILE} on Monday."


def _shown(tip: str) -> QTextDocument:
    """What Qt shows for a tooltip or AutoText label: HTML when it looks like HTML."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document


def _assert_literal(tip: str, expected: str = HOSTILE) -> None:
    document = _shown(tip)
    assert expected in document.toPlainText()
    assert "<img" not in document.toHtml()  # no image element: the characters are text
    assert "<h1" not in document.toHtml()


def _article(**fields) -> Article:
    return Article(id="a1", sha256="ab" * 32, text=TEXT, words=6, **fields)


def test_library_tooltips_show_a_hostile_title_as_text(qtbot):
    model = LibraryModel([_article(title=HOSTILE, outlet=HOSTILE)])
    for column in range(model.columnCount()):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        _assert_literal(tip)


def test_search_snippet_tooltips_show_article_text_as_text(qtbot):
    model = LibraryModel()
    model.set_hits([SearchHit(_article(title="Plain"), f"said [{HOSTILE}] on", 1.0)])
    column = model.columnCount() - 1
    _assert_literal(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))


def test_fact_tooltips_show_a_hostile_quote_as_text(qtbot):
    start = TEXT.index(HOSTILE)
    quote = Fact("q1", "quote", HOSTILE, start, start + len(HOSTILE), 0, speaker=HOSTILE)
    model = FactTreeModel([Match("only_a", "quote", quote, None, HOSTILE)])
    groups = [model.index(row, 0) for row in range(model.rowCount())]
    group = next(group for group in groups if model.rowCount(group))
    for cell in (model.index(0, column, group) for column in (1, 3)):  # the quote, the note
        _assert_literal(cell.data(Qt.ItemDataRole.ToolTipRole))


def test_labels_that_show_typed_text_are_plain(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.search_box.setText(HOSTILE)
    panel.set_search_results([])
    assert panel.results_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in panel.results_label.text()
    form = DetailsForm()
    qtbot.addWidget(form)
    form.set_values({"published": HOSTILE})
    assert form.checked_values() is None
    assert form.message.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("name", ["<a href=https:example.invalid>open me<a>.txt"])
def test_an_error_naming_a_hostile_file_is_plain_text(qtbot, library_path: Path, tmp_path, name):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    bad = tmp_path / name
    bad.write_bytes(b"")
    window.import_files([bad])
    qtbot.waitUntil(lambda: bool(getattr(window, "last_error", "")), timeout=30_000)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes, "the error is shown in a message box"
    box = boxes[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<a href=https:example.invalid>" in box.text()
    for label in box.findChildren(QLabel):
        assert not label.openExternalLinks() or label.textFormat() == Qt.TextFormat.PlainText
    for status in (window.model_label, window.summary_label):
        assert status.textFormat() == Qt.TextFormat.PlainText
