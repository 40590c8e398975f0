"""Article text and file names shown as the characters they are, never as rich text.

Qt guesses: a tooltip or an `AutoText` label whose text looks like HTML (`Qt.mightBeRichText`)
is rendered as HTML, so a headline holding `<img src=file:///...>` would show a local image and
`<a href=...>` a link that opens the browser. Everything that comes from an article or a file
goes through these helpers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly these characters (escaped when Qt would
    otherwise take it for HTML; unchanged when it would not)."""
    if GuiQt.mightBeRichText(text):
        return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def plain_label(label: QLabel) -> QLabel:
    """`label` showing its text as plain text, links never followed."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """`box` showing its text as plain text (a file name in it stays a file name)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
