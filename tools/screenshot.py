"""Renders the main window on the sample story offscreen and saves docs/screenshot.png."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from parallax.library import open_library
from parallax.samples import SAMPLE_STORY, load_sample_story
from parallax.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library.db"
        with open_library(library) as db:
            articles = db.articles(story=load_sample_story(db).name)
        window = MainWindow(library)
        window.resize(1600, 900)
        window.show_library(articles, story=SAMPLE_STORY)
        window.show()
        _wait(lambda: window.comparison is not None and not window.workers)
        app.processEvents()
        window.grab().save(str(OUT))
    print(OUT)
    return 0


def _wait(done, timeout_ms: int = 60_000) -> None:
    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: done() and loop.quit())
    timer.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    raise SystemExit(main())
