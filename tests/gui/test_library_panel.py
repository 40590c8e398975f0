"""The library panel: listing, sorting, multi-select actions, debounced search, snippets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from parallax.ingest import read_path
from parallax.model import SearchHit, Story
from parallax.ui.library_model import (
    SNIPPET_COLUMN,
    SNIPPET_HTML_ROLE,
    SORT_ROLE,
    LibraryModel,
    snippet_html,
    snippet_text,
    story_neighbour,
)
from parallax.ui.library_panel import MAX_DETAIL_WIDTH, SEARCH_DELAY_MS, LibraryPanel

from support import SAMPLES

SAMPLE_FILES = ("1-northline-wire.txt", "2-harbour-post.html")


@pytest.fixture(scope="module")
def articles():
    found = [read_path(SAMPLES / name).article for name in SAMPLE_FILES]
    third = found[0].replace(id="c" * 32, title="Aardvark <notes>", outlet="Zeta", words=5)
    return [*found, third]


@pytest.fixture
def panel(qtbot, articles) -> LibraryPanel:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_articles(articles)
    return panel


def _column(panel: LibraryPanel, column: int) -> list[str]:
    model = panel.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select(panel: LibraryPanel, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    model = panel.view.model()
    for row in rows:
        panel.view.selectionModel().select(model.index(row, 0), flags)


def _select_with_focus(qtbot, panel: LibraryPanel, *rows: int) -> None:
    """Show the panel in an active window, select `rows` and give the table the keyboard."""
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    _select(panel, *rows)
    panel.view.setFocus()


def _hits(articles) -> list[SearchHit]:
    return [
        SearchHit(articles[1], "at least [72] people <died> & more", -2.0),
        SearchHit(articles[0], "killed [65] [people]", -1.0),
    ]


def test_models_pass_qt_model_checks(qtmodeltester, articles):
    model = LibraryModel(articles)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(3)
    qtmodeltester.check(proxy)
    model.set_hits(_hits(articles))
    qtmodeltester.check(LibraryModel())


def test_lists_articles_with_accessible_names(panel, articles):
    assert panel.view.objectName() == panel.view.accessibleName() == "libraryView"
    assert panel.search_box.objectName() == panel.search_box.accessibleName() == "searchBox"
    assert panel.search_box.placeholderText() == "Search the library"
    assert panel.search_box.isClearButtonEnabled()
    assert _column(panel, 0) == [a.title for a in articles]
    assert _column(panel, 1) == [a.outlet for a in articles]
    assert _column(panel, 3) == [str(a.words) for a in articles]
    headers = [panel.view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Title", "Outlet", "Published", "Words"]


def test_sorting_by_title_and_by_words_as_numbers(panel, articles):
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(panel, 0) == sorted((a.title for a in articles), key=str.casefold)
    panel.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert [int(w) for w in _column(panel, 3)] == sorted((a.words for a in articles), reverse=True)
    assert _column(panel, 3)[-1] == "5"  # numeric, not "5" > "412"


def test_two_selected_and_compare_action_emit_both_ids(qtbot, panel, articles):
    assert not panel.compare_action.isEnabled()
    _select(panel, 0, 2)
    assert panel.selected_ids() == [articles[0].id, articles[2].id]
    with qtbot.waitSignal(panel.compare_requested) as blocker:
        panel.compare_action.trigger()
    assert blocker.args == [articles[0].id, articles[2].id]


def test_ctrl_enter_compares_the_selection(qtbot, panel, articles):
    _select_with_focus(qtbot, panel, 0, 1)
    with qtbot.waitSignal(panel.compare_requested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [articles[0].id, articles[1].id]


def test_enter_and_double_click_open_the_selection(qtbot, panel, articles):
    ids = [a.id for a in articles]
    panel.set_stories([Story("Flood", tuple(ids))])
    _select_with_focus(qtbot, panel, 0, 1)
    with qtbot.waitSignal(panel.compare_requested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [ids[0], ids[1]]
    panel.view.clearSelection()
    _select(panel, 2)
    with qtbot.waitSignal(panel.compare_requested) as blocker:
        panel.view.doubleClicked.emit(panel.view.model().index(2, 0))
    assert blocker.args == [ids[1], ids[2]]  # the same day: in the order shown


def test_enter_without_a_pair_says_what_to_select(qtbot, panel):
    _select(panel, 0)  # one article, in no story: nothing to compare it with
    with qtbot.assertNotEmitted(panel.compare_requested), qtbot.waitSignal(panel.hint) as blocker:
        panel.on_compare_action_triggered()
    assert "select two articles" in blocker.args[0]


def test_one_selected_compares_with_its_story_neighbour(qtbot, panel, articles):
    ids = [a.id for a in articles]
    panel.set_stories([Story("Flood", tuple(ids))])
    _select(panel, 2)
    assert panel.compare_action.isEnabled()
    with qtbot.waitSignal(panel.compare_requested) as blocker:
        panel.compare_action.trigger()
    assert blocker.args == [ids[1], ids[2]]  # the same day: in the order shown


def test_story_neighbour_prefers_the_chosen_story():
    stories = [Story("a", ("x", "y")), Story("b", ("z", "x")), Story("c", ("q",))]
    assert story_neighbour("x", stories) == "y"
    assert story_neighbour("x", stories, story="b") == "z"
    assert story_neighbour("q", stories) is None


def test_search_box_emits_after_the_debounce(qtbot, panel):
    with qtbot.waitSignal(panel.search_requested, timeout=SEARCH_DELAY_MS * 8) as blocker:
        qtbot.keyClicks(panel.search_box, "flood")
    assert blocker.args == ["flood"]
    assert not panel.search_timer.isActive()


def test_search_box_emits_once_on_enter(qtbot, panel):
    qtbot.keyClicks(panel.search_box, " valley ")
    with qtbot.waitSignal(panel.search_requested, timeout=100) as blocker:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == ["valley"]
    assert not panel.search_timer.isActive()  # Enter replaced the pending debounced search


def test_search_results_show_snippets_bold_and_escaped(panel, articles):
    panel.search_box.setText("72")
    panel.set_search_results(_hits(articles))
    model = panel.view.model()
    assert model.columnCount() == 5
    assert _column(panel, 0) == [articles[1].title, articles[0].title]
    assert model.index(0, 4).data() == "at least 72 people <died> & more"
    assert model.index(0, 4).data(SNIPPET_HTML_ROLE) == (
        "at least <b>72</b> people &lt;died&gt; &amp; more"
    )
    assert model.index(1, 4).data(SNIPPET_HTML_ROLE) == "killed <b>65</b> <b>people</b>"
    assert panel.results_label.text() == "2 found for “72”"
    panel.show()
    assert not panel.view.grab().isNull()  # the snippet delegate paints


def test_clearing_the_search_shows_all_articles_again(qtbot, panel, articles):
    panel.search_box.setText("72")
    panel.set_search_results(_hits(articles)[:1])
    with qtbot.waitSignal(panel.search_requested) as blocker:
        panel.search_box.clear()
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == [""]
    assert panel.view.model().rowCount() == 3 and panel.view.model().columnCount() == 4


def test_snippet_helpers_escape_and_handle_unclosed_marks():
    assert snippet_html("a [<b>] c") == "a <b>&lt;b&gt;</b> c"
    assert snippet_html("x [y", marks=("[", "]")) == "x <b>y</b>"
    assert snippet_html("«w» z", marks=("«", "»")) == "<b>w</b> z"
    assert snippet_text("a [b] c") == "a b c"


@pytest.mark.parametrize(("answer", "emitted"), [("Yes", True), ("No", False)])
def test_remove_asks_first_and_emits_only_on_yes(
    qtbot, panel, articles, monkeypatch, answer, emitted
):
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    removed = []
    panel.remove_requested.connect(removed.append)
    _select(panel, 1, 2)
    panel.remove_action.trigger()  # the signal is emitted synchronously, or not at all
    assert len(asked) == 1 and "these 2 articles" in asked[0][2]
    assert removed == ([[articles[1].id, articles[2].id]] if emitted else [])


def test_new_story_asks_a_name_and_emits_it(qtbot, panel, articles, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Flood week ", True))
    _select(panel, 0, 1)
    with qtbot.waitSignal(panel.story_create_requested) as blocker:
        panel.new_story_action.trigger()
    assert blocker.args == ["Flood week", [articles[0].id, articles[1].id]]


def test_new_story_cancelled_emits_nothing(qtbot, panel, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    _select(panel, 0)
    with qtbot.assertNotEmitted(panel.story_create_requested):
        panel.new_story_action.trigger()


def test_story_box_lists_stories_and_emits_the_choice(qtbot, panel, articles):
    with qtbot.assertNotEmitted(panel.story_chosen):
        panel.set_stories([Story("Flood", (articles[0].id,)), Story("Other", ())])
    box = panel.story_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All articles",
        "Flood (1)",
        "Other (0)",
    ]
    with qtbot.waitSignal(panel.story_chosen) as blocker:
        box.setCurrentIndex(1)
    assert blocker.args == ["Flood"]
    with qtbot.assertNotEmitted(panel.story_chosen):
        panel.set_stories([Story("Flood", ()), Story("New", ())])
    assert box.currentData() == "Flood"
    with qtbot.waitSignal(panel.story_chosen) as blocker:
        panel.set_stories([])  # the chosen story is gone: back to all articles
    assert blocker.args == [None]


def test_details_stay_narrow_but_snippets_get_their_width(panel, articles):
    panel.resize(900, 400)
    panel.set_search_results(_hits(articles))
    header = panel.view.horizontalHeader()
    assert all(header.sectionSize(column) <= MAX_DETAIL_WIDTH for column in (1, 2, 3))
    assert header.sectionSize(SNIPPET_COLUMN) > MAX_DETAIL_WIDTH  # the snippet is not cut
