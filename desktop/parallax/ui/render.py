"""A comparison as an image of the whole side-by-side view (PNG) or as a printable report (PDF).

Used by the window's Export and by `parallax compare --format png|pdf`, which renders offscreen
without showing a window.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from parallax import errors
from parallax.application.output import check_target, write_bytes_atomically
from parallax.model import Comparison
from parallax.report import render_comparison
from parallax.titles import shown_title

VIEW_SIZE = (1400, 900)
MIN_IMAGE_HEIGHT, MAX_IMAGE_HEIGHT = 400, 30_000
GROW_STEPS = 12  # a PNG taller than this is of no use to anyone
# The report's CSS sizes text in px, and Qt sizes a px as one device dot: at 120 dpi its 16 px
# body is 9.6 pt and its 14 px table 8.4 pt (at the writer's default 1200 dpi it was ~1 pt).
PRINT_DPI = 120
PRINT_COLUMNS = {
    "Note": 11,
    "Paired because": 30,
    "A where": 10,
    "B where": 10,
}  # % of the fact table's width
FOOT_FONT, FOOT_POINTS = "sans-serif", 8


def save_png(image: QImage, path: Path) -> None:
    """`image` (see comparison_image) as a PNG file, written atomically: encoded in memory
    first, so a failed encoding or a full disk leaves no file."""
    check_target(path)
    buffer = _memory()
    # PySide6's stub types the format as bytes, but QImage.save takes only a str here
    if not image.save(buffer, "PNG") or buffer.size() == 0:  # type: ignore[call-overload]
        raise errors.cannot_write(path, "the image could not be encoded")
    write_bytes_atomically(path, bytes(buffer.data().data()))


def comparison_image(
    comparison: Comparison, *, width: int = VIEW_SIZE[0], font: QFont | None = None
) -> QImage:
    """The whole comparison as one image: both texts in full, side by side, and every fact.

    Laid out offscreen at `width` and grown until no pane scrolls (the window's own view showed
    only what was in its viewport, scroll bars and all)."""
    from parallax.ui.compare_view import CompareView
    from parallax.ui.fact_sidebar import FactSidebar

    page = QWidget()
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view, facts = CompareView(page), FactSidebar(page)
    if font is not None:
        view.setFont(font)
    facts.detail.hide()
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(view, 2)
    row.addWidget(facts, 1)
    view.set_comparison(comparison)
    view.set_sync_scrolling(False)
    facts.set_comparison(comparison)
    page.resize(width, MIN_IMAGE_HEIGHT)
    page.show()
    scrolled = (view.pane_a, view.pane_b, facts.tree)
    for _ in range(GROW_STEPS):
        QApplication.processEvents()
        missing = max(_hidden_pixels(widget) for widget in scrolled)
        if missing <= 0 or page.height() >= MAX_IMAGE_HEIGHT:
            break
        page.resize(width, min(MAX_IMAGE_HEIGHT, page.height() + missing))
    image = page.grab().toImage()
    page.deleteLater()
    return image


def _hidden_pixels(widget: QAbstractScrollArea) -> int:
    """Roughly how many more pixels `widget` needs to show everything without scrolling."""
    bar = widget.verticalScrollBar()
    if bar.maximum() <= bar.minimum():
        return 0
    if isinstance(widget, QPlainTextEdit):  # it scrolls by line
        return (bar.maximum() + 1) * widget.fontMetrics().lineSpacing()
    return bar.maximum() + bar.pageStep() // 4 + 8


def save_pdf(comparison: Comparison, path: Path) -> None:
    """The HTML report laid out on numbered A4 pages, written atomically."""
    check_target(path)
    # Laid out in memory and written by write_bytes_atomically, whose every write is checked:
    # Qt's PDF writer reports nothing, and on a full disk it had left a 0-byte or cut file.
    pdf = _pdf_bytes(comparison)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise errors.cannot_write(path, "the PDF could not be laid out")
    write_bytes_atomically(path, pdf)


def _pdf_bytes(comparison: Comparison) -> bytes:
    titles = [shown_title(side) for side in (comparison.a, comparison.b)]
    html = _for_print(render_comparison(comparison, "html"))
    buffer = _memory()
    writer = QPdfWriter(buffer)
    writer.setResolution(PRINT_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle("Parallax: " + " vs ".join(titles))
    _print_pages(html, writer)
    del writer  # the PDF is complete only when the writer is gone
    return bytes(buffer.data().data())


def _memory() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def _for_print(html: str) -> str:
    """Qt's rich text ignores CSS widths: it shrank the fact table to its narrowest layout and
    gave the evidence as many columns of width as a date: give them as HTML attributes. It also
    ignores `display: none`, so the page furniture the report hides is cut out here."""
    html = _without_furniture(html)
    html = html.replace("<table>", '<table width="100%">')
    for name, share in PRINT_COLUMNS.items():
        html = html.replace(f"<th>{name}</th>", f'<th width="{share}%">{name}</th>', 1)
    return html


_SPAN_TAG = re.compile(r"<(/?)span\b[^>]*>")
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")


def _without_furniture(html: str) -> str:
    """`html` without the text of its `<span class="furniture">` elements (and what they hold)."""
    out, at, depth = [], 0, 0
    for tag in _SPAN_TAG.finditer(html):
        if depth == 0:
            if tag.group(1) or 'class="furniture"' not in tag.group(0):
                continue
            out.append(html[at : tag.start()])
            depth = 1
        elif tag.group(1):
            depth -= 1
            if depth == 0:
                at = tag.end()
        else:
            depth += 1
    out.append(html[at:] if depth == 0 else "")
    return _EMPTY_PARAGRAPH.sub("", "".join(out))


def _print_pages(html: str, writer: QPdfWriter) -> None:
    """Lay `html` out to the writer's page (its own metrics, not the screen's) and paint it
    page by page with "Page n of m" at the foot: QTextDocument.print_ numbers pages only when it
    paginates a copy itself, at its own 2 cm margins and the screen's resolution."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    foot = QFont(FOOT_FONT)
    foot.setPointSizeF(FOOT_POINTS)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    painter.setFont(foot)
    foot_height = painter.fontMetrics().height() * 2
    page = QSizeF(writer.width(), writer.height() - foot_height)
    document.setPageSize(page)
    pages = document.pageCount()
    for number in range(pages):
        if number:
            writer.newPage()
        top = number * page.height()
        painter.save()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
        painter.restore()
        painter.drawText(
            QRectF(0, page.height(), page.width(), foot_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"Page {number + 1} of {pages}",
        )
    if not painter.end():
        raise OSError("the PDF could not be finished")


def render_offscreen(comparison: Comparison, fmt: str, path: Path) -> None:
    """For the command line: render `comparison` as png or pdf without showing a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the offscreen platform's notes ("does not support propagateSizeHints()") are not for a
    # command-line user, whose stderr holds nothing but our own error line
    qInstallMessageHandler(lambda *_message: None)
    QApplication.instance() or QApplication(["parallax"])
    if fmt == "pdf":
        save_pdf(comparison, path)
    else:
        save_png(comparison_image(comparison), path)
