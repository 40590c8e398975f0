"""The story view: every claim of a story's articles against every article, filterable; a cell
opens that article beside the row's reference article; review marks set from its keys and
context menu on the match a cell stands for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parallax.compare.story import ROW_STATUSES
from parallax.model import Fact, Mark, Match, StoryMatrix
from parallax.titles import shown_title
from parallax.ui.mark_dialog import MarkDialog, mark_actions, open_mark_dialog
from parallax.ui.plain import plain_label
from parallax.ui.story_model import ALL, StoryModel

MAX_COLUMN_WIDTH = 260
NOT_MARKABLE = (
    "Marks go on a cell that gives the claim, other than the row's reference cell: "
    "it stands for that article against the reference."
)


@dataclass(frozen=True, slots=True)
class CellMatch:
    """A story-view cell as the match it stands for: the row's reference fact (A) and the
    cell's fact (B), with the mark the cell shows."""

    matrix: StoryMatrix
    row: int  # index into matrix.rows
    column: int
    a_id: str
    a_fact: Fact
    b_id: str
    b_fact: Fact
    kind: str
    state: str  # the cell's state: agree, variant or conflict
    mark: Mark | None

    def as_match(self) -> Match:
        return Match(self.state, self.kind, self.a_fact, self.b_fact, mark=self.mark)


