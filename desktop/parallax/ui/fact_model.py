"""Qt models over a list of fact Matches: a tree grouped by status, and its kind/status filter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from parallax.model import MATCH_STATUSES, Match
from parallax.ui.mark_dialog import mark_label, mark_tooltip
from parallax.ui.plain import plain_tooltip

STATUS_LABELS = {
    "conflict": "Conflicts",
    "possible": "Possible conflicts",
    "only_a": "Only in A",
    "only_b": "Only in B",
    "variant": "Variants",
    "agree": "Agreed",
}
MATCH_ROLE = Qt.ItemDataRole.UserRole  # a child's Match (None on group rows)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status of a group or of a child's match
COLUMNS = ("Kind", "A", "B", "Note", "Mark")
MARK_COLUMN = 4
_GROUP = 0  # internalId of a group row; a child's internalId is its group's row + 1
_Index = QModelIndex | QPersistentModelIndex


def _cell(match: Match, column: int) -> str:
    if column == 0:
        return match.kind
    if column == 1:
        return match.a.text if match.a else "—"
    if column == 2:
        return match.b.text if match.b else "—"
    if column == MARK_COLUMN:
        return mark_label(match)
    return match.note or ""


class FactTreeModel(QAbstractItemModel):
    """Top level: one row per status in MATCH_STATUSES order; children: that status's matches."""

    def __init__(self, matches: Sequence[Match] = (), parent=None) -> None:
        super().__init__(parent)
        self._groups: list[list[Match]] = [[] for _ in MATCH_STATUSES]
        self._fill(matches)

    def _fill(self, matches: Iterable[Match]) -> None:
        self._groups = [[] for _ in MATCH_STATUSES]
        for match in matches:
            self._groups[MATCH_STATUSES.index(match.status)].append(match)

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self._fill(matches)
        self.endResetModel()

    def matches(self, status: str) -> list[Match]:
        return list(self._groups[MATCH_STATUSES.index(status)])

    def group_index(self, status: str) -> QModelIndex:
        return self.index(MATCH_STATUSES.index(status), 0)

    def replace_match(self, old: Match, new: Match) -> QModelIndex:
        """Show `new` (the same facts, e.g. with a review mark) in the row of `old`."""
        index = self.index_of(old)
        if index.isValid():
            self._groups[index.internalId() - 1][index.row()] = new
            last = self.index(index.row(), len(COLUMNS) - 1, index.parent())
            self.dataChanged.emit(index, last)
        return index

    def index_of(self, match: Match) -> QModelIndex:
        """The child row showing `match`, or an invalid index when it is not in the model."""
        group = MATCH_STATUSES.index(match.status)
        for row, candidate in enumerate(self._groups[group]):
            if candidate == match:
                return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    # Qt's interface -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: _Index) -> QModelIndex: ...
    def parent(self, index: _Index | None = None) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent(): the model's owner, not an item's parent
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        match = self._groups[index.internalId() - 1][index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MARK_COLUMN:
            return plain_tooltip(mark_tooltip(match))
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(match, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(_cell(match, index.column()))
        if role == MATCH_ROLE:
            return match
        if role == STATUS_ROLE:
            return match.status
        return None

    def _group_data(self, index: _Index, role: int):
        status = MATCH_STATUSES[index.row()]
        if role == STATUS_ROLE:
            return status
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{STATUS_LABELS[status]} ({len(self._groups[index.row()])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


class FactFilterProxy(QSortFilterProxyModel):
    """Keeps matches of the chosen kinds and statuses, and the groups that still have some."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] | None = None
        self._statuses: frozenset[str] | None = None
        self._hide_dismissed = False
        # A group row never matches by itself; recursive filtering keeps it while a child does.
        self.setRecursiveFilteringEnabled(True)

    @property
    def kinds(self) -> frozenset[str] | None:
        return self._kinds

    @property
    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def set_filters(
        self, *, kinds: Iterable[str] | None = None, statuses: Iterable[str] | None = None
    ) -> None:
        """None means every kind (or status); an empty set hides everything."""
        self.beginFilterChange()
        self._kinds = None if kinds is None else frozenset(kinds)
        self._statuses = None if statuses is None else frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._announce_counts()

    @property
    def hide_dismissed(self) -> bool:
        return self._hide_dismissed

    def set_hide_dismissed(self, hide: bool) -> None:
        """Leave out the matches a person marked as dismissed (not a real disagreement)."""
        self.beginFilterChange()
        self._hide_dismissed = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._announce_counts()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not source_parent.isValid():
            return False
        match = self.sourceModel().index(source_row, 0, source_parent).data(MATCH_ROLE)
        if self._hide_dismissed and match.mark is not None and match.mark.state == "dismissed":
            return False
        if self._statuses is not None and match.status not in self._statuses:
            return False
        return self._kinds is None or match.kind in self._kinds

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        is_group = index.isValid() and not index.parent().isValid()
        if role == Qt.ItemDataRole.DisplayRole and is_group and index.column() == 0:
            status = index.data(STATUS_ROLE)
            return f"{STATUS_LABELS[status]} ({self.rowCount(index)})"
        return super().data(index, role)

    def _announce_counts(self) -> None:
        # The group labels carry the visible count, which the filter just changed.
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 0))
