"""Saved web pages (.mhtml/.mht, a MIME archive of the page and its files) -> the page's HTML.

A browser's "save as single file" stores the page as a multipart/related message: its HTML part
is read the way an .html file is, and the address it was saved from (Snapshot-Content-Location,
or the HTML part's Content-Location) is the article's URL. Pictures, styles and scripts in the
other parts are never read or loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from parallax import errors
from parallax.ingest.fields import Fields
from parallax.ingest.mail import header, parse, part_text


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The archive's fields (its URL, and title from its Subject), and the page's HTML."""

    fields: Fields
    html: str
    encoding: str


def read_mhtml(data: bytes, name: str) -> SavedPage:
    """The HTML page archived in `data`; raises the user's error when it holds none."""
    message = parse(data, name)
    page = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if page is None:
        raise errors.no_text(name)
    decoded = part_text(page, name)
    url = header(message, "Snapshot-Content-Location") or header(page, "Content-Location")
    fields = Fields(
        title=header(message, "Subject"),
        url=url if url and url.startswith(("http://", "https://")) else None,
    )
    return SavedPage(fields, decoded.text, decoded.encoding)
