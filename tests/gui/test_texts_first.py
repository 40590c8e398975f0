"""The two texts are on screen before their comparison: the model may still be loading."""

from __future__ import annotations

from pathlib import Path

from parallax.ingest import read_path
from parallax.library import open_library
from parallax.ui.main_window import MainWindow

from support import SAMPLES

WAIT = 60_000


def test_texts_show_before_the_analysis_and_highlights_follow(qtbot, library_path: Path):
    with open_library(library_path) as db:  # imported, never analysed: the model must run
        a, _ = db.add(read_path(SAMPLES / "1-northline-wire.txt"))
        b, _ = db.add(read_path(SAMPLES / "2-harbour-post.html"))
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show()
    seen = []
    view = window.compare_view
    view.texts_shown.connect(
        lambda: seen.append(
            (window.comparison, view.pane_a.toPlainText(), view.pane_b.toPlainText())
        )
    )
    window.compare(a.id, b.id)
    qtbot.waitUntil(lambda: window.comparison is not None and not window.workers, timeout=WAIT)
    first_comparison, text_a, text_b = seen[0]
    assert first_comparison is None  # shown while the facts were still being read
    assert (text_a, text_b) == (a.text, b.text)
    assert view.highlight_ranges("a")  # and the highlights came with the comparison

    again = window.comparison
    window.compare(a.id, b.id)  # the same pair again: its highlights stay until the new ones
    qtbot.waitUntil(lambda: window.comparison is not again and not window.workers, timeout=WAIT)
    assert all(shown is not None for shown, _, _ in seen[2:])
