"""Correcting an article's details after import: checked here, written by the library.

Only the details in DETAIL_FIELDS change; the stored text, the original bytes and their SHA-256
never do. An empty value clears a detail. A new publication date changes how "Monday" or
"yesterday" resolve, so the library drops the article's cached analysis with the old date (and
the cache is keyed by the date too: see facts.analysis_inputs).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from parallax import errors
from parallax.ingest.dates import is_iso_date
from parallax.library import open_library
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
