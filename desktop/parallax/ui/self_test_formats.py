"""The self-test's formats step: one PDF, Word file, e-mail and saved web page, written here and
imported through the readers this copy of Parallax carries (pdfminer.six, python-docx, email).

The PDF is printed by Qt (QPdfWriter), as a word processor would; the Word file is written by
python-docx; the e-mail and the saved page by the standard library. Each must come back with its
format, its title and the sentence it was written with. `SelfTestError`, which every step
raises, is defined here so that the steps import nothing from the driver (parallax.ui.self_test).
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

SENTENCE = "Mayor Tomas Reyes said on Monday that 65 families had returned to Brenner Valley."
TITLE = "Families return to Brenner Valley"


class SelfTestError(Exception):
    """A step found something wrong; the message says what."""


def step_formats(state: dict) -> str:
    """Write and import one file of each format; raise with what went wrong."""
    from parallax.ingest import read_path

    folder: Path = state["folder"] / "formats"
    folder.mkdir()
    written = {"pdf": _write_pdf(folder / "report.pdf")}
    for fmt, name, data in (
        ("docx", "release.docx", _docx_bytes()),
        ("eml", "statement.eml", _email_bytes()),
        ("mhtml", "page.mhtml", _mhtml_bytes()),
    ):
        written[fmt] = folder / name
        written[fmt].write_bytes(data)
    for fmt, path in written.items():
        article = read_path(path).article
        if article.format != fmt or " ".join(SENTENCE.split()) not in " ".join(
            article.text.split()
        ):
            raise SelfTestError(f"{path.name} was not read as {fmt} with its text")
        if article.title != TITLE:
            raise SelfTestError(f"{path.name}: title {article.title!r}, not {TITLE!r}")
    return "PDF, Word, e-mail and saved page imported with their titles"


def _write_pdf(path: Path) -> Path:
    from PySide6.QtGui import QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setTitle(TITLE)
    document = QTextDocument()
    document.setPlainText(f"{SENTENCE}\n\nThe council will meet again next week.")
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    return path


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_paragraph(SENTENCE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _email_bytes() -> bytes:
    message = EmailMessage()
    message["From"] = "City Press Office <press@city.example.org>"
    message["Subject"] = TITLE
    message["Date"] = "Mon, 21 Oct 2024 10:00:00 +0000"
    message.set_content(SENTENCE)
    return message.as_bytes()


def _mhtml_bytes() -> bytes:
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = "https://news.example.com/brenner-valley"
    message["Subject"] = TITLE
    message["MIME-Version"] = "1.0"
    page = f"<html><head><title>{TITLE}</title></head><body><article><p>{SENTENCE}</p>"
    page += "<p>The council will meet again next week to discuss the rebuilding.</p>"
    message.set_content(page + "</article></body></html>", subtype="html")
    message.make_related()
    return message.as_bytes()
