"""Frozen value types that flow between ingest, nlp, compare, library and report."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

WORD_RE = re.compile(r"\w+(?:['’.-]\w+)*")


def count_words(text: str) -> int:
    """Words as a reader counts them: "U.S.-led", "don't" and "1,500" are one word each."""
    return len(WORD_RE.findall(text.replace(",", "")))


@dataclass(frozen=True, slots=True)
class Article:
    """One stored version of a story. Every offset in Parallax points into `text`."""

    id: str
    sha256: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source_path: str | None = None
    imported_at: str | None = None  # ISO timestamp, UTC, set by the library
    words: int = 0
    language: str | None = None  # ISO 639-1 code, or None when unsure
    encoding: str | None = None  # encoding the original bytes were decoded from
    format: str = "txt"  # reader that produced it: txt, md, html, stdin

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The article object of the JSON contract (docs: CONTRACTS.md)."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "published": self.published,
            "url": self.url,
            "source_path": self.source_path,
            "sha256": self.sha256,
            "imported_at": self.imported_at,
            "words": self.words,
            "language": self.language,
            "encoding": self.encoding,
            "format": self.format,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a reader returns: the article and the exact bytes it was made from."""

    article: Article
    original: bytes


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result; `snippet` marks matched terms with the caller's markers."""

    article: Article
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class Story:
    """A named group of articles about one event."""

    name: str
    article_ids: tuple[str, ...]
    created_at: str | None = None
