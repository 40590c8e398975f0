"""Storing, finding and removing articles: rows of `articles`, each with its original bytes."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from pathlib import Path

from parallax import errors
from parallax.ingest import furniture
from parallax.library.db import transaction
from parallax.model import DETAIL_FIELDS, Article, FurnitureSpan, Parsed

# The Article fields stored as columns of `articles` (a new model field needs a migration here).
COLUMNS = (
    "id", "sha256", "text", "title", "outlet", "byline", "published", "url", "source_path",
    "imported_at", "words", "language", "encoding", "format", "furniture",
)  # fmt: skip
# After the columns, every select reads the reader's flips of furniture, oldest first.
FLIPS = (
    '(SELECT json_group_array(json_array(flip.start, flip."end", flip.furniture)) FROM '
    "(SELECT * FROM furniture_flips WHERE furniture_flips.article_id = articles.id "
    "ORDER BY flipped_at, rowid) AS flip)"
)
FIELDS = ", ".join(f"articles.{name}" for name in COLUMNS) + ", " + FLIPS
SELECT = f"SELECT {FIELDS} FROM articles"
_INSERT = (
    f"INSERT INTO articles ({', '.join(COLUMNS)}, original, original_size) "
    f"VALUES ({', '.join(':' + name for name in COLUMNS)}, :original, :original_size)"
)
_ORDER = "ORDER BY articles.published IS NULL, articles.published, articles.imported_at, id"
_PREFIX = re.compile(r"[0-9a-f]{4,64}")


def from_row(row: tuple) -> Article:
    """An Article from a row selected with FIELDS (COLUMNS, then the flips), with its effective
    furniture: what its reader detected (detected now for articles stored before there was
    any), with the flips applied."""
    values = dict(zip(COLUMNS, row[: len(COLUMNS)], strict=True))
    stored = values.pop("furniture")
    article = Article(**values)
    if stored is None:
        detected = furniture.detect(article.text, headline=article.title)
    else:
        detected = tuple(FurnitureSpan(*span) for span in json.loads(stored))
    flips = [(start, end, bool(flag)) for start, end, flag in json.loads(row[len(COLUMNS)] or "[]")]
    return article.replace(furniture=furniture.with_flips(detected, flips))


def detect_missing_furniture(conn: sqlite3.Connection) -> int:
    """Store the detected furniture of every article imported before schema 3 (NULL), in one
    transaction; returns how many. `from_row` detects it on each read until this has run."""
    rows = conn.execute("SELECT id, text, title FROM articles WHERE furniture IS NULL").fetchall()
    with transaction(conn):
        for article_id, text, title in rows:
            spans = furniture.detect(text, headline=title)
            conn.execute(
                "UPDATE articles SET furniture = ? WHERE id = ?",
                (furniture_json(spans), article_id),
            )
    return len(rows)


def furniture_json(spans: tuple[FurnitureSpan, ...]) -> str:
    return json.dumps([list(span) for span in spans], ensure_ascii=False, separators=(",", ":"))


def insert(conn: sqlite3.Connection, parsed: Parsed, *, imported_at: str) -> tuple[Article, bool]:
    """Store `parsed` unless the same bytes are stored already: (stored article, created?)."""
    sha256 = _checked_sha256(parsed)
    existing = find_sha256(conn, sha256)
    if existing is not None:
        return existing, False
    article = parsed.article.replace(id=_free_id(conn, parsed.article), imported_at=imported_at)
    row = {name: getattr(article, name) for name in COLUMNS}
    row["furniture"] = furniture_json(article.furniture)
    row.update(original=zlib.compress(parsed.original), original_size=len(parsed.original))
    conn.execute(_INSERT, row)
    return article, True


def _checked_sha256(parsed: Parsed) -> str:
    """The digest of the original bytes; a reader that reports another one has a bug."""
    sha256 = hashlib.sha256(parsed.original).hexdigest()
    if parsed.article.sha256 != sha256:
        raise ValueError(f"article {parsed.article.id!r}: sha256 does not match its original bytes")
    if not parsed.article.id:
        raise ValueError("an article needs an id")
    return sha256


def _free_id(conn: sqlite3.Connection, article: Article) -> str:
    """The reader's id, or on a collision with other bytes the shortest longer sha256 prefix."""
    start = max(len(article.id), 12) + 1
    for candidate in (article.id, *(article.sha256[:n] for n in range(start, 65))):
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
    raise AssertionError(f"no free id for sha256 {article.sha256}")  # the sha256 itself is unique


