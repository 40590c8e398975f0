"""An item delegate whose rows grow to show their text wrapped in the column's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

PADDING = 8  # the style's text margins, left and right, and a little air


class WrapDelegate(QStyledItemDelegate):
    """Qt's own delegate wraps the painted text but sizes a tree's rows for one line (it is not
    told the column's width), so a long name or quote was cut to "Rustem Umer…"."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self.tree.columnWidth(index.column()) - PADDING
        if index.column() == 0:
            width -= self.tree.indentation() * (2 if index.parent().isValid() else 1)
        if not isinstance(text, str) or width <= 0:
            return hint
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), box.height() + 4))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