class StoryView(QWidget):
    """The fact x article matrix of a story, disputed rows first."""

    # (reference article id, its fact or None, other article id, its fact or None)
    cell_opened = Signal(str, object, str, object)
    back_requested = Signal()  # Escape: return to the compare view
    mark_requested = Signal(object, str, str)  # a CellMatch, its verdict and note, to be stored
    notice = Signal(str)  # a one-line hint for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("storyMatrix")
        self.table.setAccessibleName("storyMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Enter and double-click (a platform that opens on one click: that too)
        self.table.activated.connect(self.open_cell)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName("Kind of claim")
        self.status_box = QComboBox(self)
        self.status_box.setAccessibleName("Status of claim")
        self.status_box.addItem("All statuses", ALL)
        for status in ROW_STATUSES:
            self.status_box.addItem(status.capitalize(), status)
        for box in (self.kind_box, self.status_box):
            box.currentIndexChanged.connect(self.on_filter_changed)
        self.hide_dismissed_box = QCheckBox("Hide dismissed", self)
        self.hide_dismissed_box.setObjectName("storyHideDismissed")
        self.hide_dismissed_box.toggled.connect(self.on_hide_dismissed_toggled)
        self.title = plain_label(QLabel(self))
        self.title.setObjectName("storyTitle")
        self.mark_actions = mark_actions(self.table, self.mark_current, self.ask_mark)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.title, 1)
        filters.addWidget(QLabel("Kind:", self))
        filters.addWidget(self.kind_box)
        filters.addWidget(QLabel("Status:", self))
        filters.addWidget(self.status_box)
        filters.addWidget(self.hide_dismissed_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_matrix(self, matrix: StoryMatrix) -> None:
        """Show `matrix`, every filter cleared, the first cell current."""
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.status_box):
            self.status_box.setCurrentIndex(0)
            self.kind_box.clear()
            self.kind_box.addItem("All kinds", ALL)
            self.model.set_matrix(matrix)
            for kind in self.model.kinds():
                self.kind_box.addItem(kind, kind)
        self._show_title()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # sample rows: 300 claims stay quick to size
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_title(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            return
        disputed = sum(row.status == "disputed" for row in matrix.rows)
        name = matrix.story or f"{len(matrix.articles)} articles"
        marked = len(self.model.marks.cells)
        text = f"{name}: {len(matrix.rows)} claims, {disputed} disputed, {marked} marked"
        unplaced = self.model.marks.unplaced
        if unplaced:  # marks of these pairs that no cell shows: said, never dropped
            text += f" ({len(unplaced)} more on matches not in a cell: see the memo)"
        self.title.setText(text)

    def set_filters(self, *, kind: str = ALL, status: str = ALL) -> None:
        """Show only claims of `kind` and `status` (ALL: any), as the two boxes do."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))

    def on_filter_changed(self, _index: int) -> None:
        self.model.set_filters(
            kind=self.kind_box.currentData() or ALL, status=self.status_box.currentData() or ALL
        )

    def on_hide_dismissed_toggled(self, checked: bool) -> None:
        current = self._current_key()
        self.model.set_hide_dismissed(checked)
        self._restore_current(current)

    def _current_key(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        return (self.model.row_number(index), index.column()) if index.isValid() else None

    def _restore_current(self, key: tuple[int, int] | None) -> None:
        shown = self.model.shown_row(key[0]) if key is not None else None
        if key is not None and shown is not None:
            self.table.setCurrentIndex(self.model.index(shown, key[1]))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # Review marks ------------------------------------------------------------------------------
    def cell_match(self, index: QModelIndex) -> CellMatch | None:
        """The match a cell stands for, or None (no cell, the reference cell, a silent one)."""
        matrix = self.model.matrix
        if not index.isValid() or matrix is None:
            return None
        cell, row = self.model.cell(index), self.model.row_of(index)
        ref_fact = row.facts[cell.reference]
        if index.column() == cell.reference or cell.fact is None or ref_fact is None:
            return None
        articles = matrix.articles
        return CellMatch(
            matrix, self.model.row_number(index), index.column(),
            articles[cell.reference].id, ref_fact, articles[index.column()].id, cell.fact,
            row.kind, cell.state, cell.mark,
        )  # fmt: skip

    def mark_current(self, state: str, note: str | None = None) -> bool:
        """Ask for the current cell's match to be marked `state` (keeping its note unless one
        is given); False, with a hint, when the cell stands for no match."""
        target = self.cell_match(self.table.currentIndex())
        if target is None:
            self.notice.emit(NOT_MARKABLE)
            return False
        if note is None:
            note = target.mark.note if target.mark else ""
        self.mark_requested.emit(target, state, note)
        return True

    def ask_mark(self) -> MarkDialog | None:
        """The mark dialog for the current cell's match; Save asks for it to be stored."""
        target = self.cell_match(self.table.currentIndex())
        if target is None:
            self.notice.emit(NOT_MARKABLE)
            return None
        articles = target.matrix.articles
        sides = (_outlet(articles[self._reference_of(target)]), _outlet(articles[target.column]))
        return open_mark_dialog(
            target.as_match(),
            self,
            lambda state, note: self.mark_requested.emit(target, state, note),
            sides=sides,
        )

    def _reference_of(self, target: CellMatch) -> int:
        return next(i for i, a in enumerate(target.matrix.articles) if a.id == target.a_id)

    def show_mark(self, target: CellMatch, mark: Mark) -> None:
        """Show `mark`, stored for `target`, on its cell (if the story shown is still that)."""
        if self.model.matrix is target.matrix:
            self.add_mark(mark, replacing=target.mark)

    def add_mark(self, mark: Mark, *, replacing: Mark | None = None) -> None:
        """Show `mark`, just stored (here or in the fact sidebar), where it belongs."""
        current = self._current_key()
        self.model.add_mark(mark, replacing=replacing)
        self._restore_current(current)
        self._show_title()

    def context_menu_at(self, point: QPoint) -> QMenu | None:
        """The menu for the cell at `point` (viewport coordinates): open it side by side, and
        the review marks (the cell becomes the current one, which they act on)."""
        index = self.table.indexAt(point)
        if not index.isValid():
            return None
        self.table.setCurrentIndex(index)
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("Open Side by Side").triggered.connect(lambda: self.open_cell(index))
        menu.addSeparator()
        for action in self.mark_actions.values():
            menu.addAction(action)  # on a cell that stands for no match: a hint, not a mark
        return menu

    def on_table_context_menu_requested(self, point: QPoint) -> None:
        menu = self.context_menu_at(point)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(point))

    def open_cell(self, index: QModelIndex) -> bool:
        """Ask for the cell's article beside the row's reference article (with the reference
        cell itself: beside the first article that disagrees, else the next that gives it)."""
        if not index.isValid() or self.model.matrix is None:
            return False
        articles = self.model.matrix.articles
        cell, row = self.model.cell(index), self.model.row_of(index)
        other = index.column()
        if other == cell.reference:
            others = [i for i in range(len(articles)) if i != other and row.facts[i] is not None]
            conflicts = [i for i in others if row.cells[i] == "conflict"]
            if not others:
                others = [i for i in range(len(articles)) if i != other]
            if not others:
                return False
            other = (conflicts or others)[0]
        ref_fact: Fact | None = row.facts[cell.reference]
        self.cell_opened.emit(
            articles[cell.reference].id, ref_fact, articles[other].id, row.facts[other]
        )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


def _outlet(article) -> str:
    return article.outlet or shown_title(article)
