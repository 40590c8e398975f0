"""Article ▸ Edit Details…: correct an article's headline, outlet, byline, date and URL."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from parallax.application.editing import changed_details
from parallax.model import Article
from parallax.titles import shown_title
from parallax.ui.details_form import DetailsForm


class DetailsDialog(QDialog):
    """The details prefilled; Save checks the date and closes, Cancel changes nothing."""

    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("detailsDialog")
        self.setWindowTitle("Edit Details")
        about = QLabel(
            f"<b>{html.escape(shown_title(article, width=70))}</b><br>"
            f"<small>{article.words:,} words · SHA-256 {article.sha256[:12]}…<br>"
            "The text and the original never change. An empty field clears that detail; a new "
            "date re-dates “Monday” and “yesterday” in the facts.</small>",
            self,
        )
        about.setWordWrap(True)
        self.form = DetailsForm(self)
        self.form.set_values({name: getattr(article, name) for name in self.form.edits})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter in any field saves
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.form.edits["title"].setFocus()

    def changes(self) -> dict[str, str | None]:
        """The details that differ from the article's, as they will be stored."""
        return changed_details(self.article, self.form.values())

    def accept(self) -> None:
        """Close only when the details can be stored; else the form says why."""
        if self.form.checked_values() is not None:
            super().accept()
