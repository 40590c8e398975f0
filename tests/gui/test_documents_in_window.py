"""PDF and Word files in the reader window: dropped files import, and a PDF fact's provenance
names its page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from documents import LONG_STORY, STORY, docx_bytes, pdf_bytes
from parallax.application.analyses import with_pages
from parallax.ingest import read_bytes
from parallax.library import open_library
from parallax.model import Analysis, Fact, ModelInfo
from parallax.ui.main_window import MainWindow
from parallax.ui.provenance import side_html

WAIT = 60_000


@pytest.mark.model
def test_dropping_a_pdf_and_a_word_file_imports_both(qtbot, library_path: Path, tmp_path: Path):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    (tmp_path / "report.pdf").write_bytes(pdf_bytes(STORY, title="Council report"))
    (tmp_path / "release.docx").write_bytes(docx_bytes(STORY))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("report.pdf", "release.docx")])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    # two articles imported are compared at once
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.workers, timeout=WAIT)
    assert {window.comparison.a.format, window.comparison.b.format} == {"docx", "pdf"}
    with open_library(library_path) as db:
        assert sorted(a.format for a in db.articles()) == ["docx", "pdf"]


def test_the_provenance_of_a_pdf_fact_names_its_page(qtbot):
    article = read_bytes(pdf_bytes(LONG_STORY), name="ledger.pdf").article
    start = article.text.index("Paragraph 20")
    fact = Fact("f1", "number", "20", start + 10, start + 12, 0)
    analysis = Analysis(article.id, ModelInfo("test", "0", True), (), (fact,))
    shown = with_pages(analysis, article).facts[0]
    assert shown.page == article.text.count("\f", 0, start) + 1 > 1
    assert f"page {shown.page} · chars {fact.start}–{fact.end}" in side_html(
        "A", article, analysis, shown
    )
