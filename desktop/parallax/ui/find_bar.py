"""A small find bar: Enter finds the next match, Shift+Enter the previous, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from parallax.ui.plain import plain_label


class FindBar(QWidget):
    """Emits `find_requested(text, backward)`; the view does the finding and reports back."""

    find_requested = Signal(str, bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findBox")
        self.edit.setAccessibleName("findBox")
        self.edit.setPlaceholderText("Find in the article")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.status = plain_label(QLabel(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        for text, name, backward in (("▲", "Previous match", True), ("▼", "Next match", False)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, back=backward: self.request(backward=back))
            layout.addWidget(button)
        layout.addWidget(self.status)
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName("Close find bar")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def request(self, *, backward: bool = False) -> None:
        if self.edit.text():
            self.find_requested.emit(self.edit.text(), backward)

    def set_side(self, side: str) -> None:
        """Say which text is searched ("A" or "B")."""
        self.edit.setPlaceholderText(f"Find in {side}")
        self.status.setText(f"in {side}")

    def show_result(self, found: bool, *, side: str = "", n: int = 0, m: int = 0) -> None:
        """ "2 of 5 in A", or "Not found in A"."""
        where = f" in {side}" if side else ""
        self.status.setText(
            f"{n} of {m}{where}" if found and m else ("" if found else f"Not found{where}")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key_press = event.type() == QEvent.Type.KeyPress
        if watched is self.edit and key_press and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.request(backward=shift)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
