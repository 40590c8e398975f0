"""The comparison view: two highlighted panes, the alignment strip, navigation, find, legend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QVBoxLayout, QWidget

from parallax.compare import navigate
from parallax.compare.highlights import insertion_points
from parallax.model import Article, Comparison, Match
from parallax.ui import highlights, palette
from parallax.ui.alignment_strip import AlignmentStrip, strip_links
from parallax.ui.article_pane import ArticlePane, ArticleText
from parallax.ui.find_bar import FindBar
from parallax.ui.legend import Legend
from parallax.ui.sync_scroll import SyncScroller

FLASH_MS = 700
# The style's focus cue on a text pane was a faint 1-px tint: a frame in the highlight colour.
FOCUS_FRAME = (
    "QPlainTextEdit { border: 1px solid palette(mid); padding: 1px; }"
    "QPlainTextEdit:focus { border: 2px solid palette(highlight); padding: 0px; }"
)
_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def match_at(matches: Sequence[Match], found: navigate.Difference, side: str) -> Match | None:
    """The match whose fact overlaps the difference `found` on `side` (else on the other side),
    a conflict before other matches."""

    def overlaps(fact, span: tuple[int, int]) -> bool:
        return fact is not None and fact.start < max(span[1], span[0] + 1) and span[0] < fact.end

    for each in (side, "b" if side == "a" else "a"):
        hits = [m for m in matches if overlaps(getattr(m, each), found.span(each))]
        if hits:
            return min(hits, key=lambda m: m.status != "conflict")
    return None


class CompareView(QWidget):
    """Two versions side by side; every difference highlighted and one keystroke away."""

    comparison_shown = Signal()
    texts_shown = Signal()  # both texts are on screen (highlights may follow)
    difference_changed = Signal(object)  # navigate.Difference, or None
    match_reached = Signal(object)  # the Match that navigation landed on
    notice = Signal(str)  # a one-line message for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_a = ArticlePane("paneA", self)
        self.column_b = ArticlePane("paneB", self)
        self.pane_a: ArticleText = self.column_a.text
        self.pane_b: ArticleText = self.column_b.text
        self.strip = AlignmentStrip(self)
        self.strip.source = lambda: strip_links(
            self._comparison, self._diffs, self.pane_a, self.pane_b, self.strip
        )
        self.sync = SyncScroller(self.pane_a, self.pane_b, self)
        self.find_bar = FindBar(self)
        self.legend = Legend(self)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self.on_flash_timer_timeout)
        self._comparison: Comparison | None = None
        self._diffs: tuple[navigate.Difference, ...] = ()
        self._current: navigate.Difference | None = None
        self._conflict: Match | None = None
        # where the caret was when Ctrl+F7 found no more conflicts: pressed again there, it wraps
        self._wrap_at: tuple[str, int, int] | None = None
        self._ranges: dict[str, list[highlights.Range]] = {"a": [], "b": []}
        self._active_pane = self.pane_a
        self._setup_panes()
        self._layout()
        self._make_actions()
        self.find_bar.find_requested.connect(self.on_find_bar_find_requested)
        self.find_bar.closed.connect(self.on_find_bar_closed)
        self.set_comparison(None)

    # Showing ---------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show `comparison` (or nothing): text, highlights, alignment. Formats only; fast."""
        if comparison is None:
            self._show(None, None, None)
        else:
            self._show(comparison, comparison.a, comparison.b)
        self.comparison_shown.emit()

    def show_texts(self, a: Article, b: Article) -> None:
        """Both texts at once, before their comparison is ready: no highlights yet (the model
        may still be loading). A pair already shown keeps its highlights until the new ones."""
        shown = self._comparison
        if shown is None or (shown.a.id, shown.b.id) != (a.id, b.id):
            self._show(None, a, b)

    def _show(self, comparison: Comparison | None, a: Article | None, b: Article | None) -> None:
        """The two texts (or none) with the comparison's highlights and alignment, if any."""
        self._comparison, self._current, self._conflict = comparison, None, None
        self._wrap_at = None
        self._flash_timer.stop()
        with self.sync.locked():
            self.column_a.show_article(a)
            self.column_b.show_article(b)
        if comparison is None:
            self._diffs, self.sync.offsets = (), None
        else:
            self._diffs = navigate.differences(comparison)
            self.sync.offsets = navigate.offset_map(
                comparison.alignment,
                comparison.a_analysis.sentences,
                comparison.b_analysis.sentences,
                len(comparison.a.text),
                len(comparison.b.text),
            )
        self._paint()
        self.strip.update()
        self.difference_changed.emit(None)
        if a is not None:
            self.texts_shown.emit()

    def highlight_ranges(self, side: str) -> list[highlights.Range]:
        """(start, end, category) applied to pane `side`, in the order they were merged."""
        return list(self._ranges[side])

    @property
    def dark(self) -> bool:
        return palette.is_dark(self.palette())

    def _paint(self) -> None:
        dark = self.dark
        formats = palette.formats(dark=dark)
        for side, pane in (("a", self.pane_a), ("b", self.pane_b)):
            comparison = self._comparison
            ranges = highlights.ranges_for(comparison, side, self._diffs) if comparison else []
            highlights.apply(pane.document(), ranges, formats)
            self._ranges[side] = ranges
            points = insertion_points(self._diffs, side)
            pane.set_insertion_points(points, palette.insertion_color(dark=dark))
        self.legend.show_cues(dark=dark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint()  # the system (or the app) switched between light and dark
        super().changeEvent(event)

    # Navigation ------------------------------------------------------------------------------
    def next_difference(self) -> navigate.Difference | None:
        """The next difference in the reading order of the pane focused last (A at first)."""
        return self._step(navigate.next_difference, backward=False)

    def previous_difference(self) -> navigate.Difference | None:
        return self._step(navigate.previous_difference, backward=True)

    @property
    def active_side(self) -> str:
        """Which pane navigation and find follow, "a" or "b": the one focused last."""
        return "b" if self._active_pane is self.pane_b else "a"

    def _step(self, query, *, backward: bool) -> navigate.Difference | None:
        side = self.active_side
        cursor = self._active_pane.textCursor()
        on_current = self._current is not None and self._current.span(side) == (
            cursor.selectionStart(),
            cursor.selectionEnd(),
        )
        position = cursor.selectionEnd() + 1 if backward else cursor.selectionStart() - 1
        current = self._current if on_current else None
        found = query(self._diffs, side=side, position=position, current=current)
        if found is not None:
            self._current = found
            self._reveal(found.side_a, found.side_b)
            self._flash({"a": found.side_a, "b": found.side_b})  # unfocused selections are faint
            self.difference_changed.emit(found)
            matches = self._comparison.matches if self._comparison else ()
            reached = match_at(matches, found, side)
            if reached is not None:
                self.match_reached.emit(reached)
        return found

    def next_conflict(self) -> Match | None:
        """The next conflict after the caret (or after the conflict shown, while it is still
        selected), in the reading order of the pane focused last. After the last it says so and
        finds nothing; pressed again, it wraps to the first. Possible conflicts are not on this
        path: it is the list of what certainly needs checking."""
        if self._comparison is None:
            return None
        side = self.active_side
        conflicts = sorted(
            (m for m in self._comparison.matches if m.status == "conflict" and m.a and m.b),
            key=lambda m: getattr(m, side).start,
        )
        if not conflicts:
            self.notice.emit("No conflicts in this comparison.")
            return None
        after = self._conflict_after(conflicts, side)
        cursor = self._active_pane.textCursor()
        caret = (side, cursor.selectionStart(), cursor.selectionEnd())
        if after >= len(conflicts):
            if self._wrap_at != caret:  # not asked yet, or the caret moved since
                self._wrap_at = caret
                self.notice.emit("No more conflicts below — wrap? (Ctrl+F7 again: the first)")
                return None
            after = 0
        self._wrap_at = None
        self.show_match(conflicts[after])
        self.match_reached.emit(conflicts[after])
        self.notice.emit(f"Conflict {after + 1} of {len(conflicts)}")
        return conflicts[after]

    def _conflict_after(self, conflicts: list[Match], side: str) -> int:
        """Where the next conflict is in `conflicts`: after the one shown if the caret is still
        on it, otherwise the first one at or after the caret."""
        cursor = self._active_pane.textCursor()
        if self._conflict in conflicts:
            fact = getattr(self._conflict, side)
            if (cursor.selectionStart(), cursor.selectionEnd()) == (fact.start, fact.end):
                return conflicts.index(self._conflict) + 1
        caret = cursor.selectionStart()
        return next(
            (n for n, m in enumerate(conflicts) if getattr(m, side).start >= caret), len(conflicts)
        )

    def show_match(self, match: Match) -> None:
        """Scroll both panes to the match's facts, select them and flash them briefly."""
        if self._comparison is None:
            return
        self._conflict = match if match.status == "conflict" else self._conflict
        spans: dict[str, tuple[int, int] | None] = {}
        for side, fact in (("a", match.a), ("b", match.b)):
            spans[side] = (fact.start, fact.end) if fact else None
        for side, other in (("a", "b"), ("b", "a")):
            known = spans[other]
            if spans[side] is None and known is not None and self.sync.offsets:
                point = self.sync.offsets.map(side=other, position=known[0])
                spans[side] = (point, point)
        self._reveal(spans["a"] or (0, 0), spans["b"] or (0, 0))
        self._flash(spans)

    def _reveal(self, span_a: tuple[int, int], span_b: tuple[int, int]) -> None:
        with self.sync.locked():
            for pane, (start, end) in ((self.pane_a, span_a), (self.pane_b, span_b)):
                cursor = QTextCursor(pane.document())
                cursor.setPosition(end)
                cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
                pane.setTextCursor(cursor)
                pane.centerCursor()
                pane.ensureCursorVisible()
        self.strip.update()

    def _flash(self, spans: dict[str, tuple[int, int] | None]) -> None:
        color = self.palette().color(self.palette().ColorRole.Highlight)
        color.setAlpha(110)
        for side, pane in (("a", self.pane_a), ("b", self.pane_b)):
            span = spans[side]
            if span is None or span[0] == span[1]:
                pane.setExtraSelections([])  # nothing to flash here; drop an older flash
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(pane.document())
            selection.cursor.setPosition(span[0])
            selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(color)
            selection.format.setFontUnderline(True)
            pane.setExtraSelections([selection])
        self._flash_timer.start()

    def on_flash_timer_timeout(self) -> None:
        self.pane_a.setExtraSelections([])
        self.pane_b.setExtraSelections([])

    # Scrolling and find ----------------------------------------------------------------------
    def set_sync_scrolling(self, on: bool) -> None:
        self.sync.enabled = on
        self.action_sync.setChecked(on)
        for pane in (self.pane_a, self.pane_b):
            # a page of room below the last line: the shorter text can still put any line at the
            # top, so it keeps following the longer one to the end instead of stopping short
            pane.setCenterOnScroll(on)
        if on:
            self.sync.on_a_scrolled(0)

    def find_text(self, text: str, *, backward: bool = False) -> bool:
        """Find `text` in the focused pane (or A), from the cursor, wrapping at the end."""
        pane = self._active_pane
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if not text:
            return False
        if pane.find(text, flags):
            pane.centerCursor()  # in the middle of the view, not on its bottom edge
            return True
        before = pane.textCursor()
        cursor = QTextCursor(pane.document())
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        pane.setTextCursor(cursor)
        if pane.find(text, flags):
            pane.centerCursor()
            return True
        pane.setTextCursor(before)
        return False

    def find_position(self, text: str) -> tuple[int, int]:
        """(n, m): the match selected in the focused pane is the n-th of m (n 0 if none is)."""
        pane = self._active_pane
        starts, cursor = [], QTextCursor(pane.document())
        while not (cursor := pane.document().find(text, cursor)).isNull():
            starts.append(cursor.selectionStart())
        selected = pane.textCursor()
        current = selected.selectionStart() if selected.hasSelection() else -1
        return (starts.index(current) + 1 if current in starts else 0), len(starts)

    def on_find_bar_find_requested(self, text: str, backward: bool) -> None:
        found = self.find_text(text, backward=backward)
        n, m = self.find_position(text) if found else (0, 0)
        self.find_bar.show_result(found, side=self.active_side.upper(), n=n, m=m)

    def open_find(self) -> None:
        """The find bar, saying which text it searches: the one focused last."""
        self.find_bar.set_side(self.active_side.upper())
        self.find_bar.open_bar()

    def on_find_bar_closed(self) -> None:
        self._active_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.pane_a, self.pane_b):
            self._active_pane = watched
        return super().eventFilter(watched, event)

    # Set-up ----------------------------------------------------------------------------------
    def _setup_panes(self) -> None:
        for pane in (self.pane_a, self.pane_b):
            pane.setTextInteractionFlags(_SELECTABLE)  # a keyboard cursor, still read-only
            pane.setTabChangesFocus(True)  # Tab goes on to the next part of the window
            pane.setCenterOnScroll(self.sync.enabled)  # see set_sync_scrolling
            pane.setStyleSheet(FOCUS_FRAME)
            pane.document().setUndoRedoEnabled(False)
            pane.installEventFilter(self)
            pane.verticalScrollBar().valueChanged.connect(self.strip.update)
            pane.verticalScrollBar().rangeChanged.connect(self.strip.update)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.column_a, 1)
        row.addWidget(self.strip)
        row.addWidget(self.column_b, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.legend)

    def _make_actions(self) -> None:
        """Actions with shortcuts, live while focus is in the view; the window may reuse them."""
        keys = QKeySequence
        spec = (
            (
                "next_difference",
                "&Next difference",
                [keys("F7"), keys("Alt+Down")],
                self.next_difference,
            ),
            (
                "previous_difference",
                "&Previous difference",
                [keys("Shift+F7"), keys("Alt+Up")],
                self.previous_difference,
            ),
            ("next_conflict", "Next &conflict", [keys("Ctrl+F7")], self.next_conflict),
            ("find", "&Find…", [keys(keys.StandardKey.Find)], self.open_find),
            ("find_next", "Find ne&xt", [keys(keys.StandardKey.FindNext)], self.find_bar.request),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, shortcuts, slot in spec:
            action = QAction(text, self)
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)
            self.actions_by_name[name] = action
        self.action_sync = QAction("&Synchronised scrolling", self, checkable=True, checked=True)
        self.action_sync.toggled.connect(self.set_sync_scrolling)
        self.actions_by_name["sync_scrolling"] = self.action_sync
