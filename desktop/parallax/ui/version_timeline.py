"""The version timeline: a story's versions in publication order, stepped through pair by pair."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from parallax.model import Article, Comparison
from parallax.report.digest import count_label
from parallax.ui.plain import plain_label

NEXT_KEYS = ("Alt+PgDown", "Ctrl+]")
PREVIOUS_KEYS = ("Alt+PgUp", "Ctrl+[")
COUNTED = ("conflict", "possible", "only_a", "only_b")  # the step's counts, in reading order


def publication_order(articles: Sequence[Article]) -> list[Article]:
    """The articles by published date (undated last), then by import time; a tie keeps the
    given order."""
    return sorted(articles, key=lambda a: (a.published or "9999", a.imported_at or ""))


def step_counts(comparison: Comparison) -> str:
    """A step's counts in one line: 2 conflicts · 1 only in A · … · 14 word changes."""
    summary = comparison.summary()
    parts = [count_label(status, summary[status]) for status in COUNTED if summary[status]]
    changes = len(comparison.changes)
    parts.append(f"{changes} word {'change' if changes == 1 else 'changes'}")
    return " · ".join(parts)


class VersionTimeline(QWidget):
    """Shown for a story of two or more articles; each step asks for one consecutive pair."""

    step_requested = Signal(str, str)  # article ids: the older (A), the newer (B)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionTimeline")
        self.setAccessibleName("versionTimeline")
        self._versions: list[Article] = []
        self._step: int | None = None  # the step chosen, None before any
        self._shown: tuple[str, str] | None = None  # the pair the compare view shows
        self._requested: tuple[str, str] | None = None  # asked for, not shown yet
        self._counts: dict[tuple[str, str], str] = {}  # known counts by pair
        self.next_action = self._action("Next &Version", lambda: self.step_by(1), NEXT_KEYS)
        self.previous_action = self._action(
            "Pre&vious Version", lambda: self.step_by(-1), PREVIOUS_KEYS
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("versionSlider")
        self.slider.setAccessibleName("versionSlider")
        self.slider.setTracking(False)  # a drag asks for one comparison, where it is let go
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMaximumWidth(240)
        self.slider.valueChanged.connect(self.on_slider_value_changed)
        self.label = plain_label(QLabel(self))
        self.label.setObjectName("versionStep")
        self.counts_label = plain_label(QLabel(self))
        self.counts_label.setObjectName("versionCounts")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for action in (self.previous_action, self.next_action):
            button = QToolButton(self)
            button.setDefaultAction(action)  # named in words, its keys on hover
            layout.addWidget(button)
        layout.addWidget(self.slider)
        layout.addWidget(self.label)
        layout.addWidget(self.counts_label, 1)
        self.set_versions([])

    def _action(self, text: str, slot, keys: Sequence[str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{text.replace('&', '')} ({keys[0]})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # Public API ------------------------------------------------------------------------------
    def set_versions(self, articles: Sequence[Article]) -> None:
        """The story's articles (any order); hidden unless there are two or more. The step
        showing stays chosen when its pair is still a step."""
        chosen = self.pair(self._step) if self._step is not None else None
        self._versions = publication_order(articles)
        steps = self.step_count()
        pairs = [self.pair(step) for step in range(steps)]
        self._step = next((pairs.index(p) for p in (self._shown, chosen) if p in pairs), None)
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(steps - 1, 0))
            self.slider.setValue(self._step or 0)
        self.setVisible(steps > 0)
        self._update()

    def step_count(self) -> int:
        return max(len(self._versions) - 1, 0)

    def current_step(self) -> int | None:
        return self._step

    def pair(self, step: int) -> tuple[str, str]:
        """The ids of step `step` (0: v1 → v2)."""
        return self._versions[step].id, self._versions[step + 1].id

    def go(self, step: int) -> bool:
        """Choose step `step` and ask for its comparison; False when there is no such step."""
        if not 0 <= step < self.step_count():
            return False
        self._step = step
        with QSignalBlocker(self.slider):
            self.slider.setValue(step)
        if self.pair(step) != self._shown:
            self._requested = self.pair(step)
            self.step_requested.emit(*self._requested)
        self._update()
        return True

    def step_by(self, by: int) -> bool:
        """The next (1) or previous (-1) step; the first one when none is chosen yet."""
        if self._step is None:
            return self.go(0)
        return self.go(self._step + by)

    def follow(self, comparison: Comparison) -> None:
        """The compare view shows `comparison`: its counts are known now, and when it is one of
        the steps, that step is chosen."""
        shown = (comparison.a.id, comparison.b.id)
        self._shown, self._requested = shown, None
        self._counts[shown] = step_counts(comparison)
        for step in range(self.step_count()):
            if self.pair(step) == shown:
                self._step = step
                with QSignalBlocker(self.slider):
                    self.slider.setValue(step)
        self._update()

    # Slots -----------------------------------------------------------------------------------
    def on_slider_value_changed(self, value: int) -> None:
        self.go(value)

    # Helpers ---------------------------------------------------------------------------------
    def _update(self) -> None:
        steps, step = self.step_count(), self._step
        self.previous_action.setEnabled(steps > 0 and step is not None and step > 0)
        self.next_action.setEnabled(steps > 0 and (step is None or step < steps - 1))
        if step is None:
            self.label.setText(f"{len(self._versions)} versions")
            self.counts_label.setText(f"{NEXT_KEYS[0]} steps through them in publication order")
            return
        older, newer = self._versions[step], self._versions[step + 1]
        self.label.setText(f"v{step + 1} → v{step + 2} of {len(self._versions)}")
        self.label.setToolTip(f"{_when(older)} → {_when(newer)}")
        pair = self.pair(step)
        if pair == self._shown:
            self.counts_label.setText(self._counts[pair])
        else:
            self.counts_label.setText("comparing…" if pair == self._requested else "")


def _when(article: Article) -> str:
    outlet = article.outlet or "unknown outlet"
    return f"{outlet}, {article.published or 'undated'}"
