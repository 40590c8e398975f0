"""A dialog to paste text as a new article, with its title, outlet and publication date."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)


@dataclass(frozen=True)
class Pasted:
    text: str
    title: str | None
    outlet: str | None
    published: str | None


class PasteDialog(QDialog):
    """Title, outlet, date (YYYY-MM-DD, optional) and the text; checked again on import."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste Text as Article")
        self.title_edit = self._line("pasteTitle", "Headline (optional)")
        self.outlet_edit = self._line("pasteOutlet", "Outlet (optional)")
        self.date_edit = self._line("pasteDate", "YYYY-MM-DD (optional)")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName("pasteText")
        self.text_edit.setPlaceholderText("Paste the article here")
        form = QFormLayout()
        form.addRow("&Title", self.title_edit)
        form.addRow("&Outlet", self.outlet_edit)
        form.addRow("&Published", self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def pasted(self) -> Pasted:
        """What was entered; blank fields are None."""
        return Pasted(
            text=self.text_edit.toPlainText(),
            title=self.title_edit.text().strip() or None,
            outlet=self.outlet_edit.text().strip() or None,
            published=self.date_edit.text().strip() or None,
        )

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit
