"""The legend: every highlight category drawn with its own format, and what its cue is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from parallax.ui.palette import CUES, INSERTION_LABEL, char_format

MAX_LINES = 6  # beyond this (a very narrow window, a huge font) the legend scrolls


class Legend(QTextEdit):
    """A read-only, borderless text showing each category's sample with its exact format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName("legend")
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_cues(dark=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        if event.size().width() != event.oldSize().width():
            # the text re-wraps when the scroll bar comes or goes after this: fit again then
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """As tall as its wrapped lines (every entry visible), at most MAX_LINES lines."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        most = MAX_LINES * self.fontMetrics().lineSpacing() + 2 * document.documentMargin()
        # the document's height counts its margins: capping it at the lines alone cut the last
        # line short by the margins, with a scroll bar, at every window size
        height = min(document.size().height(), most) + 2 * self.frameWidth()
        self.setFixedHeight(int(height))

    def entries(self) -> list[tuple[str, str, str]]:
        """(category, label, non-colour cue) in legend order."""
        return [(category, cue.label, cue.shape) for category, cue in CUES.items()]

    def show_cues(self, *, dark: bool) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        for n, (category, label, shape) in enumerate(self.entries()):
            if n:
                cursor.insertText("   ", plain)
            cursor.insertText(label, char_format(category, dark=dark))
            cursor.insertText(f" ({shape})", plain)
        cursor.insertText(f"   ‸ {INSERTION_LABEL}", plain)
        self._fit()
        self.setAccessibleDescription(
            "; ".join(f"{label}: {shape}" for _, label, shape in self.entries())
            + f"; {INSERTION_LABEL}"
        )
