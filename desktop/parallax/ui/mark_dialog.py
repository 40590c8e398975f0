"""The review-mark dialog of the fact sidebar and the story view (a verdict and a free-text note
for one match), and the keys and actions that set marks in both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from parallax.model import MARK_STATES, Match
from parallax.ui.plain import plain_label

# What the sidebar's Mark column shows: a glyph that needs no colour, and the verdict.
MARK_GLYPHS = {"disputed": "✗", "open": "?", "confirmed": "✓", "dismissed": "–"}
# Keys that set a verdict while the fact list has the focus; Ctrl+M asks for a note as well.
MARK_KEYS = {"disputed": "Ctrl+1", "open": "Ctrl+2", "confirmed": "Ctrl+3", "dismissed": "Ctrl+4"}
NOTE_KEY = "Ctrl+M"
MARK_FLAG = "⚑"  # the story view's sign of a marked cell or row (its glyphs are the cells')


def mark_actions(
    widget: QWidget, mark: Callable[[str], object], ask: Callable[[], object]
) -> dict[str, QAction]:
    """The review-mark actions of a view, on `widget` (its keys work while it has the focus;
    a context menu can list them): one per verdict calling `mark(state)`, and "note" calling
    `ask()` for a verdict with a note. The fact sidebar and the story view share them."""
    actions = {}
    for state in MARK_STATES:
        action = QAction(f"Mark as {state.capitalize()}", widget)
        action.setShortcut(QKeySequence(MARK_KEYS[state]))
        action.triggered.connect(lambda _checked=False, s=state: mark(s))
        actions[state] = action
    note = QAction("Mark with a Note…", widget)
    note.setShortcut(QKeySequence(NOTE_KEY))
    note.triggered.connect(lambda _checked=False: ask())
    actions["note"] = note
    for action in actions.values():
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        widget.addAction(action)
    return actions


def mark_label(match: Match) -> str:
    """The Mark column's text: "✗ disputed", or nothing for an unmarked match."""
    if match.mark is None:
        return ""
    return f"{MARK_GLYPHS.get(match.mark.state, '')} {match.mark.state}"


def mark_tooltip(match: Match) -> str:
    if match.mark is None:
        return "Not marked yet: Ctrl+1 disputed, Ctrl+2 open, Ctrl+3 confirmed, Ctrl+4 dismissed"
    note = match.mark.note or "no note"
    return f"{match.mark.state}, {match.mark.marked_at}: {note}"


class MarkDialog(QDialog):
    """Choose a verdict and write a note; Save emits accepted, Cancel changes nothing."""

    def __init__(self, match: Match, parent=None, *, sides: tuple[str, str] = ("A", "B")) -> None:
        super().__init__(parent)
        self.setObjectName("markDialog")
        self.setWindowTitle("Review mark")
        a = match.a.text if match.a else "—"
        b = match.b.text if match.b else "—"
        self.state_box = QComboBox(self)
        self.state_box.setObjectName("markState")
        self.state_box.addItems(MARK_STATES)
        current = match.mark.state if match.mark else "open"
        self.state_box.setCurrentText(current)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("markNote")
        self.note_edit.setPlaceholderText("Who confirmed what, and how")
        self.note_edit.setPlainText(match.mark.note if match.mark else "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        what = f"{match.kind}: “{a}” ({sides[0]}) vs “{b}” ({sides[1]})"
        form.addRow(plain_label(QLabel(what, self)))
        form.addRow("Verdict", self.state_box)
        form.addRow("Note", self.note_edit)
        form.addRow(buttons)

    def state(self) -> str:
        return self.state_box.currentText()

    def note(self) -> str:
        return self.note_edit.toPlainText()


def open_mark_dialog(
    match: Match,
    parent: QWidget,
    save: Callable[[str, str], object],
    *,
    sides: tuple[str, str] = ("A", "B"),
) -> MarkDialog:
    """Open the mark dialog for `match` (window-modal, deleted when closed); Save calls
    `save(state, note)`, Cancel changes nothing."""
    dialog = MarkDialog(match, parent, sides=sides)
    dialog.accepted.connect(lambda: save(dialog.state(), dialog.note()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
