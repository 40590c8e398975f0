"""Paste Text as Article…: a browser's copy (HTML and text) read as a page, details to correct."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLabel

from parallax.library import open_library
from parallax.ui.main_window import MainWindow
from parallax.ui.paste_dialog import PasteDialog

from support import snapshot

WAIT = 60_000

# A page fragment as a browser copies a selection: written for this test, not taken from a site.
PAGE = """<meta http-equiv="content-type" content="text/html; charset=utf-8">
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<h1>Floodwater reaches Orsk as the river breaks its banks</h1>
<p class="byline">By Ana Petrova</p><time datetime="2024-10-22">October 22, 2024</time>
<p>Rescue teams reached the village of Orsk on Monday after the river broke its banks,
officials said.</p>
<p>At least 12 people were hurt and 300 were moved to the school, the regional governor said on
Tuesday.</p>
<p>“We will not leave anyone behind,” Mayor Ines Dalca told reporters outside the town hall.</p>
<footer><a href="/subscribe">Subscribe</a> <a href="/privacy">Privacy</a></footer>
"""
# What the same copy gives as plain text: the menu and footer come with it.
PLAIN = """Home World Sport
Floodwater reaches Orsk as the river breaks its banks
By Ana Petrova
October 22, 2024
Rescue teams reached the village of Orsk on Monday after the river broke its banks.
At least 12 people were hurt and 300 were moved to the school, the governor said on Tuesday.
“We will not leave anyone behind,” Mayor Ines Dalca told reporters outside the town hall.
Subscribe Privacy
"""


def _mime(html: str | None, text: str | None) -> QMimeData:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    return mime


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp):
    """Mime data a test puts on the clipboard must be gone before the application: with it still
    there, PySide6 6.11 crashes the interpreter at exit (status 139; seen here)."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def window(qtbot, library_path: Path) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    return window


def _paste(qtbot, window: MainWindow, html: str | None, text: str | None) -> PasteDialog:
    QApplication.clipboard().setMimeData(_mime(html, text))
    dialog = window.on_paste_triggered()
    qtbot.waitExposed(dialog)
    return dialog


def _save(qtbot, window: MainWindow, dialog: PasteDialog, library_path: Path):
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Imported 1" in window.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    with open_library(library_path) as db:
        (article,) = db.articles()
        return article, db.original(article.id)


def _source(dialog: PasteDialog) -> str:
    """What the dialog says about where the text came from."""
    return dialog.findChild(QLabel, "pasteSource").text()


@pytest.fixture
def bare_dialog(qtbot) -> PasteDialog:
    """The dialog on its own, opened with nothing pasted."""
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_a_copied_page_is_read_as_html_and_its_details_shown_to_correct(
    qtbot, window, library_path
):
    dialog = _paste(qtbot, window, PAGE, PLAIN)
    assert dialog.reading_page()
    assert dialog.title_edit.text() == "Floodwater reaches Orsk as the river breaks its banks"
    assert dialog.date_edit.text() == "2024-10-22"
    assert "Ana Petrova" in dialog.byline_edit.text()
    shown = dialog.text_edit.toPlainText()
    assert shown.startswith("Rescue teams reached the village of Orsk")
    assert "Subscribe" not in shown and "Sport" not in shown  # the page's furniture is left out
    assert "copied page" in _source(dialog)
    dialog.outlet_edit.setText("Valley Radio")  # the reader corrects and completes the details
    dialog.byline_edit.setText("Ana Petrova")
    dialog.url_edit.setText("https://valley.example/orsk")
    article, original = _save(qtbot, window, dialog, library_path)
    assert original == PAGE.encode("utf-8")  # the page is the original, hashed
    assert article.sha256 == hashlib.sha256(original).hexdigest()
    assert (article.format, article.text) == ("html", shown)
    assert (article.title, article.outlet, article.byline, article.published, article.url) == (
        "Floodwater reaches Orsk as the river breaks its banks",
        "Valley Radio",
        "Ana Petrova",
        "2024-10-22",
        "https://valley.example/orsk",
    )


