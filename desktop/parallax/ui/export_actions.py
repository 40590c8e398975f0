"""The main window's export commands: reports and images of the comparison shown, and opening
the file written last."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow

from parallax import errors
from parallax.application.output import check_report_path, write_text_atomically
from parallax.report import render_comparison
from parallax.ui.render import comparison_image, save_pdf, save_png

if TYPE_CHECKING:
    from parallax.model import Comparison
    from parallax.ui.compare_view import CompareView

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object

# File suffix -> report format of parallax.report (png: an image of the view).
EXPORT_FORMATS = {
    ".html": "html", ".htm": "html", ".md": "markdown", ".json": "json", ".csv": "csv",
    ".txt": "text", ".png": "png", ".pdf": "pdf",
}  # fmt: skip
EXPORT_NAMES = ", ".join(sorted(set(EXPORT_FORMATS) - {".htm"}))
EXPORT_FILTERS = (
    "HTML report (*.html);;Markdown (*.md);;JSON (*.json);;CSV (*.csv);;Text (*.txt);;"
    "Image of the view (*.png);;PDF (*.pdf)"
)


class ExportActions(_Window):
    """Mixed into MainWindow, whose `comparison`, `library`, `compare_view`, `last_export`,
    `open_export_action`, `statusBar()` and `show_error()` it uses."""

    if TYPE_CHECKING:
        comparison: Comparison | None
        library: Path | None
        compare_view: CompareView
        last_export: Path | None
        open_export_action: QAction

        def show_error(self, message: str) -> None: ...

    def export_comparison(self, path: Path, fmt: str | None = None) -> None:
        """Write the comparison shown to `path`, in `fmt` or the format its suffix names
        (EXPORT_FORMATS); PNG is the whole side-by-side view and the facts, as one image."""
        if self.comparison is None:
            raise errors.ParallaxError("nothing to export: compare two articles first")
        fmt = fmt or EXPORT_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise errors.ParallaxError(f"{path.name}: unknown report type; use {EXPORT_NAMES}")
        check_report_path(path, library=self.library)  # never over the library or a device
        if fmt == "png":
            image = comparison_image(
                self.comparison, width=self.compare_view.width(), font=self.compare_view.font()
            )
            save_png(image, path)
        elif fmt == "pdf":
            save_pdf(self.comparison, path)
        else:
            write_text_atomically(path, render_comparison(self.comparison, fmt))
        self.last_export = path
        self.open_export_action.setEnabled(True)
        keys = self.open_export_action.shortcut().toString()
        self.statusBar().showMessage(f"Exported {path} (File ▸ Open Last Export, {keys})", 8000)

    def open_last_export(self) -> bool:
        """Open the file exported last in the program the desktop uses for its type (a local
        file: the reports load nothing from the network)."""
        if self.last_export is None or not self.last_export.is_file():
            self.show_error("Nothing exported yet in this session (File ▸ Export Comparison…).")
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def on_export_triggered(self) -> None:
        if self.comparison is None:
            self.show_error("Compare two articles first, then export the comparison.")
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export comparison", "", EXPORT_FILTERS)
        if path:
            try:
                self.export_comparison(Path(path))
            except errors.ParallaxError as error:
                self.show_error(str(error))

    def on_export_memo_triggered(self) -> None:
        if self.comparison is None:
            self.show_error("Compare two articles first, then export the memo.")
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export fact-check memo", "memo.md", "Fact-check memo, Markdown (*.md)"
        )
        if path:
            try:
                self.export_comparison(Path(path), "memo")
            except errors.ParallaxError as error:
                self.show_error(str(error))
