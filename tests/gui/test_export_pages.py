"""Exported PDF and PNG as a fact-checker reads them: readable pages, the whole comparison."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from parallax.model import Comparison
from parallax.titles import shown_title
from parallax.ui.compare_view import CompareView
from parallax.ui.render import comparison_image, save_pdf, save_png

pytestmark = pytest.mark.model
PDFTOTEXT = shutil.which("pdftotext")


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def test_the_pdf_is_a_report_of_several_numbered_pages(wire_and_rival: Comparison, tmp_path):
    pdf = tmp_path / "report.pdf"
    save_pdf(wire_and_rival, pdf)
    pages = _pages(pdf)
    assert pages > 1  # at ~1 pt everything fitted on one page
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the page count was checked")
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True)
    flat = " ".join(unicodedata.normalize("NFKC", text.stdout).split())  # "ﬂ" ligatures
    for side in (wire_and_rival.a, wire_and_rival.b):
        assert shown_title(side) in flat
    assert "Conflict" in flat and "third" in flat and "fourth" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils) for word boxes")
def test_the_pdf_body_text_is_a_normal_size(wire_and_rival: Comparison, tmp_path):
    pdf = tmp_path / "report.pdf"
    save_pdf(wire_and_rival, pdf)
    boxes = subprocess.run(
        [PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    heights = Counter(
        round(float(y1) - float(y0), 1)
        for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)
    )
    body = heights.most_common(1)[0][0]
    # a word's box is ~1.16 times its font size: most words between 8 and 12 pt
    assert 8 * 1.16 < body < 12 * 1.16, heights.most_common(3)


def test_the_png_holds_both_texts_in_full_and_every_fact(qtbot, wire_and_rival, tmp_path):
    view = CompareView()
    qtbot.addWidget(view)
    font = view.font()
    font.setPointSize(22)  # a reader with large text: the texts no longer fit a 720-px window
    view.setFont(font)
    view.resize(1280, 720)
    view.set_comparison(wire_and_rival)
    view.show()
    qtbot.waitExposed(view)
    assert view.pane_a.verticalScrollBar().maximum() > 0  # the window itself has to scroll
    png = tmp_path / "view.png"
    save_png(comparison_image(wire_and_rival, width=view.width(), font=font), png)
    image = QImage(str(png))
    assert image.width() == 1280
    assert image.height() > view.height()
    assert comparison_image(wire_and_rival, width=1280).height() < image.height()
