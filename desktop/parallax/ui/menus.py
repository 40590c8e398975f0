"""The main window's menu bar: File, Library, Go, View and Help, every action with its keys."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from parallax import __version__
from parallax.library import default_library_path
from parallax.nlp.models import expected_model
from parallax.resources import third_party_notice
from parallax.ui.theme import THEMES

if TYPE_CHECKING:
    from parallax.ui.main_window import MainWindow

THIRD_PARTY_SUMMARY = (
    "Built with third-party software and data, each under its own licence: Qt for Python "
    "(LGPL-3.0), spaCy and its English model (MIT), trafilatura (Apache-2.0); word statistics "
    "from the MEANTIME corpus (CC BY 4.0), place names from GeoNames (CC BY 4.0), similarity "
    "weights fitted on the Microsoft Research Paraphrase Corpus. Show Details for every "
    "package, licence and attribution."
)


def build(window: MainWindow) -> dict[str, QAction]:
    """Fill the window's menu bar; returns the theme actions by theme name."""
    bar = window.menuBar()
    _file_menu(window, bar.addMenu("&File"))
    library = bar.addMenu("&Library")
    panel = window.library_panel
    search = _action(window, "&Search the Library", panel.focus_search, "Ctrl+L")
    library.addAction(search)
    library.addSeparator()
    for action in (panel.compare_action, panel.new_story_action, panel.remove_action):
        library.addAction(action)
    library.addSeparator()
    library.addAction(panel.edit_action)
    library.addAction(window.flipper.action)
    go = bar.addMenu("&Go")
    actions = window.compare_view.actions_by_name
    for name in ("next_difference", "previous_difference", "next_conflict", "find", "find_next"):
        go.addAction(actions[name])
    go.addSeparator()
    go.addAction(window.version_timeline.next_action)
    go.addAction(window.version_timeline.previous_action)
    themes = _view_menu(window, bar.addMenu("&View"))
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(
        _action(window, "&Keyboard Shortcuts", lambda: show_shortcuts(window), "F1")
    )
    help_menu.addAction(_action(window, "&About Parallax", lambda: show_about(window)))
    return themes


def _action(window: MainWindow, label: str, slot, *keys) -> QAction:
    """An action of the window; a standard key the platform does not bind is left out."""
    action = QAction(label, window)
    sequences = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences += QKeySequence.keyBindings(key)
        else:
            sequences.append(QKeySequence(key))
    action.setShortcuts(sequences)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _file_menu(window: MainWindow, menu: QMenu) -> None:
    keys = QKeySequence.StandardKey
    for label, slot, key in (
        ("&Import Files…", window.on_import_files_triggered, keys.Open),
        ("Import &Folder…", window.on_import_folder_triggered, None),
        ("&Paste Text as Article…", window.on_paste_triggered, "Ctrl+Shift+V"),
        ("&Export Comparison…", window.on_export_triggered, "Ctrl+E"),
        ("Export Fact-check &Memo…", window.on_export_memo_triggered, None),
        ("&Open Last Export", window.open_last_export, "Ctrl+Shift+O"),
        (None, None, None),
        ("&Quit", window.close, "Ctrl+Q"),
    ):
        if label is None:
            menu.addSeparator()
            continue
        action = _action(window, label, slot, *([key] if key is not None else []))
        menu.addAction(action)
        if slot == window.open_last_export:
            window.open_export_action = action
            action.setEnabled(False)  # until something is exported


def _view_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    menu.addAction(window.compare_view.action_sync)
    menu.addAction(_action(window, "Story &View", window.open_story_view, "Ctrl+Shift+Y"))
    menu.addAction(_action(window, "&Compare View", window.show_compare_view))
    menu.addAction(_action(window, "S&wap Sides", window.swap_sides, "Ctrl+Shift+S"))
    theme_menu = menu.addMenu("&Theme")
    themes: dict[str, QAction] = {}
    group = QActionGroup(window)
    for name, label in THEMES.items():
        action = QAction(label, window, checkable=True)
        action.setData(name)
        group.addAction(action)
        theme_menu.addAction(action)
        themes[name] = action
    themes["system"].setChecked(True)
    group.triggered.connect(window.on_theme_triggered)
    keys = QKeySequence.StandardKey
    menu.addAction(_action(window, "&Larger Text", lambda: window.change_text_size(1), keys.ZoomIn))
    menu.addAction(
        _action(window, "&Smaller Text", lambda: window.change_text_size(-1), keys.ZoomOut)
    )
    return themes


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action that has keys, in menu order."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()  # a QObject to the stubs; a QMenu in every menu here
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} ▸ {_plain(action.text())}")
            else:
                keys = ", ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                    if not key.isEmpty()
                )
                if keys:
                    rows.append((path, _plain(action.text()), keys))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return rows


def show_shortcuts(window: MainWindow) -> QMessageBox:
    rows = "".join(
        f"<tr><td>{html.escape(menu)}</td><td>{html.escape(name)}</td>"
        f"<td><b>{html.escape(keys)}</b></td></tr>"
        for menu, name, keys in shortcut_rows(window.menuBar())
    )
    return _show_box(window, "Keyboard shortcuts", f"<table cellpadding='3'>{rows}</table>")


def show_about(window: MainWindow) -> QMessageBox:
    model = expected_model()
    found_by = (
        "simple rules only (no trained English model is installed)"
        if model.fallback
        else f"{model.name} {model.version}"
    )
    library = window.library or default_library_path()
    text = (
        f"<h3>Parallax {html.escape(__version__)}</h3>"
        "<p>Compares versions of a news story fact by fact, offline. It never connects to "
        "the network.</p>"
        f"<p>NLP model: {html.escape(found_by)}<br>Library: {html.escape(str(library))}</p>"
        f"<p>{html.escape(THIRD_PARTY_SUMMARY)}</p>"
    )
    box = _show_box(window, "About Parallax", text)
    box.setDetailedText(third_party_notice())  # plain text, under “Show Details…”
    return box


def _show_box(window: MainWindow, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=window)
    box.setTextFormat(box.textFormat().RichText)
    box.setObjectName(title.replace(" ", ""))
    box.open()  # not modal to the application: the window goes on working
    return box


def _plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")
