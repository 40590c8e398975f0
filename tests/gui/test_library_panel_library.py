"""The library panel fed from a real library, the way the window wires it."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.application.samples import load_sample_story
from parallax.library import open_library
from parallax.ui.library_model import SNIPPET_HTML_ROLE, SNIPPET_MARKS
from parallax.ui.library_panel import LibraryPanel


@pytest.fixture
def db(library_path: Path):
    with open_library(library_path) as db:
        load_sample_story(db)
        yield db


@pytest.fixture
def panel(qtbot, db) -> LibraryPanel:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.search_requested.connect(
        lambda query: (
            panel.set_search_results(db.search(query, marks=SNIPPET_MARKS))
            if query
            else panel.set_articles(db.articles())
        )
    )
    panel.story_chosen.connect(lambda name: panel.set_articles(db.articles(story=name)))
    panel.set_articles(db.articles())
    panel.set_stories(db.stories())
    return panel


def test_search_finds_an_article_with_a_bold_snippet(qtbot, panel):
    with qtbot.waitSignal(panel.search_requested):
        qtbot.keyClicks(panel.search_box, "fourth")
    model = panel.view.model()
    assert model.rowCount() >= 1
    assert "<b>fourth</b>" in model.index(0, 4).data(SNIPPET_HTML_ROLE).casefold()


def test_choosing_the_sample_story_lists_its_articles(panel, db):
    (story,) = db.stories()
    panel.story_box.setCurrentIndex(1)
    assert panel.view.model().rowCount() == len(story.article_ids)
    panel.story_box.setCurrentIndex(0)
    assert panel.view.model().rowCount() == db.count()
