"""HTML pages -> article paragraphs and metadata, by trafilatura, with a plain <p> fallback.

trafilatura finds the article in a page and its title, site name, author, date and URL. When it
finds nothing (it drops all tables, so an old table-layout page comes back empty), the text of
the <p> elements outside navigation, headers and footers is taken instead. Nothing is fetched:
the page is parsed from the string (trafilatura downloads only when given a URL, never here).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from lxml import etree
from lxml import html as lxml_html

from parallax.ingest.dates import parse_date
from parallax.ingest.decode import clean
from parallax.ingest.fields import Fields

if TYPE_CHECKING:
    from lxml.etree import _Element
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

# Page furniture removed before extraction: trafilatura otherwise returns the menu of a page
# that has no article ("Home About us"), and we would store it as the article.
BOILERPLATE = (
    "//nav",
    "//aside",
    "//*[@role='navigation']",
    "//*[@role='banner']",
    "//*[@role='contentinfo']",
    "//body/header",
    "//body/footer",
)
_FALLBACK_DROPPED = "|".join([*BOILERPLATE, "//header", "//footer", "//script", "//style"])
# Dates only from the page's own metadata, <time> elements and URL, never from running text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Elements of trafilatura's article tree that hold a paragraph of their own.
_BLOCK_TAGS = frozenset({"p", "head", "quote", "list", "item", "code", "div", "table", "row"})
_DOCUMENT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(page: str) -> tuple[Fields, str]:
    """The page's metadata and its article as plain text ("" if it has none): paragraphs
    separated by blank lines, list items and <br> breaks by line breaks."""
    document = _extract(page)
    paragraphs = _body_paragraphs(document) or _fallback_paragraphs(page)
    fields = _fields(document if document is not None else _metadata_only(page))
    if len(paragraphs) > 1 and fields.title and _same(paragraphs[0], fields.title):
        paragraphs = paragraphs[1:]  # the headline repeated as the first line of the body
    return fields, _joined(paragraphs)


def _extract(page: str) -> Document | None:
    """trafilatura's document for `page` (text and metadata), or None if it finds no article."""
    import trafilatura  # 0.2 s to import; only pages need it

    try:
        document = trafilatura.bare_extraction(
            _as_document(page),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=dict(_DATE_PARAMS),
            prune_xpath=list(BOILERPLATE),
        )
    except (ValueError, TypeError, etree.LxmlError) as err:
        log.debug("trafilatura could not read the page: %s", err)
        return None
    assert not isinstance(document, dict)  # a dict only with as_dict=True, which we never pass
    return document


def _metadata_only(page: str) -> Document | None:
    import trafilatura

    try:
        return trafilatura.extract_metadata(_as_document(page), date_config=dict(_DATE_PARAMS))
    except (ValueError, TypeError, etree.LxmlError) as err:
        log.debug("trafilatura could not read the page's metadata: %s", err)
        return None


def _as_document(page: str) -> str:
    """A fragment wrapped in <html><body> (trafilatura rejects bare fragments)."""
    page = _XML_DECLARATION.sub("", page, count=1)
    return page if _DOCUMENT.search(page, 0, 4096) else f"<html><body>{page}</body></html>"


def _body_paragraphs(document: Document | None) -> list[str]:
    """The paragraphs, headings, quotes and list items of trafilatura's article tree."""
    body = getattr(document, "body", None)
    if body is None:
        return []
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    return [text.strip() for text in _block_texts(body) if text.strip()]


def _block_texts(element: _Element) -> Iterator[str]:
    """The text of `element` and of each block inside it, separately ("- " before list items)."""
    pieces = ["- " if element.tag == "item" else "", element.text or ""]
    for child in element:
        if child.tag in _BLOCK_TAGS:
            yield "".join(pieces)
            pieces = []
            yield from _block_texts(child)
        else:
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    yield "".join(pieces)


def _joined(paragraphs: list[str]) -> str:
    """Paragraphs separated by a blank line, except list items that follow each other."""
    text = paragraphs[0] if paragraphs else ""
    for previous, paragraph in pairwise(paragraphs):
        both_items = previous.startswith("- ") and paragraph.startswith("- ")
        text += ("\n" if both_items else "\n\n") + paragraph
    return text


def _fallback_paragraphs(page: str) -> list[str]:
    """The text of the <p> elements outside navigation, headers and footers."""
    try:
        root = lxml_html.document_fromstring(_as_document(page))
    except (etree.ParserError, ValueError) as err:
        log.debug("lxml could not parse the page: %s", err)
        return []
    for element in root.xpath(_FALLBACK_DROPPED):
        element.drop_tree()
    for line_break in root.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    texts = (" ".join(p.text_content().split()) for p in root.iter("p"))
    return [text for text in texts if text]


def _fields(document: Document | None) -> Fields:
    if document is None:
        return Fields()
    url = _tidy(document.url)
    return Fields(
        title=_tidy(document.title),
        outlet=_tidy(document.sitename),
        byline=_tidy(document.author),
        published=parse_date(document.date or ""),
        url=url if url and url.startswith(("http://", "https://")) else None,
    )


def _tidy(value: str | None) -> str | None:
    """A metadata value repaired like article text, on one line."""
    if not value:
        return None
    return " ".join(clean(value).split()) or None


def _same(paragraph: str, title: str) -> bool:
    return paragraph.casefold().split() == title.casefold().split()
