"""The colour theme: follow the system's light/dark scheme, or force light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = {"system": "Follow the &System", "light": "&Light", "dark": "&Dark"}
_ROLE = QPalette.ColorRole

# (role, colour) of the forced schemes; the panes' highlights follow through palette.is_dark.
_DARK = {
    _ROLE.Window: "#2B2B2B", _ROLE.WindowText: "#E6E6E6", _ROLE.Base: "#1E1E1E",
    _ROLE.AlternateBase: "#262626", _ROLE.Text: "#E6E6E6", _ROLE.Button: "#333333",
    _ROLE.ButtonText: "#E6E6E6", _ROLE.ToolTipBase: "#333333", _ROLE.ToolTipText: "#E6E6E6",
    _ROLE.Highlight: "#2F6DA3", _ROLE.HighlightedText: "#FFFFFF", _ROLE.Link: "#7FB6E8",
    _ROLE.PlaceholderText: "#9A9A9A", _ROLE.BrightText: "#FFFFFF", _ROLE.Mid: "#4A4A4A",
    _ROLE.Dark: "#151515", _ROLE.Light: "#505050", _ROLE.Shadow: "#000000",
}  # fmt: skip
_LIGHT = {
    _ROLE.Window: "#EFEFEF", _ROLE.WindowText: "#1A1A1A", _ROLE.Base: "#FFFFFF",
    _ROLE.AlternateBase: "#F5F5F5", _ROLE.Text: "#1A1A1A", _ROLE.Button: "#E8E8E8",
    _ROLE.ButtonText: "#1A1A1A", _ROLE.ToolTipBase: "#FFFFDC", _ROLE.ToolTipText: "#1A1A1A",
    _ROLE.Highlight: "#3072C4", _ROLE.HighlightedText: "#FFFFFF", _ROLE.Link: "#0B5CAD",
    _ROLE.PlaceholderText: "#7A7A7A", _ROLE.BrightText: "#FFFFFF", _ROLE.Mid: "#B8B8B8",
    _ROLE.Dark: "#9F9F9F", _ROLE.Light: "#FFFFFF", _ROLE.Shadow: "#767676",
}  # fmt: skip


def forced_palette(name: str) -> QPalette:
    """The palette of the "light" or "dark" theme."""
    palette = QPalette()
    for role, colour in (_DARK if name == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(colour))
        if role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
            faded = QColor(colour)
            faded.setAlpha(120)
            palette.setColor(QPalette.ColorGroup.Disabled, role, faded)
    return palette


def apply_theme(name: str) -> str:
    """Use theme `name` for the whole application (an unknown name means "system")."""
    name = name if name in THEMES else "system"
    app = QGuiApplication.instance()
    if app is not None:
        # An empty palette hands colours back to the platform, which follows the system scheme.
        app.setPalette(QPalette() if name == "system" else forced_palette(name))
    return name
