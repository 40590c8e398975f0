"""Which ranges of each pane get which highlight, and applying them in one edit block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from parallax.compare import navigate
from parallax.compare.highlights import highlights
from parallax.model import Comparison

Range = tuple[int, int, str]


def ranges_for(
    comparison: Comparison, side: str, diffs: Sequence[navigate.Difference] | None = None
) -> list[Range]:
    """(start, end, role) of `side` in paint order, from the one source of highlights the
    reports use too (compare.highlights); points (empty ranges) are drawn by the pane instead."""
    return [(h.start, h.end, h.role) for h in highlights(comparison, side, diffs) if not h.is_point]


def apply(
    document: QTextDocument, ranges: Sequence[Range], formats: Mapping[str, QTextCharFormat]
) -> None:
    """Reset the document's formats and merge one format per range, all in one edit block."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(QTextCharFormat())
    for start, end, category in ranges:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(formats[category])
    cursor.endEditBlock()
