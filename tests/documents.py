"""Documents written for the tests: Word files, PDFs, e-mails and saved web pages (no third-party
documents are kept in the repository)."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import datetime
from email.message import EmailMessage

import docx

from pdf_layout import Layout, layout, write_pdf

STORY = [
    "Defence Secretary Lloyd Austin arrived in Kyiv on Monday for his fourth visit since the "
    "war began, officials said. He announced $400 million in new military aid for the country.",
    "The strike on Tuesday killed 65 people, the regional governor said. Rescue workers searched "
    "the rubble of the apartment building through the night.",
    "“We will not be intimidated,” Mayor Tomas Reyes told reporters on Wednesday. The council "
    "approved an emergency budget of $12 million for reconstruction.",
]
# Enough text for a few pages, no passage repeated (a repeat is taken for a pull quote): each
# paragraph numbered, so its page can be told, and made of words drawn from a seeded generator.
_WORDS = [
    "council",
    "mayor",
    "budget",
    "river",
    "bridge",
    "school",
    "hospital",
    "families",
    "neighbours",
    "officials",
    "police",
    "rescue",
    "workers",
    "residents",
    "market",
    "harbour",
    "station",
    "district",
    "election",
    "vote",
    "minister",
    "court",
    "report",
    "statement",
    "witnesses",
    "evening",
    "morning",
    "building",
    "street",
    "village",
    "region",
    "border",
    "army",
    "reconstruction",
    "emergency",
    "response",
    "promises",
    "government",
    "agency",
    "inspectors",
    "contract",
]


def _paragraph(n: int) -> str:
    draw = random.Random(n)
    sentences = [
        " ".join(draw.choice(_WORDS) for _ in range(draw.randint(8, 14))).capitalize() + "."
        for _ in range(4)
    ]
    return f"Paragraph {n} follows. " + " ".join(sentences)


LONG_STORY = [*STORY, *(_paragraph(n) for n in range(4, 28))]

_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def docx_bytes(
    paragraphs: list[str],
    *,
    title: str | None = "Council approves budget",
    author: str | None = "City Press Office",
    created: datetime | None = datetime(2024, 10, 22, 9, 30),
    heading: str | None = None,
    items: tuple[str, ...] = (),
    table: tuple[tuple[str, ...], ...] = (),
    footnote: str | None = None,
) -> bytes:
    """A Word file with these paragraphs (after a heading), list items, a table and a footnote."""
    document = docx.Document()
    properties = document.core_properties
    properties.title, properties.author = title or "", author or ""
    if created is not None:
        properties.created = created
    if heading:
        document.add_heading(heading, 1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    for item in items:
        document.add_paragraph(item, style="List Bullet")
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    return _with_footnote(data, footnote) if footnote else data


def _with_footnote(data: bytes, note: str) -> bytes:
    """`data` with a footnotes part (python-docx writes none), related from the document."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                override = (
                    f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/>'
                )
                body = body.replace(b"</Types>", override.encode() + b"</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rId99" Type="{_FOOTNOTES_REL}" Target="footnotes.xml"/>'
                body = body.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            target.writestr(item.filename, body)
        target.writestr("word/footnotes.xml", _FOOTNOTES_XML.replace("{note}", note))
    return out.getvalue()


def zip_bomb_docx(unpacked_mb: int) -> bytes:
    """A real Word file carrying a picture part of `unpacked_mb` MB of zeros (a few hundred kB
    once compressed)."""
    source, out = zipfile.ZipFile(io.BytesIO(docx_bytes(STORY))), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        with target.open("word/media/image1.png", "w", force_zip64=True) as part:
            block = bytes(1 << 20)
            for _ in range(unpacked_mb):
                part.write(block)
    return out.getvalue()


def pdf_bytes(paragraphs: list[str], style: Layout | None = None, *, title: str | None = None):
    """A PDF of `paragraphs` (bench/pdf_layout.py); one column, no furniture by default."""
    return layout(paragraphs, style or Layout(), title=title)


def deflate_bomb_pdf_bytes(unpacked_mb: int) -> bytes:
    """A one-page PDF with text, and a stream of `unpacked_mb` MB of zeros, deflated."""
    import zlib

    # after a full flush the compressor starts afresh, so every further MB packs to the same bytes
    packer, zeros = zlib.compressobj(9), bytes(1 << 20)
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    packed = first + again * (unpacked_mb - 1) + packer.flush()
    data = pdf_bytes(STORY)
    bomb = b"99 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
    return data.replace(b"xref\n", bomb + packed + b"\nendstream\nendobj\nxref\n", 1)


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF whose pages hold no text (as a scan's pages hold only pictures)."""
    return write_pdf([[] for _ in range(pages)], title="Scanned statement")


def encrypted_pdf_bytes(paragraphs: list[str]) -> bytes:
    """A PDF that opens only with a password."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes(paragraphs)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def email_bytes(
    text: str | None = "\n\n".join(STORY),
    *,
    html: str | None = None,
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """A message from a press officer: a text part (or an HTML part only), attachments."""
    message = EmailMessage()
    message["From"] = "Maria Lopez <m.lopez@city.example.org>"
    message["To"] = "desk@paper.example.com"
    message["Subject"] = "Statement on the Tuesday strike"
    message["Date"] = "Tue, 22 Oct 2024 10:15:00 +0200"
    message["Message-ID"] = "<statement-1@city.example.org>"
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for filename, data in attachments:
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=filename
        )
    return message.as_bytes()


def page_html(paragraphs: list[str], *, title: str = "Austin visits Kyiv") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© Example News</footer></body></html>"
    )


def mhtml_bytes(html: str, *, url: str = "https://news.example.com/world/austin-kyiv") -> bytes:
    """A page saved by a browser as a single file: multipart/related, HTML first, a picture."""
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = url
    message["Subject"] = "Austin visits Kyiv"
    message["Date"] = "Wed, 23 Oct 2024 08:00:00 -0000"
    message["MIME-Version"] = "1.0"
    message.set_content(html, subtype="html", cte="quoted-printable")
    message.make_related()
    message.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png")
    return message.as_bytes()
