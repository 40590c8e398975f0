"""Renders the main window on the sample story offscreen and saves docs/screenshot.png.

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
        dialog = _open_dialog(window, args.dialog, articles)
        app.processEvents()
        _grab(window, dialog).save(str(args.output))
        QApplication.clipboard().clear()  # mime data left there crashes PySide6 at exit
    print(args.output)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialog", choices=("edit", "paste"), help="open this dialog too")
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
