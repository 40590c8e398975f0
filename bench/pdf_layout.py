"""Text laid out as a PDF in the layouts that trouble extractors, written by a small PDF writer.

The writer knows one font, Courier (one of the 14 fonts every PDF reader has, so nothing is
embedded), whose letters are all 0.6 em wide: line breaking needs no font metrics and every
character lands where a real typesetter would put it. Layouts: one or two columns, a running
header and a page-number footer on every page, words hyphenated at line ends, and a pull quote
set across both columns in the middle of the first page. `layout()` returns the PDF and the text
a reader should recover (the paragraphs in reading order, without header, footer or hyphens).
Used by bench/formats.py and by the tests, which generate every PDF they read.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, in points
MARGIN = 54
FONT_SIZE = 10
LEADING = 13
CHAR_WIDTH = 0.6 * FONT_SIZE
GUTTER = 24
MIN_HYPHENATED = 7  # words at least this long may be split at a line end (3 letters each side)


@dataclass(frozen=True, slots=True)
class Layout:
    """How to set the text: columns, running header and footer, hyphenation, a pull quote."""

    columns: int = 1
    header: str | None = None
    footer: bool = False  # "Page N" at the foot of every page
    hyphenate: bool = False
    pull_quote: str | None = None
    # The order the lines are written in the file: "columns" (as they are read, a column after
    # the other) or "rows" (top to bottom across the columns, as some programs write them).
    stream: str = "columns"


def layout(paragraphs: list[str], style: Layout, *, title: str | None = None) -> bytes:
    """The PDF of `paragraphs` set in `style`; `title` goes in the document information."""
    width = (PAGE_WIDTH - 2 * MARGIN - GUTTER * (style.columns - 1)) / style.columns
    chars = int(width // CHAR_WIDTH)
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(wrap(paragraph, chars, hyphenate=style.hyphenate))
        lines.append("")
    pages = _set_pages(lines, style, width)
    return write_pdf(pages, title=title)


def wrap(paragraph: str, chars: int, *, hyphenate: bool) -> list[str]:
    """`paragraph` broken into lines of at most `chars` characters."""
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= chars:
            line = candidate
            continue
        room = chars - len(line) - (2 if line else 1)  # a space before, a hyphen after
        if hyphenate and word.isalpha() and len(word) >= MIN_HYPHENATED and room >= 3:
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            word = word[cut:]
        elif line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


Run = tuple[float, float, str]  # x, y of the baseline, text


def _set_pages(lines: list[str], style: Layout, width: float) -> list[list[Run]]:
    """Lines poured into columns, page after page, with header, footer and pull quote."""
    pages: list[list[Run]] = []
    top, bottom = PAGE_HEIGHT - MARGIN - 2 * LEADING, MARGIN + 2 * LEADING
    queue = list(lines)
    while queue:
        runs: list[Run] = []
        number = len(pages) + 1
        if style.header:
            runs.append((MARGIN, PAGE_HEIGHT - MARGIN, style.header))
        if style.footer:
            runs.append((PAGE_WIDTH / 2 - 3 * CHAR_WIDTH, MARGIN, f"Page {number}"))
        quote_band = None
        if style.pull_quote and number == 1:
            quote_band = _pull_quote(runs, style.pull_quote, (top + bottom) / 2)
        for column in range(style.columns):
            x = MARGIN + column * (width + GUTTER)
            y = top
            while queue and y >= bottom:
                if quote_band and quote_band[1] <= y <= quote_band[0]:
                    y = quote_band[1] - LEADING
                    continue
                line = queue.pop(0)
                if line or y != top:  # a paragraph break never opens a column
                    runs.append((x, y, line))
                    y -= LEADING
        if style.stream == "rows":
            runs.sort(key=lambda run: (-run[1], run[0]))
        pages.append(runs)
    return pages


def _pull_quote(runs: list[Run], quote: str, middle: float) -> tuple[float, float]:
    """The quote, centred across the page around `middle`; the band of y it takes."""
    chars = int((PAGE_WIDTH - 2 * MARGIN) // CHAR_WIDTH) - 16
    lines = wrap(quote, chars, hyphenate=False)
    y = middle + LEADING * len(lines) / 2
    band_top = y + LEADING
    for line in lines:
        runs.append(((PAGE_WIDTH - len(line) * CHAR_WIDTH) / 2, y, line))
        y -= LEADING
    return band_top, y


def write_pdf(pages: list[list[Run]], *, title: str | None = None) -> bytes:
    """A PDF 1.4 file with one Courier text run per (x, y, text); `title` in its Info."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    kids = []
    for runs in pages:
        content = _content(runs)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(len(objects) + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT, len(objects))
        )
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    objects.append(b"<< /Title %s /Producer (bench) >>" % _string(title or ""))
    return _assemble(objects, info=len(objects))


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _content(runs: list[Run]) -> bytes:
    ops = [b"BT", b"/F1 %d Tf" % FONT_SIZE]
    for x, y, text in runs:
        if text:
            ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, _string(text)))
    ops.append(b"ET")
    return b"\n".join(ops)


def _string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _assemble(objects: list[bytes], *, info: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def expected_text(paragraphs: list[str]) -> str:
    """What a perfect reader recovers: the paragraphs as the PDF can hold them (cp1252)."""
    return "\n\n".join(
        " ".join(p.split()).encode("cp1252", errors="replace").decode("cp1252") for p in paragraphs
    )
