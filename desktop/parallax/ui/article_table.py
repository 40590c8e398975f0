"""A thin Qt table model over a list of Articles: title, outlet, date, words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from parallax.model import Article

_COLUMNS = (
    ("Title", lambda a: a.title or "(untitled)"),
    ("Outlet", lambda a: a.outlet or ""),
    ("Published", lambda a: a.published or ""),
    ("Words", lambda a: a.words),
)
_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Rows are articles in the order given; no domain logic lives here."""

    def __init__(self, articles: Sequence[Article] = (), parent=None) -> None:
        super().__init__(parent)
        self._articles = list(articles)

    def set_articles(self, articles: Sequence[Article]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def article(self, row: int) -> Article:
        return self._articles[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        value = _COLUMNS[index.column()][1](article)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{article.title or '(untitled)'}\nSHA-256 {article.sha256}"
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _COLUMNS[section][0]
        return None
