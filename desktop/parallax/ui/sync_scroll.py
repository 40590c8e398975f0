"""Scroll one pane to the place the alignment maps the other pane's top line to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QPlainTextEdit

from parallax.compare.navigate import OffsetMap


def top_position(pane: QPlainTextEdit) -> int:
    """The character at the top-left of the pane's viewport."""
    return pane.cursorForPosition(QPoint(0, 0)).position()


def scroll_to_position(pane: QPlainTextEdit, position: int) -> None:
    """Scroll so the line holding `position` is the top line (QPlainTextEdit scrolls by line)."""
    block = pane.document().findBlock(position)
    if not block.isValid():
        return
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position()) if layout else None
    within = line.lineNumber() if line is not None and line.isValid() else 0
    pane.verticalScrollBar().setValue(block.firstLineNumber() + within)


class SyncScroller(QObject):
    """Keeps pane B on the text pane A shows at its top, and the other way round.

    Re-entrant calls are dropped (Meld's `with_scroll_lock`): A scrolling B must not scroll A.
    """

    def __init__(self, pane_a: QPlainTextEdit, pane_b: QPlainTextEdit, parent=None) -> None:
        super().__init__(parent)
        self.panes = {"a": pane_a, "b": pane_b}
        self.enabled = True
        self.offsets: OffsetMap | None = None
        self.dropped = 0  # re-entrant calls dropped so far, for tests and debugging
        self._locked = False
        pane_a.verticalScrollBar().valueChanged.connect(self.on_a_scrolled)
        pane_b.verticalScrollBar().valueChanged.connect(self.on_b_scrolled)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Move panes programmatically without either one dragging the other."""
        was, self._locked = self._locked, True
        try:
            yield
        finally:
            self._locked = was

    def on_a_scrolled(self, _value: int) -> None:
        self._follow("a")

    def on_b_scrolled(self, _value: int) -> None:
        self._follow("b")

    def _follow(self, side: str) -> None:
        if not self.enabled or self.offsets is None:
            return
        if self._locked:
            self.dropped += 1
            return
        other = "b" if side == "a" else "a"
        position = self.offsets.map(side=side, position=top_position(self.panes[side]))
        with self.locked():
            scroll_to_position(self.panes[other], position)
