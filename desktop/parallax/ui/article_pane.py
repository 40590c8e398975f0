"""One read-only pane: an article's header (title, outlet, byline, date) above its text."""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPolygonF, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from parallax.model import Article
from parallax.titles import NO_HEADLINE_TIP, has_headline, headline, lead_words


class ArticleText(QPlainTextEdit):
    """The article's text, with a caret mark wherever the other version adds text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.insertion_points: tuple[int, ...] = ()
        self.mark_color = QColor("#0072B2")
        self.marks_painted = 0  # marks drawn by the last paint (tests, and a cheap sanity check)

    def set_insertion_points(self, points: Sequence[int], color: QColor) -> None:
        self.insertion_points, self.mark_color = tuple(sorted(points)), QColor(color)
        self.viewport().update()

    def visible_range(self) -> tuple[int, int]:
        """First and last character positions shown in the viewport."""
        rect = self.viewport().rect()
        first = self.cursorForPosition(rect.topLeft()).position()
        last = self.cursorForPosition(rect.bottomRight()).position()
        return first, last

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.marks_painted = 0
        if not self.insertion_points:
            return
        first, last = self.visible_range()
        low = bisect.bisect_left(self.insertion_points, first)
        high = bisect.bisect_right(self.insertion_points, last)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.mark_color)
        painter.setBrush(self.mark_color)
        cursor = QTextCursor(self.document())
        for point in self.insertion_points[low:high]:
            cursor.setPosition(point)
            rect = self.cursorRect(cursor)
            x = rect.left() + 0.5
            painter.drawLine(QPointF(x, rect.top() + 2), QPointF(x, rect.bottom()))
            wedge = QPolygonF(
                [
                    QPointF(x - 3.5, rect.bottom() + 1),
                    QPointF(x + 3.5, rect.bottom() + 1),
                    QPointF(x, rect.bottom() - 3),
                ]
            )
            painter.drawPolygon(wedge)
            self.marks_painted += 1
        painter.end()


class ArticlePane(QWidget):
    """Shows one article; the text widget holds exactly `article.text`, so offsets map 1:1."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(self.header.textFormat().RichText)
        self.text = ArticleText(self)
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
        tip = f"SHA-256 of the original: {article.sha256}"
        self.header.setToolTip(tip if has_headline(article) else f"{NO_HEADLINE_TIP}.\n{tip}")
        self.text.setPlainText(article.text)


def _header_html(article: Article) -> str:
    title = html.escape(headline(article))
    if not title:  # grey italics and a label: first words, not a headline
        lead = html.escape(lead_words(article.text, width=90))
        title = f"<span style='color:#7A7A7A'>no headline:</span> <i>{lead}</i>"
    details = " · ".join(
        html.escape(part) for part in (article.outlet, article.byline, article.published) if part
    )
    return f"<b>{title}</b><br><span>{details}</span>"
