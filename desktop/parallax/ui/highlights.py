"""Which ranges of each pane get which highlight, and applying them in one edit block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from parallax.compare import navigate
from parallax.model import Comparison, urgency

Range = tuple[int, int, str]
_FACT_STATUS = {
    "conflict": "conflict",
    "possible": "possible",
    "variant": "variant",
    "agree": "agree",
}


def ranges_for(comparison: Comparison, side: str) -> list[Range]:
    """Ranges of `side` in paint order: page furniture (muted), unique sentences, then facts
    (outer), then changes."""
    own_only = navigate.ONLY_A if side == "a" else navigate.ONLY_B
    article = comparison.a if side == "a" else comparison.b
    ranges: list[Range] = [(span.start, span.end, "furniture") for span in article.furniture]
    ranges += [
        (*diff.span(side), "unique")
        for diff in navigate.differences(comparison)
        if diff.category == own_only
    ]
    # later ranges win where they overlap: the most urgent status is painted last, so a fact
    # named by several matches shows the same status as in the reports (model.urgency)
    for match in sorted(comparison.matches, key=urgency, reverse=True):
        fact = match.a if side == "a" else match.b
        if fact is not None:
            ranges.append((fact.start, fact.end, _FACT_STATUS.get(match.status, "only")))
    for change in comparison.changes:
        start, end = (
            (change.a_start, change.a_end) if side == "a" else (change.b_start, change.b_end)
        )
        ranges.append((start, end, change.category))
    return [r for r in ranges if r[1] > r[0]]


def insertion_points(diffs: Sequence[navigate.Difference], side: str) -> list[int]:
    """Positions of `side` where the other version has words or sentences this one lacks
    (`diffs` as navigate.differences gives them)."""
    other = "b" if side == "a" else "a"
    return sorted(
        {
            diff.span(side)[0]
            for diff in diffs
            if diff.span(side)[0] == diff.span(side)[1]
            and diff.span(other)[1] > diff.span(other)[0]
        }
    )


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
