"""The main window's review marks from the story view: stored in a worker, shown on the cell."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

from parallax.application.marking import mark_facts_in_library
from parallax.model import Mark
from parallax.ui import library_tasks as tasks
from parallax.ui.story_view import CellMatch
from parallax.ui.worker import Worker

if TYPE_CHECKING:
    from parallax.ui.story_view import StoryView

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object


class StoryMarkActions(_Window):
    """Mixed into MainWindow, whose `library`, `story_view`, `run` and `statusBar` it uses."""

    if TYPE_CHECKING:
        library: Path | None
        story_view: StoryView

        def run(
            self, work: Callable, done: Callable[[Any], object], *, busy: str = ""
        ) -> Worker: ...

    def connect_story_marks(self) -> None:
        self.story_view.mark_requested.connect(self.save_story_mark)
        self.story_view.notice.connect(self.on_story_view_notice)

    def save_story_mark(self, target: CellMatch, state: str, note: str) -> Worker:
        """Store a review mark on the match a story-view cell stands for (the same path as
        `parallax mark` and the fact sidebar), in a worker; the cell shows it when stored."""
        library = self.library
        save = tasks.one_step(
            lambda: mark_facts_in_library(
                library, target.a_id, target.a_fact, target.b_id, target.b_fact,
                state=state, note=note,
            )
        )  # fmt: skip
        return self.run(save, lambda mark: self.on_story_mark_saved(target, mark))

    def on_story_mark_saved(self, target: CellMatch, mark: Mark) -> None:
        self.story_view.show_mark(target, mark)
        self.statusBar().showMessage(f"Marked {mark.state}: {target.kind}.", 8000)

    def on_story_view_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
