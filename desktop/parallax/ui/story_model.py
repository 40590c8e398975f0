"""The story matrix as a table model: one row per claim, one column per article, no widgets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from parallax.compare.story_marks import StoryMarks, place_marks, reference_column
from parallax.model import Fact, Mark, StoryMatrix, StoryRow
from parallax.titles import shown_title
from parallax.ui.mark_dialog import MARK_FLAG
from parallax.ui.plain import plain_tooltip

CELL_STATES = ("agree", "conflict", "variant", "silent")
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's state, one of CELL_STATES
MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's review Mark, or None
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
    mark: Mark | None = None  # a review mark on the match of this fact with the reference's


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
    and status filters (and, with hide_dismissed, those not marked dismissed throughout);
    columns: its articles. The vertical header names the claim and its most urgent mark."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: StoryMatrix | None = None
        self.kind, self.status = ALL, ALL
        self.hide_dismissed = False
        self.marks = StoryMarks()
        self._shown: list[int] = []  # indices into matrix.rows, after the filters
        self._references: list[int] = []  # per matrix row

    def set_matrix(self, matrix: StoryMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._references = [reference_column(r) for r in matrix.rows] if matrix else []
        self.marks = place_marks(matrix) if matrix else StoryMarks()
        self._shown = self._filtered()
        self.endResetModel()

    def set_hide_dismissed(self, hide: bool) -> None:
        """Leave out the rows whose every mark is dismissed (rows without marks stay)."""
        self.beginResetModel()
        self.hide_dismissed = hide
        self._shown = self._filtered()
        self.endResetModel()

    def add_mark(self, mark: Mark, *, replacing: Mark | None = None) -> None:
        """Show `mark`, just stored, in place of `replacing` and of any mark on the same facts
        (as the library keeps them); a row now dismissed throughout is hidden if asked."""
        if self.matrix is None:
            return
        kept = [
            m
            for m in self._all_marks()
            if (replacing is None or m.id != replacing.id) and _anchors(m) != _anchors(mark)
        ]
        self.marks = place_marks(self.matrix, [*kept, mark])
        if self.hide_dismissed and self._filtered() != self._shown:
            self.set_hide_dismissed(True)
        elif self._shown:
            last = self.index(len(self._shown) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._shown) - 1)

    def _all_marks(self) -> list[Mark]:
        return [*self.marks.cells.values(), *self.marks.unplaced]

    def shown_row(self, row_number: int) -> int | None:
        """Where row `row_number` of the matrix is shown, or None (filtered out)."""
        try:
            return self._shown.index(row_number)
        except ValueError:
            return None

    def row_number(self, index: Index) -> int:
        """The index into matrix.rows of the row shown at `index`."""
        return self._shown[index.row()]

    def set_filters(self, *, kind: str = ALL, status: str = ALL) -> None:
        """Show only rows of `kind` and `status` (ALL: any)."""
        self.beginResetModel()
        self.kind, self.status = kind, status
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self.matrix is None:
            return []
        columns = len(self.matrix.articles)
        return [
            n
            for n, row in enumerate(self.matrix.rows)
            if (not self.kind or row.kind == self.kind)
            and (not self.status or row.status == self.status)
            and not (self.hide_dismissed and self.marks.all_dismissed(n, columns))
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
        mark = self.marks.cells.get((row_number, index.column()))
        return Cell(state, row.facts[index.column()], reference, mark)

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
            flag = f"  {MARK_FLAG} {cell.mark.state}" if cell.mark else ""
            return f"{GLYPHS[cell.state]} {' '.join(shown.split())}".rstrip() + flag
        if role == STATE_ROLE:
            return cell.state
        if role == MARK_ROLE:
            return cell.mark
        if role == Qt.ItemDataRole.BackgroundRole and cell.state in COLOURS:
            return QBrush(COLOURS[cell.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            said = f": “{cell.fact.text}”" if cell.fact is not None else ""
            reference = " (the row's reference)" if index.column() == cell.reference else ""
            return plain_tooltip(f"{cell.state}{reference}{said}{_mark_words(cell.mark)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = f"{cell.state}: {cell.fact.text}" if cell.fact is not None else cell.state
            return said + (f", marked {cell.mark.state}" if cell.mark else "")
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
        marked = self.marks.row_state(self._shown[section], len(self.matrix.articles))
        flag = f" · {MARK_FLAG} {marked}" if marked else ""  # after the row's own status
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.label} · {row.status}{flag}"
        if role == Qt.ItemDataRole.ToolTipRole:
            said = f"; marked {marked}" if marked else ""
            return plain_tooltip(f"{row.kind}: {row.label} ({row.status}{said})")
        return None


def _anchors(mark: Mark) -> frozenset:
    """A mark's two anchored facts, whichever side was A (the library keeps one per match)."""
    return frozenset({(mark.a_sha256, mark.a), (mark.b_sha256, mark.b)})


def _mark_words(mark: Mark | None) -> str:
    """ " — marked disputed, 2026-12-07T08:00:00+00:00: Called the police", or nothing."""
    if mark is None:
        return ""
    return f" — marked {mark.state}, {mark.marked_at}: {mark.note or 'no note'}"
