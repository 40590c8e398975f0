"""The main window: library on the left, the two versions in the middle, facts on the right."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from types import EllipsisType
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parallax import errors
from parallax.application.analyses import ArticlesRead, compare_in_library, story_in_library
from parallax.application.editing import edit_in_library, flip_in_library
from parallax.application.importing import import_pasted, import_paths
from parallax.application.marking import mark_in_library
from parallax.model import Article, Comparison, Fact, Mark, Match, StoryMatrix
from parallax.nlp.models import expected_model
from parallax.report.digest import summary_line
from parallax.titles import shown_title
from parallax.ui import library_tasks as tasks
from parallax.ui import menus
from parallax.ui.compare_view import CompareView
from parallax.ui.details_dialog import DetailsDialog
from parallax.ui.export_actions import ExportActions
from parallax.ui.fact_sidebar import FactSidebar
from parallax.ui.furniture_flip import FLIP_KEYS, FurnitureFlipper
from parallax.ui.library_panel import LibraryPanel
from parallax.ui.paste_dialog import Pasted, PasteDialog
from parallax.ui.plain import plain_label, plain_message_box
from parallax.ui.story_marks import StoryMarkActions
from parallax.ui.story_view import StoryView
from parallax.ui.theme import THEMES, apply_theme
from parallax.ui.version_timeline import VersionTimeline
from parallax.ui.worker import Worker

MIN_TEXT_SIZE, MAX_TEXT_SIZE = 8, 32


# library, the two versions, facts: the first layout (at 1280 px each text gets ~360 px)
SPLIT_SHARES = (0.18, 0.6, 0.22)


# What the reader showed last, restored when it opens on the whole library again.
LAST_STORY_KEY, LAST_PAIR_KEY = "reader/story", "reader/pair"


class MainWindow(ExportActions, StoryMarkActions, QMainWindow):
    """Pick two articles in the library (or drop two files); they open side by side."""

    def __init__(self, library: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.comparison: Comparison | None = None
        self.workers: set[Worker] = set()
        self._comparison_worker: Worker | None = None  # the latest comparison requested
        self._select_after_listing: list[str] = []  # ids to select once the next listing shows
        self._note_after_comparison = ""  # a message to show once the next comparison shows
        self.last_export: Path | None = None  # the report written last, for Open Last Export
        self._story_worker: Worker | None = None  # the latest story view requested
        # (a id, its fact, b id, its fact): the story view's cell to select once compared
        self._match_after_comparison: tuple[str, Fact | None, str, Fact | None] | None = None
        self.setWindowTitle("Parallax")
        self.setAcceptDrops(True)
        self.library_panel = LibraryPanel(self)
        self.compare_view = CompareView(self)
        self.fact_sidebar = FactSidebar(self)
        self.story_view = StoryView(self)
        self.centre = QTabWidget(self)  # the compare view, and the story view beside it
        self.centre.setDocumentMode(True)
        self.centre.addTab(self.compare_view, "Compare")
        self.centre.addTab(self.story_view, "Story")
        self.version_timeline = VersionTimeline(self)  # a bar above the two versions
        column = self.compare_view.layout()
        assert isinstance(column, QVBoxLayout)  # CompareView lays its parts out in one column
        column.insertWidget(0, self.version_timeline)
        self.flipper = FurnitureFlipper(
            {
                "a": (self.compare_view.pane_a, lambda: self.compare_view.column_a.article),
                "b": (self.compare_view.pane_b, lambda: self.compare_view.column_b.article),
            },
            self,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.library_panel, self.centre, self.fact_sidebar):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([440, 800, 360])
        self._layout_restored = False
        self.setCentralWidget(self.splitter)
        self._make_status_bar()
        self._make_menus()
        self._connect()
        self.resize(1600, 900)
        self._restore_settings()

    # What the window shows ---------------------------------------------------------------------
    def show_library(
        self, articles: Sequence[Article], *, story: str | None = None, restore: bool = False
    ) -> None:
        """List `articles` (the story `story`'s, if named) and compare the first two, as
        `make run` does on the sample story. With `restore` (the reader opened on the whole
        library), the story and the pair shown when it was last used come back, if they are
        still there."""
        pair = [article.id for article in articles[:2]]
        if restore:
            settings = QSettings()
            story = str(settings.value(LAST_STORY_KEY, "") or "") or story
            last = [str(value) for value in (settings.value(LAST_PAIR_KEY) or [])]
            if len(last) == 2 and set(last) <= {article.id for article in articles}:
                pair = last
        self.library_panel.set_articles(list(articles))
        if story:
            self.setWindowTitle(f"{story} — Parallax")
        self.refresh_stories(story)  # the story chooser, with `story` chosen (if it still is)
        if len(pair) == 2:
            self.compare(*pair)

    def compare(self, a_id: str, b_id: str) -> Worker:
        """Compare two library articles in a worker; the result reaches the view by signal.
        The latest request wins: an earlier comparison still running is cancelled, and its
        result is dropped if it arrives anyway."""
        if self._comparison_worker is not None:
            self._comparison_worker.cancel()
        self._comparison_worker = self.run(
            lambda: compare_in_library(self.library, a_id, b_id),
            self.on_comparison_finished,
            busy="Comparing…",
        )
        return self._comparison_worker

    def open_story(self, article_ids: Sequence[str] = (), *, story: str | None = None) -> Worker:
        """The story view of `article_ids` (or of every article of `story`), its matrix made in
        a worker; the latest request wins."""
        if self._story_worker is not None:
            self._story_worker.cancel()
        ids = list(article_ids)
        self._story_worker = self.run(
            lambda: story_in_library(self.library, ids, story=story),
            self.on_story_finished,
            busy="Building the story view…",
        )
        return self._story_worker

    def open_story_view(self) -> Worker | None:
        """View ▸ Story View: three or more selected articles, else the chosen story."""
        selected = self.library_panel.selected_ids()
        if len(selected) > 2:
            return self.open_story(selected)
        story = self.library_panel.current_story()
        if story is None:
            self.show_error("Choose a story in the library, or select three or more articles.")
            return None
        return self.open_story(story=story)

    def show_compare_view(self) -> None:
        """Back from the story view to the two texts side by side."""
        self.centre.setCurrentWidget(self.compare_view)
        self.compare_view.pane_a.setFocus()

    def swap_sides(self) -> Worker | None:
        """Show the comparison with A and B the other way round."""
        shown = self.comparison
        if shown is None:
            self.statusBar().showMessage("Compare two articles first, then swap them.", 5000)
            return None
        return self.compare(shown.b.id, shown.a.id)

    def import_files(self, paths: Sequence[str | Path], *, story: str | None = None) -> Worker:
        """Import files or folders in a worker, with progress and a Cancel button."""
        return self.run(
            lambda: import_paths(self.library, list(paths), story=story),
            self.on_import_finished,
            busy="Importing…",
        )

    def import_pasted(self, pasted: Pasted) -> Worker:
        """Store a paste (the copied page or text, with the dialog's details) as an article,
        in a worker."""
        return self.run(
            lambda: import_pasted(
                self.library,
                pasted.text,
                html=pasted.html,
                details=pasted.details(),
                parsed=pasted.page,
            ),
            self.on_import_finished,
            busy="Importing…",
        )

    def edit_details(self, article: Article) -> DetailsDialog:
        """Open the details of `article` to correct (window-modal); Save stores the changes."""
        dialog = DetailsDialog(article, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_details(article.id, dialog.changes()))
        dialog.open()
        return dialog

    def save_details(self, article_id: str, changes: dict) -> Worker | None:
        """Store changed details in a worker; the library list and any comparison showing the
        article follow."""
        if not changes:
            self.statusBar().showMessage("Nothing changed.", 5000)
            return None
        save = tasks.one_step(lambda: edit_in_library(self.library, article_id, changes))
        return self.run(save, self.on_details_saved, busy="Saving…")

    def flip_furniture(self, article_id: str, start: int, end: int, furniture: bool) -> Worker:
        """Store that text[start:end] of the article is page furniture (or story), in a worker;
        the comparison showing it is made again (from the cached facts: no model run)."""
        flip = tasks.one_step(
            lambda: flip_in_library(self.library, article_id, start, end, furniture)
        )
        return self.run(
            flip, lambda article: self.on_furniture_flipped(article, furniture), busy="Saving…"
        )

    def save_mark(self, match: Match, state: str, note: str) -> Worker | None:
        """Store a review mark on `match` of the comparison shown, in a worker; the sidebar
        shows it when stored."""
        comparison = self.comparison
        if comparison is None:
            return None
        save = tasks.one_step(
            lambda: mark_in_library(self.library, comparison, match, state=state, note=note)
        )
        return self.run(save, lambda mark: self.on_mark_saved(comparison, match, mark))

    def refresh_stories(self, story: str | EllipsisType | None = ...) -> Worker:
        """List the articles of `story` (None: all; by default the story the panel shows) and
        every story, in a worker."""
        if isinstance(story, EllipsisType):
            story = self.library_panel.current_story()
        return self.run(tasks.one_step(lambda: tasks.listing(self.library, story)), self.on_listing)

    def show_error(self, message: str) -> None:
        """One clear message in the window, without blocking it (and in the status bar)."""
        self.statusBar().showMessage(message, 15000)
        box = plain_message_box(
            QMessageBox(QMessageBox.Icon.Warning, "Parallax", message, parent=self)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = message

    # Running work off the GUI thread -----------------------------------------------------------
    def run(self, work: Callable, done: Callable[[Any], object], *, busy: str = "") -> Worker:
        worker = Worker(work)  # not parented: it must outlive a window closed while it runs
        self.workers.add(worker)
        worker.progressed.connect(self.on_worker_progressed)
        worker.finished.connect(done)
        worker.failed.connect(self.on_worker_failed)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(self.on_worker_ended)
        if busy:
            self.statusBar().showMessage(busy)
            self.progress.setRange(0, 0)
            self.progress.show()
            self.cancel_button.show()
        worker.start()
        return worker

    def closeEvent(self, event) -> None:
        """Running work stops at its next step; nothing half-done is written (imports write
        once at the end, in one transaction). The layout is remembered for next time."""
        for worker in list(self.workers):
            worker.cancel()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time, with no remembered layout: the two versions get most of the width
        (the side panels' wide tables would otherwise squeeze them on a 1280-pixel screen)."""
        super().showEvent(event)
        if not self._layout_restored:
            self._layout_restored = True
            width = max(self.splitter.width(), self.width())
            self.splitter.setSizes([int(width * share) for share in SPLIT_SHARES])

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry, splitter = settings.value("window/geometry"), settings.value("window/splitter")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if splitter is not None:
            self._layout_restored = self.splitter.restoreState(splitter)
        theme = settings.value("view/theme")
        if theme in THEMES and theme != "system":
            self.set_theme(theme)
        size = settings.value("view/text_size")
        if size is not None:
            self.set_text_size(int(size))

    def set_theme(self, name: str) -> None:
        """Use the theme `name`, one of THEMES ("system" follows the light/dark scheme), and
        remember it."""
        name = apply_theme(name)
        self.theme_actions[name].setChecked(True)
        QSettings().setValue("view/theme", name)

    def on_theme_triggered(self, action: QAction) -> None:
        self.set_theme(action.data())

    def set_text_size(self, points: int) -> None:
        """The size of the articles' text (8-32 points), remembered between runs."""
        points = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))
        font = self.compare_view.font()
        font.setPointSize(points)
        self.compare_view.setFont(font)
        QSettings().setValue("view/text_size", points)

    def change_text_size(self, step: int) -> None:
        self.set_text_size(self.text_size() + step)

    def text_size(self) -> int:
        return self.compare_view.font().pointSize()

    def on_worker_ended(self, *_args) -> None:
        """A worker finished, failed or was cancelled (a bound slot: Qt drops it with us)."""
        self.workers.discard(self.sender())
        if not any(w.running for w in self.workers):
            self.progress.hide()
            self.cancel_button.hide()

    def on_worker_progressed(self, step: object) -> None:
        if isinstance(step, ArticlesRead):  # a comparison's texts, before its analysis
            if not self._is_stale_comparison():
                self.compare_view.show_texts(step.a, step.b)
            return
        if isinstance(step, tuple) and len(step) == 2 and step[1]:
            self.progress.setRange(0, int(step[1]))
            self.progress.setValue(int(step[0]))

    def _is_stale_comparison(self) -> bool:
        """Whether the signal being handled comes from a comparison requested before the
        latest one (called directly, not from a worker, nothing is stale)."""
        sender = self.sender()
        return isinstance(sender, Worker) and sender is not self._comparison_worker

    def on_worker_failed(self, error: BaseException) -> None:
        if isinstance(error, errors.ParallaxError):
            self.show_error(str(error))
        else:  # a bug: show it, and keep it visible to developers
            self.show_error(f"Something went wrong: {type(error).__name__}: {error}")
            raise error

    def on_cancel_button_clicked(self) -> None:
        for worker in list(self.workers):
            worker.cancel()
        self.statusBar().showMessage("Cancelled; nothing was changed.", 5000)

    # Results -----------------------------------------------------------------------------------
    def on_story_finished(self, matrix: StoryMatrix) -> None:
        sender = self.sender()
        if isinstance(sender, Worker) and sender is not self._story_worker:
            return  # an older request
        self.story_view.set_matrix(matrix)
        self.centre.setCurrentWidget(self.story_view)
        self.story_view.table.setFocus()
        self.statusBar().showMessage(
            "Story view: Enter on a cell opens that article beside the row's reference; "
            "Escape goes back.",
            10000,
        )

    def on_story_cell_opened(
        self, a_id: str, a_fact: Fact | None, b_id: str, b_fact: Fact | None
    ) -> Worker:
        """Compare the two articles of a story-view cell, then select the cell's fact."""
        self._match_after_comparison = (a_id, a_fact, b_id, b_fact)
        self.centre.setCurrentWidget(self.compare_view)
        return self.compare(a_id, b_id)

    def on_version_step_requested(self, a_id: str, b_id: str) -> Worker:
        """A step of the version timeline: its pair, in the compare view (from the story view
        too)."""
        self.centre.setCurrentWidget(self.compare_view)
        return self.compare(a_id, b_id)

    def _select_story_match(self, comparison: Comparison) -> None:
        pending, self._match_after_comparison = self._match_after_comparison, None
        if pending is None or (pending[0], pending[2]) != (comparison.a.id, comparison.b.id):
            return
        _, a_fact, _, b_fact = pending

        def same(fact: Fact | None, wanted: Fact | None) -> bool:
            return wanted is not None and fact is not None and fact.start == wanted.start

        found = [m for m in comparison.matches if same(m.a, a_fact) and same(m.b, b_fact)]
        found += [m for m in comparison.matches if same(m.a, a_fact) or same(m.b, b_fact)]
        if found and not self.fact_sidebar.select_match(found[0]):
            self.compare_view.show_match(found[0])  # filtered out of the list: still shown

    def on_comparison_finished(self, comparison: Comparison) -> None:
        if self._is_stale_comparison():
            return  # an older request, finished after a newer one was made: not shown
        self.comparison = comparison
        QSettings().setValue(LAST_PAIR_KEY, [comparison.a.id, comparison.b.id])
        self.compare_view.set_comparison(comparison)
        self.fact_sidebar.set_comparison(comparison)
        self._select_story_match(comparison)
        self.version_timeline.follow(comparison)
        # the reports' own count line: possible conflicts apart from conflicts, in one wording;
        # a label, not a message: a menu's status tips and any later message had wiped it
        self.summary_label.setText(summary_line(comparison))
        self.statusBar().clearMessage()
        if self._note_after_comparison:
            self.statusBar().showMessage(self._note_after_comparison, 10000)
            self._note_after_comparison = ""

    def on_mark_saved(self, comparison: Comparison, match: Match, mark: Mark) -> None:
        marked = dataclasses.replace(match, mark=mark)
        if self.comparison is comparison:  # not replaced by another comparison meanwhile
            matches = tuple(marked if m == match else m for m in comparison.matches)
            self.comparison = dataclasses.replace(comparison, matches=matches)
            self.fact_sidebar.show_marked(match, marked)
        self.story_view.add_mark(mark, replacing=match.mark)  # if its story is shown
        self.statusBar().showMessage(f"Marked {mark.state}: {match.kind}.", 8000)

    def on_import_finished(self, result) -> None:
        skipped = f"; {len(result.skipped)} skipped" if result.skipped else ""
        stored = [article for article, _ in result.stored]
        still = ""
        if self.comparison is not None and len(stored) != 2:
            still = " The texts are still the earlier comparison: select two and press Enter."
        message = f"Imported {len(result.stored)} article(s){skipped}.{still}"
        self.statusBar().showMessage(message, 15000 if still else 8000)
        self._select_after_listing = [article.id for article in stored]
        self.refresh_stories(None)  # all articles, so the new ones are in view, selected
        if len(stored) == 2:
            self.compare(stored[0].id, stored[1].id)

    def on_details_saved(self, article: Article) -> None:
        self.statusBar().showMessage(f"Saved the details of “{shown_title(article)}”.", 8000)
        self._select_after_listing = [article.id]
        self.refresh_stories()
        shown = self.comparison
        if shown is not None and article.id in (shown.a.id, shown.b.id):
            self.compare(shown.a.id, shown.b.id)  # new headers; a new date re-dates its facts

    def on_furniture_flipped(self, article: Article, furniture: bool) -> None:
        what = (
            "page furniture: greyed out, no facts, not compared"
            if furniture
            else "story: its facts are read and compared again"
        )
        message = f"Line marked as {what}. {FLIP_KEYS} flips it back."
        self.statusBar().showMessage(message, 10000)
        shown = self.comparison
        if shown is not None and article.id in (shown.a.id, shown.b.id):
            self._note_after_comparison = message  # after its summary line, not under it
            self.compare(shown.a.id, shown.b.id)

    def on_listing(self, listing: tasks.Listing) -> None:
        self.library_panel.set_articles(listing.articles)
        self.library_panel.set_stories(listing.stories, chosen=listing.story)
        self.version_timeline.set_versions(listing.articles if listing.story else [])
        if self._select_after_listing:
            self.library_panel.select_ids(self._select_after_listing)
            self._select_after_listing = []

    # Library panel ----------------------------------------------------------------------------
    def on_library_search_requested(self, query: str) -> None:
        if query.strip():
            search = tasks.one_step(lambda: tasks.search(self.library, query))
            self.run(search, self.library_panel.set_search_results)
        else:
            self.refresh_stories()

    def on_compare_view_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def on_library_hint(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def on_library_story_chosen(self, story: str | None) -> None:
        QSettings().setValue(LAST_STORY_KEY, story or "")
        self.refresh_stories(story)

    def on_library_story_create_requested(self, name: str, article_ids: list) -> None:
        create = tasks.one_step(lambda: tasks.add_to_story(self.library, name, article_ids))
        self.run(create, lambda _story: self.refresh_stories())

    def on_library_edit_requested(self, article: Article) -> None:
        self.edit_details(article)

    def on_library_remove_requested(self, article_ids: list) -> None:
        remove = tasks.one_step(lambda: tasks.remove(self.library, article_ids))
        self.run(remove, lambda _count: self.refresh_stories())

    # Files: menu, drag and drop ---------------------------------------------------------------
    def on_import_files_triggered(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.mhtml *.mht);;All files (*)",
        )
        if paths:
            self.import_files(paths)

    def on_paste_triggered(self) -> PasteDialog:
        """The paste dialog, filled from the clipboard (a copied page, or text)."""
        dialog = PasteDialog(self, mime=QApplication.clipboard().mimeData())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_pasted(dialog.pasted()))
        dialog.open()
        return dialog

    def on_import_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_files([folder])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_files(paths)
            event.acceptProposedAction()

    # Building ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        panel = self.library_panel
        panel.compare_requested.connect(self.compare)
        panel.search_requested.connect(self.on_library_search_requested)
        panel.story_chosen.connect(self.on_library_story_chosen)
        panel.story_create_requested.connect(self.on_library_story_create_requested)
        panel.remove_requested.connect(self.on_library_remove_requested)
        panel.edit_requested.connect(self.on_library_edit_requested)
        panel.hint.connect(self.on_library_hint)
        panel.story_requested.connect(self.open_story)
        self.story_view.cell_opened.connect(self.on_story_cell_opened)
        self.story_view.back_requested.connect(self.show_compare_view)
        self.connect_story_marks()
        self.fact_sidebar.match_selected.connect(self.compare_view.show_match)
        self.flipper.flip_requested.connect(self.flip_furniture)
        self.compare_view.match_reached.connect(self.fact_sidebar.follow)
        self.compare_view.notice.connect(self.on_compare_view_notice)
        self.fact_sidebar.mark_requested.connect(self.save_mark)
        self.version_timeline.step_requested.connect(self.on_version_step_requested)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes library -> text A -> text B -> fact list -> its filters, and round again."""
        panel, view, facts = self.library_panel, self.compare_view, self.fact_sidebar
        chain = [panel.story_box, panel.search_box, panel.view, view.pane_a, view.pane_b]
        chain += [facts.tree, facts.kind_button, *facts.status_boxes.values()]
        chain += [facts.hide_dismissed_box]
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)

    def _make_status_bar(self) -> None:
        model = expected_model()
        text = f"NLP model: {model.name} {model.version}"
        if model.fallback:
            text = "⚠ No trained English model: names are found by simple rules only"
        self.model_label = plain_label(QLabel(text, self))
        self.model_label.setObjectName("modelStatus")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().addPermanentWidget(self.model_label)
        self.summary_label = plain_label(QLabel(self))
        self.summary_label.setObjectName("comparisonSummary")
        self.statusBar().addWidget(self.summary_label, 1)

    def _make_menus(self) -> None:
        self.theme_actions = menus.build(self)
