"""The main window: the library on the left, two articles side by side on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
)

from parallax.model import Article
from parallax.ui.article_pane import ArticlePane
from parallax.ui.article_table import ArticleTableModel


class MainWindow(QMainWindow):
    """Pick two articles in the library table; they open side by side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Parallax")
        self.articles_model = ArticleTableModel(parent=self)
        self.library_view = self._make_library_view()
        self.pane_a = ArticlePane("paneA", self)
        self.pane_b = ArticlePane("paneB", self)
        panes = QSplitter(Qt.Orientation.Horizontal, self)
        panes.addWidget(self.pane_a)
        panes.addWidget(self.pane_b)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.library_view)
        body.addWidget(panes)
        body.setStretchFactor(1, 3)
        body.setSizes([420, 860])
        self.setCentralWidget(body)
        self._make_menus()
        self.resize(1280, 800)

    def show_library(self, articles: Sequence[Article], *, title: str | None = None) -> None:
        """List `articles`, and open the first two of them side by side."""
        self.articles_model.set_articles(articles)
        self.library_view.resizeColumnsToContents()
        if title:
            self.setWindowTitle(f"{title} — Parallax")
        first_two = [*articles[:2], None, None][:2]
        self.show_pair(*first_two)

    def show_pair(self, a: Article | None, b: Article | None) -> None:
        self.pane_a.show_article(a)
        self.pane_b.show_article(b)

    def show_error(self, message: str) -> None:
        QMessageBox.critical(self, "Parallax", message)

    def on_library_selection_changed(self, *_args) -> None:
        rows = sorted({index.row() for index in self.library_view.selectionModel().selectedRows()})
        chosen = [self.articles_model.article(row) for row in rows[:2]]
        if len(chosen) == 2:
            self.show_pair(*chosen)
        elif len(chosen) == 1:
            self.show_pair(chosen[0], self.pane_b.article)

    def _make_library_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("libraryView")
        view.setAccessibleName("libraryView")
        view.setModel(self.articles_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self.on_library_selection_changed)
        return view

    def _make_menus(self) -> None:
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
