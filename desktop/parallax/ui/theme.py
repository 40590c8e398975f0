"""The colour theme: follow the system's light/dark scheme, or force light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = {"system": "Follow the &System", "light": "&Light", "dark": "&Dark"}
_ROLE = QPalette.ColorRole

# Role: (light, dark) colours of the forced schemes; the panes' highlights follow the window
# colour through palette.is_dark.
_COLOURS = {
    _ROLE.Window: ("#EFEFEF", "#2B2B2B"),
    _ROLE.WindowText: ("#1A1A1A", "#E6E6E6"),
    _ROLE.Base: ("#FFFFFF", "#1E1E1E"),
    _ROLE.AlternateBase: ("#F5F5F5", "#262626"),
    _ROLE.Text: ("#1A1A1A", "#E6E6E6"),
    _ROLE.Button: ("#E8E8E8", "#333333"),
    _ROLE.ButtonText: ("#1A1A1A", "#E6E6E6"),
    _ROLE.ToolTipBase: ("#FFFFDC", "#333333"),
    _ROLE.ToolTipText: ("#1A1A1A", "#E6E6E6"),
    _ROLE.Highlight: ("#3072C4", "#2F6DA3"),
    _ROLE.HighlightedText: ("#FFFFFF", "#FFFFFF"),
    _ROLE.Link: ("#0B5CAD", "#7FB6E8"),
    _ROLE.PlaceholderText: ("#7A7A7A", "#9A9A9A"),
    _ROLE.BrightText: ("#FFFFFF", "#FFFFFF"),
    _ROLE.Mid: ("#B8B8B8", "#4A4A4A"),
    _ROLE.Dark: ("#9F9F9F", "#151515"),
    _ROLE.Light: ("#FFFFFF", "#505050"),
    _ROLE.Shadow: ("#767676", "#000000"),
}
_FADED_WHEN_DISABLED = (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText)


def forced_palette(name: str) -> QPalette:
    """The palette of the "light" or "dark" theme."""
    palette = QPalette()
    for role, colours in _COLOURS.items():
        colour = QColor(colours[name == "dark"])
        palette.setColor(role, colour)
        if role in _FADED_WHEN_DISABLED:
            colour.setAlpha(120)
            palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return palette


def apply_theme(name: str) -> str:
    """Use theme `name` for the whole application (an unknown name means "system")."""
    name = name if name in THEMES else "system"
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):  # a QCoreApplication has no palette
        # An empty palette hands colours back to the platform, which follows the system scheme.
        app.setPalette(QPalette() if name == "system" else forced_palette(name))
    return name
