"""One rule for sentence numbers: from 1 wherever a person reads them, from 0 only in JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess

import pytest

from parallax.model import Comparison
from parallax.report import render_comparison
from parallax.ui.fact_sidebar import FactSidebar
from parallax.ui.render import save_pdf

pytestmark = pytest.mark.model


def test_the_window_and_every_report_number_a_facts_sentence_alike(qtbot, wire_and_rival, tmp_path):
    comparison: Comparison = wire_and_rival
    match = next(m for m in comparison.matches if m.status == "conflict" and m.a.text == "third")
    people = match.a.sentence + 1  # the sentence as a person counts it
    assert people > 1  # not the first sentence, so that 0- and 1-based differ visibly
    sidebar = FactSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_comparison(comparison)
    assert sidebar.select_match(match)
    assert f"sentence {people}" in sidebar.detail.toPlainText()

    where = f"{match.a.start}–{match.a.end}"
    text = render_comparison(comparison, "text")
    assert re.search(rf"A s{people}: .*\[third\]", text)
    markdown = render_comparison(comparison, "markdown")
    assert f"(s{people}, {where})" in markdown
    html = render_comparison(comparison, "html")
    assert f"sentence {people}<br>chars {where}" in html
    rows = list(csv.DictReader(io.StringIO(render_comparison(comparison, "csv"))))
    row = next(r for r in rows if r["a_text"] == "third")
    assert row["a_sentence"] == str(people)
    facts = json.loads(render_comparison(comparison, "json"))["matches"]
    assert next(m["a"] for m in facts if m["a"] and m["a"]["text"] == "third")["sentence"] == (
        people - 1
    )
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF is the HTML report")
    save_pdf(comparison, tmp_path / "report.pdf")
    pdf = subprocess.run([pdftotext, str(tmp_path / "report.pdf"), "-"], capture_output=True)
    assert f"sentence {people}" in " ".join(pdf.stdout.decode().split())
