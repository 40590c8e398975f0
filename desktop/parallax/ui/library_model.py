"""A thin Qt table model over library rows (articles, or search hits with snippets)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from parallax.model import Article, SearchHit, Story
from parallax.titles import (
    NO_HEADLINE,
    NO_HEADLINE_TIP,
    has_headline,
    headline,
    lead_words,
    shown_title,
)
from parallax.ui.plain import plain_tooltip

ARTICLE_ROLE = Qt.ItemDataRole.UserRole  # the row's Article
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a key that sorts the column naturally (words as ints)
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet as HTML, matched words in <b>
SNIPPET_MARKS = ("[", "]")  # what the panel asks Library.search to put around matched words
_COLUMNS = ("Title", "Outlet", "Published", "Words")
SNIPPET_COLUMN = len(_COLUMNS)  # the column search hits add, after the article's own
_Index = QModelIndex | QPersistentModelIndex


def _split_marks(snippet: str, marks: tuple[str, str]) -> list[tuple[str, bool]]:
    """The snippet as (text, matched) pieces; an unclosed mark runs to the end."""
    opening, closing = marks
    pieces, rest = [], snippet
    while opening in rest:
        before, _, rest = rest.partition(opening)
        matched, found, after = rest.partition(closing)
        pieces += [(before, False), (matched, True)]
        rest = after if found else ""
    pieces.append((rest, False))
    return [(text, matched) for text, matched in pieces if text]


def snippet_html(snippet: str, marks: tuple[str, str] = SNIPPET_MARKS) -> str:
    """A search snippet as HTML: every character escaped, the marked words in bold."""
    return "".join(
        f"<b>{escape(text)}</b>" if matched else escape(text)
        for text, matched in _split_marks(snippet, marks)
    )


def snippet_text(snippet: str, marks: tuple[str, str] = SNIPPET_MARKS) -> str:
    """A search snippet as plain text, without its marks."""
    return "".join(text for text, _ in _split_marks(snippet, marks))


def story_neighbour(article_id: str, stories: Sequence[Story], *, story: str | None = None):
    """The article after `article_id` in its story (before it, if last), or None.

    `story` names the story to look in first, e.g. the one the panel shows.
    """
    ordered = sorted(stories, key=lambda s: s.name != story)
    for candidate in ordered:
        ids = candidate.article_ids
        if article_id in ids and len(ids) > 1:
            at = ids.index(article_id)
            return ids[at + 1] if at + 1 < len(ids) else ids[at - 1]
    return None


class LibraryModel(QAbstractTableModel):
    """Rows are articles in the order given; with search hits, a fifth column holds snippets."""

    def __init__(self, articles: Sequence[Article] = (), parent=None) -> None:
        super().__init__(parent)
        self._articles = list(articles)
        self._snippets: list[str] | None = None
        self.marks = SNIPPET_MARKS

    def set_articles(self, articles: Sequence[Article]) -> None:
        self.beginResetModel()
        self._articles, self._snippets = list(articles), None
        self.endResetModel()

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._articles = [hit.article for hit in hits]
        self._snippets = [hit.snippet for hit in hits]
        self.endResetModel()

    @property
    def showing_hits(self) -> bool:
        return self._snippets is not None

    def article(self, row: int) -> Article:
        return self._articles[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return SNIPPET_COLUMN + (1 if self._snippets is not None else 0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        if role == ARTICLE_ROLE:
            return article
        if index.column() == SNIPPET_COLUMN:
            return self._snippet_data(index.row(), role)
        if index.column() == 0 and not has_headline(article):
            found = _lead_data(article, role)
            if found is not None:
                return found
        value = _value(article, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, int) else str(value).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{shown_title(article)}\nSHA-256 {article.sha256}")
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _snippet_data(self, row: int, role: int):
        snippet = self._snippets[row] if self._snippets is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return snippet_text(snippet, self.marks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(snippet_text(snippet, self.marks))
        if role == SORT_ROLE:
            return row  # the search rank: hits arrive best first
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(snippet, self.marks)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (*_COLUMNS, "Match")[section]
        return None


def _lead_data(article: Article, role: int):
    """The title cell of an article without a headline: its first words, in grey italics,
    saying so in the tooltip and to screen readers."""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setItalic(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{NO_HEADLINE_TIP}.\nSHA-256 {article.sha256}"
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{NO_HEADLINE} {lead_words(article.text)}"
    return None


def _value(article: Article, column: int) -> str | int:
    if column == 0:
        return headline(article) or lead_words(article.text)
    if column == 1:
        return article.outlet or ""
    if column == 2:
        return article.published or ""
    return article.words
