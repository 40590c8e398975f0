"""What a file holds, judged by its content: binary or text, and HTML, Markdown or plain text."""

from __future__ import annotations

import re

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
    start = _PROLOGUE.match(text).end()
    if _DOCUMENT_START.match(text, start):
        return True
    return fragments and bool(_BLOCK_START.match(text, start))
