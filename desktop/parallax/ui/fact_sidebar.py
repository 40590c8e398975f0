"""The fact sidebar: matches grouped by status, kind and status filters, and their provenance;
review marks set from its context menu and keys."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from parallax.model import FACT_KINDS, MATCH_STATUSES, Comparison, Match
from parallax.report.citation import match_citation
from parallax.ui.fact_model import (
    MARK_COLUMN,
    MATCH_ROLE,
    STATUS_LABELS,
    FactFilterProxy,
    FactTreeModel,
)
from parallax.ui.mark_dialog import MarkDialog, mark_actions, open_mark_dialog
from parallax.ui.provenance import ProvenanceView
from parallax.ui.wrap_delegate import WrapDelegate


class FactSidebar(QWidget):
    """A tree of fact matches (conflicts first) above the provenance of the selected one."""

    match_selected = Signal(object)  # the Match the user picked, by click or keyboard
    mark_requested = Signal(object, str, str)  # a Match, its verdict and note, to be stored

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factSidebar")
        self._comparison: Comparison | None = None
        self._quiet = False  # set while the model changes under the view: no user picked anything
        self.model = FactTreeModel(parent=self)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = self._make_tree()
        self.detail = ProvenanceView(self)
        self.kind_button, self.kind_actions = self._make_kind_menu()
        self.status_boxes = self._make_status_boxes()
        self.hide_dismissed_box = QCheckBox("Hide dismissed", self)
        self.hide_dismissed_box.setObjectName("hideDismissed")
        self.hide_dismissed_box.toggled.connect(self.on_hide_dismissed_toggled)
        self.orphans_label = QLabel(self)
        self.orphans_label.setObjectName("orphanedMarks")
        self.orphans_label.setWordWrap(True)
        self.orphans_label.hide()
        self.mark_actions = mark_actions(self.tree, self.mark_current, self.ask_mark)
        self._lay_out()

    # Building --------------------------------------------------------------------------------
    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("factList")
        tree.setAccessibleName("factList")
        tree.setModel(self.proxy)
        # full names and quotes, wrapped in their column, not cut to "Rustem Umer…"
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(WrapDelegate(tree))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # A, B, Note share the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MARK_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: tree.doItemsLayout())  # re-wrap, new heights
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.selectionModel().currentChanged.connect(self.on_tree_current_changed)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.on_tree_context_menu_requested)
        tree.activated.connect(self.on_tree_activated)
        return tree

    def _make_kind_menu(self) -> tuple[QToolButton, dict[str, QAction]]:
        button = QToolButton(self)
        button.setObjectName("kindFilter")
        button.setAccessibleName("kindFilter")
        button.setText("Kinds: all")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction("All kinds").triggered.connect(self.on_all_kinds_triggered)
        menu.addSeparator()
        actions = {}
        for kind in FACT_KINDS:
            action = menu.addAction(kind)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.on_kind_toggled)
            actions[kind] = action
        button.setMenu(menu)
        return button, actions

    def _make_status_boxes(self) -> dict[str, QCheckBox]:
        boxes = {}
        for status in MATCH_STATUSES:
            box = QCheckBox(STATUS_LABELS[status], self)
            box.setObjectName(f"status_{status}")
            box.setChecked(True)
            box.toggled.connect(self.on_status_toggled)
            boxes[status] = box
        return boxes

    def _lay_out(self) -> None:
        # the filters in two columns, so that they do not hold the sidebar wider than a fifth of
        # a 1280-pixel window (in two rows they kept it at 372 px and squeezed the texts)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(0)
        widgets = [self.kind_button, *self.status_boxes.values(), self.hide_dismissed_box]
        for n, widget in enumerate(widgets):
            filters.addWidget(widget, n // 2, n % 2)
        filters.setColumnStretch(2, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.orphans_label)
        layout.addWidget(splitter, 1)

    # Public API ------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self._quiet = True
        try:
            self.model.set_matches(comparison.matches if comparison else ())
            self.detail.set_comparison(comparison)
            self._show_groups()
        finally:
            self._quiet = False
        self._show_orphans(comparison.orphaned_marks if comparison else ())
        self.tree.scrollToTop()

    def set_filters(
        self, *, kinds: Iterable[str] | None = None, statuses: Iterable[str] | None = None
    ) -> None:
        """Show only matches of these kinds and statuses (None: all); the controls follow."""
        kinds = None if kinds is None else set(kinds)
        statuses = None if statuses is None else set(statuses)
        for kind, action in self.kind_actions.items():
            with QSignalBlocker(action):
                action.setChecked(kinds is None or kind in kinds)
        for status, box in self.status_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(statuses is None or status in statuses)
        self._apply(kinds, statuses)

    def select_match(self, match: Match) -> bool:
        """Make `match` the current row (and emit match_selected); False when it is filtered out."""
        index = self.proxy.mapFromSource(self.model.index_of(match))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def follow(self, match: Match) -> None:
        """Make `match` the current row without emitting match_selected: the view moved there
        already (navigation), the list only follows."""
        self._quiet = True
        try:
            if self.select_match(match):
                self.tree.scrollTo(self.tree.currentIndex())
        finally:
            self._quiet = False

    def current_match(self) -> Match | None:
        return self.tree.currentIndex().data(MATCH_ROLE)

    def mark_current(self, state: str, note: str | None = None) -> bool:
        """Ask for the current match to be marked `state` (keeping its note unless one is
        given); False when no match is current."""
        match = self.current_match()
        if match is None:
            return False
        if note is None:
            note = match.mark.note if match.mark else ""
        self.mark_requested.emit(match, state, note)
        return True

    def ask_mark(self) -> MarkDialog | None:
        """Open the mark dialog (verdict and note) for the current match; Save asks for it to
        be stored, Cancel changes nothing."""
        match = self.current_match()
        if match is None:
            return None
        return open_mark_dialog(
            match, self, lambda state, note: self.mark_requested.emit(match, state, note)
        )

    def show_marked(self, old: Match, new: Match) -> None:
        """Show `new`, the match `old` with its stored mark, in place (the selection stays)."""
        self.model.replace_match(old, new)
        if self.current_match() == new:
            self.detail.show_match(new)
        if self._comparison is not None:
            matches = tuple(new if m == old else m for m in self._comparison.matches)
            self._comparison = dataclasses.replace(self._comparison, matches=matches)
        if self.proxy.hide_dismissed:
            self._apply_controls()

    # Slots -----------------------------------------------------------------------------------
    def on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        match = current.data(MATCH_ROLE) if current.isValid() else None
        self.detail.show_match(match)
        if match is not None and not self._quiet:
            self.match_selected.emit(match)

    def copy_citation(self, match: Match) -> str:
        """Put the match's citation (title, outlet, date, SHA-256, offsets, sentence of each
        side) on the clipboard, and return it."""
        if self._comparison is None:
            return ""
        text = match_citation(match, self._comparison.a, self._comparison.b)
        QApplication.clipboard().setText(text)
        return text

    def context_menu_at(self, point) -> QMenu | None:
        """The menu for the fact row at `point` (viewport coordinates): Copy Citation, and the
        review marks (the row becomes the current one, which they act on)."""
        index = self.tree.indexAt(point)
        match = index.data(MATCH_ROLE)
        if match is None:
            return None
        if self.tree.currentIndex().siblingAtColumn(0) != index.siblingAtColumn(0):
            self.tree.setCurrentIndex(index)
        menu = QMenu(self.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("Copy Citation").triggered.connect(lambda: self.copy_citation(match))
        menu.addSeparator()
        for action in self.mark_actions.values():
            menu.addAction(action)
        return menu

    def on_tree_context_menu_requested(self, point) -> None:
        menu = self.context_menu_at(point)
        if menu is not None:
            menu.popup(self.tree.viewport().mapToGlobal(point))

    def on_tree_activated(self, index: QModelIndex) -> None:
        match = index.data(MATCH_ROLE)
        if match is not None:
            self.match_selected.emit(match)
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def on_kind_toggled(self, _checked: bool) -> None:
        self._apply_controls()

    def on_all_kinds_triggered(self) -> None:
        for action in self.kind_actions.values():
            with QSignalBlocker(action):
                action.setChecked(True)
        self._apply_controls()

    def on_status_toggled(self, _checked: bool) -> None:
        self._apply_controls()

    def on_hide_dismissed_toggled(self, checked: bool) -> None:
        self._quiet = True
        try:
            self.proxy.set_hide_dismissed(checked)
            self._show_groups()
        finally:
            self._quiet = False

    # Helpers ---------------------------------------------------------------------------------
    def _apply_controls(self) -> None:
        kinds = {kind for kind, action in self.kind_actions.items() if action.isChecked()}
        statuses = {status for status, box in self.status_boxes.items() if box.isChecked()}
        all_kinds = len(kinds) == len(self.kind_actions)
        all_statuses = len(statuses) == len(self.status_boxes)
        self._apply(None if all_kinds else kinds, None if all_statuses else statuses)

    def _show_orphans(self, orphans) -> None:
        """Marks this comparison cannot place: their facts are gone (a re-analysis), or it does not
        pair them (a mark set on a story cell that links them through a third article). Kept,
        and said so."""
        self.orphans_label.setVisible(bool(orphans))
        if not orphans:
            return
        count = len(orphans)
        self.orphans_label.setText(
            f"{count} orphaned mark{'' if count == 1 else 's'}: "
            "this comparison does not pair the marked facts (see the memo or `parallax marks`)"
        )
        lines = []
        for mark in orphans:
            words = " vs ".join(f"“{anchor.text}”" for anchor in (mark.a, mark.b) if anchor)
            lines.append(f"{mark.state}: {words} — {mark.note or 'no note'} ({mark.marked_at})")
        self.orphans_label.setToolTip("\n".join(lines))

    def _show_groups(self) -> None:
        # Group labels ("Conflicts (7)") span the row, so the narrow Kind column does not cut them.
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _apply(self, kinds: set[str] | None, statuses: set[str] | None) -> None:
        self._quiet = True
        try:
            self.proxy.set_filters(kinds=kinds, statuses=statuses)
            self._show_groups()
        finally:
            self._quiet = False
        shown = "all" if kinds is None else ", ".join(sorted(kinds)) or "none"
        self.kind_button.setText(f"Kinds: {shown}" if len(shown) < 30 else "Kinds: some")
