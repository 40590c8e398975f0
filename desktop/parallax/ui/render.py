"""A comparison as an image of the side-by-side view (PNG) or as a printable report (PDF).

Used by the window's Export and by `parallax compare --format png|pdf`, which renders offscreen
without showing a window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from parallax.model import Comparison
from parallax.output import write_atomically
from parallax.report import render_comparison
from parallax.titles import shown_title

VIEW_SIZE = (1400, 900)
CSS_DPI = 96  # CSS pixels per inch


def save_png(widget: QWidget, path: Path) -> None:
    """The widget as it is on screen, written atomically."""
    image = widget.grab()

    def write(temp: Path) -> None:
        if not image.save(str(temp), "PNG"):
            raise OSError("the image could not be encoded")

    write_atomically(path, write)


def save_pdf(comparison: Comparison, path: Path) -> None:
    """The HTML report laid out on A4 pages, written atomically."""
    document = QTextDocument()
    document.setHtml(render_comparison(comparison, "html"))

    def write(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        # the report's CSS sizes text in px; at the writer's default 1200 dpi a px is a device
        # dot and the text came out microscopic: print at the 96 dpi a px means on screen
        writer.setResolution(CSS_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        titles = [shown_title(side) for side in (comparison.a, comparison.b)]
        writer.setTitle("Parallax: " + " vs ".join(titles))
        document.setPageSize(QSizeF(writer.width(), writer.height()))  # lay out to the page
        document.print_(writer)
        del writer  # the file is complete only when the writer is gone

    write_atomically(path, write)


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
