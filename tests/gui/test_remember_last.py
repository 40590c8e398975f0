"""The reader remembers the story and the pair shown last, and opens on them again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from parallax import app
from parallax.ingest import read_path
from parallax.library import open_library
from parallax.ui.main_window import LAST_PAIR_KEY, MainWindow

from support import SAMPLES

WAIT = 60_000
SAMPLE_FILES = sorted(SAMPLES.glob("*.*"))[:3]


def _open(qtbot, *args: str) -> MainWindow:
    """Start the reader as `parallax ARGS` does; the window it opened, once it compared."""
    assert app.main(list(args), run_loop=False) == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: window.comparison is not None and not window.workers, timeout=WAIT)
    return window


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


def _shown(window: MainWindow) -> set[str]:
    return {window.comparison.a.id, window.comparison.b.id}


def test_the_last_story_and_pair_come_back_on_the_next_start(qtbot, library_path: Path):
    with open_library(library_path) as db:
        ids = [db.add(read_path(path))[0].id for path in SAMPLE_FILES]
        db.add_to_story("Floods", ids)
    first = _open(qtbot, "--library", str(library_path))
    first.library_panel.story_chosen.emit("Floods")
    first.compare(ids[1], ids[2])  # the journalist moves on to the later pair
    qtbot.waitUntil(lambda: _shown(first) == {ids[1], ids[2]} and not first.workers, timeout=WAIT)
    _close_windows()

    again = _open(qtbot, "--library", str(library_path))
    assert _shown(again) == {ids[1], ids[2]}
    qtbot.waitUntil(lambda: again.library_panel.current_story() == "Floods", timeout=WAIT)
    qtbot.waitUntil(lambda: not again.workers, timeout=WAIT)
    _close_windows()


def test_files_named_on_the_command_line_win_over_the_last_pair(qtbot, library_path: Path):
    with open_library(library_path) as db:
        ids = [db.add(read_path(path))[0].id for path in SAMPLE_FILES]
    QSettings().setValue(LAST_PAIR_KEY, [ids[1], ids[2]])
    window = _open(qtbot, "--library", str(library_path), *map(str, SAMPLE_FILES[:2]))
    assert _shown(window) == {ids[0], ids[1]}
    _close_windows()


def test_the_last_export_opens_in_the_desktop_s_program(qtbot, library_path, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    with open_library(library_path) as db:
        for path in SAMPLE_FILES[:2]:
            db.add(read_path(path))
    window = _open(qtbot, "--library", str(library_path))
    assert not window.open_export_action.isEnabled()  # nothing exported yet
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    report = tmp_path / "report.html"
    window.export_comparison(report)
    assert window.open_export_action.isEnabled()
    assert "Open Last Export" in window.statusBar().currentMessage()
    window.open_export_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(report)]
    _close_windows()
