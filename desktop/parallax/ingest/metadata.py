"""Metadata stated in the first and last lines of a text file: title, byline, date, outlet, URL.

News text files carry their metadata as lines above and below the story. A line counts only if
all of it is one recognised form, so nothing is guessed from prose. The lines stay in the stored
text: `furniture` marks them, so a line taken for metadata by mistake can be given back.
"""

from __future__ import annotations

import re
from itertools import takewhile

from parallax.ingest import bylines
from parallax.ingest.dates import parse_date
from parallax.ingest.fields import Fields
from parallax.ingest.plaintext import Block

HEADER_LINES = 8  # a header longer than this is not a header
FOOTER_LINES = 6
MAX_METADATA_CHARS = 300

_URL_LINE = re.compile(
    r"(?:(?:source|url|link|canonical|original(?:ly published)?(?:\s+(?:at|on))?|"
    r"read (?:more|it)(?:\s+(?:at|on))?)\s*:?\s*)?<?(?P<url>https?://[^\s<>]+)>?",
    re.I,
)
_SOURCE_LINE = re.compile(r"(?:source|publisher|outlet|agency|via)\s*:\s*(?P<value>.+)", re.I)
_COPYRIGHT_LINE = re.compile(r"(?:copyright\b\s*(?:©|\(c\))?|©|\(c\))\s*(?P<rest>.+)", re.I)
_YEARS = re.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*|,?\s*\d{4}$")
_RIGHTS = re.compile(r"[.,]?\s*all rights reserved\b.*$", re.I)
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|dated?|"
    r"publication\s+date|pub\.?\s+date)\b\.?(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.I,
)
# "KYIV, Oct 22 (Reuters) - ", "WASHINGTON (AP) — ", "KYIV/WARSAW, Oct. 22 (Reuters) -"
_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3}"
AGENCY = r"\((?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)"  # "(Reuters)", "(AP)"
_DATELINE = re.compile(rf"{_PLACE}(?:/{_PLACE})*(?:,\s*[^()\n]{{1,40}}?)?\s*{AGENCY}\s*[-–—]")


def recover(blocks: list[Block]) -> Fields:
    """Metadata from the header, dateline and footer of `blocks` (the headline is found by
    `pasted`, which sees where the story starts)."""
    head = _take(blocks, HEADER_LINES)
    foot = _take(_reversed(blocks), FOOTER_LINES)
    return head.fill(dateline(blocks)).fill(foot)


def line_fields(line: str) -> Fields | None:
    """The metadata a whole line states, or None if it is not a metadata line."""
    if len(line) > MAX_METADATA_CHARS:
        return None
    for parse in (_url_line, _source_line, _copyright_line, bylines.parse_byline, _date_line):
        found = parse(line.strip())
        if found is not None:
            return found
    return None


def dateline(blocks: list[Block]) -> Fields:
    """The outlet named in a wire dateline opening the first paragraph (the dateline stays)."""
    if not blocks or blocks[0].verbatim:
        return Fields()
    match = _DATELINE.match(blocks[0].lines[0])
    return Fields(outlet=match["outlet"]) if match else Fields()


def _take(blocks: list[Block], limit: int) -> Fields:
    """Metadata of the lines at the start of `blocks` (at most `limit`) that are all metadata."""
    fields = Fields()
    prose = takewhile(lambda block: not block.verbatim, blocks)
    for line in [line for block in prose for line in block.lines][:limit]:
        found = line_fields(line)
        if found is None:
            break
        fields = fields.fill(found)
    return fields


def _reversed(blocks: list[Block]) -> list[Block]:
    return [Block(block.lines[::-1], block.verbatim) for block in reversed(blocks)]


def _url_line(line: str) -> Fields | None:
    match = _URL_LINE.fullmatch(line)
    return Fields(url=match["url"]) if match else None


def _source_line(line: str) -> Fields | None:
    """ "Source: Reuters" names the outlet ("Source: https://..." is a URL line)."""
    match = _SOURCE_LINE.fullmatch(line)
    outlet = bylines.outlet_name(match["value"]) if match else None
    return Fields(outlet=outlet) if outlet else None


def _copyright_line(line: str) -> Fields | None:
    """ "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved." """
    match = _COPYRIGHT_LINE.fullmatch(line)
    if not match:
        return None
    outlet = bylines.outlet_name(_YEARS.sub("", _RIGHTS.sub("", match["rest"])).strip())
    return Fields(outlet=outlet) if outlet else None


def _date_line(line: str) -> Fields | None:
    """ "Published October 22, 2024", "Updated Oct. 22, 2024 10:31 a.m. ET", "2024-10-21"."""
    published = parse_date(_DATE_PREFIX.sub("", line, count=1))
    return Fields(published=published) if published else None
