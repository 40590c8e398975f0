"""The story view: every claim of a story's articles against every article, filterable; a cell
opens that article beside the row's reference article."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parallax.compare.story import ROW_STATUSES
from parallax.model import Fact, StoryMatrix
from parallax.ui.plain import plain_label
from parallax.ui.story_model import ALL, StoryModel

MAX_COLUMN_WIDTH = 260


class StoryView(QWidget):
    """The fact x article matrix of a story, disputed rows first."""

    # (reference article id, its fact or None, other article id, its fact or None)
    cell_opened = Signal(str, object, str, object)
    back_requested = Signal()  # Escape: return to the compare view

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
        self.title = plain_label(QLabel(self))
        self.title.setObjectName("storyTitle")
        self._lay_out()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.title, 1)
        filters.addWidget(QLabel("Kind:", self))
        filters.addWidget(self.kind_box)
        filters.addWidget(QLabel("Status:", self))
        filters.addWidget(self.status_box)
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
        disputed = sum(row.status == "disputed" for row in matrix.rows)
        name = matrix.story or f"{len(matrix.articles)} articles"
        self.title.setText(f"{name}: {len(matrix.rows)} claims, {disputed} disputed")
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # sample rows: 300 claims stay quick to size
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def set_filters(self, *, kind: str = ALL, status: str = ALL) -> None:
        """Show only claims of `kind` and `status` (ALL: any), as the two boxes do."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))

    def on_filter_changed(self, _index: int) -> None:
        self.model.set_filters(
            kind=self.kind_box.currentData() or ALL, status=self.status_box.currentData() or ALL
        )

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
