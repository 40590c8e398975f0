"""File ▸ Paste Text as Article…: a copied page or text, with the details it gave, to correct.

A browser's copy holds the page's HTML as well as its plain text. The HTML is read the way an
imported .html file is (trafilatura: the article without menus, and its headline, outlet,
byline, date and URL); the plain text is kept as the fallback when the HTML holds no article.
The details found are shown in editable fields, and what the dialog shows is what is stored.
Reading one page takes well under a second, so it runs here rather than in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from parallax import errors
from parallax.application.importing import read_pasted
from parallax.model import DETAIL_FIELDS, Article, Parsed
from parallax.ui.details_form import DetailsForm

REREAD_DELAY_MS = 400  # typed or pasted plain text is read again this long after the last key


@dataclass(frozen=True)
class Pasted:
    """A paste as the dialog shows it: its text, exactly these details (None: none), and the
    copied page (HTML) the text was recovered from, stored as the original when given, with
    the page as the dialog read it (`page`), so that it is not read again."""

    text: str
    title: str | None
    outlet: str | None
    published: str | None
    byline: str | None = None
    url: str | None = None
    html: str | None = None
    page: Parsed | None = field(default=None, repr=False)

    def details(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in DETAIL_FIELDS}


class PasteArea(QPlainTextEdit):
    """The text box; a paste that carries HTML is handed to the dialog to read as a page."""

    page_pasted = Signal(QMimeData)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml() and source.html().strip():
            self.page_pasted.emit(source)
        else:
            super().insertFromMimeData(source)


class PasteDialog(QDialog):
    """The clipboard's page or text and its details; Save checks the date first."""

    def __init__(self, parent=None, *, mime: QMimeData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteDialog")
        self.setWindowTitle("Paste Text as Article")
        self._html: str | None = None  # the copied page, while its recovered text is shown
        self._page: Parsed | None = None  # that page as read
        self._plain = ""  # the plain text copied with it: the fallback
        self._found: dict[str, str | None] = {}  # details last filled in from what was read
        self.source_label = QLabel(self)
        self.source_label.setObjectName("pasteSource")
        self.source_label.setWordWrap(True)
        self.form = DetailsForm(self)
        self.title_edit = self.form.edits["title"]
        self.outlet_edit = self.form.edits["outlet"]
        self.byline_edit = self.form.edits["byline"]
        self.date_edit = self.form.edits["published"]
        self.url_edit = self.form.edits["url"]
        self.text_edit = PasteArea(self)
        self.text_edit.setAccessibleName("pasteText")
        self.text_edit.setPlaceholderText("Paste the article here (Ctrl+V)")
        self.text_edit.page_pasted.connect(self.load)
        self.text_edit.textChanged.connect(self.on_text_edit_text_changed)
        self.plain_button = QPushButton("Use the Plain Text Instead", self)
        self.plain_button.clicked.connect(self.on_plain_button_clicked)
        self.reread_timer = QTimer(self, singleShot=True, interval=REREAD_DELAY_MS)
        self.reread_timer.timeout.connect(self.on_reread_timer_timeout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._show_source()
        if mime is not None:
            self.load(mime)

    # What was pasted ------------------------------------------------------------------------
    def load(self, mime: QMimeData) -> None:
        """Read a paste: its HTML as a page when it has some, else its text; the text box and
        the details show what was recovered."""
        html = mime.html() if mime.hasHtml() else ""
        plain = mime.text() if mime.hasText() else ""
        self._plain = plain
        parsed = self._read(plain, html or None)
        if parsed is not None and parsed.article.format == "html":  # else the text was read
            self._html, self._page = html, parsed
            self._set_text(parsed.article.text)
        else:
            self._html = self._page = None
            self._set_text(plain)
        if parsed is not None:
            self._fill(parsed.article)
        self._show_source(page_refused=bool(html.strip()) and self._html is None)

    def reading_page(self) -> bool:
        """Whether the text shown is what was recovered from a copied page (unedited)."""
        page = self._page
        return page is not None and self.text_edit.toPlainText() == page.article.text

    def pasted(self) -> Pasted:
        """What will be stored: the page or the text as shown, with the details as shown."""
        if self.reading_page():
            return self._with_details(self._plain, html=self._html, page=self._page)
        return self._with_details(self.text_edit.toPlainText())

    def _with_details(
        self, text: str, *, html: str | None = None, page: Parsed | None = None
    ) -> Pasted:
        values = self.form.values()
        return Pasted(
            text=text,
            title=values["title"],
            outlet=values["outlet"],
            published=values["published"],
            byline=values["byline"],
            url=values["url"],
            html=html,
            page=page,
        )

    def accept(self) -> None:
        if self.form.checked_values() is not None:
            super().accept()

    # Slots ----------------------------------------------------------------------------------
    def on_text_edit_text_changed(self) -> None:
        if not self.reading_page():
            self._html = self._page = None
            self._show_source()
            self.reread_timer.start()

    def on_reread_timer_timeout(self) -> None:
        parsed = self._read(self.text_edit.toPlainText(), None)
        if parsed is not None:
            self._fill(parsed.article)

    def on_plain_button_clicked(self) -> None:
        self._html = self._page = None
        self._set_text(self._plain)
        self.reread_timer.stop()
        self.on_reread_timer_timeout()
        self._show_source()

    # Helpers --------------------------------------------------------------------------------
    def _read(self, text: str, html: str | None) -> Parsed | None:
        try:
            return read_pasted(text, html=html)
        except errors.InputError:
            return None  # empty so far: Save will say so

    def _set_text(self, text: str) -> None:
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)

    def _fill(self, article: Article) -> None:
        """Show the details found, except where the user typed something of their own."""
        shown = self.form.values()
        found = {name: getattr(article, name) for name in DETAIL_FIELDS}
        for name, value in found.items():
            if shown[name] in (None, self._found.get(name)):  # empty, or found there before
                self.form.set_values({name: value})
        self._found = found

    def _show_source(self, *, page_refused: bool = False) -> None:
        if self._html is not None:
            words = len(self.text_edit.toPlainText().split())
            text = (
                f"<b>Read from the copied page</b> ({words:,} words; menus and links left out). "
                "Check the details below; editing the text stores it as plain text."
            )
        elif page_refused:
            text = "<b>The copied page held no article text</b>, so its plain text is used."
        else:
            text = "Paste a page or text (Ctrl+V); the details found in it appear below."
        self.source_label.setText(text)
        self.plain_button.setVisible(self._html is not None and bool(self._plain.strip()))
