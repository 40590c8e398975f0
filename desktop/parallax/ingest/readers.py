"""The readers: a file, bytes or pasted text -> Parsed (an Article and its original bytes)."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path, PurePath

from parallax import errors
from parallax.ingest import (
    decode,
    files,
    furniture,
    mail,
    markdown,
    metadata,
    mhtml,
    pasted,
    pdf_text,
    plaintext,
    sniff,
    word,
)
from parallax.ingest.dates import is_iso_date
from parallax.ingest.fields import Fields
from parallax.ingest.frontmatter import split_front_matter
from parallax.ingest.html import read_html
from parallax.ingest.language import detect_language
from parallax.ingest.plaintext import Block
from parallax.model import Article, FurnitureSpan, Parsed, count_words

ID_LENGTH = 12


def read_path(path: str | Path) -> Parsed:
    """Read one file; raises InputError with the user's message if it cannot be an article."""
    data = files.load(path)
    return read_bytes(data, name=os.fspath(path), source_path=_storable(os.path.abspath(path)))


def _storable(path: str) -> str:
    """The path as text that can be stored and printed: a name's bytes that are not UTF-8
    (kept by Python as lone surrogates, which SQLite refuses) written as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_attachment(path: str | Path, number: int) -> Parsed:
    """Attachment `number` (1-based, as the message's text lists them) of the e-mail at `path`,
    read as a file of its own."""
    name = os.fspath(path)
    data = files.load(path)
    if sniff.document_format(data, PurePath(name).suffix) != "eml":
        raise errors.not_an_email(name)
    filename, payload = mail.attachment(data, name, number)
    return read_bytes(
        payload, name=f"{name} [{number}] {filename}", source_path=os.path.abspath(path)
    )


def read_bytes(data: bytes, *, name: str, source_path: str | None = None) -> Parsed:
    """Read the bytes of a file called `name`; its content decides the reader as much as its
    suffix (HTML in a .txt file is read as HTML, plain text in a .html file as text)."""
    if len(data) > errors.MAX_INPUT_BYTES:
        raise errors.too_large(name, len(data))
    if not data:
        raise errors.empty_input(name)
    document = sniff.document_format(data, PurePath(name).suffix)
    if document is not None:
        return _DOCUMENTS[document](data, name, source_path)
    sniff.check_binary(data, name)
    decoded = decode.decode(data, name)
    fmt = sniff.detect_format(decoded.text, PurePath(name).suffix)
    fields, text, spans = _read(fmt, decoded.text, name)
    return _parsed(data, text, fields, spans, fmt=fmt, encoding=decoded.encoding, path=source_path)


def read_text(
    text: str,
    *,
    name: str = "<stdin>",
    title: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Parsed:
    """Read text from standard input or pasted in; the fields given override those found."""
    if published is not None and not is_iso_date(published.strip()):
        raise errors.bad_date(published)
    original, decoded = _pasted(text, name)
    fmt = sniff.detect_format(decoded.text, PurePath(name).suffix)
    found, body, spans = _read(fmt, decoded.text, name)
    given = Fields(*(_given(value) for value in (title, outlet, byline, published, url)))
    fields = given.fill(found)
    return _parsed(original, body, fields, spans, fmt="stdin", encoding=decoded.encoding, path=None)


def read_pasted_html(html: str, *, text: str = "", name: str = "pasted page") -> Parsed:
    """A page, or part of one, copied from a browser (the clipboard's HTML), read the way an
    .html file is; the HTML is the original. The plain text copied with it is the fallback,
    read by read_text, when the HTML holds no article text."""
    try:
        original, decoded = _pasted(html, name)
        fields, body, spans = _read("html", decoded.text, name)
    except errors.InputError:
        if not text.strip():
            raise
        return read_text(text, name=name)
    return _parsed(original, body, fields, spans, fmt="html", encoding=decoded.encoding, path=None)


def _read(fmt: str, raw: str, name: str) -> tuple[Fields, str, tuple[FurnitureSpan, ...]]:
    """Metadata, stored text and furniture of decoded `raw` in format `fmt`. Nothing the file
    says is left out of the text: lines recognised as metadata or page furniture are marked."""
    # a page is repaired after extraction (ftfy on markup is slow); lxml refuses control chars
    text = decode.strip_controls(raw) if fmt == "html" else decode.clean(raw)
    if is_blank(text):
        raise errors.empty_input(name)
    known, blocks = _BLOCKS[fmt](text)
    return _finish(known, blocks, plaintext.render(blocks), name)


def _finish(
    known: Fields, blocks: list[Block], body: str, name: str, *, marked=()
) -> tuple[Fields, str, tuple[FurnitureSpan, ...]]:
    """Metadata and furniture of the stored text `body` made of `blocks`; `marked` are spans
    the reader knows to be furniture already (a PDF's running headers), which win."""
    if is_blank(body):
        raise errors.no_text(name)
    if len(body) > errors.MAX_TEXT_CHARS:
        raise errors.too_long_to_analyse(name, len(body))
    page = furniture.read_page(body)
    fields = known.fill(metadata.recover(blocks))
    fields = fields.fill(pasted.recover(page, title_allowed=known.title is None))
    if fields.title:
        page = furniture.with_headline(page, fields.title)
    return fields, body, _union(marked, page.spans)


def _union(
    marked: tuple[FurnitureSpan, ...], found: tuple[FurnitureSpan, ...]
) -> tuple[FurnitureSpan, ...]:
    """`marked` and those of `found` that overlap none of them, in order."""
    if not marked:
        return found
    kept = [s for s in found if not any(s.start < m.end and m.start < s.end for m in marked)]
    return tuple(sorted([*marked, *kept]))


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: only spaces (U+00A0, U+2003, U+3000 ...) and invisible
    format characters (zero-width spaces and joiners, U+FEFF, direction marks)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def _plain_blocks(text: str) -> tuple[Fields, list[Block]]:
    known, body = split_front_matter(text)
    return known, plaintext.split_blocks(body)


def _markdown_blocks(text: str) -> tuple[Fields, list[Block]]:
    known, body = split_front_matter(text)
    title, blocks = markdown.to_blocks(body)
    return known.fill(Fields(title=title)), blocks


def _html_blocks(page: str) -> tuple[Fields, list[Block]]:
    known, body = read_html(page)
    return known, plaintext.split_blocks(decode.clean(body))


_BLOCKS = {"txt": _plain_blocks, "md": _markdown_blocks, "html": _html_blocks}


# A web page's teasers and menus are short lines that are not prose; in a PDF such lines are
# mostly the story cut by a column or a pull quote, so those reasons are not taken there.
_NOT_PDF_REASONS = frozenset({"teaser", "menu"})


def _read_pdf(data: bytes, name: str, path: str | None) -> Parsed:
    pdf = pdf_text.read_pdf(data, name)
    blocks = [Block((paragraph,)) for paragraph in pdf.paragraphs]
    fields, text, spans = _finish(pdf.fields, blocks, pdf.text, name, marked=pdf.spans)
    spans = tuple(s for s in spans if s.reason not in _NOT_PDF_REASONS)
    return _parsed(data, text, fields, spans, fmt="pdf", encoding=None, path=path)


def _read_docx(data: bytes, name: str, path: str | None) -> Parsed:
    known, blocks = word.read_docx(data, name)
    fields, text, spans = _finish(known, blocks, plaintext.render(blocks), name)
    return _parsed(data, text, fields, spans, fmt="docx", encoding=None, path=path)


def _read_email(data: bytes, name: str, path: str | None) -> Parsed:
    message = mail.read_email(data, name)
    found, text, spans = _read(message.fmt, message.body, name)
    if message.attachments:  # listed after the message, as furniture
        listing = "Attachments: " + ", ".join(
            f"[{number}] {filename}" for number, filename in enumerate(message.attachments, 1)
        )
        text += "\n\n"
        spans = (*spans, FurnitureSpan(len(text), len(text) + len(listing), "attachments"))
        text += listing
    fields = message.fields.fill(found)
    return _parsed(data, text, fields, spans, fmt="eml", encoding=message.encoding, path=path)


def _read_mhtml(data: bytes, name: str, path: str | None) -> Parsed:
    saved = mhtml.read_mhtml(data, name)
    found, text, spans = _read("html", saved.html, name)
    fields = Fields(url=saved.fields.url).fill(found).fill(saved.fields)
    return _parsed(data, text, fields, spans, fmt="mhtml", encoding=saved.encoding, path=path)


_DOCUMENTS = {"pdf": _read_pdf, "docx": _read_docx, "eml": _read_email, "mhtml": _read_mhtml}


def _parsed(
    original: bytes,
    text: str,
    fields: Fields,
    spans: tuple[FurnitureSpan, ...],
    *,
    fmt: str,
    encoding: str | None,
    path: str | None,
) -> Parsed:
    digest = hashlib.sha256(original).hexdigest()
    article = Article(
        id=digest[:ID_LENGTH],
        sha256=digest,
        text=text,
        title=fields.title,
        outlet=fields.outlet,
        byline=fields.byline,
        published=fields.published,
        url=fields.url,
        source_path=os.path.abspath(path) if path else None,
        words=count_words(text),
        language=detect_language(text),
        encoding=encoding,
        format=fmt,
        furniture=spans,
    )
    return Parsed(article, original)


def _pasted(text: str, name: str) -> tuple[bytes, decode.Decoded]:
    """The original bytes of pasted text (its UTF-8), and the text to read.

    Bytes that were not UTF-8 reach us from standard input as surrogate escapes; they are turned
    back into those bytes and decoded the way a file would be (cp1252 "Caf\\xe9" -> "Café").
    Other lone surrogates can only come from a program; clean() drops them from the text.
    """
    try:
        return _checked(text.encode("utf-8"), name), decode.Decoded(text, "utf-8")
    except UnicodeEncodeError:
        pass
    try:
        original = _checked(text.encode("utf-8", errors="surrogateescape"), name)
    except UnicodeEncodeError:
        original = _checked(text.encode("utf-8", errors="surrogatepass"), name)
        return original, decode.Decoded(text, "utf-8")
    return original, decode.decode(original, name)


def _checked(original: bytes, name: str) -> bytes:
    if len(original) > errors.MAX_INPUT_BYTES:
        raise errors.too_large(name, len(original))
    return original


def _given(value: str | None) -> str | None:
    """A field given by the caller; a blank one counts as not given."""
    if value is None:
        return None
    return value.strip() or None
