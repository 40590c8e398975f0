"""Renders the main window on the sample story offscreen and saves docs/screenshot.png.

`--story` saves the story view instead (docs/story-view.png): the sample story's matrix with two
review marks set from its cells as a user would (Ctrl+1 and Ctrl+3 with a note).

`--dialog edit` or `--dialog paste` also opens Edit Details… (on the first article) or Paste
Text as Article… (with the sample HTML report on the clipboard) over the window, and `--size`
and `--output` pick the window size and the file, e.g. to check a dialog's layout at 1280×720:
    python tools/screenshot.py --dialog edit --size 1280x720 --output /tmp/edit.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QMimeData, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from parallax.application.samples import SAMPLE_STORY, load_sample_story
from parallax.library import open_library
from parallax.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"
STORY_OUT = OUT.with_name("story-view.png")
# (row label, the cell's verdict, its note): marks shown in the story view's screenshot
STORY_MARKS = (
    ("people (number)", "disputed", "Police say 65; the hospital counts 72"),
    ("visit (ordinal)", "confirmed", "Ministry confirms the fourth visit"),
)
SAMPLE_PAGE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "2-harbour-post.html"


def main() -> int:
    args = _parser().parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library.db"
        with open_library(library) as db:
            articles = db.articles(story=load_sample_story(db).name)
        window = MainWindow(library)
        window.resize(width, height)
        window.show_library(articles, story=SAMPLE_STORY)
        window.show()
        _wait(lambda: window.comparison is not None and not window.workers)
        if args.story:
            _story_view(window, articles)
            app.processEvents()
            output = STORY_OUT if args.output == OUT else args.output
            window.story_view.grab().save(str(output))
            print(output)
            return 0
        dialog = _open_dialog(window, args.dialog, articles)
        app.processEvents()
        _grab(window, dialog).save(str(args.output))
        QApplication.clipboard().clear()  # mime data left there crashes PySide6 at exit
    print(args.output)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialog", choices=("edit", "paste"), help="open this dialog too")
    parser.add_argument("--story", action="store_true", help="the story view, with two marks")
    parser.add_argument("--size", default="1600x900", help="window size, WxH (1600x900)")
    parser.add_argument("--output", type=Path, default=OUT, help="PNG to write")
    return parser


def _open_dialog(window: MainWindow, which: str | None, articles) -> QWidget | None:
    if which == "edit":
        return window.edit_details(articles[0])
    if which == "paste":
        mime = QMimeData()
        mime.setHtml(SAMPLE_PAGE.read_text(encoding="utf-8"))
        mime.setText("(the plain text a browser copies with the page)")
        QApplication.clipboard().setMimeData(mime)
        return window.on_paste_triggered()
    return None


def _story_view(window: MainWindow, articles) -> None:
    """The story view of the sample articles, with STORY_MARKS set on their rows' first
    conflicting cell that is not the reference, and the first cell current."""
    from parallax.ui.story_model import STATE_ROLE

    window.open_story([article.id for article in articles], story=SAMPLE_STORY)
    _wait(lambda: window.story_view.model.matrix is not None and not window.workers)
    view, model = window.story_view, window.story_view.model
    for label, state, note in STORY_MARKS:
        index = next(
            model.index(row, column)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            if model.row_of(model.index(row, 0)).label == label
            and model.index(row, column).data(STATE_ROLE) == "conflict"
            and view.cell_match(model.index(row, column)) is not None
        )
        view.table.setCurrentIndex(index)
        view.mark_current(state, note)
        _wait(lambda: not window.workers)
    view.table.setCurrentIndex(model.index(0, 0))


def _grab(window: MainWindow, dialog: QWidget | None):
    """The window, with the dialog drawn where it sits over it (offscreen, nothing composes
    top-level windows for us)."""
    image = window.grab()
    if dialog is not None:
        painter = QPainter(image)
        at = dialog.frameGeometry().topLeft() - window.frameGeometry().topLeft()
        painter.drawPixmap(at, dialog.grab())
        painter.end()
    return image


def _wait(done, timeout_ms: int = 60_000) -> None:
    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: done() and loop.quit())
    timer.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    raise SystemExit(main())
