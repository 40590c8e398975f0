"""The library panel: stories, a debounced search box and a sortable, multi-select article table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from parallax.model import Article, SearchHit, Story
from parallax.ui.library_model import (
    ARTICLE_ROLE,
    SNIPPET_COLUMN,
    SNIPPET_HTML_ROLE,
    SORT_ROLE,
    LibraryModel,
    story_neighbour,
)
from parallax.ui.plain import plain_label

SEARCH_DELAY_MS = 250
MAX_DETAIL_WIDTH = 120  # px: outlet, date and words stay narrow; long ones are elided

EMPTY_LIBRARY = (
    "The library is empty. To add articles, drop files or a folder here, press Ctrl+O "
    "(File ▸ Import Files…), or copy an article's page or text and press Ctrl+Shift+V "
    "(File ▸ Paste Text as Article…)."
)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a cell's SNIPPET_HTML_ROLE as rich text (matched words bold)."""

    def paint(self, painter, option, index) -> None:
        html = index.data(SNIPPET_HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option)
        document.setDocumentMargin(0)
        painter.save()
        top = max(0.0, (text_rect.height() - document.size().height()) / 2)
        painter.translate(text_rect.left(), text_rect.top() + top)
        painter.setClipRect(0, -int(top), text_rect.width(), text_rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()


class LibraryPanel(QWidget):
    """Shows plain data handed to it and asks for all work through signals; no database here."""

    compare_requested = Signal(str, str)  # article ids: A, B
    search_requested = Signal(str)  # the query; "" when the box was cleared
    story_create_requested = Signal(str, list)  # name, article ids
    remove_requested = Signal(list)  # article ids, after the user confirmed
    edit_requested = Signal(object)  # the Article whose details to edit
    story_chosen = Signal(object)  # a story name, or None for all articles
    story_requested = Signal(list)  # article ids (three or more) for the story view
    hint = Signal(str)  # a short message for the status bar (e.g. what to select to compare)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self._articles: list[Article] = []
        self._stories: list[Story] = []
        self.model = LibraryModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.story_box = self._make_story_box()
        self.search_box = self._make_search_box()
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.on_search_timer_timeout)
        self.results_label = plain_label(QLabel(self))
        self.results_label.setObjectName("resultsLabel")
        self.empty_label = QLabel(EMPTY_LIBRARY, self)
        self.empty_label.setObjectName("emptyLibrary")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setMargin(8)
        self.view = self._make_view()
        self._make_actions()
        self._lay_out()
        self.on_view_selection_changed()

    # Building --------------------------------------------------------------------------------
    def _make_story_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("storyBox")
        box.setAccessibleName("storyBox")
        box.addItem("All articles", None)
        box.currentIndexChanged.connect(self.on_story_box_current_index_changed)
        return box

    def _make_search_box(self) -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName("searchBox")
        box.setAccessibleName("searchBox")
        box.setPlaceholderText("Search the library")
        box.setClearButtonEnabled(True)
        box.textEdited.connect(self.on_search_box_text_edited)
        box.returnPressed.connect(self.on_search_box_return_pressed)
        return box

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("libraryView")
        view.setAccessibleName("libraryView")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the table (it cycled cells and selections)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSortIndicatorClearable(True)  # back to the given order (story order, rank)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setItemDelegate(SnippetDelegate(view))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.selectionModel().selectionChanged.connect(self.on_view_selection_changed)
        view.doubleClicked.connect(self.on_view_double_clicked)
        return view

    def _action(self, text: str, slot, *shortcuts) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.compare_action = self._action(
            "Compare selected",
            self.on_compare_action_triggered,
            "Return",
            "Enter",
            "Ctrl+Return",
            "Ctrl+Enter",
        )
        self.compare_action.setToolTip(
            "Compare the two selected articles, or the selected one with the next version of "
            "its story; three or more open the story view (Enter, or double-click)"
        )
        self.new_story_action = self._action(
            "New story from selection…", self.on_new_story_action_triggered
        )
        self.remove_action = self._action(
            "Remove from library…", self.on_remove_action_triggered, QKeySequence.StandardKey.Delete
        )
        self.edit_action = self._action("Edit Details…", self.on_edit_action_triggered, "F2")
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # from the panes
        self.edit_action.setToolTip(
            "Correct the selected article's headline, outlet, byline, date or URL (F2)"
        )

    def _lay_out(self) -> None:
        toolbar = QToolBar(self)
        for action in (self.compare_action, self.new_story_action, self.remove_action):
            toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.story_box)
        layout.addWidget(self.search_box)
        layout.addWidget(toolbar)
        layout.addWidget(self.results_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.results_label.hide()

    # Public API ------------------------------------------------------------------------------
    def set_articles(self, articles: list[Article]) -> None:
        """Show these articles in the order given (clears search results)."""
        self._articles = list(articles)
        self.results_label.hide()
        self.empty_label.setVisible(not self._articles and self.story_box.currentData() is None)
        self._show(lambda: self.model.set_articles(self._articles))

    def set_search_results(self, hits: list[SearchHit]) -> None:
        """Show search hits best first, each with its snippet (matched words bold)."""
        query = self.search_box.text().strip()
        self.results_label.setText(f"{len(hits)} found for “{query}”" if query else "")
        self.results_label.setVisible(bool(query))
        self.empty_label.hide()
        self._show(lambda: self.model.set_hits(hits))

    def set_stories(self, stories: list[Story], *, chosen: object = ...) -> None:
        """Fill the story chooser and choose `chosen` (a story name, None for all articles);
        by default keep the chosen story when it still exists."""
        self._stories = list(stories)
        if chosen is ...:
            chosen = self.story_box.currentData()
        with QSignalBlocker(self.story_box):
            self.story_box.clear()
            self.story_box.addItem("All articles", None)
            for story in stories:
                self.story_box.addItem(f"{story.name} ({len(story.article_ids)})", story.name)
            at = self.story_box.findData(chosen)
            self.story_box.setCurrentIndex(max(at, 0))
        if chosen is not None and at < 0:
            self.story_chosen.emit(None)

    def focus_search(self) -> None:
        """Put the keyboard in the search box, its text selected for typing over."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def current_story(self) -> str | None:
        """The story chosen in the story box (None: all articles)."""
        return self.story_box.currentData()

    def select_ids(self, article_ids: list[str]) -> None:
        """Select the listed rows of these articles and scroll the first into view."""
        wanted = set(article_ids)
        rows = sorted(
            self.proxy.mapFromSource(self.model.index(row, 0)).row()
            for row in range(self.model.rowCount())
            if self.model.article(row).id in wanted
        )
        rows = [row for row in rows if row >= 0]  # filtered out of view
        chosen = QItemSelection()  # runs of rows as ranges, selected in one change
        for start, end in _runs(rows):
            chosen.select(self.proxy.index(start, 0), self.proxy.index(end, 0))
        first = self.proxy.index(rows[0], 0) if rows else None
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(chosen, flags)
        if first is not None:
            self.view.scrollTo(first)

    def selected_articles(self) -> list[Article]:
        """The selected articles, top to bottom as shown."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ARTICLE_ROLE) for row in rows]

    def selected_ids(self) -> list[str]:
        """Ids of the selected articles, top to bottom as shown."""
        return [article.id for article in self.selected_articles()]

    # Slots -----------------------------------------------------------------------------------
    def on_story_box_current_index_changed(self, _index: int) -> None:
        self.story_chosen.emit(self.story_box.currentData())

    def on_search_box_text_edited(self, _text: str) -> None:
        self.search_timer.start()

    def on_search_box_return_pressed(self) -> None:
        self.search_timer.stop()
        self._request_search()

    def on_search_timer_timeout(self) -> None:
        self._request_search()

    def on_view_selection_changed(self, *_args) -> None:
        # rows counted from the selection's ranges: a thousand selected rows stay cheap
        selection = self.view.selectionModel().selection()
        ranges = (selection.at(i) for i in range(selection.count()))
        count = sum(r.height() for r in ranges if r.left() == 0)
        # three or more open the story view
        self.compare_action.setEnabled(count > 2 or (count in (1, 2) and self._pair() is not None))
        self.new_story_action.setEnabled(count > 0)
        self.remove_action.setEnabled(count > 0)
        self.edit_action.setEnabled(count == 1)

    def on_compare_action_triggered(self) -> None:
        pair = self._pair()
        count = len(self.selected_ids())
        if pair is not None:
            self.compare_requested.emit(*pair)
        elif count > 2:  # the story view: every claim across them, oldest article first
            selected = self.selected_articles()
            dated = sorted(selected, key=lambda a: (a.published is None, a.published or ""))
            self.story_requested.emit([article.id for article in dated])
        else:
            self.hint.emit(
                "To compare, select two articles, or one that is in a story with other versions."
            )

    def on_view_double_clicked(self, _index) -> None:
        self.on_compare_action_triggered()

    def on_new_story_action_triggered(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name, ok = QInputDialog.getText(self, "New story", "Name of the new story:")
        if ok and name.strip():
            self.story_create_requested.emit(name.strip(), ids)

    def on_edit_action_triggered(self) -> None:
        selected = self.selected_articles()
        if len(selected) == 1:
            self.edit_requested.emit(selected[0])
        else:
            self.hint.emit("To edit an article's details, select one article in the library.")

    def on_remove_action_triggered(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        what = "this article" if len(ids) == 1 else f"these {len(ids)} articles"
        answer = QMessageBox.question(
            self,
            "Remove from library",
            f"Remove {what} from the library? Its text and search entries are deleted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(ids)

    # Helpers ---------------------------------------------------------------------------------
    def _show(self, fill) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fill()
        # Sample 50 rows: sizing to every row of a 1,000-article library stalls the window.
        self.view.horizontalHeader().setResizeContentsPrecision(50)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(1, min(self.model.columnCount(), SNIPPET_COLUMN)):  # not the title
            header.resizeSection(column, min(header.sectionSize(column), MAX_DETAIL_WIDTH))
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.on_view_selection_changed()

    def _request_search(self) -> None:
        query = self.search_box.text().strip()
        if not query and self.model.showing_hits:
            self.set_articles(self._articles)
        self.search_requested.emit(query)

    def _pair(self) -> tuple[str, str] | None:
        """The two articles to compare, the older published on the left (A); on the same day
        (or undated) in the order shown."""
        selected = self.selected_articles()
        if len(selected) == 2:
            return older_first(selected)
        if len(selected) == 1:
            story = self.story_box.currentData()
            neighbour = story_neighbour(selected[0].id, self._stories, story=story)
            if neighbour is not None:
                known = {article.id: article for article in self._articles}
                if neighbour not in known:
                    return selected[0].id, neighbour
                shown = sorted((selected[0], known[neighbour]), key=self._articles.index)
                return older_first(shown)
        return None


def older_first(pair: Sequence[Article]) -> tuple[str, str]:
    """The ids of two articles, the older published first (undated ones after dated ones);
    a tie keeps the given order."""
    first, second = sorted(pair, key=lambda article: article.published or "9999")
    return first.id, second.id


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
