"""PDF files -> the text of every page in reading order, by pdfminer.six, with page furniture.

pdfminer.six (MIT) gives the text boxes of each page (a box is a paragraph, or part of one) and
where they sit; the reading order is ours (`_reading_order`): headers, then the body column after
column, a box set across the columns starting a new band, then footers. On news text laid out
in two columns with headers, footers, hyphens and a pull quote (bench/formats.py), pdfminer.six's
own order leaves a character error rate of 0.37 and pypdf, which follows the order the file
writes the lines in, 0.71 when a file writes them across the columns; this order, 0.0001.
Reading takes 0.07-0.27 s a page there, nearly all of it pdfminer.six's layout analysis.

The stored text holds the pages in order with a form feed on a line of its own between them, so
a character's page is the number of form feeds before it, plus one (`Article.page_at`). A box's
lines are joined with spaces, and a word hyphenated at a line end is made whole again unless the
document writes it with a hyphen elsewhere, or writes both halves as words ("Kyiv-based"). The
library keeps the original bytes, so the stored text may differ from the page's line breaks;
every offset refers to the stored text.

Marked as furniture (issue 8), never deleted: running headers and footers (a short box at the
top or bottom of a page whose text, digits aside, recurs on other pages), page numbers, and a
pull quote (a box set apart from the columns whose words repeat a longer box).

Bounded: deflated streams are unpacked and counted a piece at a time before pdfminer.six (which
unpacks a stream whole) reads the file, and a file of more than MAX_PAGES pages is refused.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import warnings
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from parallax import errors
from parallax.ingest.dates import is_iso_date
from parallax.ingest.decode import clean
from parallax.ingest.fields import Fields
from parallax.model import PAGE_FEED, FurnitureSpan

log = logging.getLogger(__name__)
# pdfminer.six logs a warning for each slip of a file it repairs; with no logging set up, Python
# would print them on stderr, where the user gets one line per file that fails, and none else.
_PDFMINER_LOG = logging.getLogger("pdfminer")
_PDFMINER_LOG.addHandler(logging.NullHandler())
_PDFMINER_LOG.propagate = False

PAGE_BREAK = f"\n{PAGE_FEED}\n"
MAX_PAGES = 2_000
MAX_UNPACKED_BYTES = 10 * errors.MAX_INPUT_BYTES
_STREAM_START = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 20
MIN_TEXT_CHARS = 20  # fewer characters than this in the whole file: it has no text layer
EDGE_BOXES = 2  # boxes at the top and at the bottom of a page that may be header or footer
MAX_EDGE_CHARS = 120
WIDE_SHARE = 0.6  # a box wider than this share of the text's width is set across the columns
COLUMN_EDGE = 0.01  # boxes whose left edges are this close (share of page width) share a column
COLUMN_GAP = 0.25  # left edges this far apart (share of the text's width) are two columns
MIN_REPEAT_SHARE = 0.5  # a header or footer recurs on at least half the pages (and on two)
SHINGLE = 5  # words in a run compared between boxes
MAX_PULL_QUOTE_CHARS = 300
PULL_QUOTE_SHARE = 0.8  # of a box's runs found in one longer box: it repeats that box
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|seite|página)?\s*[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/|von|de)\s*\d{1,4})?",
    re.IGNORECASE,
)
_SENTENCE_ENDS = tuple(".!?:;\"'”’)]")
_HYPHENATED_END = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": ""})
_JUNK_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|pdf|indd|rtf|odt)$", re.I)


@dataclass(frozen=True, slots=True)
class Box:
    """One text box of a page: its lines, and where it sits as shares of the page's height
    (top 0 .. bottom 1) and width (left 0 .. right 1)."""

    lines: tuple[str, ...]
    top: float
    bottom: float
    left: float = 0.0
    right: float = 1.0


@dataclass(frozen=True, slots=True)
class PdfText:
    """What a PDF gives an article: metadata, paragraphs, stored text and furniture spans."""

    fields: Fields
    paragraphs: tuple[str, ...]
    text: str
    spans: tuple[FurnitureSpan, ...]


def read_pdf(data: bytes, name: str) -> PdfText:
    """The text of a PDF; raises the user's error for a protected, damaged or scanned file."""
    check_unpacked_size(data, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfminer warns about every repairable slip of a file
        info, pages = _pages(data, name)
    if sum(len(line) for page in pages for box in page for line in box.lines) < MIN_TEXT_CHARS:
        raise errors.scanned_pdf(name)
    return _assemble(pages, _fields(info))


def check_unpacked_size(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed streams would unpack to more than MAX_UNPACKED_BYTES (a
    few MB of zeros deflate to a thousandth of their size). pdfminer.six unpacks a stream whole
    when it reads it, so each stream is first unpacked here, a piece at a time, and counted."""
    total = 0
    for start in _STREAM_START.finditer(data):
        unpacker = zlib.decompressobj()
        at = start.end()
        try:
            while not unpacker.eof and (unpacker.unconsumed_tail or at < len(data)):
                chunk = unpacker.unconsumed_tail
                if not chunk:
                    chunk, at = data[at : at + _CHUNK], at + _CHUNK
                total += len(unpacker.decompress(chunk, _CHUNK))
                if total > MAX_UNPACKED_BYTES:
                    raise errors.archive_too_large(name, total)
        except zlib.error:
            continue  # not deflated (a JPEG, an encrypted or damaged stream): pdfminer decides


def _pages(data: bytes, name: str) -> tuple[dict, list[list[Box]]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        count = _page_count(document)
        if count > MAX_PAGES:
            raise errors.too_many_pages(name, count, MAX_PAGES)
        manager = PDFResourceManager(caching=True)
        # boxes_flow None: pdfminer leaves the boxes unordered; _reading_order orders them
        device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
        interpreter = PDFPageInterpreter(manager, device)
        pages: list[list[Box]] = []
        for page in PDFPage.create_pages(document):
            if len(pages) == MAX_PAGES:  # more pages than the page tree said
                raise errors.too_many_pages(name, MAX_PAGES + 1, MAX_PAGES)
            interpreter.process_page(page)
            pages.append(_boxes(device.get_result()))
        return _info(document), pages
    except (PDFPasswordIncorrect, PDFEncryptionError) as err:
        raise errors.encrypted_pdf(name) from err
    except (*_DAMAGED, PSException) as err:
        log.debug("pdfminer could not read %s: %r", name, err)
        raise errors.damaged_document(name, "PDF") from err


# What pdfminer.six raises on a damaged file, besides its own PSException and subclasses.
_DAMAGED = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
    zlib.error,
    struct.error,
)


def _page_count(document) -> int:
    from pdfminer.pdftypes import resolve1

    pages = resolve1(document.catalog.get("Pages"))
    count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    return count if isinstance(count, int) else 0


def _boxes(layout) -> list[Box]:
    from pdfminer.layout import LTTextBox

    height, width = max(layout.height, 1.0), max(layout.width, 1.0)
    boxes = []
    for element in layout:
        if not isinstance(element, LTTextBox):
            continue
        lines = []
        for line in element:
            text = " ".join(clean(line.get_text().translate(_LIGATURES)).split())
            if text:
                lines.append(text)
        if lines:
            top, bottom = 1 - element.y1 / height, 1 - element.y0 / height
            boxes.append(Box(tuple(lines), top, bottom, element.x0 / width, element.x1 / width))
    return boxes


def _info(document) -> dict:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found = {}
    for entry in document.info or []:
        for key, value in resolve1(entry).items():
            value = resolve1(value)
            if isinstance(value, bytes):
                found[key] = decode_text(value)
            elif isinstance(value, str):
                found[key] = value
    return found


def _fields(info: dict) -> Fields:
    title = " ".join(clean(info.get("Title", "")).split())
    author = " ".join(clean(info.get("Author", "")).split())
    created = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", info.get("CreationDate", "").strip())
    date = "-".join(created.groups()) if created else None
    return Fields(
        title=title if title and not _JUNK_TITLE.search(title) else None,
        byline=author or None,
        published=date if date and is_iso_date(date) else None,
    )


def _assemble(pages: list[list[Box]], fields: Fields) -> PdfText:
    """The stored text of `pages` (paragraphs in reading order, pages apart) and its furniture
    spans. A box that goes on with the sentence of the box before it (cut by the foot of a
    column) joins that box's paragraph."""
    words = _words(pages)
    texts = {
        (n, i): _joined(box.lines, words)
        for n, page in enumerate(pages)
        for i, box in enumerate(page)
    }
    reasons = _pull_quotes(pages, texts, _edge_reasons(pages))
    text = ""
    spans: list[FurnitureSpan] = []
    paragraphs: list[str] = []
    for number, page in enumerate(pages):
        if number:
            text += PAGE_BREAK
        story_before = False  # whether the last box placed on this page is story
        for k, index in enumerate(_reading_order(page, number, reasons)):
            paragraph, reason = texts[(number, index)], reasons.get((number, index))
            if story_before and not reason and _goes_on(text, paragraph):
                joined = _joined((text[text.rfind("\n") + 1 :], paragraph), words)
                text = text[: text.rfind("\n") + 1] + joined
                paragraphs[-1] = _joined((paragraphs[-1], paragraph), words)
                continue
            text += "\n\n" if k else ""
            if reason:
                spans.append(FurnitureSpan(len(text), len(text) + len(paragraph), reason))
            else:
                paragraphs.append(paragraph)
            text += paragraph
            story_before = not reason
    return PdfText(fields, tuple(paragraphs), text, tuple(spans))


def _goes_on(before: str, box: str) -> bool:
    """Whether `box` continues the sentence `before` ends with: no closing punctuation there,
    a small letter here."""
    return bool(box) and box[0].islower() and not before.rstrip().endswith(_SENTENCE_ENDS)


def _reading_order(page: list[Box], number: int, reasons: dict) -> list[int]:
    """The boxes of one page in reading order: headers, then the body column by column (a box
    of the story set across the columns, such as a headline, starts a new band of columns; a
    pull quote set across them does not, and follows its band), then footers."""
    edges = {i for i in range(len(page)) if reasons.get((number, i), "pull quote") != "pull quote"}
    quotes = {i for i in range(len(page)) if (number, i) in reasons} - edges
    body = [i for i in range(len(page)) if i not in edges]
    left = min((page[i].left for i in body), default=0.0)
    span = max((page[i].right for i in body), default=1.0) - left
    order: list[int] = []
    band: list[int] = []
    aside: list[int] = []
    for i in sorted(body, key=lambda i: page[i].top):
        if i in quotes:
            aside.append(i)
        elif page[i].right - page[i].left > WIDE_SHARE * span:
            order += [*_by_columns(page, band, span), *aside, i]
            band, aside = [], []
        else:
            band.append(i)
    order += [*_by_columns(page, band, span), *aside]

    def by_top(i: int) -> float:
        return page[i].top

    header = sorted((i for i in edges if page[i].top < 0.5), key=by_top)
    footer = sorted((i for i in edges if page[i].top >= 0.5), key=by_top)
    return header + order + footer


def _by_columns(page: list[Box], band: list[int], span: float) -> list[int]:
    """Boxes of one band, column after column (a new column where the left edges jump by more
    than COLUMN_GAP of the text's width), each top to bottom."""
    columns: list[list[int]] = []
    last_left = None
    for i in sorted(band, key=lambda i: page[i].left):
        if last_left is None or page[i].left - last_left > COLUMN_GAP * span:
            columns.append([])
        columns[-1].append(i)
        last_left = page[i].left
    return [i for column in columns for i in sorted(column, key=lambda i: page[i].top)]


def _edge_reasons(pages: list[list[Box]]) -> dict[tuple[int, int], str]:
    """(page, box index) -> "running header" / "running footer" / "page number"."""
    candidates = []
    for number, page in enumerate(pages):
        order = sorted(range(len(page)), key=lambda i: page[i].top)
        top, bottom = order[:EDGE_BOXES], order[-EDGE_BOXES:]
        for index in dict.fromkeys(top + bottom):
            box = page[index]
            words = " ".join(box.lines)
            if len(box.lines) <= 2 and len(words) <= MAX_EDGE_CHARS:
                where = "header" if index in top and box.top < 0.5 else "footer"
                candidates.append((number, index, where, words))
    pages_with: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number, _index, where, words in candidates:
        pages_with[(where, _edge_key(words))].add(number)
    needed = max(2, MIN_REPEAT_SHARE * len(pages))
    reasons = {}
    for number, index, where, words in candidates:
        if _PAGE_NUMBER.fullmatch(words):
            reasons[(number, index)] = "page number"
        elif len(pages_with[(where, _edge_key(words))]) >= needed:
            reasons[(number, index)] = f"running {where}"
    return reasons


def _edge_key(words: str) -> str:
    """A header or footer as compared across pages: page numbers and case do not count."""
    return re.sub(r"\d+", "#", " ".join(words.casefold().split()))


def _words(pages: list[list[Box]]) -> Counter:
    """How often each word (hyphenated compounds as written) occurs inside the lines; the two
    halves of a word broken at a line end are not counted as words."""
    counts: Counter = Counter()
    for page in pages:
        for box in page:
            broken = False
            for line in box.lines:
                found = _WORD.findall(line)
                if broken and found:
                    found = found[1:]
                broken = line.endswith("-")
                if broken and found:
                    found = found[:-1]
                counts.update(word.casefold() for word in found)
    return counts


def _joined(lines: tuple[str, ...], words: Counter) -> str:
    """The lines of one box as one paragraph; a word split at a line end made whole again."""
    text = lines[0]
    for line in lines[1:]:
        end = _HYPHENATED_END.search(text)
        start = _WORD_START.match(line)
        if end and start and line[0].islower():
            head, tail = end.group(1), start.group()
            text = text[:-1] if _split_word(head, tail, words) else text
            text += line
        else:
            text += " " + line
    return text


def _split_word(head: str, tail: str, words: Counter) -> bool:
    """Whether "head-" + "tail" at a line end is one word broken by the typesetter ("govern-
    ment") rather than a compound written with a hyphen ("Kyiv-based")."""
    compound, whole = f"{head}-{tail}".casefold(), f"{head}{tail}".casefold()
    if words[compound]:
        return False
    if words[whole]:
        return True
    return not (words[head.casefold()] and words[tail.casefold()])


def _pull_quotes(pages: list[list[Box]], texts: dict, reasons: dict) -> dict:
    """`reasons` with the boxes marked that are set apart from the columns (their left edge is
    not shared with other boxes of the page) and whose words (most runs of SHINGLE words) repeat
    a longer box: a pull quote. Linear in the text, however long."""
    keys = [key for key in texts if key not in reasons]
    shingles = {key: _shingles(texts[key]) for key in keys}
    holders: dict[tuple[str, ...], set] = defaultdict(set)
    for key, found in shingles.items():
        for shingle in found:
            holders[shingle].add(key)
    marked = dict(reasons)
    for key, found in shingles.items():
        if not found or len(texts[key]) > MAX_PULL_QUOTE_CHARS or _in_column(pages, key):
            continue
        shared = Counter(other for shingle in found for other in holders[shingle] if other != key)
        if any(
            n >= PULL_QUOTE_SHARE * len(found) and len(texts[other]) > len(texts[key])
            for other, n in shared.items()
        ):
            marked[key] = "pull quote"
    return marked


def _in_column(pages: list[list[Box]], key: tuple[int, int]) -> bool:
    """Whether the box starts where at least one other box of its page starts (a column)."""
    page, index = pages[key[0]], key[1]
    left = page[index].left
    return any(abs(box.left - left) < COLUMN_EDGE for i, box in enumerate(page) if i != index)


def _shingles(piece: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(piece.casefold())
    return {tuple(words[k : k + SHINGLE]) for k in range(len(words) - SHINGLE + 1)}
