"""One read-only pane: an article's header (title, outlet, byline, date) above its text."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from parallax.model import Article


class ArticlePane(QWidget):
    """Shows one article; the text widget holds exactly `article.text`, so offsets map 1:1."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(self.header.textFormat().RichText)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName(name)
        self.text.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self.article: Article | None = None

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            self.header.setText("<i>Pick an article in the library</i>")
            self.text.setPlainText("")
            return
        self.header.setText(_header_html(article))
        self.header.setToolTip(f"SHA-256 of the original: {article.sha256}")
        self.text.setPlainText(article.text)


def _header_html(article: Article) -> str:
    title = html.escape(article.title or "(untitled)")
    details = " · ".join(
        html.escape(part) for part in (article.outlet, article.byline, article.published) if part
    )
    return f"<b>{title}</b><br><span>{details}</span>"
