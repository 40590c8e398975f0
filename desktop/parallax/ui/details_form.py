"""The form of an article's details (headline, outlet, byline, date, URL), with the date checked."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from parallax import errors
from parallax.application.editing import clean_details
from parallax.model import DETAIL_FIELDS
from parallax.ui.plain import plain_label

# (label with its Alt key, placeholder) per detail, in DETAIL_FIELDS order
_ROWS = {
    "title": ("&Headline", "none: the library shows the first words"),
    "outlet": ("&Outlet", "e.g. Valley Radio"),
    "byline": ("&Byline", "e.g. Ana Petrova"),
    "published": ("&Published", "YYYY-MM-DD"),
    "url": ("&URL", "https://…"),
}


class DetailsForm(QWidget):
    """One line edit per detail (`edits[name]`); an empty one clears the detail."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in DETAIL_FIELDS:
            label, placeholder = _ROWS[name]
            edit = QLineEdit(self)
            edit.setObjectName(f"details_{name}")
            edit.setAccessibleName(label.replace("&", ""))
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(self.on_edit_text_edited)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.message = plain_label(QLabel(self))
        self.message.setObjectName("detailsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C0392B")  # an error, and the text says so too
        self.message.hide()
        form.addRow(self.message)

    def set_values(self, values: Mapping[str, str | None]) -> None:
        """Fill the named fields (None: empty); the others keep what they hold."""
        for name, value in values.items():
            self.edits[name].setText(value or "")

    def values(self) -> dict[str, str | None]:
        """Every detail as typed, trimmed; empty as None."""
        return {name: edit.text().strip() or None for name, edit in self.edits.items()}

    def checked_values(self) -> dict[str, str | None] | None:
        """The details cleaned as they will be stored, or None after showing why they cannot
        be (a date that is not YYYY-MM-DD), with the keyboard in the field to fix."""
        try:
            return clean_details(self.values())
        except errors.InputError as error:
            self.message.setText(f"Publication date: {error}.")
            self.message.show()
            self.edits["published"].setFocus()
            self.edits["published"].selectAll()
            return None

    def on_edit_text_edited(self, _text: str) -> None:
        self.message.hide()
