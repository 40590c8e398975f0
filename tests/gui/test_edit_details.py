"""Edit Details…: a journalist corrects an article's headline, outlet, byline, date and URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from parallax.application.importing import import_text
from parallax.application.progress import run_to_end
from parallax.library import open_library
from parallax.model import Article
from parallax.ui.article_pane import ArticlePane
from parallax.ui.details_dialog import DetailsDialog
from parallax.ui.library_model import LibraryModel
from parallax.ui.main_window import MainWindow

from support import snapshot

WAIT = 60_000
TEXT = "Rescue teams reached Orsk on Monday, officials said. At least 12 people were hurt."


@pytest.fixture
def stored(library_path: Path) -> Article:
    result = run_to_end(import_text(library_path, TEXT, title="Orsk", outlet="Wire"))
    ((article, _created),) = result.stored
    return article


@pytest.fixture
def window(qtbot, library_path: Path, stored: Article) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show()
    window._select_after_listing = [stored.id]
    window.refresh_stories(None)
    qtbot.waitUntil(lambda: window.library_panel.selected_ids() == [stored.id], timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    return window


def _open_dialog(qtbot, window: MainWindow) -> DetailsDialog:
    window.library_panel.edit_action.trigger()
    dialog = window.findChild(DetailsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.edits["title"])
    return dialog


def _type(qtbot, text: str) -> None:
    """Type into the focused field as a user does: select all, then type over it."""
    widget = QApplication.focusWidget()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _press(qtbot, key: Qt.Key) -> None:
    """Press `key` in the focused widget."""
    qtbot.keyClick(QApplication.focusWidget(), key)


def _tab(qtbot) -> None:
    _press(qtbot, Qt.Key.Key_Tab)


def test_the_dialog_is_prefilled_with_the_article_s_details(qtbot, stored: Article):
    dialog = DetailsDialog(stored.replace(byline="Ana Petrova", published="2024-10-22"))
    qtbot.addWidget(dialog)
    assert dialog.form.values() == {
        "title": "Orsk",
        "outlet": "Wire",
        "byline": "Ana Petrova",
        "published": "2024-10-22",
        "url": None,
    }
    assert dialog.changes() == {}


def test_edit_details_by_keyboard_tab_between_fields_and_enter_saves(
    qtbot, window: MainWindow, library_path: Path, stored: Article
):
    dialog = _open_dialog(qtbot, window)
    _type(qtbot, "Floods reach Orsk")
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.form.edits["outlet"]
    _type(qtbot, "")  # cleared
    _press(qtbot, Qt.Key.Key_Delete)
    _tab(qtbot)
    _type(qtbot, "Ana Petrova")
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.form.edits["published"]
    _type(qtbot, "2024-10-22")
    _tab(qtbot)
    _type(qtbot, "https://valley.example/orsk")
    _press(qtbot, Qt.Key.Key_Return)
    status = window.statusBar()
    qtbot.waitUntil(lambda: "Saved the details" in status.currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    with open_library(library_path) as db:
        edited = db.get(stored.id)
        assert db.original(stored.id) == TEXT.encode()
    assert edited == stored.replace(
        title="Floods reach Orsk",
        outlet=None,
        byline="Ana Petrova",
        published="2024-10-22",
        url="https://valley.example/orsk",
    )
    panel = window.library_panel
    assert panel.selected_ids() == [stored.id]
    assert panel.model.article(0).title == "Floods reach Orsk"


def test_a_bad_date_keeps_the_dialog_open_with_a_message(
    qtbot, window: MainWindow, library_path: Path
):
    before = snapshot(library_path.parent)
    dialog = _open_dialog(qtbot, window)
    for _ in range(3):
        _tab(qtbot)
    _type(qtbot, "22/10/2024")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    message = dialog.findChild(QLabel, "detailsMessage")
    assert message.isVisible() and "YYYY-MM-DD" in message.text()
    assert QApplication.focusWidget() is dialog.form.edits["published"]
    qtbot.keyClicks(dialog.form.edits["published"], "x")
    assert not message.isVisible()  # typing again clears the complaint
    _press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert snapshot(library_path.parent) == before


def test_cancel_changes_nothing(qtbot, window: MainWindow, library_path: Path):
    before = snapshot(library_path.parent)
    dialog = _open_dialog(qtbot, window)
    _type(qtbot, "Another headline")
    dialog.reject()
    assert not window.workers
    assert snapshot(library_path.parent) == before


def test_edit_needs_one_selected_article(qtbot, window: MainWindow):
    panel = window.library_panel
    panel.view.clearSelection()
    assert not panel.edit_action.isEnabled()
    with qtbot.waitSignal(panel.hint):
        panel.on_edit_action_triggered()
    assert window.findChild(DetailsDialog) is None


def test_edit_details_is_in_the_library_menu_with_f2(window: MainWindow):
    from parallax.ui.menus import shortcut_rows

    assert ("Library", "Edit Details…", "F2") in shortcut_rows(window.menuBar())
    assert window.library_panel.edit_action in window.library_panel.view.actions()  # context


def test_an_article_without_a_headline_shows_its_first_words_in_grey_italics(
    qtmodeltester, stored: Article
):
    untitled = stored.replace(title=None)
    model = LibraryModel([stored, untitled])
    qtmodeltester.check(model)
    cell = model.index(1, 0)
    assert cell.data() == "Rescue teams reached Orsk on Monday, officials said."
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("No headline: the first words")
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("[no headline] Rescue")
    titled = model.index(0, 0)
    assert titled.data() == "Orsk" and titled.data(Qt.ItemDataRole.FontRole) is None
    assert "(untitled)" not in str(cell.data(Qt.ItemDataRole.ToolTipRole))


def test_a_pane_header_says_when_there_is_no_headline(qtbot, stored: Article):
    pane = ArticlePane("paneA")
    qtbot.addWidget(pane)
    pane.show_article(stored.replace(title=None))
    assert "no headline:" in pane.header.text()
    assert "<i>Rescue teams reached Orsk" in pane.header.text()
    assert pane.header.toolTip().startswith("No headline")
    pane.show_article(stored)
    assert "no headline" not in pane.header.text() and "<b>Orsk</b>" in pane.header.text()


@pytest.mark.model
def test_an_edit_updates_the_open_comparison_and_re_dates_its_facts(qtbot, library_path: Path):
    from parallax.application.samples import SAMPLE_STORY, load_sample_story

    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(articles, story=SAMPLE_STORY)
    qtbot.waitUntil(lambda: window.comparison is not None and not window.workers, timeout=WAIT)
    a = window.comparison.a

    def tuesday() -> str:
        matches = window.comparison.matches
        facts = [m.a for m in matches if m.a is not None and m.a.kind == "date"]
        return next(f.value for f in facts if f.text == "Tuesday")

    assert tuesday() == "2024-10-22"
    before = window.comparison
    window.save_details(a.id, {"title": "Wire: floods", "published": "2024-10-30"})
    qtbot.waitUntil(lambda: window.comparison is not before and not window.workers, timeout=WAIT)
    assert "<b>Wire: floods</b>" in window.compare_view.column_a.header.text()
    assert window.comparison.a.published == "2024-10-30"
    assert tuesday() == "2024-10-29"
