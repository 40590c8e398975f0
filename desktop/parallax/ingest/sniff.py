"""What a file holds, judged by its content: a document (PDF, Word, e-mail, saved web page),
binary or text, and HTML, Markdown or plain text."""

from __future__ import annotations

import io
import re
import zipfile

from parallax import errors

HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# Byte order marks that make NUL bytes legitimate (UTF-16/32 text is full of them).
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
MAGIC_NUMBERS = (
    b"%PDF-",  # PDF
    b"PK\x03\x04",  # ZIP, and so .docx, .odt, .epub
    b"PK\x05\x06",  # empty ZIP
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE: legacy .doc, .xls
    b"7z\xbc\xaf\x27\x1c",
    b"\xfd7zXZ\x00",
)
SAMPLE_BYTES = 64 * 1024
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WITHIN = 1024  # readers accept the signature anywhere in the first kilobyte
WORD_PART = "word/document.xml"  # the main part every .docx holds
MAIL_SUFFIXES = frozenset({".eml"})
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
MAX_CONTROL_SHARE = 0.05  # text has tabs and newlines; other C0 controls mean binary data
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"

_ANY_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|span|br|a|h[1-6]|article|section|"
    r"main|table|ul|ol|li|img|script|style)\b[^>]{0,2000}+>",
    re.IGNORECASE,
)
_PROLOGUE = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.DOTALL)
_DOCUMENT_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_BLOCK_START = re.compile(
    r"<(?:meta|title|article|main|div|p|section|h[1-6]|table|ul|ol)\b[^>]{0,2000}+>", re.IGNORECASE
)


# An e-mail or a saved page opens with RFC 5322 header lines ("Name: value", continued lines
# indented); a message names its sender, a browser's archive its multipart/related body.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]?[^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*")
_MAIL_HEADERS = frozenset({b"from", b"received", b"return-path", b"message-id"})
_MIME_HEADERS = frozenset({b"from", b"subject", b"date", b"mime-version", b"content-type"})
_RELATED = re.compile(rb"multipart/related", re.IGNORECASE)


def document_format(data: bytes, suffix: str) -> str | None:
    """ "pdf", "docx", "eml" or "mhtml" when `data` is such a document (by content; the suffix
    only settles whether a MIME archive is an e-mail or a saved page when both would fit)."""
    if PDF_MAGIC in data[:PDF_MAGIC_WITHIN]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") and _is_word(data):
        return "docx"
    names = _header_names(data[:SAMPLE_BYTES])
    if not names:
        return None
    related = b"content-type" in names and _RELATED.search(data, 0, SAMPLE_BYTES)
    if related and (b"snapshot-content-location" in names or suffix.lower() in MHTML_SUFFIXES):
        return "mhtml"
    if names & _MAIL_HEADERS and len(names & (_MAIL_HEADERS | _MIME_HEADERS)) >= 2:
        return "eml"
    return "mhtml" if related and suffix.lower() not in MAIL_SUFFIXES else None


def _is_word(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return WORD_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _header_names(head: bytes) -> frozenset[bytes]:
    """The lower-cased names of the header lines `head` opens with, if all lines up to the
    first blank line are header lines (and there are at least two); else an empty set."""
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return frozenset()
    names, at = set(), 0
    while at < end.start():
        line = _HEADER_LINE.match(head, at, end.start())
        if line is None:
            return frozenset()
        names.add(line.group().split(b":", 1)[0].lower())
        at = line.end()
        at += 2 if head.startswith(b"\r\n", at) else 1
    return frozenset(names) if len(names) >= 2 else frozenset()


def looks_binary(data: bytes) -> bool:
    """Whether `data` is a binary file (image, archive, program, database) rather than text."""
    if data.startswith(WIDE_BOMS):
        return False
    if data.startswith(MAGIC_NUMBERS) or b"\x00" in data:
        return True
    sample = data[:SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(sample)


def check_binary(data: bytes, name: str) -> None:
    """Raise the user's error for binary data."""
    if looks_binary(data):
        raise errors.binary_input(name)


def detect_format(text: str, suffix: str) -> str:
    """The reader for `text`: "html", "md" or "txt"; content wins over a misleading suffix."""
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html" if _ANY_TAG.search(text, 0, SAMPLE_BYTES) else "txt"
    if _starts_like_html(text, fragments=suffix not in MARKDOWN_SUFFIXES):
        return "html"
    return "md" if suffix in MARKDOWN_SUFFIXES else "txt"


def _starts_like_html(text: str, *, fragments: bool) -> bool:
    """A whole HTML document, or (for plain text files) text that opens with a block tag."""
    text = text[:SAMPLE_BYTES]
    prologue = _PROLOGUE.match(text)
    assert prologue is not None  # every part of the pattern is optional: it matches any text
    start = prologue.end()
    if _DOCUMENT_START.match(text, start):
        return True
    return fragments and bool(_BLOCK_START.match(text, start))
