"""Word documents (.docx) -> paragraphs and metadata, by python-docx, within size limits.

The body in document order: paragraphs, headings, list items ("- " before them) and tables (a row
per line, cells joined by " | "), then the footnotes. The title, author and creation date come
from the document's properties when it has them. A .docx is a ZIP archive: its listed sizes are
checked before anything is unpacked (python-docx reads every part, pictures too, into memory), so
a small file that would unpack to gigabytes is refused, not read.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime

from lxml import etree

from parallax import errors
from parallax.ingest.decode import clean
from parallax.ingest.fields import Fields
from parallax.ingest.plaintext import Block

MAX_UNPACKED_BYTES = 4 * errors.MAX_INPUT_BYTES
MAX_PARTS = 10_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES = "/word/footnotes.xml"
_NOT_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def read_docx(data: bytes, name: str) -> tuple[Fields, list[Block]]:
    """The document's metadata and its text as paragraphs; raises the user's error for a
    damaged file or one that unpacks to more than MAX_UNPACKED_BYTES."""
    check_unpacked_size(data, name)
    import docx  # only Word files need it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_body_blocks(document))
        blocks += [Block((note,)) for note in _footnotes(document)]
        fields = _fields(document.core_properties)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, EOFError) as err:
        raise errors.damaged_document(name, "Word") from err
    except (etree.LxmlError, zlib.error) as err:
        raise errors.damaged_document(name, "Word") from err
    return fields, blocks


def check_unpacked_size(data: bytes, name: str) -> None:
    """Refuse an archive whose parts would unpack to more than MAX_UNPACKED_BYTES (zipfile
    never reads past a part's listed size, so the listing bounds what is unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise errors.damaged_document(name, "Word") from err
    total = sum(part.file_size for part in parts)
    if len(parts) > MAX_PARTS or total > MAX_UNPACKED_BYTES:
        raise errors.archive_too_large(name, total, len(parts))


def _body_blocks(document) -> Iterator[Block]:
    """Paragraphs and tables in order; list items that follow each other make one block."""
    from docx.table import Table

    items: list[str] = []
    for item in document.iter_inner_content():
        text = _table_text(item) if isinstance(item, Table) else _paragraph_text(item)
        if text.startswith("- ") and not isinstance(item, Table):
            items.append(text)
            continue
        if items:
            yield Block(tuple(items), verbatim=True)
            items = []
        if text:
            yield Block(tuple(text.split("\n")), verbatim=True)
    if items:
        yield Block(tuple(items), verbatim=True)


def _table_text(table) -> str:
    return "\n".join(row for row in map(_row_text, table.rows) if row)


def _paragraph_text(paragraph) -> str:
    text = "\n".join(line.strip() for line in clean(paragraph.text).split("\n") if line.strip())
    if text and _is_list_item(paragraph):
        return f"- {text}"
    return text


def _is_list_item(paragraph) -> bool:
    properties = paragraph._p.pPr
    style = paragraph.style.name if paragraph.style is not None else ""
    return (properties is not None and properties.numPr is not None) or style.startswith("List")


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(clean(cell.text).split()))
    return " | ".join(cells).strip(" |")


def _footnotes(document) -> Iterator[str]:
    """The text of each footnote, in order (the separators Word keeps among them left out)."""
    part = next((p for p in document.part.package.iter_parts() if p.partname == _FOOTNOTES), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in _NOT_NOTES:
            continue
        words = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        if words:
            yield clean(words)


def _fields(properties) -> Fields:
    created = properties.created
    return Fields(
        title=_tidy(properties.title),
        byline=_tidy(properties.author),
        published=created.date().isoformat() if isinstance(created, datetime) else None,
    )


def _tidy(value: str | None) -> str | None:
    return " ".join(clean(value).split()) or None if value else None