def find_sha256(conn: sqlite3.Connection, sha256: str) -> Article | None:
    row = conn.execute(f"{SELECT} WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else from_row(row)


def get(conn: sqlite3.Connection, ref: str) -> Article:
    """The article whose id is `ref`, or the only one whose id starts with it (4+ hex digits)."""
    row = conn.execute(f"{SELECT} WHERE id = ?", (ref,)).fetchone()
    if row is not None:
        return from_row(row)
    prefix = ref.strip().lower()
    if not _PREFIX.fullmatch(prefix):
        raise errors.no_article(ref)
    rows = conn.execute(f"{SELECT} WHERE id GLOB ? LIMIT 2", (prefix + "*",)).fetchall()
    if len(rows) == 1:
        return from_row(rows[0])
    if not rows:
        raise errors.no_article(ref)
    count = conn.execute("SELECT count(*) FROM articles WHERE id GLOB ?", (prefix + "*",))
    raise errors.ambiguous_article(ref, count.fetchone()[0])


def all_articles(conn: sqlite3.Connection) -> list[Article]:
    """Every article, by publication date (undated last), then by import time."""
    return [from_row(row) for row in conn.execute(f"{SELECT} {_ORDER}")]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def original(conn: sqlite3.Connection, article_id: str, path: Path) -> bytes:
    """The exact bytes the article was imported from, checked against its SHA-256."""
    query = "SELECT original, original_size, sha256 FROM articles WHERE id = ?"
    row = conn.execute(query, (article_id,)).fetchone()
    if row is None:
        raise errors.no_article(article_id)
    packed, size, sha256 = row
    try:
        data = zlib.decompress(packed)
    except (zlib.error, TypeError) as exc:
        raise errors.damaged_library(path, f"article {article_id}: original unreadable") from exc
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
        raise errors.damaged_library(path, f"article {article_id}: original fails its SHA-256")
    return data


def update_details(conn: sqlite3.Connection, article_id: str, changes: dict) -> None:
    """Set some of an article's DETAIL_FIELDS (None clears one); the search index follows by
    trigger. Text, original and SHA-256 are not among them and never change."""
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not an editable detail: {', '.join(sorted(unknown))}")
    if not changes:
        return
    assignments = ", ".join(f"{name} = :{name}" for name in changes)
    query = f"UPDATE articles SET {assignments} WHERE id = :id"
    if conn.execute(query, {**changes, "id": article_id}).rowcount == 0:
        raise errors.no_article(article_id)


def remove(conn: sqlite3.Connection, article_id: str) -> None:
    """Delete the article; its story memberships go by cascade, its index entries by trigger."""
    remove_many(conn, [article_id])


def remove_many(conn: sqlite3.Connection, article_ids: list[str]) -> None:
    """Delete the articles (inside the caller's transaction); errors.no_article for an id that
    names none, after which the caller's rollback keeps them all."""
    for article_id in article_ids:
        if conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
            raise errors.no_article(article_id)
    # A delete only adds tombstones to the FTS5 index; merging every segment into one drops the
    # articles' terms for good, and secure_delete zeroes the pages they were in. Once per call:
    # it rewrites the whole index.
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")


def set_flip(
    conn: sqlite3.Connection,
    article_id: str,
    start: int,
    end: int,
    is_furniture: bool | None,
    *,
    now: str,
) -> None:
    """Record that text[start:end] of the article is furniture (True) or story (False), or
    forget the flip of exactly that span (None)."""
    length = conn.execute(
        "SELECT length(text) FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if length is None:
        raise errors.no_article(article_id)
    if not 0 <= start < end <= length[0]:
        raise errors.bad_span(start, end, length[0])
    key = (article_id, start, end)
    conn.execute(
        'DELETE FROM furniture_flips WHERE article_id = ? AND start = ? AND "end" = ?', key
    )
    if is_furniture is not None:
        conn.execute(
            'INSERT INTO furniture_flips (article_id, start, "end", furniture, flipped_at) '
            "VALUES (?, ?, ?, ?, ?)",
            (*key, int(is_furniture), now),
        )


def flips(conn: sqlite3.Connection, article_id: str) -> list[tuple[int, int, bool]]:
    """The reader's flips of the article's furniture, oldest first."""
    query = (
        'SELECT start, "end", furniture FROM furniture_flips WHERE article_id = ? '
        "ORDER BY flipped_at, rowid"
    )
    return [(start, end, bool(flag)) for start, end, flag in conn.execute(query, (article_id,))]
