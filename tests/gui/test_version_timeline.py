"""The version timeline: a story's versions stepped through pair by pair, by keys, slider, menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from parallax.application.importing import import_text
from parallax.application.progress import run_to_end
from parallax.application.samples import SAMPLE_STORY, load_sample_story
from parallax.library import open_library
from parallax.ui.main_window import MainWindow
from parallax.ui.menus import shortcut_rows
from parallax.ui.version_timeline import step_counts

pytestmark = pytest.mark.model
WAIT = 60_000  # the first comparison loads the NLP model


@pytest.fixture
def versions(library_path: Path):
    """The sample story's three articles in publication order: wire, rival, corrected wire."""
    with open_library(library_path) as db:
        articles = db.articles(story=load_sample_story(db).name)
    return sorted(articles, key=lambda a: a.published)


@pytest.fixture
def window(qtbot, library_path: Path, versions) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(versions, story=SAMPLE_STORY)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    return window


def _shown(window: MainWindow) -> tuple[str, str]:
    """The ids of the two articles the compare view shows, A then B."""
    view = window.compare_view
    return view.column_a.article.id, view.column_b.article.id


def _wait_for_pair(qtbot, window: MainWindow, a, b) -> None:
    qtbot.waitUntil(lambda: _shown(window) == (a.id, b.id), timeout=WAIT)
    qtbot.waitUntil(lambda: window.comparison.b.id == b.id, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)


def test_the_sample_story_shows_two_steps_the_first_with_its_counts(window, versions):
    timeline = window.findChild(QWidget, "versionTimeline")
    assert timeline is window.version_timeline
    assert timeline.accessibleName() == "versionTimeline"
    assert timeline.isVisible()
    assert timeline.step_count() == 2
    assert timeline.label.text() == "v1 → v2 of 3"
    assert _shown(window) == (versions[0].id, versions[1].id)
    counts = timeline.counts_label.text()
    assert counts == step_counts(window.comparison)
    assert "conflict" in counts and "word change" in counts  # the sample's rival disagrees


def test_keys_step_forward_and_back_through_the_versions(qtbot, window, versions):
    timeline = window.version_timeline
    window.compare_view.pane_a.setFocus()  # the keys work from the text, where a reader is
    qtbot.keyClick(window.compare_view.pane_a, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    _wait_for_pair(qtbot, window, versions[1], versions[2])
    assert timeline.label.text() == "v2 → v3 of 3"
    assert timeline.counts_label.text() == step_counts(window.comparison)
    assert not timeline.next_action.isEnabled()  # the last step
    qtbot.keyClick(window.compare_view.pane_a, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    _wait_for_pair(qtbot, window, versions[0], versions[1])
    assert timeline.label.text() == "v1 → v2 of 3"
    assert not timeline.previous_action.isEnabled()  # the first step
    qtbot.keyClick(
        window.compare_view.pane_b, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier
    )
    _wait_for_pair(qtbot, window, versions[1], versions[2])


def test_the_slider_moves_between_the_steps(qtbot, window, versions):
    slider = window.version_timeline.slider
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, 1, 0)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    _wait_for_pair(qtbot, window, versions[1], versions[2])
    assert window.version_timeline.label.text() == "v2 → v3 of 3"
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    _wait_for_pair(qtbot, window, versions[0], versions[1])
    assert slider.value() == 0


def test_the_slider_follows_a_step_chosen_in_the_library(qtbot, window, versions):
    window.compare(versions[1].id, versions[2].id)
    _wait_for_pair(qtbot, window, versions[1], versions[2])
    assert window.version_timeline.slider.value() == 1
    assert window.version_timeline.label.text() == "v2 → v3 of 3"


def test_the_go_menu_names_the_steps_and_their_keys(window):
    rows = shortcut_rows(window.menuBar())
    assert ("Go", "Next Version", "Alt+PgDown, Ctrl+]") in rows
    assert ("Go", "Previous Version", "Alt+PgUp, Ctrl+[") in rows


def test_a_story_of_one_article_hides_the_timeline(qtbot, library_path: Path):
    run_to_end(import_text(library_path, "A lone report of a fire.", story="Lone fire"))
    with open_library(library_path) as db:
        articles = db.articles(story="Lone fire")
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(articles, story="Lone fire")
    window.show()
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert window.library_panel.current_story() == "Lone fire"
    assert not window.version_timeline.isVisible()
    assert not window.version_timeline.next_action.isEnabled()
    assert window.comparison is None  # pressing the key compares nothing
    window.version_timeline.next_action.trigger()
    assert not window.workers


def test_versions_go_by_publication_date_not_by_the_order_they_joined_the_story(
    qtbot, library_path: Path
):
    for text, published in (
        ("Undated follow-up: the bridge reopened.", None),
        ("Second day: the bridge stays shut.", "2024-03-02"),
        ("First day: a bridge closed by floods.", "2024-03-01"),
    ):
        run_to_end(import_text(library_path, text, published=published, story="Bridge"))
    with open_library(library_path) as db:
        joined = db.articles(story="Bridge")
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show_library(joined, story="Bridge")
    window.show()
    qtbot.waitUntil(lambda: window.version_timeline.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    first, second, undated = joined[2], joined[1], joined[0]
    timeline = window.version_timeline
    assert timeline.pair(0) == (first.id, second.id)
    assert timeline.pair(1) == (second.id, undated.id)
    timeline.next_action.trigger()  # the story's first pair was not a step: v1 → v2 first
    qtbot.waitUntil(lambda: window.comparison.a.id == first.id, timeout=WAIT)
    assert timeline.label.text() == "v1 → v2 of 3"


def test_a_step_taken_from_the_story_view_shows_its_pair_side_by_side(qtbot, window, versions):
    window.open_story_view()
    qtbot.waitUntil(lambda: window.centre.currentWidget() is window.story_view, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    window.story_view.table.setFocus()
    qtbot.keyClick(window.story_view.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    _wait_for_pair(qtbot, window, versions[1], versions[2])
    assert window.centre.currentWidget() is window.compare_view
    assert window.version_timeline.isVisible()
