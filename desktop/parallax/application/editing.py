"""Correcting an article after import: its details, and which lines are page furniture.

Only the details in DETAIL_FIELDS change; the stored text, the original bytes and their SHA-256
never do. An empty value clears a detail. A new publication date changes how "Monday" or
"yesterday" resolve, so the library drops the article's cached analysis with the old date (and
the cache is keyed by the date too: see facts.analysis_inputs). A line flipped between story and
page furniture is stored as a flip over the detected furniture; the cached facts stay (they are
filtered when read).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from parallax import errors
from parallax.ingest.dates import is_iso_date
from parallax.library import Library, open_library
from parallax.model import DETAIL_FIELDS, Article

Details = Mapping[str, str | None]


def clean_details(changes: Details) -> dict[str, str | None]:
    """The changes as stored: each on one line, trimmed, blank as None (cleared); a date must
    be a real YYYY-MM-DD day (errors.bad_date otherwise). Unknown names are a bug."""
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not an editable detail: {', '.join(sorted(unknown))}")
    cleaned = {name: " ".join((value or "").split()) or None for name, value in changes.items()}
    published = cleaned.get("published")
    if published is not None and not is_iso_date(published):
        raise errors.bad_date(published)
    return cleaned


def changed_details(article: Article, changes: Details) -> dict[str, str | None]:
    """Of the cleaned `changes`, those that differ from what `article` has."""
    return {
        name: value
        for name, value in clean_details(changes).items()
        if getattr(article, name) != value
    }


def edit_in_library(library: Path | None, article_id: str, changes: Details) -> Article:
    """For a worker thread: apply `changes` to the article in the library at `library` (its own
    connection) and return the article as stored now."""
    cleaned = clean_details(changes)
    with open_library(library) as db:
        return db.edit(article_id, cleaned)


def line_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole lines of `text` holding text[start:end] (a caret when start == end), without
    their surrounding whitespace; None when they hold nothing but whitespace."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end - 1 if end > start else start)
    last = len(text) if last < 0 else last
    chunk = text[first:last]
    if not chunk.strip():
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return first + lead, first + len(chunk.rstrip())


def numbered_lines(text: str) -> list[tuple[int, int, int]]:
    """(number from 1, start, end) of every line of `text` (end before its line break)."""
    lines, start = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        lines.append((number, start, start + len(line)))
        start += len(line) + 1
    return lines


def flip_span(db: Library, article_id: str, start: int, end: int, furniture: bool) -> Article:
    """Make text[start:end] page furniture (or story): undo the reader's own earlier flip of
    that span when that is enough, else record a new one. Returns the article as it now is."""
    if (start, end, not furniture) in db.furniture_flips(article_id):
        article = db.set_furniture(article_id, start, end, None)
        done = (
            article.all_furniture(start, end) if furniture else not article.in_furniture(start, end)
        )
        if done:
            return article
    return db.set_furniture(article_id, start, end, furniture)


def flip_in_library(
    library: Path | None, article_id: str, start: int, end: int, furniture: bool
) -> Article:
    """For a worker thread: `flip_span` with its own connection."""
    with open_library(library) as db:
        return flip_span(db, article_id, start, end, furniture)


def flip_lines(db: Library, article_id: str, numbers: dict[int, bool]) -> Article:
    """Flip whole lines by number (from 1, as `parallax show --lines` prints them) to furniture
    (True) or story (False). Every number is checked first: errors.bad_line for a line that is
    not there or holds nothing, and then nothing is flipped."""
    article = db.get(article_id)
    lines = {number: (start, end) for number, start, end in numbered_lines(article.text)}
    spans = {}
    for number, furniture in numbers.items():
        span = line_span(article.text, *lines[number]) if number in lines else None
        if span is None:
            raise errors.bad_line(number, len(lines))
        spans[span] = furniture
    for (start, end), furniture in spans.items():
        article = flip_span(db, article_id, start, end, furniture)
    return article
