"""The story view: three sample articles, every claim across them, a cell opens the pair."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from parallax.application.samples import SAMPLE_STORY, load_sample_story
from parallax.library import open_library
from parallax.model import Article, Fact, StoryMatrix, StoryRow
from parallax.ui.main_window import MainWindow
from parallax.ui.story_model import STATE_ROLE, StoryModel
from parallax.ui.story_view import StoryView

WAIT = 60_000  # the first story loads the NLP model


@pytest.fixture
def sample_articles(library_path: Path) -> list[Article]:
    with open_library(library_path) as db:
        return db.articles(story=load_sample_story(db).name)


@pytest.fixture
def window(qtbot, library_path: Path, sample_articles) -> MainWindow:
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.library_panel.set_articles(sample_articles)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def story_window(qtbot, window: MainWindow) -> MainWindow:
    """The window after selecting the three sample articles and pressing Enter."""
    table = window.library_panel.view
    table.selectAll()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    with qtbot.assertNotEmitted(window.library_panel.compare_requested):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.story_view.model.matrix is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    return window


def _statuses(model: StoryModel) -> list[str]:
    return [model.row_of(model.index(r, 0)).status for r in range(model.rowCount())]


@pytest.mark.model
def test_enter_on_three_articles_opens_the_story_view_disputed_first(story_window, sample_articles):
    view = story_window.story_view
    assert story_window.centre.currentWidget() is view and view.isVisible()
    table = story_window.findChild(QWidget, "storyMatrix")
    assert table is view.table and table.accessibleName() == "storyMatrix"
    model = view.model
    assert model.columnCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert all(article.outlet in header for article, header in zip(
        sorted(sample_articles, key=lambda a: a.published or ""), headers, strict=True
    ))  # fmt: skip
    statuses = _statuses(model)
    assert statuses[0] == "disputed"
    first_other = next(n for n, s in enumerate(statuses) if s != "disputed")
    assert "disputed" not in statuses[first_other:]
    conflicts = {model.index(r, c).data(STATE_ROLE) for r in range(first_other) for c in range(3)}
    assert "conflict" in conflicts


@pytest.mark.model
def test_the_kind_and_status_filters_hide_rows(story_window):
    view = story_window.story_view
    model = view.model
    total = model.rowCount()
    view.set_filters(status="disputed")
    assert 0 < model.rowCount() < total
    assert set(_statuses(model)) == {"disputed"}
    view.set_filters()
    assert model.rowCount() == total
    kind = model.row_of(model.index(0, 0)).kind
    view.set_filters(kind=kind)
    kinds = {model.row_of(model.index(r, 0)).kind for r in range(model.rowCount())}
    assert kinds == {kind} and model.rowCount() < total


@pytest.mark.model
def test_enter_on_a_conflict_cell_opens_the_pair_with_the_fact_selected(qtbot, story_window):
    view, model = story_window.story_view, story_window.story_view.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(STATE_ROLE) == "conflict"
        and c != model.cell(model.index(r, c)).reference
    )
    cell = model.cell(index)
    reference = model.matrix.articles[cell.reference]
    other = model.matrix.articles[index.column()]
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)

    def shown() -> bool:
        c = story_window.comparison
        return c is not None and (c.a.id, c.b.id) == (reference.id, other.id)

    qtbot.waitUntil(shown, timeout=WAIT)
    assert story_window.centre.currentWidget() is story_window.compare_view
    pane_b = story_window.compare_view.pane_b
    cursor = pane_b.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (cell.fact.start, cell.fact.end)
    current = story_window.fact_sidebar.tree.currentIndex()
    assert current.isValid()
    ref_fact = model.row_of(index).facts[cell.reference]
    pane_a = story_window.compare_view.pane_a.textCursor()
    assert (pane_a.selectionStart(), pane_a.selectionEnd()) == (ref_fact.start, ref_fact.end)


@pytest.mark.model
def test_escape_goes_back_to_the_compare_view(qtbot, story_window):
    table = story_window.story_view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert story_window.centre.currentWidget() is story_window.compare_view


def _generated_matrix(articles: int = 10, claims: int = 300) -> StoryMatrix:
    """A story of `articles` articles and `claims` claims; every third claim disputed."""
    texts = [" ".join(f"w{n}" for n in range(claims)) for _ in range(articles)]
    shown = [
        Article(id=f"{i:064x}", sha256=f"{i:064x}", text=text, outlet=f"Outlet {i}")
        for i, text in enumerate(texts)
    ]
    rows = []
    for n in range(claims):
        start = texts[0].index(f"w{n}")
        facts = tuple(
            None
            if (n + i) % 7 == 0
            else Fact(
                f"f{i}-{n}", "number", f"w{n}", start, start + len(f"w{n}"), 0, value=n + (i == 1)
            )
            for i in range(articles)
        )
        cells = tuple(
            "absent" if f is None else "conflict" if n % 3 == 0 and i == 1 else "agree"
            for i, f in enumerate(facts)
        )
        status = "disputed" if "conflict" in cells else "partial"
        rows.append(StoryRow("number", f"claim {n}", facts, cells, status))
    rows.sort(key=lambda r: r.status != "disputed")
    return StoryMatrix("generated", tuple(shown), tuple(rows))


def test_ten_articles_by_three_hundred_claims_stay_quick_and_widget_free(qtbot):
    matrix = _generated_matrix()
    view = StoryView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    widgets_before = len(view.findChildren(QWidget))
    began = time.perf_counter()
    view.set_matrix(matrix)
    model = view.model
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(10)]
    built = time.perf_counter() - began
    assert built < 1.0, f"{built:.2f} s to build and read 3,000 cells"
    assert (model.rowCount(), model.columnCount()) == (300, 10)
    assert len(texts) == 3000 and texts[0] == "—" and texts[2] == "✓ w0"
    assert model.index(0, 1).data(STATE_ROLE) == "conflict"
    assert len(view.findChildren(QWidget)) == widgets_before  # no widget per cell
    assert view.table.indexWidget(model.index(0, 0)) is None
    began = time.perf_counter()
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    assert time.perf_counter() - began < 0.2


def _menu_action(window: MainWindow, text: str):
    return next(
        action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text().replace("&", "") == text
    )


@pytest.mark.model
def test_view_menu_opens_the_story_view_of_the_chosen_story(qtbot, window, sample_articles):
    window.refresh_stories(SAMPLE_STORY)
    qtbot.waitUntil(lambda: window.library_panel.current_story() == SAMPLE_STORY)
    _menu_action(window, "Story View").trigger()
    qtbot.waitUntil(lambda: window.story_view.model.matrix is not None, timeout=WAIT)
    assert window.story_view.model.columnCount() == len(sample_articles) == 3
    assert SAMPLE_STORY in window.story_view.title.text()
    assert window.centre.currentWidget() is window.story_view
    _menu_action(window, "Compare View").trigger()
    assert window.centre.currentWidget() is window.compare_view


def test_view_menu_without_a_story_or_selection_says_what_to_do(qtbot, library_path: Path):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    _menu_action(window, "Story View").trigger()
    assert "three or more articles" in window.last_error
    assert window.story_view.model.matrix is None
