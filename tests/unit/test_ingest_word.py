"""Word (.docx) import: the body in order, footnotes after it, properties, bounded unpacking."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from documents import STORY, docx_bytes, zip_bomb_docx
from parallax.errors import InputError
from parallax.ingest import read_bytes


def test_paragraphs_headings_lists_tables_and_footnotes_in_order():
    data = docx_bytes(
        STORY,
        heading="Emergency budget",
        items=("Roads and bridges", "Schools"),
        table=(("Item", "Cost"), ("Roads", "$8 million")),
        footnote="Figures from the city treasurer, 21 October 2024.",
    )
    article = read_bytes(data, name="release.docx").article
    assert article.format == "docx"
    text = article.text
    assert text.index("Emergency budget") < text.index(STORY[0]) < text.index(STORY[2])
    assert "- Roads and bridges\n- Schools" in text
    assert "Item | Cost\nRoads | $8 million" in text
    assert text.rstrip().endswith("Figures from the city treasurer, 21 October 2024.")


def test_title_author_and_date_come_from_the_document_properties():
    article = read_bytes(docx_bytes(STORY), name="release.docx").article
    assert article.title == "Council approves budget"
    assert article.byline == "City Press Office"
    assert article.published == "2024-10-22"


def test_a_word_file_named_like_text_is_read_as_word():
    assert read_bytes(docx_bytes(STORY), name="release.txt").article.format == "docx"


def test_a_damaged_word_file_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(InputError, match=r"^notes.docx: the Word file is damaged"):
        read_bytes(buffer.getvalue(), name="notes.docx")


def test_a_word_file_with_damaged_compressed_text_is_refused():
    data = bytearray(docx_bytes(STORY))
    part = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    middle = part.header_offset + 30 + len(part.filename) + part.compress_size // 2
    data[middle : middle + 16] = bytes(16)
    with pytest.raises(InputError, match=r"^notes.docx: the Word file is damaged"):
        read_bytes(bytes(data), name="notes.docx")


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked():
    data = zip_bomb_docx(210)
    assert len(data) < 2_000_000
    began = time.perf_counter()
    with pytest.raises(InputError, match=r"would unpack to 21\d MB"):
        read_bytes(data, name="bomb.docx")
    assert time.perf_counter() - began < 1.0
