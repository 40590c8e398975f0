"""Flipping a line of a pane between story and page furniture: the action and the context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from parallax.application.editing import line_span
from parallax.model import Article

FLIP_KEYS = "Ctrl+Shift+M"
TO_FURNITURE = "&Mark Line as Page Furniture"
TO_STORY = "&Mark Line as Story"
Panes = tuple[QPlainTextEdit, Callable[[], Article | None]]  # a text widget, what it shows


class FurnitureFlipper(QObject):
    """One action for both panes: the caret's lines (or the selection's) become furniture when
    they are story, story when they are all furniture. The window stores the flip."""

    flip_requested = Signal(str, int, int, bool)  # article id, start, end, is furniture

    def __init__(self, panes: dict[str, Panes], parent=None) -> None:
        """`panes`: side -> (text widget, a callable giving the article it shows or None)."""
        super().__init__(parent)
        self._panes = panes
        self._side = "a"
        self.action = QAction(TO_FURNITURE, self)
        self.action.setShortcut(QKeySequence(FLIP_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(
            "Page furniture (menus, captions, credit lines) is greyed out, has no facts and is "
            "not compared; flip a line the detection got wrong"
        )
        self.action.triggered.connect(lambda _=False: self.flip())
        for side, (widget, _) in panes.items():
            widget.addAction(self.action)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda point, side=side: self.show_menu(side, point)
            )
            widget.cursorPositionChanged.connect(lambda side=side: self._follow(side))

    def target(self, side: str | None = None) -> tuple[Article, int, int, bool] | None:
        """(article, start, end, becomes furniture) for the caret's lines of `side`."""
        widget, article_of = self._panes[side or self._side]
        article = article_of()
        if article is None:
            return None
        cursor = widget.textCursor()
        span = line_span(article.text, cursor.selectionStart(), cursor.selectionEnd())
        if span is None:
            return None
        return article, *span, not article.all_furniture(*span)

    def flip(self, side: str | None = None) -> bool:
        """Ask for the caret's lines of `side` (the pane used last) to change sides."""
        found = self.target(side)
        if found is None:
            return False
        article, start, end, furniture = found
        self.flip_requested.emit(article.id, start, end, furniture)
        return True

    def show_menu(self, side: str, point: QPoint) -> None:
        self.context_menu(side, point).popup(self._panes[side][0].viewport().mapToGlobal(point))

    def context_menu(self, side: str, point: QPoint) -> QMenu:
        """The pane's own menu (copy, select all) and the flip, for the line at `point` (or the
        selection's lines)."""
        widget, _ = self._panes[side]
        if not widget.textCursor().hasSelection():
            widget.setTextCursor(widget.cursorForPosition(point))
        self._follow(side)
        menu = widget.createStandardContextMenu(point)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        menu.addAction(self.action)
        return menu

    def _follow(self, side: str) -> None:
        self._side = side
        found = self.target(side)
        self.action.setEnabled(found is not None)
        self.action.setText(TO_STORY if found and not found[3] else TO_FURNITURE)
