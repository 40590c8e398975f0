"""The reader window on the sample story: library table, two panes, selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView

from parallax import app
from parallax.library import open_library
from parallax.samples import SAMPLE_STORY, load_sample_story
from parallax.ui.article_table import ArticleTableModel
from parallax.ui.main_window import MainWindow


@pytest.fixture
def sample_articles(library_path: Path):
    with open_library(library_path) as db:
        story = load_sample_story(db)
        return db.articles(story=story.name)


@pytest.fixture
def window(qtbot, sample_articles) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_library(sample_articles, title=SAMPLE_STORY)
    return window


def test_table_model_passes_qt_model_checks(qtmodeltester, sample_articles):
    qtmodeltester.check(ArticleTableModel(sample_articles))


def test_opens_the_first_two_articles_side_by_side(window, sample_articles):
    pane_a = window.findChild(QPlainTextEdit, "paneA")
    pane_b = window.findChild(QPlainTextEdit, "paneB")
    assert pane_a.toPlainText() == sample_articles[0].text
    assert pane_b.toPlainText() == sample_articles[1].text
    assert pane_a.isReadOnly() and pane_b.isReadOnly()
    assert SAMPLE_STORY in window.windowTitle()


def test_selecting_two_rows_compares_them(window, sample_articles):
    view = window.findChild(QTableView, "libraryView")
    assert view.model().rowCount() == 3
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(view.model().index(0, 0), flags)
    view.selectionModel().select(view.model().index(2, 0), flags)
    assert window.pane_a.article == sample_articles[0]
    assert window.pane_b.article == sample_articles[2]
    assert sample_articles[2].sha256 in window.pane_b.header.toolTip()


def test_make_run_entry_point_opens_the_sample_story(qapp, library_path: Path):
    assert app.main(["--sample", "--library", str(library_path)], run_loop=False) == 0
    with open_library(library_path) as db:
        assert len(db.articles(story=SAMPLE_STORY)) == 3
    assert app.main(["--sample", "--library", str(library_path)], run_loop=False) == 0
    with open_library(library_path) as db:
        assert db.count() == 3


def test_two_files_on_the_command_line_open_side_by_side(qapp, library_path: Path):
    from support import SAMPLES

    shown = []
    QTimer.singleShot(0, lambda: shown.extend(_pane_titles()))
    QTimer.singleShot(0, QApplication.instance().quit)
    files = [str(SAMPLES / "2-harbour-post.html"), str(SAMPLES / "1-northline-wire.txt")]
    assert app.main([*files, "--library", str(library_path)]) == 0
    assert shown[0].startswith("Brenner Valley flood toll") and shown[1].startswith(
        "Floods kill 65"
    )


def test_a_file_that_cannot_be_read_fails_with_one_message(
    qapp, library_path: Path, tmp_path, capsys
):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert app.main([str(empty), "--library", str(library_path)], run_loop=False) == 1
    assert capsys.readouterr().err.strip() == f"parallax: error: {empty}: the file is empty"


def _pane_titles() -> list[str]:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[-1]
    for other in windows:
        other.close()
        other.deleteLater()
    return [window.pane_a.article.title, window.pane_b.article.title]
