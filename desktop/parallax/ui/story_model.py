"""The story matrix as a table model: one row per claim, one column per article, no widgets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from parallax.model import Fact, StoryMatrix, StoryRow
from parallax.titles import shown_title
from parallax.ui.plain import plain_tooltip

CELL_STATES = ("agree", "conflict", "variant", "silent")
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's state, one of CELL_STATES
GLYPHS = {"agree": "✓", "conflict": "✗", "variant": "≈", "silent": "—"}
COLOURS = {"conflict": QColor(235, 87, 87, 70), "variant": QColor(242, 178, 51, 60)}
ALL = ""  # a filter that lets every kind or status through

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Cell:
    """What one article says for one claim, against the row's reference article."""

    state: str  # one of CELL_STATES
    fact: Fact | None
    reference: int  # the column of the row's reference article


def reference_column(row: StoryRow) -> int:
    """The article the row's other cells are read against: the first that gives the majority
    value, else the first that gives any."""
    agreeing = [i for i, cell in enumerate(row.cells) if cell == "agree"]
    if agreeing:
        return agreeing[0]
    return next(i for i, fact in enumerate(row.facts) if fact is not None)


def cell_state(row: StoryRow, column: int, reference: int) -> str:
    """agree (the same words as the reference), variant (the same value, other words),
    conflict, or silent (the article does not give the claim)."""
    fact, cell = row.facts[column], row.cells[column]
    if fact is None or cell == "absent":
        return "silent"
    if cell == "conflict":
        return "conflict"
    ref = row.facts[reference]
    if ref is not None and _words(fact.text) != _words(ref.text):
        return "variant"
    return "agree"


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


class StoryModel(QAbstractTableModel):
    """Rows: the matrix's claims (disputed first, as the matrix orders them) that pass the kind
    and status filters; columns: its articles. The vertical header names the claim."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: StoryMatrix | None = None
        self.kind, self.status = ALL, ALL
        self._shown: list[int] = []  # indices into matrix.rows, after the filters
        self._references: list[int] = []  # per matrix row

    def set_matrix(self, matrix: StoryMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._references = [reference_column(r) for r in matrix.rows] if matrix else []
        self._shown = self._filtered()
        self.endResetModel()

    def set_filters(self, *, kind: str = ALL, status: str = ALL) -> None:
        """Show only rows of `kind` and `status` (ALL: any)."""
        self.beginResetModel()
        self.kind, self.status = kind, status
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self.matrix is None:
            return []
        return [
            n
            for n, row in enumerate(self.matrix.rows)
            if (not self.kind or row.kind == self.kind)
            and (not self.status or row.status == self.status)
        ]

    def kinds(self) -> list[str]:
        """The kinds of fact the matrix has rows of, in order of first appearance."""
        rows = self.matrix.rows if self.matrix else ()
        return list(dict.fromkeys(row.kind for row in rows))

    def row_of(self, index: Index) -> StoryRow:
        assert self.matrix is not None
        return self.matrix.rows[self._shown[index.row()]]

    def cell(self, index: Index) -> Cell:
        row_number = self._shown[index.row()]
        row = self.matrix.rows[row_number]  # type: ignore[union-attr]
        reference = self._references[row_number]
        state = cell_state(row, index.column(), reference)
        return Cell(state, row.facts[index.column()], reference)

    # QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = cell.fact.text if cell.fact is not None else ""
            return f"{GLYPHS[cell.state]} {' '.join(shown.split())}".rstrip()
        if role == STATE_ROLE:
            return cell.state
        if role == Qt.ItemDataRole.BackgroundRole and cell.state in COLOURS:
            return QBrush(COLOURS[cell.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            said = f": “{cell.fact.text}”" if cell.fact is not None else ""
            reference = " (the row's reference)" if index.column() == cell.reference else ""
            return plain_tooltip(f"{cell.state}{reference}{said}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.state}: {cell.fact.text}" if cell.fact is not None else cell.state
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.matrix.articles):
                return None
            article = self.matrix.articles[section]
            outlet = article.outlet or shown_title(article)
            date = article.published or "undated"
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{outlet}\n{date}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"{shown_title(article)} — {outlet}, {date}")
            return None
        if not 0 <= section < len(self._shown):
            return None
        row = self.matrix.rows[self._shown[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.label} · {row.status}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{row.kind}: {row.label} ({row.status})")
        return None
