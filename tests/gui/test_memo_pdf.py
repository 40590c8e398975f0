"""The exported PDF carries the fact-check memo: the editor reads the calls and notes on paper."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import unicodedata

import pytest

from parallax.compare.marks import mark_for, with_marks
from parallax.model import Comparison
from parallax.ui.render import save_pdf

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)"),
]


def test_the_pdf_has_the_memo_with_the_disputed_mark_and_its_note(
    wire_and_rival: Comparison, tmp_path
):
    dead = next(m for m in wire_and_rival.matches if m.status == "conflict" and m.kind == "number")
    note = "Hospital confirms 65; the rival counts a later day"
    mark = mark_for(dead, wire_and_rival, state="disputed", note=note)
    mark = dataclasses.replace(mark, marked_at="2026-12-07T09:00:00+00:00")
    pdf = tmp_path / "report.pdf"
    save_pdf(with_marks(wire_and_rival, [mark]), pdf)
    text = subprocess.run(
        [shutil.which("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures as "fi"
    assert "Fact-check memo" in flat and "Disputed (1)" in flat
    assert f"Mark: disputed, 2026-12-07T09:00:00+00:00 — note: {note}" in flat
    assert flat.index("Fact-check memo") < flat.index("Disputed (1)") < flat.index(note)
