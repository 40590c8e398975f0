"""Starts Qt and the main window on the articles that `parallax.app` chose to open."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from parallax import errors
from parallax.model import Article
from parallax.ui.main_window import MainWindow


def run_reader(
    load: Callable[[Path | None], tuple[Sequence[Article], str | None]],
    *,
    library: Path | None = None,
    run_loop: bool = True,
    restore: bool = False,
) -> int:
    """Open the window on what `load()` returns; a ParallaxError is shown, not raised.

    `restore`: bring back the story and pair shown last (the reader opened on the whole
    library, not on files or the sample). With `run_loop` False the window is shown and 0
    returned without entering Qt's event loop (tests: once `exec()` has returned, Qt treats the
    application as closing).
    """
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Parallax")
    app.setOrganizationName("Parallax")  # QSettings: ~/.config/Parallax/Parallax.conf
    library = library or _last_library()
    window = MainWindow(library)
    try:
        articles, story = load(library)
    except errors.ParallaxError as error:
        print(f"parallax: error: {error}", file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            window.show_error(str(error))
        return 1
    if library is not None:
        QSettings().setValue("library/last", str(library))
    window.show_library(articles, story=story, restore=restore)
    window.show()
    return app.exec() if run_loop else 0


def _last_library() -> Path | None:
    """The library the reader used last, when neither --library nor PARALLAX_LIBRARY names
    one (the command line always uses those or the default)."""
    if os.environ.get("PARALLAX_LIBRARY"):
        return None
    last = QSettings().value("library/last")
    return Path(last) if last and Path(last).exists() else None