def test_a_detail_cleared_in_the_dialog_stays_empty(qtbot, window, library_path):
    dialog = _paste(qtbot, window, PAGE, PLAIN)
    dialog.date_edit.clear()
    article, _ = _save(qtbot, window, dialog, library_path)
    assert article.published is None and article.title.startswith("Floodwater")


def test_plain_text_alone_is_read_as_text(qtbot, window, library_path):
    text = "Rescue teams reached the village of Orsk on Monday, officials said.\n"
    dialog = _paste(qtbot, window, None, text)
    assert not dialog.reading_page()
    assert dialog.text_edit.toPlainText() == text
    assert "copied page" not in _source(dialog)
    dialog.title_edit.setText("Orsk reached")
    article, original = _save(qtbot, window, dialog, library_path)
    assert original == text.encode("utf-8")
    assert (article.format, article.title) == ("stdin", "Orsk reached")


def test_a_page_with_no_article_falls_back_to_its_plain_text(qtbot, window, library_path):
    text = "Rescue teams reached the village of Orsk on Monday, officials said."
    dialog = _paste(qtbot, window, "<nav><a href='/'>Home</a></nav>", text)
    assert not dialog.reading_page()
    assert dialog.text_edit.toPlainText() == text
    assert "held no article text" in _source(dialog)
    article, original = _save(qtbot, window, dialog, library_path)
    assert (article.format, original) == ("stdin", text.encode("utf-8"))


def test_editing_the_recovered_text_stores_the_text_as_shown(qtbot, window, library_path):
    dialog = _paste(qtbot, window, PAGE, PLAIN)
    dialog.text_edit.appendPlainText("Added by hand.")
    assert not dialog.reading_page()
    assert "copied page" not in _source(dialog)
    title = dialog.title_edit.text()
    article, original = _save(qtbot, window, dialog, library_path)
    assert original.decode("utf-8").endswith("Added by hand.")
    assert article.format == "stdin" and article.title == title


def test_the_plain_text_can_be_chosen_instead_of_the_page(qtbot, window):
    dialog = _paste(qtbot, window, PAGE, PLAIN)
    assert dialog.plain_button.isVisible()
    dialog.plain_button.click()
    assert not dialog.reading_page()
    assert dialog.text_edit.toPlainText() == PLAIN
    assert dialog.pasted().html is None
    assert not dialog.plain_button.isVisible()


def test_pasting_a_page_into_the_text_box_reads_it_as_a_page(qtbot, bare_dialog):
    dialog = bare_dialog
    assert dialog.text_edit.toPlainText() == ""
    QApplication.clipboard().setMimeData(_mime(PAGE, PLAIN))
    dialog.text_edit.setFocus()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.reading_page()
    assert dialog.title_edit.text().startswith("Floodwater reaches Orsk")


def test_typed_text_fills_details_it_holds_but_never_overwrites_what_the_user_typed(
    qtbot, bare_dialog
):
    dialog = bare_dialog
    dialog.title_edit.setText("My own headline")
    qtbot.keyClicks(dialog.text_edit, "KYIV, Oct 22 (Valley Radio) - Rescue teams arrived.")
    qtbot.waitUntil(lambda: dialog.outlet_edit.text() == "Valley Radio")  # the dateline's
    assert dialog.title_edit.text() == "My own headline"
    dialog.outlet_edit.setText("Valley Radio News")
    qtbot.keyClicks(dialog.text_edit, " More came.")
    qtbot.waitUntil(lambda: not dialog.reread_timer.isActive())
    assert dialog.outlet_edit.text() == "Valley Radio News"
    assert dialog.pasted().text.startswith("KYIV, Oct 22")


def test_a_bad_date_keeps_the_paste_dialog_open(qtbot, window, library_path):
    before = snapshot(library_path.parent)
    dialog = _paste(qtbot, window, PAGE, PLAIN)
    dialog.date_edit.setText("Oct 22")
    dialog.accept()
    assert dialog.isVisible()
    assert "YYYY-MM-DD" in dialog.findChild(QLabel, "detailsMessage").text()
    dialog.reject()
    assert not window.workers and snapshot(library_path.parent) == before
