"""Two comparisons requested one after the other: the window shows the later one, always."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.application.analyses import ArticlesRead, compare_in_library
from parallax.application.progress import run_to_end
from parallax.application.samples import load_sample_story
from parallax.library import open_library
from parallax.ui.main_window import MainWindow

pytestmark = pytest.mark.model
WAIT = 60_000  # the first comparison loads the NLP model


@pytest.fixture
def articles(library_path: Path):
    with open_library(library_path) as db:
        return db.articles(story=load_sample_story(db).name)


def _shown(window: MainWindow, articles) -> tuple[str, str]:
    """The comparison the window holds, checked against what pane B really shows."""
    by_text = {article.text: article.id for article in articles}
    assert by_text[window.compare_view.pane_b.toPlainText()] == window.comparison.b.id
    return window.comparison.a.id, window.comparison.b.id


def test_an_older_comparison_finishing_last_does_not_replace_the_newer(
    qtbot, library_path, articles
):
    wire, rival, corrected = (article.id for article in articles)
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    first = window.compare(wire, corrected)
    second = window.compare(wire, rival)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert _shown(window, articles) == (wire, rival)
    # Threads finish in any order: deliver the first request's result last, as a slow worker
    # would, through the worker's own signal.
    older = run_to_end(compare_in_library(library_path, wire, corrected))
    first.progressed.emit(ArticlesRead(older.a, older.b))  # its texts, then its result
    first.finished.emit(older)
    assert _shown(window, articles) == (wire, rival)
    # and the next request is shown: dropping is by request, not by article pair
    with qtbot.waitSignal(window.compare(wire, corrected).finished, timeout=WAIT):
        pass
    assert _shown(window, articles) == (wire, corrected)
    assert not second.running
