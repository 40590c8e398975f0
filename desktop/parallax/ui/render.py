"""A comparison as an image of the side-by-side view (PNG) or as a printable report (PDF).

Used by the window's Export and by `parallax compare --format png|pdf`, which renders offscreen
without showing a window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from parallax import errors
from parallax.model import Comparison
from parallax.output import check_target, write_bytes_atomically
from parallax.report import render_comparison
from parallax.titles import shown_title

VIEW_SIZE = (1400, 900)
CSS_DPI = 96  # CSS pixels per inch


def save_png(widget: QWidget, path: Path) -> None:
    """The widget as it is on screen, written atomically."""
    check_target(path)
    buffer = _memory()
    if not widget.grab().save(buffer, "PNG") or buffer.size() == 0:
        raise errors.cannot_write(path, "the image could not be encoded")
    write_bytes_atomically(path, bytes(buffer.data().data()))


def save_pdf(comparison: Comparison, path: Path) -> None:
    """The HTML report laid out on A4 pages, written atomically."""
    check_target(path)
    # Laid out in memory and written by write_bytes_atomically, whose every write is checked:
    # QTextDocument.print_ reports nothing, and on a full disk it had left a 0-byte or cut file.
    pdf = _pdf_bytes(comparison)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise errors.cannot_write(path, "the PDF could not be laid out")
    write_bytes_atomically(path, pdf)


def _pdf_bytes(comparison: Comparison) -> bytes:
    document = QTextDocument()
    document.setHtml(render_comparison(comparison, "html"))
    buffer = _memory()
    writer = QPdfWriter(buffer)
    # the report's CSS sizes text in px; at the writer's default 1200 dpi a px is a device
    # dot and the text came out microscopic: print at the 96 dpi a px means on screen
    writer.setResolution(CSS_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    titles = [shown_title(side) for side in (comparison.a, comparison.b)]
    writer.setTitle("Parallax: " + " vs ".join(titles))
    document.setPageSize(QSizeF(writer.width(), writer.height()))  # lay out to the page
    document.print_(writer)
    del writer  # the PDF is complete only when the writer is gone
    return bytes(buffer.data().data())


def _memory() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def render_offscreen(comparison: Comparison, fmt: str, path: Path) -> None:
    """For the command line: render `comparison` as png or pdf without showing a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["parallax"])
    if fmt == "pdf":
        save_pdf(comparison, path)
        return
    from parallax.ui.compare_view import CompareView

    view = CompareView()
    view.resize(*VIEW_SIZE)
    view.set_comparison(comparison)
    app.processEvents()
    save_png(view, path)
    view.deleteLater()
