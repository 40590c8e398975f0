"""The connector strip between the panes: curved links from each sentence pair of A to B."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from parallax.compare import navigate
from parallax.model import Comparison
from parallax.ui.palette import is_dark
from parallax.ui.sync_scroll import top_position

WIDTH = 48
Span = tuple[float, float]  # (top, bottom) in the strip's y coordinates
_COLORS = {  # (light, dark); moved links are also dashed, unique sentences drawn as marks
    "same": ("#B8B8B8", "#5E5E5E"),
    "changed": ("#E69F00", "#F5C04A"),
    "moved": ("#0072B2", "#56B4E9"),
    "only_a": ("#0072B2", "#56B4E9"),
    "only_b": ("#0072B2", "#56B4E9"),
}


@dataclass(frozen=True, slots=True)
class Link:
    """One pair (or unique sentence) as vertical ranges of each side; None where it has none."""

    a: Span | None
    b: Span | None
    kind: str  # "same" | "changed" | "moved" | "only_a" | "only_b"


@dataclass(frozen=True, slots=True)
class Band:
    """What to draw: a band from `left` (x=0) to `right` (x=width), or a mark on one edge."""

    kind: str
    left: Span | None
    right: Span | None
    bend: float  # x offset of the cubic's control points from each edge


def bands(links: Sequence[Link], *, width: float, height: float) -> list[Band]:
    """The links at least partly inside 0..height, as bands with ends at the strip's edges."""
    shown = []
    for link in links:
        spans = [s for s in (link.a, link.b) if s is not None]
        if spans and any(top <= height and bottom >= 0 for top, bottom in spans):
            shown.append(Band(link.kind, link.a, link.b, width / 2))
    return shown


def band_path(band: Band, width: float) -> QPainterPath:
    """A closed path: down the left span, a cubic across, up the right span, a cubic back."""
    assert band.left is not None and band.right is not None  # a band; a mark has one side
    (lt, lb), (rt, rb) = band.left, band.right
    path = QPainterPath(QPointF(0, lt))
    path.cubicTo(QPointF(band.bend, lt), QPointF(width - band.bend, rt), QPointF(width, rt))
    path.lineTo(QPointF(width, rb))
    path.cubicTo(QPointF(width - band.bend, rb), QPointF(band.bend, lb), QPointF(0, lb))
    path.closeSubpath()
    return path


class AlignmentStrip(QWidget):
    """Paints the links `source()` returns (in this widget's coordinates) on every repaint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignmentStrip")
        self.setAccessibleName("alignmentStrip")
        self.setAccessibleDescription("Links between sentences of version A and version B")
        self.setFixedWidth(WIDTH)
        self.source: Callable[[], Sequence[Link]] = list
        self.painted = 0  # bands drawn by the last paint, for tests

    def paintEvent(self, event) -> None:
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = bands(self.source(), width=self.width(), height=self.height())
        for band in shown:
            color = QColor(_COLORS[band.kind][dark])
            if band.left is None or band.right is None:
                self._paint_mark(painter, band, color)
                continue
            pen = QPen(color, 1.2)
            if band.kind == "moved":
                pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(color)
            fill.setAlpha(40 if band.kind == "same" else 80)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPath(band_path(band, self.width()))
        painter.end()
        self.painted = len(shown)

    def _paint_mark(self, painter: QPainter, band: Band, color: QColor) -> None:
        """A unique sentence: a bar on its own side's edge."""
        span = band.left or band.right
        assert span is not None  # a mark has its one side
        top, bottom = span
        x = 0 if band.left is not None else self.width() - 4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(x, int(top), 4, max(2, int(bottom - top)))


def strip_links(
    comparison: Comparison | None,
    diffs: Sequence[navigate.Difference],
    pane_a: QPlainTextEdit,
    pane_b: QPlainTextEdit,
    strip: QWidget,
) -> list[Link]:
    """Pairs and unique sentences visible in either pane, as y ranges in `strip`'s coordinates."""
    if comparison is None:
        return []
    items: list[tuple[tuple[int, int] | None, tuple[int, int] | None, str]] = []
    a_sentences, b_sentences = comparison.a_analysis.sentences, comparison.b_analysis.sentences
    for pair in comparison.alignment:
        if pair.a and pair.b:
            a = (a_sentences[min(pair.a)].start, a_sentences[max(pair.a)].end)
            b = (b_sentences[min(pair.b)].start, b_sentences[max(pair.b)].end)
            items.append((a, b, pair.kind))
    for diff in diffs:
        if diff.category == navigate.ONLY_A:
            items.append((diff.side_a, None, diff.category))
        elif diff.category == navigate.ONLY_B:
            items.append((None, diff.side_b, diff.category))
    seen_a, seen_b = _visible(pane_a), _visible(pane_b)
    return [
        Link(_y_span(pane_a, a, strip), _y_span(pane_b, b, strip), kind)
        for a, b, kind in items
        if _meets(a, seen_a) or _meets(b, seen_b)
    ]


def _y_span(pane: QPlainTextEdit, span: tuple[int, int] | None, strip: QWidget) -> Span | None:
    """The characters' vertical extent in the pane's viewport, moved into the strip."""
    if span is None:
        return None
    cursor = QTextCursor(pane.document())
    cursor.setPosition(span[0])
    top = pane.cursorRect(cursor).top()
    cursor.setPosition(span[1])
    bottom = pane.cursorRect(cursor).bottom()
    window = strip.window()
    origin = strip.mapFrom(window, pane.viewport().mapTo(window, QPoint(0, 0))).y()
    return (origin + top, origin + bottom)


def _visible(pane: QPlainTextEdit) -> tuple[int, int]:
    bottom = pane.cursorForPosition(QPoint(0, pane.viewport().height())).position()
    return top_position(pane), bottom


def _meets(span: tuple[int, int] | None, seen: tuple[int, int]) -> bool:
    return span is not None and span[0] <= seen[1] and span[1] >= seen[0]
